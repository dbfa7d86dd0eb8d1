"""A document's tokens with their keys, computed once and shared by the stages."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from wirewatch.text.keys import fold, tokenize, translit_key


@dataclass
class Tokens:
    spans: list[tuple[int, int]]
    folded: list[str]
    latin: list[str]
    surface: list[str]
    _start_cache: list[int] | None = field(default=None, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.spans)

    def _starts(self) -> list[int]:
        """Start offsets, built once: index_range runs for every sentence and mention."""
        if self._start_cache is None or len(self._start_cache) != len(self.spans):
            self._start_cache = [s for s, _ in self.spans]
        return self._start_cache

    def index_range(self, start: int, end: int) -> tuple[int, int]:
        """Token indices [i, j) of the tokens inside the character span [start, end)."""
        starts = self._starts()
        i = bisect_left(starts, start)
        j = bisect_left(starts, end)
        return i, j


def between(text: str, tokens: Tokens, end: int, start: int) -> str:
    """The characters after token end-1 and before token start: commas, quotes, spaces."""
    return text[tokens.spans[end - 1][1]: tokens.spans[start][0]] if end > 0 else ""


def phrase_at(folded: list[str], k: int, phrases, stop: int | None = None) -> tuple[str, ...] | None:
    """The phrase of `phrases` (tuples of folded words) that starts at token k, ending by
    `stop`."""
    stop = len(folded) if stop is None else stop
    if isinstance(phrases, frozenset):
        firsts = _first_words(phrases)  # most tokens open no phrase: one set lookup says so
        if firsts is not None and (k >= stop or folded[k] not in firsts):
            return None
    return next((p for p in phrases if tuple(folded[k:min(stop, k + len(p))]) == p), None)


@lru_cache(maxsize=4096)
def opening_words(*phrase_sets: frozenset) -> frozenset[str] | None:
    """The words a phrase of any of the sets starts with; None when one may open anywhere
    (an empty phrase). `phrase_at` finds none of them at a word outside this set, so a scan
    over every word of a sentence can skip most words with one look-up."""
    firsts = [_first_words(p) if isinstance(p, frozenset) else None for p in phrase_sets]
    return None if any(f is None for f in firsts) else frozenset().union(*firsts)


@lru_cache(maxsize=4096)
def _first_words(phrases: frozenset) -> frozenset[str] | None:
    """The first words of a set of phrases; None when one is empty (it opens anywhere)."""
    return None if () in phrases else frozenset(p[0] for p in phrases)


MAX_KNOWN_WORDS = 200_000
# word -> (fold, translit_key): one look-up a token, where the two LRU caches of those
# functions took two (every word of every text passes here)
_WORD_KEYS: dict[str, tuple[str, str]] = {}


def tokens_of(text: str) -> Tokens:
    spans = tokenize(text)
    surface = [text[a:b] for a, b in spans]
    keys = []
    for word in surface:
        pair = _WORD_KEYS.get(word)
        if pair is None:
            if len(_WORD_KEYS) >= MAX_KNOWN_WORDS:
                _WORD_KEYS.clear()
            pair = _WORD_KEYS[word] = (fold(word), translit_key(word))
        keys.append(pair)
    return Tokens(spans, [k[0] for k in keys], [k[1] for k in keys], surface)
