"""An accepted invitation to visit is an AGREE and the visit planned beside it
(events/coder.py: _agreed_visit); two agreements told by each side in turn stay two events
(events/dedup.py: _two_undertakings). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch.lang.check import code_example
from wirewatch.models import RawDocument
from wirewatch.pipeline import process


def _coded(sentence: str, lang: str) -> set[tuple]:
    return {(e.type, e.source.country, e.target.country if e.target else None, e.status)
            for e in code_example(sentence, lang)}


ACCEPTED = [
    ("en", "The Indian prime minister accepted an invitation to visit Canberra."),
    ("es", "El presidente argentino aceptó la invitación de visitar Madrid."),
    ("de", "Der indische Premierminister nahm eine Einladung an, Berlin zu besuchen."),
]


@pytest.mark.parametrize(("lang", "sentence"), ACCEPTED)
def test_an_accepted_invitation_plans_the_visit(lang, sentence):
    coded = _coded(sentence, lang)
    country = {"en": "AUS", "es": "ESP", "de": "DEU"}[lang]
    source = {"en": "IND", "es": "ARG", "de": "IND"}[lang]
    assert ("CONSULT", source, country, "planned") in coded
    assert any(t == "AGREE" for t, *_ in coded)


def test_a_visit_not_agreed_stays_one_event():
    assert _coded("The Indian prime minister visited Canberra.", "en") == {
        ("CONSULT", "IND", "AUS", "asserted")}


def test_the_visit_is_dated_by_its_own_month():
    text = ("CANBERRA, March 3, 2025 - The Indian prime minister accepted an invitation to "
            "visit Canberra in June, his office said.")
    doc = process(RawDocument("t", text, published=date(2025, 3, 3), lang="en"))
    visits = [e for e in doc.events if e.type == "CONSULT"]
    assert [(v.status, v.date) for v in visits] == [("planned", "2025-06")]


def test_a_pledge_and_an_accepted_invitation_are_two_agreements():
    text = ("TOKYO, March 3, 2025 - Japan pledged new patrol boats to the Philippines. "
            "The Philippine president accepted an invitation from Japan, his office said.")
    doc = process(RawDocument("t", text, published=date(2025, 3, 3), lang="en"))
    agreements = {(e.source.country, e.target.country) for e in doc.events if e.type == "AGREE"}
    assert agreements == {("JPN", "PHL"), ("PHL", "JPN")}
