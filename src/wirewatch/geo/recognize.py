"""Find place names in a text and how each is cued (located there, travelled to, or neither)."""

from __future__ import annotations

from dataclasses import dataclass

from wirewatch.actors.names import generic_suffixes, suffix_keys, token_key_sets
from wirewatch.geo.cues import PlaceCues, load_cues
from wirewatch.geo.gazetteer import ARABIC as _ARABIC
from wirewatch.geo.gazetteer import Gazetteer, load_gazetteer, word_key
from wirewatch.lang.loader import load_pack
from wirewatch.text.keys import fold
from wirewatch.text.tokens import Tokens, tokens_of

AT, TO = "at", "to"  # cue kinds: located there / a visit or trip to there


@dataclass(frozen=True)
class PlaceMention:
    start: int  # character offsets in the text
    end: int
    first: int  # token range [first, last)
    last: int
    places: tuple[int, ...]  # gazetteer indices of the places this name may be
    cue: str | None  # AT | TO | None


def find_places(text: str, lang: str | None, tokens: Tokens | None = None,
                gazetteer: Gazetteer | None = None,
                within: list[tuple[int, int]] | None = None) -> list[PlaceMention]:
    """Every gazetteer name in the text, leftmost-longest, with the cue that precedes it;
    only in the token ranges `within` when given (the sentences a caller reads)."""
    gazetteer = gazetteer or load_gazetteer()
    tokens = tokens or tokens_of(text)
    cues = load_cues(lang)
    keys = _LazyKeys(tokens, place_suffixes(lang))
    found: list[PlaceMention] = []
    for lo, hi in within if within is not None else [(0, len(tokens))]:
        i = lo
        while i < hi:
            word = tokens.surface[i]
            first = word[0]
            match = None
            if first.isupper() or first.lower() == first.upper():  # names start upper case
                match = gazetteer.match_at(i, keys.latin, keys) or \
                    _prefixed_match(i, word, cues, gazetteer, keys)
            if match is None:
                i += 1
                continue
            end, ids, prefixed = match if len(match) == 3 else (*match, False)
            cue = AT if prefixed else _cue(tokens, i, end, cues)
            found.append(PlaceMention(tokens.spans[i][0], tokens.spans[end - 1][1], i, end,
                                      ids, cue))
            i = end
    return found


def place_suffixes(lang: str | None) -> tuple[str, ...]:
    """The endings a place name may take in the language: its pack's, or the generic list
    when the pack gives none (unlike actor names, places keep the generic endings)."""
    pack = load_pack(lang)
    return suffix_keys(pack.name_suffixes) if pack.name_suffixes else generic_suffixes()


class _LazyKeys:
    """Token keys computed on demand: only tokens that may start or continue a name are read."""

    def __init__(self, tokens: Tokens, suffixes: tuple[str, ...]):
        self.latin = _LatinKeys(tokens.surface, tokens.latin)
        self._suffixes = suffixes
        self._cache: dict[int, frozenset[str]] = {}

    def __len__(self) -> int:
        return len(self.latin)

    def __getitem__(self, k: int) -> frozenset[str]:
        keys = self._cache.get(k)
        if keys is None:
            keys = self._cache[k] = token_key_sets([self.latin[k]], self._suffixes)[0]
        return keys


class _LatinKeys:
    """`word_key` of each token: the tokens' transliteration, Arabic script kept as written."""

    def __init__(self, surface: list[str], latin: list[str]):
        self._surface, self._latin = surface, latin

    def __len__(self) -> int:
        return len(self._latin)

    def __getitem__(self, k: int) -> str:
        return word_key(self._surface[k]) if _ARABIC.match(self._surface[k]) else self._latin[k]


def _prefixed_match(i: int, word: str, cues: PlaceCues, gazetteer: Gazetteer, keys: _LazyKeys):
    """A token fused with a locative prefix ("بموسكو") is a one-word name spelt exactly as the
    rest of it; anything looser reads names into ordinary words."""
    for prefix in cues.prefixes:
        if word.startswith(prefix):
            ids = gazetteer.words.get(word_key(word[len(prefix):]))
            if ids:
                return i + 1, tuple(ids), True
    return None


def _cue(tokens: Tokens, start: int, end: int, cues: PlaceCues) -> str | None:
    ending = fold(tokens.surface[end - 1])
    if any(ending.endswith(s) for s in cues.suffixes):
        return AT
    if any(ending.endswith(s) for s in cues.visit_suffixes):
        return TO
    for n in range(min(cues.longest, start), 0, -1):
        before = tuple(tokens.folded[start - n:start])
        if before in cues.not_before:
            return None
        if before in cues.before:
            return AT if not _vetoed(tokens, start, n, cues) else None
        if before in cues.visit_before:
            return TO if not _vetoed(tokens, start, n, cues) else None
    return None


def _vetoed(tokens: Tokens, start: int, n: int, cues: PlaceCues) -> bool:
    """A longer sequence ending in the cue means something else ("de la" = from)."""
    for m in range(n + 1, min(cues.longest, start) + 1):
        if tuple(tokens.folded[start - m:start]) in cues.not_before:
            return True
    return False
