"""Common words, first names and places that must not link to an actor (benchmarks/false_links.py
finds them in bulk), next to the true links the same mechanisms must keep."""

from __future__ import annotations

import pytest

from wirewatch.actors.kb import load_kb
from wirewatch.actors.names import generic_suffixes, pack_suffixes
from wirewatch.events.text import code_text
from wirewatch.lang.loader import load_pack


def linked(text: str, lang: str) -> list[tuple[str, str]]:
    _, mentions, _ = code_text(text, lang, None, load_kb())
    return [(m.surface, m.actor_id) for m in mentions if m.actor_id]


def test_russian_locative_of_china_links_china_not_a_latin_surname():
    # "Китае" loses "-е" to "kita", also the key of the Latin surname "Keita": a key that
    # short only counts in the script the name is written in
    assert ("Китае", "CHN") in linked("Вчера журналистов задержали в Китае.", "ru")


def test_italian_first_name_is_not_france():
    assert linked("Ieri sera Francesco ha cenato con gli amici.", "it") == []
    assert ("Francia", "FRA") in linked("Il governo ha criticato la Francia.", "it")


def test_pack_with_no_endings_keeps_none():
    """A pack that states no name endings (Italian) must not get the generic Slavic list; a
    language without a pack (Czech) does."""
    assert "sko" not in pack_suffixes(load_pack("it"))
    assert pack_suffixes(load_pack("cs")) == generic_suffixes()


@pytest.mark.parametrize(("text", "lang"), [
    ("El equipo de Granada ganó el domingo.", "es"),
    ("أعلنت الحكومة عن دعم مالي للمزارعين.", "ar"),
    ("دولت بسته مالی تازه ای را اعلام کرد.", "fa"),
])
def test_name_that_is_mostly_something_else_does_not_link(text, lang):
    """"دولت" alone is the government (in Persian news Iran's: a sector), no name's link."""
    assert [(s, a) for s, a in linked(text, lang) if not a.startswith("SEC:")] == []


@pytest.mark.parametrize(("text", "lang", "name", "actor"), [
    ("Granada y Barbados firmaron un acuerdo comercial en el Caribe.", "es", "Granada", "GRD"),
    ("تقع مالي في غرب أفريقيا وعاصمتها باماكو.", "ar", "مالي", "MLI"),
])
def test_context_lets_the_country_link(text, lang, name, actor):
    assert (name, actor) in linked(text, lang)
