import re

from wirewatch.text.clean import mark_boilerplate
from wirewatch.text.sentences import _word_before, split_sentences


def texts(text, lang):
    return [s.text for s in split_sentences(text, lang)]


def test_greek_question_mark_and_abbreviations():
    assert texts("Η Ε.Ε. συμφώνησε; Ο γ.γ. του ΝΑΤΟ μίλησε.", "el") == [
        "Η Ε.Ε. συμφώνησε;", "Ο γ.γ. του ΝΑΤΟ μίλησε."]


def test_romanian_and_english_abbreviations_do_not_split():
    assert texts("Dl. Popescu a plecat. Apoi a revenit.", "ro") == [
        "Dl. Popescu a plecat.", "Apoi a revenit."]
    assert texts("U.S. officials met Mr. Lee. Talks ended.", "en") == [
        "U.S. officials met Mr. Lee.", "Talks ended."]


def test_offsets_point_into_the_text():
    text = "Prima propoziție.\nA doua propoziție!"
    for s in split_sentences(text, "ro"):
        assert text[s.start:s.end] == s.text


def test_boilerplate_lines_are_marked_in_several_languages():
    text = ("Russia and Iran signed a deal.\nRead also: other news\nCitește și: altceva\n"
            "Διαβάστε επίσης τις ειδήσεις\nBaca juga: berita lain")
    sentences = split_sentences(text, "en")
    mark_boilerplate(text, sentences)
    assert [s.boilerplate for s in sentences] == [False, True, True, True, True]


def test_the_word_before_a_period_is_read_back_to_the_space_before_it():
    text = "Talks with Mr. Lee ended.\nApoi a revenit la 5 p.m. Then the Gen.\n. Next"
    for pos in (k for k, ch in enumerate(text) if ch == "."):
        regex = re.search(r"(\S+)$", text[:pos])  # the reading the splitter once searched for
        assert _word_before(text, pos) == (regex.group(1) if regex else "")
