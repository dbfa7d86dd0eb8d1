"""A document's tokens with their keys, computed once and shared by the stages."""

from __future__ import annotations

from dataclasses import dataclass

from wirewatch.text.keys import fold, tokenize, translit_key


@dataclass
class Tokens:
    spans: list[tuple[int, int]]
    folded: list[str]
    latin: list[str]
    surface: list[str]

    def __len__(self) -> int:
        return len(self.spans)

    def index_range(self, start: int, end: int) -> tuple[int, int]:
        """Token indices [i, j) of the tokens inside the character span [start, end)."""
        from bisect import bisect_left

        starts = [s for s, _ in self.spans]
        i = bisect_left(starts, start)
        j = bisect_left(starts, end)
        return i, j


def tokens_of(text: str) -> Tokens:
    spans = tokenize(text)
    surface = [text[a:b] for a, b in spans]
    return Tokens(spans, [fold(w) for w in surface], [translit_key(w) for w in surface], surface)
