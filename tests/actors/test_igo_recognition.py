"""Organisations, NGOs and armed groups as parties of events (actors/data/igos.toml, the English
pack's dotted abbreviations and security councils). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch.actors.kb import load_kb
from wirewatch.actors.resolve import resolve_event_actors
from wirewatch.events.text import code_text
from wirewatch.models import PublishedDate

DAY = date(2024, 6, 15)


def _mentions(text: str, day: date = DAY) -> dict[str, tuple[str | None, str | None]]:
    _, mentions, _ = code_text(text, "en", day, load_kb())
    return {m.surface: (m.actor_id, m.country) for m in mentions}


def _events(text: str, day: date = DAY) -> list[tuple[str, str | None, str | None]]:
    _, _, events = code_text(text, "en", day, load_kb())
    published = PublishedDate(day, day, day, "stated")
    for e in events:
        resolve_event_actors(e, load_kb(), published)
    return [(e.type, e.source.country if e.source else None,
             e.target.country if e.target else None) for e in events]


@pytest.mark.parametrize("text, surface, actor, country", [
    ("Oxfam criticised the blockade of the port on Tuesday.", "Oxfam", "NGO:OXFAM", "NGO:OXFAM"),
    ("The Taliban seized two border posts overnight.", "Taliban", "MIL:TALIBAN", "AFG"),
    ("Hezbollah fired rockets at an army base.", "Hezbollah", "MIL:HEZBOLLAH", "LBN"),
    ("A Qaeda cell claimed the bombing of the hotel.", "Qaeda", "MIL:AL-QAEDA", None),
    ("FARC guerrillas released four hostages.", "FARC", "MIL:FARC", "COL"),
    ("The European Community lifted its oil embargo.", "European Community", "IGO:EU", "IGO:EU"),
    ("The OAU called for a ceasefire in the region.", "OAU", "IGO:AU", "IGO:AU"),
])
def test_organisations_and_groups_are_mentions(text, surface, actor, country):
    assert _mentions(text)[surface] == (actor, country)


def test_ngo_is_the_source_of_its_accusation():
    assert ("ACCUSE", "NGO:AMNESTY", "IRN") in \
        _events("Amnesty International accused Iran of torturing detainees.")


def test_armed_group_acts_for_its_country():
    events = _events("The Taliban attacked a checkpoint on Sunday.")
    assert [(t, src) for t, src, _ in events] == [("ASSAULT", "AFG")]


def test_armed_group_spokesman_is_coded_with_the_group_country():
    events = _events("A Hamas spokesman threatened Israel with new rocket fire.")
    assert ("THREATEN", "PSE", "ISR") in events


def test_dotted_un_is_the_united_nations():
    assert _mentions("U.N. helicopters flew the wounded to Tuzla.")["U.N"] == ("IGO:UN", "IGO:UN")
    assert ("REQUEST", "SRB", "IGO:UN") in \
        _events("Serbia asked the U.N. to send more monitors.")


def test_un_officials_speak_for_the_un():
    _, mentions, _ = code_text("U.N. officials condemned the shelling of the market.", "en",
                               DAY, load_kb())
    assert [(m.kind, m.country) for m in mentions] == [("role", "IGO:UN")]


@pytest.mark.parametrize("text, country", [
    ("Russia's Security Council discussed the border on Friday.", "RUS"),
    ("The Russian Security Council met in Moscow.", "RUS"),
    ("Iran's Supreme National Security Council rejected the offer.", "IRN"),
    ("The U.N. Security Council condemned the attack.", "IGO:UN"),
])
def test_a_security_council_belongs_to_the_country_before_it(text, country):
    _, mentions, _ = code_text(text, "en", DAY, load_kb())
    assert next(m.country for m in mentions) == country
    assert all(m.actor_id != "IGO:UNSC" for m in mentions)


def test_bare_security_council_is_nobody_in_particular():
    _, mentions, _ = code_text("The Security Council met behind closed doors.", "en", DAY, load_kb())
    assert mentions == []


def test_national_red_crescent_is_its_country():
    assert ("AID", "IRN", "LBN") in _events("The Iranian Red Crescent sent aid to Lebanon.")


def test_west_bank_is_palestinian_not_the_west():
    assert _mentions("Israel reimposed a closure on the West Bank.")["the West Bank"] == \
        ("PSE", "PSE")


def test_office_of_an_organisation_named_with_the_person():
    """Named with NATO's office, Stoltenberg acts for NATO even on a day outside his term."""
    events = _events("NATO Secretary General Jens Stoltenberg met the Turkish foreign minister.",
                     date(2010, 3, 1))
    assert events and events[0][1] == "IGO:NATO"


@pytest.mark.parametrize("text, absent", [
    ("Sheikh Tamim bin Hamad al-Thani received the envoy in Doha.", "DNK"),
    ("Supporters of Ahmed Ben Bella marched in Algiers.", "PLW"),
    ("Some farmers blocked the road to Warsaw.", "FIN"),
])
def test_foreign_country_names_do_not_read_names_and_words(text, absent):
    assert all(country != absent for _, country in _mentions(text).values())
