"""An envoy posted abroad is his own state's: a place after the word that says whose office
it is tells where the office is held ("the Russian ambassador in Berlin, X," is Russia's,
not Germany's), in every word order the packs write it."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch.events.text import code_text

DAY = date(2025, 9, 10)


def unknown_people(text: str, lang: str):
    return [m for m in code_text(text, lang, DAY)[1] if m.kind == "unknown"]


@pytest.mark.parametrize("lang, text, country", [
    ("en", "The Brazilian ambassador in Lisbon, Carlos Moreira, handed over a protest note.", "BRA"),
    ("en", "Japan's envoy to Canada Hiroshi Tanabe opened the trade fair.", "JPN"),
    ("fr", "L'ambassadeur du Chili à Madrid, Pablo Ruiz, a remis une note de protestation.", "CHL"),
    ("de", "Der polnische Botschafter in Wien, Marek Nowicki, übergab eine Protestnote.", "POL"),
    ("ru", "Посол Казахстана в Турции Ерлан Сатпаев передал ноту протеста.", "KAZ"),
])
def test_posted_envoy_is_of_the_state_he_represents(lang, text, country):
    found = unknown_people(text, lang)
    assert found and found[0].country == country, found


@pytest.mark.parametrize("lang, text, country", [
    ("en", "Police in Lisbon arrested the suspect, Carlos Moreira, on Friday.", "PRT"),
    ("en", "The governor of Texas, Carlos Moreira, signed the bill.", "USA"),
])
def test_a_place_alone_still_places_the_name(lang, text, country):
    found = unknown_people(text, lang)
    assert not found or found[0].country == country, found
