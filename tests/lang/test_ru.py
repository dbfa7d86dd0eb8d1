"""Russian pack on news-style sentences: speech-act verbs over the nouns they govern,
perfective futures, transfers with an object between verb and noun, attributed reports."""

import pytest

from wirewatch.lang.check import outline


def coded(sentence):
    return outline(sentence, "ru")


def test_rejecting_a_proposal_of_talks_is_a_rejection():
    assert coded("Пхеньян отверг предложение Сеула о переговорах.") == {
        ("REJECT", "PRK", "KOR", "asserted")}


@pytest.mark.parametrize("sentence, expected", [
    ("Польша проведёт совместные учения с Литвой.", ("COOPERATE", "POL", "LTU", "planned")),
    ("Эстония выделит Молдове гуманитарную помощь.", ("AID", "EST", "MDA", "planned")),
])
def test_perfective_future_is_planned(sentence, expected):
    assert expected in coded(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Иран передал России партию беспилотников.", ("AID", "IRN", "RUS", "asserted")),
    ("Казахстан вывел свои войска из Киргизии.", ("RETREAT", "KAZ", "KGZ", "asserted")),
])
def test_words_between_verb_and_object(sentence, expected):
    assert expected in coded(sentence)


def test_attributed_report_is_claimed_and_its_teller_no_actor():
    found = coded("Как утверждают украинские военные, Белоруссия передала России снаряды.")
    assert found == {("AID", "BLR", "RUS", "claimed")}
