import pytest

from wirewatch.text.keys import fold, tokenize, translit_key


@pytest.mark.parametrize("spellings", [
    ("Πεζεσκιάν", "Пезешкиан", "Pezeshkian"),
    ("Σοϊγκού", "Шойгу", "Shoigu"),
    ("Ραΐσι", "Раиси", "Raisi"),
    ("Λαβρόφ", "Лавров", "Lavrov"),
    ("Ερντογάν", "Эрдоган", "Erdoğan"),
])
def test_one_name_in_three_scripts_has_one_key(spellings):
    assert len({translit_key(s) for s in spellings}) == 1


def test_fold_removes_case_and_both_romanian_comma_forms():
    assert fold("Preşedintele") == fold("Președintele") == "presedintele"
    assert fold("ΤΗ ΔΕΥΤΈΡΑ") == fold("τη δευτερα")


def test_cjk_characters_are_tokens_of_their_own():
    text = "普京与习近平会谈 Putin"
    assert [text[a:b] for a, b in tokenize(text)] == list("普京与习近平会谈") + ["Putin"]
