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


def test_a_relative_aside_does_not_swallow_the_main_verb():
    """"X, который находится с визитом в Пекине, обсудил ...": the comma ends the visit's
    clause, so the talks are an act of their own with the counterpart."""
    assert ("CONSULT", "VNM", "CHN", "asserted") in coded(
        "Президент Вьетнама, который находится с визитом в Пекине, обсудил с председателем КНР торговлю.")


def test_a_denial_reaches_the_report_it_denies():
    assert coded("Минобороны Белоруссии опровергло сообщения о том, что Минск передал России "
                 "зенитные ракеты.") == {("AID", "BLR", "RUS", "denied"), ("REJECT", "BLR", None, "asserted")}


def test_a_future_transfer_verb_before_a_sum_is_planned():
    assert coded("Швеция выделит Украине 300 млн евро гуманитарной помощи.") == {
        ("AID", "SWE", "UKR", "planned")}


@pytest.mark.parametrize("sentence, expected", [
    ("Латвия объявила персоной нон грата белорусского дипломата.", ("SANCTION", "LVA", "BLR", "asserted")),
    ("Казахстан вывел свои подразделения из Киргизии.", ("RETREAT", "KAZ", "KGZ", "asserted")),
    ("Индия и Франция провели совместные военно-морские учения.", ("COOPERATE", "IND", "FRA", "asserted")),
])
def test_news_wording(sentence, expected):
    assert coded(sentence) == {expected}


def test_forces_moved_to_a_border_during_a_snap_check_are_troops():
    events = outline("Азербайджан перебросил дополнительные силы к границе с Арменией в рамках "
                     "внезапной проверки.", "ru", mode=True)
    assert events == {("MOBILIZE", "AZE", "ARM", "asserted", "troops")}


def test_the_country_of_an_embassy_is_the_target_of_a_protest():
    assert coded("Сотни людей вышли на акцию протеста у посольства Ирана в Лондоне.") == {
        ("PROTEST", "GBR", "IRN", "asserted")}
