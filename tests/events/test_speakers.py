"""A state's statement voiced by its one official named in the sentence takes that official
as its actor (events/speakers.py); acts done stay the state's. Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch.models import RawDocument
from wirewatch.pipeline import process


def _events(text: str, lang: str) -> list:
    raw = RawDocument("speakers-test", text, lang=lang, published=date(2026, 3, 12))
    return process(raw, today=date(2026, 3, 12)).events


VOICED = [
    ("en", ("Russia will respond to any deployment of missiles in Finland, Foreign Minister "
           "Sergey Lavrov said on Wednesday."), "THREATEN", "Sergey Lavrov"),
    ("fr", ("La France demande à l'Iran de libérer ses ressortissants, a déclaré mercredi "
           "le ministre Jean-Noël Barrot."), "REQUEST", "Jean-Noël Barrot"),
    ("de", ("Deutschland lehnt die Forderungen Moskaus ab, sagte Außenminister Johann Wadephul "
           "am Mittwoch."), "REJECT", "Johann Wadephul"),
]


@pytest.mark.parametrize(("lang", "text", "kind", "speaker"), VOICED)
def test_a_states_statement_takes_its_official_as_actor(lang, text, kind, speaker):
    found = [e for e in _events(text, lang) if e.type == kind]
    assert found, kind
    assert found[0].source.actor == speaker
    assert found[0].source.country == {"en": "RUS", "fr": "FRA", "de": "DEU"}[lang]


def test_an_act_done_stays_the_states_own():
    text = ("Russia struck energy facilities in Kharkiv overnight, Defence Minister "
            "Andrei Belousov said on Wednesday.")
    strikes = [e for e in _events(text, "en") if e.type == "ASSAULT"]
    assert strikes and strikes[0].source.actor != "Andrei Belousov"


def test_two_officials_of_the_state_leave_it_unvoiced():
    text = ("Russia will respond to any deployment of missiles in Finland, Foreign Minister "
            "Sergey Lavrov and spokesman Dmitry Peskov said on Wednesday.")
    threats = [e for e in _events(text, "en") if e.type == "THREATEN"]
    assert threats and threats[0].source.actor not in ("Sergey Lavrov", "Dmitry Peskov")
