"""Ethnic groups are coded by the country they live in (actors/ethnic.py; the `[ethnic]` table
of lang/en/actors.toml). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch.actors.kb import load_kb
from wirewatch.events.text import code_text

DAY = date(2024, 6, 15)


def _code(text: str):
    _, mentions, events = code_text(text, "en", DAY, load_kb())
    return ({m.surface: m.country for m in mentions},
            [(e.type, e.source.country if e.source else None,
              e.target.country if e.target else None) for e in events])


@pytest.mark.parametrize("text, surface, country", [
    ("Bosnian Croats rejected the new map on Monday.", "Bosnian Croats", "BIH"),
    ("Kosovo Serbs boycotted the local elections.", "Kosovo Serbs", "XKX"),
    ("Iraqi Turkmens protested outside the council building.", "Iraqi Turkmens", "IRQ"),
])
def test_a_place_word_before_a_demonym_is_where_the_group_lives(text, surface, country):
    mentions, _ = _code(text)
    assert mentions[surface] == country


def test_ethnic_group_takes_the_country_it_is_located_in():
    mentions, events = _code("Thousands of ethnic Hungarians in Romania demanded autonomy.")
    assert mentions["Hungarians"] == "ROU"
    assert events and events[0][:2] == ("REQUEST", "ROU")


def test_ethnic_group_takes_the_country_named_before_its_marker():
    mentions, _ = _code("Georgia's ethnic Armenians staged a rally in the south.")
    assert mentions["Armenians"] == "GEO"


def test_ethnic_group_without_a_place_keeps_its_demonym():
    mentions, _ = _code("Ethnic Uzbeks marched through the market.")
    assert mentions["Uzbeks"] == "UZB"


@pytest.mark.parametrize("text, first, second", [
    # a possessive is the owner, the demonym after it a nationality of its own
    ("Iran's Russian allies condemned the strike.", "IRN", "RUS"),
    # a hyphen or a conjunction joins two parties, not a place and a group
    ("Serbian-Croatian talks resumed in Geneva.", "SRB", "HRV"),
    ("Greek and Turkish ministers met in Athens.", "GRC", "TUR"),
])
def test_two_parties_side_by_side_stay_two(text, first, second):
    mentions, _ = _code(text)
    countries = list(mentions.values())
    assert countries[:2] == [first, second]
