"""Three structural readings of who acts, written for these tests:

- an arrest told in the passive with no agent, place or police in its sentence is made by the
  police of the country the report is set in (PLOVER codes it as that state's, COP -> CVL);
- a party told before a comma that a verb's own subject follows is the topic that subject
  answers, its target, not the source of its verb ("如果美方…，中方将…");
- a prison term after a sentencing verb takes the parties of the sentence that gives it."""

from __future__ import annotations

import pytest

from wirewatch.lang.check import code_example


def _dyads(text: str, lang: str, kind: str) -> set[tuple]:
    return {(e.source.country, e.target.country if e.target else None)
            for e in code_example(text, lang) if e.type == kind}


HOME_ARRESTS = [
    ("it", ("Migliaia di studenti hanno manifestato a Torino contro il governo. "
           "Dieci persone sono state arrestate."), "ITA"),
    ("es", ("Miles de personas marcharon en Quito contra el gobierno. "
           "Al menos veinte personas fueron detenidas."), "ECU"),
    ("fr", ("Des milliers de personnes ont manifesté à Lyon contre la réforme. "
           "Trente personnes ont été interpellées."), "FRA"),
    ("ro", ("Mii de oameni au protestat la Chișinău împotriva guvernului. "
           "Treizeci de persoane au fost reținute."), "MDA"),
    ("pl", ("Tysiące ludzi protestowało w Tbilisi przeciwko rządowi. "
           "Trzydzieści osób zostało zatrzymanych."), "GEO"),
    ("ru", ("Тысячи людей протестовали в Тбилиси против правительства. "
           "Тридцать человек были задержаны."), "GEO"),
]


@pytest.mark.parametrize(("lang", "text", "country"), HOME_ARRESTS)
def test_an_agentless_arrest_is_made_by_the_state_the_report_is_set_in(lang, text, country):
    assert (country, country) in _dyads(text, lang, "COERCE")


def test_an_agentless_arrest_in_a_report_set_nowhere_has_no_arrester():
    """Spanish is the press of many states: a report naming none sets no scene."""
    assert not _dyads("Diez personas fueron detenidas.", "es", "COERCE")


FRONTED_TOPICS = [
    ("zh", "如果美方执意对台售武，中方将采取坚决反制措施。", "THREATEN", ("CHN", "USA")),
    ("zh", "日方的指责纯属捏造，中方坚决予以驳斥。", "REJECT", ("CHN", "JPN")),
]


@pytest.mark.parametrize(("lang", "text", "kind", "dyad"), FRONTED_TOPICS)
def test_a_topic_before_the_comma_is_the_target_of_the_subject_after_it(lang, text, kind, dyad):
    assert dyad in _dyads(text, lang, kind)


SENTENCES = [
    ("en", "A court in Tehran sentenced a French citizen to six years in prison.", ("IRN", "FRA")),
    ("fr", "Un tribunal de Téhéran a condamné un Français à six ans de prison.", ("IRN", "FRA")),
    ("el", "Δικαστήριο στη Μόσχα καταδίκασε έναν Ουκρανό σε δώδεκα χρόνια φυλάκιση.",
     ("RUS", "UKR")),
]


@pytest.mark.parametrize(("lang", "text", "dyad"), SENTENCES)
def test_a_prison_term_takes_the_parties_of_the_sentence_that_gives_it(lang, text, dyad):
    """The one sentenced, who stands before the term, imprisons nobody."""
    assert _dyads(text, lang, "COERCE") == {dyad}
