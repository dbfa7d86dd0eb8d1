"""Calls for one's own cooperation, and condemnations of an attack on a victim (events/coder.py:
_intents, _parties_to, _suffered). Sentences written for these tests.

- A party calling for, or welcoming, cooperation it takes part in states its own intent: the
  cooperation, planned (PLOVER codes a party's call to end its own conflict as AGREE; wirewatch
  keeps the type, gold/SCHEMA.md). A call on another party, or for others' cooperation, stays
  a REQUEST.
- "condemned the attack on Kyiv" accuses whoever attacked, not Kyiv; the condemning party
  did not strike.
"""

from __future__ import annotations

import pytest

from wirewatch.lang.check import code_example


def _coded(sentence: str, lang: str) -> set[tuple]:
    return {(e.type, e.source.country, e.target.country if e.target else None, e.status)
            for e in code_example(sentence, lang)}


OWN_COOPERATION = [
    ("en", "Putin urged closer cooperation between Russia and Iran.", "RUS", "IRN"),
    ("en", "Diplomacy: Putin urges intensification of Russia-Iran cooperation", "RUS", "IRN"),
    ("es", "España pidió intensificar la cooperación con Marruecos.", "ESP", "MAR"),
    ("ru", "Россия призвала к расширению сотрудничества с Ираном.", "RUS", "IRN"),
    ("fr", "La France a appelé à renforcer la coopération avec l'Allemagne.", "FRA", "DEU"),
    ("id", "Raisi menyambut keinginan Moskow untuk meningkatkan kerja sama ekonomi dengan Iran.",
     "IRN", "RUS"),
]


@pytest.mark.parametrize(("lang", "sentence", "source", "target"), OWN_COOPERATION)
def test_a_call_for_ones_own_cooperation_is_planned_cooperation(lang, sentence, source, target):
    assert _coded(sentence, lang) == {("COOPERATE", source, target, "planned")}


@pytest.mark.parametrize(("sentence", "asked"), [
    ("The UN urged closer cooperation between Russia and Ukraine.", ("IGO:UN", "RUS")),
    ("Germany called on France to deepen cooperation with Poland.", ("DEU", "FRA")),
])
def test_a_call_for_others_cooperation_stays_a_request(sentence, asked):
    assert ("REQUEST",) + asked + ("asserted",) in _coded(sentence, "en")
    assert not any(e[0] == "COOPERATE" for e in _coded(sentence, "en"))


def test_a_treaty_signed_is_no_intent():
    assert _coded("Η Μόσχα υπέγραψε μια αμυντική συνθήκη με τη Βόρεια Κορέα.", "el") == {
        ("SUPPORT", "RUS", "PRK", "asserted")}


CONDEMNED_ATTACKS = [
    ("en", "France condemned the attack on Kyiv."),
    ("es", "Francia condenó el ataque contra Kiev."),
    ("fr", "La France a condamné l'attaque contre Kiev."),
    ("de", "Frankreich verurteilte den Angriff auf Kiew."),
    ("ru", "Франция осудила удар по Киеву."),
    ("ro", "Franța a condamnat atacul asupra Kievului."),
    ("el", "Η Γαλλία καταδίκασε την επίθεση στο Κίεβο."),
]


@pytest.mark.parametrize(("lang", "sentence"), CONDEMNED_ATTACKS)
def test_the_victim_of_a_condemned_attack_is_not_accused(lang, sentence):
    assert _coded(sentence, lang) == {("ACCUSE", "FRA", None, "asserted")}


def test_a_named_attacker_is_accused():
    assert _coded("France condemned Russia's attack on Kyiv.", "en") == {
        ("ACCUSE", "FRA", "RUS", "asserted"), ("ASSAULT", "RUS", "UKR", "asserted")}


def test_an_offensive_that_stalled_is_no_rejection():
    assert _coded("The Russian offensive in Ukraine stalled.", "en") == {
        ("ASSAULT", "RUS", "UKR", "asserted")}


def test_an_attackers_adjective_after_the_attack_is_accused():
    assert ("ACCUSE", "FRA", "RUS", "asserted") in _coded(
        "La France a condamné l'attaque russe contre Kiev.", "fr")


@pytest.mark.parametrize("sentence", [
    "Iran denied reports that it had supplied missiles to Russia.",
    "Tehran denied supplying Moscow with missiles.",
])
def test_the_act_a_denial_governs_is_coded_denied(sentence):
    assert ("AID", "IRN", "RUS", "denied") in _coded(sentence, "en")


@pytest.mark.parametrize("sentence, lang", [
    ("Iran denied reports that it had supplied missiles to Russia.", "en"),
    ("Moscow denied accusations that it had shelled the Ukrainian town.", "en"),
    ("Rusia negó haber atacado aldeas ucranianas.", "es"),
    ("La Russie a démenti avoir bombardé des villages ukrainiens.", "fr"),
    ("Кремль заперечив удари по цивільних об'єктах України.", "uk"),
    ("نفت روسيا قصف المدن الأوكرانية.", "ar"),
])
def test_a_denial_is_a_rejection_beside_the_act_it_denies(sentence, lang):
    """The dev golds code both: the denier's REJECT, asserted, and the act, denied."""
    coded = _coded(sentence, lang)
    assert any(t == "REJECT" and s == "asserted" for t, _, _, s in coded)
    assert any(t != "REJECT" and s == "denied" for t, _, _, s in coded)


@pytest.mark.parametrize("sentence", [
    "Its offensive in Ukraine, at the end of February, was marked by defeats of the Russian army.",
    "The offensive in Ukraine was marked by defeats of the Russian army.",
])
def test_a_noun_after_an_article_takes_no_subject_after_it(sentence):
    """The army defeated is not the offensive's agent: a noun has no subject after it."""
    assert _coded(sentence, "en") == set()


def test_a_possessive_before_an_actor_is_skipped_like_an_article():
    assert ("ASSAULT", "RUS", "UKR", "asserted") in _coded(
        "Russia said its offensive in Ukraine was going to plan.", "en")


@pytest.mark.parametrize("sentence", [
    ("Press reports suggested the possibility of supplying Moscow with missiles from Iranian "
     "territory, a claim denied by Tehran."),
    "Reports said missiles were supplied to Moscow, a claim denied by Tehran.",
])
def test_an_act_with_no_subject_denied_by_a_party_is_its_act_denied(sentence):
    assert _coded(sentence, "en") == {("AID", "IRN", "RUS", "denied")}


def test_an_act_with_no_subject_and_no_denial_stays_uncoded():
    assert _coded("Reports suggested the possibility of supplying Chile with missiles.", "en") \
        == set()
