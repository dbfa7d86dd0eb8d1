"""Names for the people the knowledge base lacks: "Kenya's opposition leader Kalonzo Musyoka".

A recognised unknown person (`kind` "unknown", actors/recognize.py) has no knowledge-base
name, yet the report names him, and the gold names him so. Each such mention takes the surface
of the mention that introduced him: the earliest of his country and office whose surname the
later one repeats ("Musyoka", "Krajewskiego" after "Jan Krajewski"), so that every mention of
one person carries one name. Only Latin-script names are given: the gold spells names in
Latin script, and a transliteration is no business of the coder.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from wirewatch.models import Mention
from wirewatch.text.keys import fold


def named_unknowns(mentions: list[Mention]) -> list[Mention]:
    """The mentions, each unknown person named after its introducing mention."""
    introduced: list[Mention] = []
    out = []
    for m in mentions:
        if m.kind != "unknown" or m.name is not None:
            out.append(m)
            continue
        first = next((f for f in introduced if _same_person(f, m)), None)
        if first is None:
            introduced.append(m)
            first = m
        out.append(replace(m, name=first.surface) if _latin(first.surface) else m)
    return out


def _same_person(first: Mention, later: Mention) -> bool:
    """A later mention of the same office and country that repeats the first one's surname,
    in any case ending of the language."""
    if (first.country, first.role) != (later.country, later.role):
        return False
    surname = fold(first.surface.split()[-1])
    return fold(later.surface.split()[-1]).startswith(surname)


def _latin(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and all(unicodedata.name(c, "").startswith("LATIN") for c in letters)
