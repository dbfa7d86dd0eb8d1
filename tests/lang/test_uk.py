"""Ukrainian pack on news-style sentences: speech-act verbs over the nouns they govern,
perfective futures, coordinated acts, an opening attribution that names no teller."""

import pytest

from wirewatch.lang.check import outline


def coded(sentence):
    return outline(sentence, "uk")


def test_rejecting_a_proposal_of_talks_is_a_rejection():
    assert coded("Угорщина відкинула пропозицію Румунії про переговори.") == {
        ("REJECT", "HUN", "ROU", "asserted")}


def test_perfective_future_is_planned():
    assert ("AID", "LTU", "UKR", "planned") in coded("Литва передасть Україні гуманітарну допомогу.")


def test_two_coordinated_acts_of_one_dyad_are_two_events():
    found = coded("Канада запровадила санкції проти Ірану та засудила Тегеран.")
    assert {("SANCTION", "CAN", "IRN", "asserted"), ("ACCUSE", "CAN", "IRN", "asserted")} <= found


def test_subject_after_an_attribution_is_no_teller():
    assert coded("За даними ЗМІ, Іран нібито передав Росії ракети.") == {
        ("AID", "IRN", "RUS", "claimed")}


def test_protesters_demanding_something_protest_where_they_stand():
    """A gerund clause ("..., вимагаючи ...") has the main clause's subject; the embassy's
    country is the target, the city the protesters."""
    assert ("PROTEST", "DEU", "IRN", "asserted") in coded(
        "Тисячі людей вийшли на мітинг біля посольства Ірану в Берліні, вимагаючи звільнити політв'язнів.")


def test_a_denial_reaches_a_that_clause():
    assert coded("У Пекіні заперечили, що китайські компанії передали Росії компоненти для ракет.") == {
        ("AID", "CHN", "RUS", "denied")}


def test_border_guards_withdrawn():
    assert coded("Азербайджан вивів своїх прикордонників із двох сіл біля кордону з Вірменією.") == {
        ("RETREAT", "AZE", "ARM", "asserted")}


@pytest.mark.parametrize("sentence", [
    "Росія та Україна обмінялися полоненими за посередництва Катару.",
    "Переговори відбулися за посередництва Туреччини.",
])
def test_a_mediator_named_in_passing_proposes_nothing(sentence):
    assert not any(t == "AGREE" for t, *_ in coded(sentence))
