"""Ethnic groups are coded by the country they live in, not by their ethnicity.

PLOVER codes an actor with the country it is associated with and keeps ethnicity as an
attribute beside the sector (the PLOVER gold codes "ethnic Albanians in Serbia" as Serbia with
an Albanian civilian sector, "Bosnian Serbs" as Bosnia). A demonym read as an ethnicity
therefore takes the country of residence the sentence gives:

- a place word right before it, in languages whose pack says so (`compound = true`):
  "Bosnian Serbs", "Kosovo Albanians" name Bosnians and Kosovars of Serb and Albanian
  descent; a possessive ("Iran's Russian allies") is not such a place word;
- after an ethnicity marker of the pack ("ethnic Albanians", "ethnically Turkish"): a place
  word right before the marker ("Macedonia's ethnic Albanians"), else the nearest country the
  sentence sets in a location ("... in south Serbia", "... operating in Macedonia"), else it
  is left as it was (the text does not say where they live).

The cues are the `[ethnic]` table of the pack's `actors.toml` (docs/packs.md).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache

from wirewatch.lang.loader import Pack, PackError, _read
from wirewatch.lang.patterns import PatternSet
from wirewatch.text.tokens import Tokens

PLACE_KINDS = ("demonym", "country")
LOCATIVE_REACH = 3  # tokens from a locative word to the country it introduces ("in south Serbia")


@dataclass(frozen=True)
class EthnicCues:
    markers: PatternSet  # words that make the demonym after them an ethnicity
    compound: bool  # a place word right before a demonym names where the group lives


@cache
def ethnic_cues(lang: str) -> EthnicCues:
    data = (_read(lang, "actors.toml") or {}).get("ethnic", {})
    markers = PatternSet()
    for word in data.get("markers", []):
        try:
            markers.add(word, "ethnic")
        except ValueError as exc:
            raise PackError(f"{lang}/actors.toml: ethnic.markers: {exc}") from exc
    compound = data.get("compound", False)
    if not isinstance(compound, bool):
        raise PackError(f"{lang}/actors.toml: ethnic.compound must be true or false")
    return EthnicCues(markers, compound)


def ethnic_residence(atoms: list, text: str, tokens: Tokens, pack: Pack,
                     breaks: set[int]) -> list:
    """The atoms with each ethnic demonym coded by its country of residence (module doc).

    `atoms` are the recogniser's non-overlapping atoms in text order; an atom of a compound
    ("Bosnian Serbs") becomes one atom of the residence country."""
    cues = ethnic_cues(pack.lang)
    if not atoms or (not cues.compound and not cues.markers.size):
        return atoms
    marked = {m.end: m.start for m in cues.markers.find(tokens.folded)} if cues.markers.size else {}
    starts = sorted(set(breaks) | {0})
    out: list = []
    for n, atom in enumerate(atoms):
        prev = out[-1] if out else None
        if atom.kind not in PLACE_KINDS or len(atom.actor_ids) != 1:
            out.append(atom)
        elif cues.compound and _compound(prev, atom, text, tokens, pack):
            out[-1] = replace(prev, end=atom.end)
        elif atom.start in marked:
            home = _home(atoms, n, marked[atom.start], tokens, pack, starts)
            out.append(replace(atom, actor_ids=[home]) if home else atom)
        else:
            out.append(atom)
    return out


def _compound(prev, atom, text: str, tokens: Tokens, pack: Pack) -> bool:
    """"Bosnian Serbs": a place word, a single space, then a demonym of another country."""
    if prev is None or prev.kind not in PLACE_KINDS or prev.end != atom.start \
            or prev.actor_ids == atom.actor_ids or len(prev.actor_ids) != 1:
        return False
    gap = text[tokens.spans[prev.end - 1][1]:tokens.spans[atom.start][0]]
    if _possessive(tokens.surface[prev.end - 1]) or gap != " ":
        return False
    words = tokens.folded[atom.start:atom.end]
    return any(m.start == 0 and m.end == len(words) for m in pack.demonyms.find(words))


def _home(atoms: list, n: int, marker: int, tokens: Tokens, pack: Pack,
          starts: list[int]) -> str | None:
    """Where the ethnic group of atoms[n] lives: a place word right before its marker, else the
    nearest country after a locative word in its sentence."""
    own = atoms[n].actor_ids[0]
    before = atoms[n - 1] if n else None
    if before is not None and before.kind in PLACE_KINDS and before.end == marker \
            and before.actor_ids[0] != own:
        return before.actor_ids[0]
    k = bisect_right(starts, atoms[n].start) - 1
    lo, hi = starts[k], starts[k + 1] if k + 1 < len(starts) else len(tokens)
    located = [a for a in atoms if lo <= a.start < hi and a.kind in PLACE_KINDS
               and a.actor_ids[0] != own and _after_locative(a, tokens, pack, lo)]
    if not located:
        return None
    return min(located, key=lambda a: abs(a.start - atoms[n].start)).actor_ids[0]


def _after_locative(atom, tokens: Tokens, pack: Pack, lo: int) -> bool:
    locative = pack.syntax.locative
    return any(tokens.folded[k] in locative
               for k in range(max(lo, atom.start - LOCATIVE_REACH), atom.start))


def _possessive(word: str) -> bool:
    return "'" in word or "’" in word
