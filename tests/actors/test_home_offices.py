"""A state office named without its country is the report's home state's.

"Szef MON skrytykował Rosję" in a report from Warsaw is Poland's defence minister; "the
defence minister warned" in one from Berlin is Germany's. A role named with a country keeps
it, and a role right before a name the knowledge base lacks is that person's. The sentences
are written for these tests.
"""

from __future__ import annotations

import pytest

from wirewatch.events.text import code_text


def dyads(text: str, lang: str) -> set[tuple[str, str | None, str | None]]:
    _, _, events = code_text(text, lang, None)
    return {(e.type, e.source.country, e.target.country if e.target else None) for e in events}


def office_countries(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    _, mentions, _ = code_text(text, lang, None)
    return [(m.role, m.country) for m in mentions if m.kind == "role"]


@pytest.mark.parametrize("lang, text, source, target", [
    ("pl", "WARSZAWA (PAP) - Szef MON ostro skrytykował Rosję za nowe manewry przy granicy.",
     "POL", "RUS"),
    ("pl", "(PAP) - Minister obrony skrytykował Białoruś za prowokacje na granicy.",
     "POL", "BLR"),
    ("it", "(ANSA) - Il ministro della Difesa ha duramente criticato la Russia per l'attacco.",
     "ITA", "RUS"),
])
def test_an_office_without_its_country_is_the_home_states(lang, text, source, target):
    assert ("ACCUSE", source, target) in dyads(text, lang)


def test_an_office_with_its_country_keeps_it():
    """"the Russian defence minister" in a Polish report is Russia's, read as before."""
    text = "WARSZAWA (PAP) - Rosyjski minister obrony skrytykował Polskę za manewry."
    assert ("defence_minister", "POL") not in office_countries(text, "pl")


def test_no_home_no_office_party():
    """With nothing to say where the report is from, the bare office names no party."""
    assert office_countries("Minister obrony skrytykował Rosję.", "pl") == []


def test_a_pair_of_offices_is_left_to_the_pair():
    """"Obaj ministrowie obrony" is the pair of the event before, not one home minister."""
    text = "WARSZAWA (PAP) - Obaj ministrowie obrony podpisali porozumienie o współpracy."
    assert office_countries(text, "pl") == []
