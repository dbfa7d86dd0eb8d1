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


def test_fold_unifies_arabic_and_persian_letters():
    # Persian typed on an Arabic keyboard: ي/ى/ك for ی/ک, and the ezafe letter ۀ for ه.
    assert fold("روسيه") == fold("روسیه")
    assert fold("كشور") == fold("کشور")
    assert fold("نمایندۀ") == fold("نماینده")
    assert fold("رئیس") == fold("ریيس")
    # The ZWNJ of "می‌کند" splits tokens as a space does.
    assert [fold("می‌کند"[a:b]) for a, b in tokenize("می‌کند")] == ["می", "کند"]


def test_han_names_match_by_character_not_by_reading():
    # 智利 (Chile) and 治理 (governance), 多哥 (Togo) and 多个 (several) read alike in pinyin.
    assert translit_key("智利") != translit_key("治理")
    assert translit_key("多") == "多"


@pytest.mark.parametrize("text, words", [
    ("عمّان وبُوتين", ["عمّان", "وبُوتين"]),  # shadda and damma inside Arabic words
    ("Rusia\u0306 și Iranului", ["Rusia\u0306", "și", "Iranului"]),  # a decomposed accent
    ("שָׁלוֹם", ["שָׁלוֹם"]),  # Hebrew points
])
def test_combining_marks_stay_inside_their_word(text, words):
    assert [text[a:b] for a, b in tokenize(text)] == words


def test_a_vowelled_arabic_name_links():
    from datetime import date

    from wirewatch.events.text import code_text

    text = "قال الرئيس الروسي فلاديمير بُوتين إن المحادثات كانت مفيدة."
    _, mentions, _ = code_text(text, "ar", date(2024, 6, 15))
    assert "PER:vladimir-putin" in {m.actor_id for m in mentions}
