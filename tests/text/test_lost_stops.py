"""A capitalised possessive mid-line starts a sentence whose full stop was lost."""

import pytest

from wirewatch.text.sentences import split_sentences


def texts(text, lang):
    return [s.text for s in split_sentences(text, lang)]


@pytest.mark.parametrize("text, lang, second", [
    ("The minister looked tired after the vote Its outcome surprised the party.", "en",
     "Its outcome surprised the party."),
    ("Le ministre semblait fatigué après le vote Son résultat a surpris le parti.", "fr",
     "Son résultat a surpris le parti."),
    ("El ministro parecía cansado tras la votación Su resultado sorprendió al partido.", "es",
     "Su resultado sorprendió al partido."),
])
def test_a_capitalised_possessive_before_a_lowercase_word_opens_a_sentence(text, lang, second):
    assert texts(text, lang)[1:] == [second]


@pytest.mark.parametrize("text, lang", [
    ("Last week Iran He admitted sending drones to the front.", "en"),  # a doubled subject
    ("The Pope received His Holiness Bartholomew in Rome.", "en"),  # an honorific
    ("Its outcome surprised the party.", "en"),  # already a sentence start
    ("Le ministre a reçu Sa Majesté le roi du Maroc.", "fr"),
])
def test_subject_pronouns_honorifics_and_true_starts_do_not_split(text, lang):
    assert texts(text, lang) == [text]


def test_offsets_of_split_sentences_point_into_the_text():
    text = "The talks ended late His aides left first."
    for s in split_sentences(text, "en"):
        assert text[s.start:s.end] == s.text
