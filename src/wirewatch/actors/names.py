"""An index of every actor name in every script, matched through transliteration keys.

Names are stored once as sequences of Latin keys ("pezeskian"), so a Greek, Cyrillic or
Latin spelling of one name meets the same entry. Inflected forms are reached by stripping a
pack's name suffixes from a token ("Путину" -> "putin", "Iranului" -> "iran") and by a stem
that drops an alias's final vowel ("Москвы" -> "moskv" = "Москва" less "a").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from wirewatch.actors.kb import KnowledgeBase
from wirewatch.text.keys import tokenize, translit_key

VOWELS = set("aeiou")
MIN_KEY = 3
GENERIC_SUFFIXES = ("s", "a", "u", "e", "i", "om", "em", "ov", "ei", "ul", "ului", "ia", "iei",
                    "ou", "as", "es", "is", "os", "ie", "ii", "oi", "ami", "ah", "eh", "in",
                    "un", "nin", "nun", "da", "de", "ta", "te", "ya", "ye", "dan", "den")


@dataclass(frozen=True)
class NameEntry:
    keys: tuple[str, ...]
    actor_id: str
    kind: str  # country | metonym | igo | person | ...
    place: str | None = None


@dataclass
class Candidate:
    start: int  # token index
    end: int
    entries: list[NameEntry]


class NameIndex:
    def __init__(self, kb: KnowledgeBase):
        self.full: dict[str, list[NameEntry]] = {}
        self.stem: dict[str, list[NameEntry]] = {}
        self.acronyms: dict[str, list[NameEntry]] = {}
        for actor in kb.actors.values():
            kind = actor.kind
            for name in actor.names:
                self._add(name, NameEntry((), actor.id, kind))
            for acronym in actor.acronyms:
                self.acronyms.setdefault(acronym, []).append(NameEntry((acronym,), actor.id, kind))
        for m in kb.metonyms:
            for name in m.names:
                self._add(name, NameEntry((), m.actor, "metonym", m.place))

    def _add(self, name: str, template: NameEntry) -> None:
        keys = tuple(translit_key(name[a:b]) for a, b in tokenize(name))
        keys = tuple(k for k in keys if k)
        if not keys or sum(map(len, keys)) < MIN_KEY:
            return
        if len(keys) == 1 and name.isupper() and len(name) <= 4 and name.isascii():
            self.acronyms.setdefault(name, []).append(
                NameEntry((name,), template.actor_id, template.kind, template.place))
            return
        entry = NameEntry(keys, template.actor_id, template.kind, template.place)
        bucket = self.full.setdefault(keys[0], [])
        if entry not in bucket:
            bucket.append(entry)
        last = keys[-1]
        if len(keys) == 1 and len(last) >= 5 and last[-1] in VOWELS:
            stem_bucket = self.stem.setdefault(last[:-1], [])
            if entry not in stem_bucket:
                stem_bucket.append(entry)

    def candidates_at(self, i: int, cand_keys: list[set[str]], stripped: list[set[str]],
                      surface: list[str]) -> Candidate | None:
        """The longest name starting at token i."""
        best: Candidate | None = None
        acr = self.acronyms.get(surface[i])
        if acr:
            best = Candidate(i, i + 1, list(acr))
        for key in cand_keys[i]:
            for entry in self.full.get(key, ()):
                n = len(entry.keys)
                if i + n > len(cand_keys):
                    continue
                if all(entry.keys[j] in cand_keys[i + j] for j in range(1, n)):
                    best = _longer(best, Candidate(i, i + n, [entry]))
        for key in stripped[i]:
            for entry in self.stem.get(key, ()):
                best = _longer(best, Candidate(i, i + 1, [entry]))
        return best


def _longer(best: Candidate | None, new: Candidate) -> Candidate:
    if best is None or new.end > best.end:
        return new
    if new.end == best.end and new.entries[0] not in best.entries:
        best.entries.extend(new.entries)
    return best


def token_key_sets(latin: list[str], suffixes: tuple[str, ...]) -> tuple[list[set[str]], list[set[str]]]:
    """For each token: the keys it may stand for, and the keys left after a suffix."""
    full_sets, stripped_sets = [], []
    for key in latin:
        stripped = {key[: -len(s)] for s in suffixes
                    if key.endswith(s) and len(key) - len(s) >= MIN_KEY}
        full_sets.append({key} | stripped)
        stripped_sets.append(stripped | {key})
    return full_sets, stripped_sets


@lru_cache(maxsize=64)
def suffix_keys(suffixes: tuple[str, ...]) -> tuple[str, ...]:
    keys = {translit_key(s.lstrip("'’-")) for s in suffixes} | {"s"}
    return tuple(sorted((k for k in keys if k), key=len, reverse=True))


def generic_suffixes() -> tuple[str, ...]:
    return suffix_keys(GENERIC_SUFFIXES)
