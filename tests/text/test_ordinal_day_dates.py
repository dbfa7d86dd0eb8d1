"""An ordinal day ("17.") before a month name is part of a date, not a sentence end."""

from wirewatch.text.sentences import split_sentences


def texts(text, lang):
    return [s.text for s in split_sentences(text, lang)]


def test_bracketed_ordinal_day_keeps_the_sentence_whole():
    assert texts("Die Polizei nahm am Freitag (4. Oktober) drei Männer fest. Sie schweigen.",
                 "de") == ["Die Polizei nahm am Freitag (4. Oktober) drei Männer fest.",
                           "Sie schweigen."]


def test_ordinal_day_before_wide_or_abbreviated_month():
    assert texts("Am 9. März traf der Kanzler den Premier. Am 2. Dez. reiste er ab.", "de") == [
        "Am 9. März traf der Kanzler den Premier.", "Am 2. Dez. reiste er ab."]


def test_a_year_or_a_number_before_other_words_still_ends_a_sentence():
    assert texts("Er kam im Jahr 2019. Dann ging er.", "de") == [
        "Er kam im Jahr 2019.", "Dann ging er."]
    assert texts("The vote was delayed until Nov. 12. The opposition walked out.", "en") == [
        "The vote was delayed until Nov. 12.", "The opposition walked out."]
