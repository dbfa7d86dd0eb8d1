"""The one matching rule of every pack file: token patterns over folded keys.

See docs/packs.md. A `PatternSet` indexes patterns by their first token so that scanning a
sentence costs a few dictionary look-ups per token, whatever the number of patterns.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from wirewatch.text.keys import fold, pattern_tokens

MAX_GAP = 4
MAX_CACHED_KEYS = 200_000


@dataclass(frozen=True)
class TokenPattern:
    kind: str  # exact | prefix | suffix | contains | gap
    text: str

    def matches(self, key: str) -> bool:
        if self.kind == "exact":
            return key == self.text
        if self.kind == "prefix":
            return key.startswith(self.text)
        if self.kind == "suffix":
            return key.endswith(self.text)
        return self.text in key


@dataclass(frozen=True)
class Match:
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    payload: Any
    pattern: str


def parse_token(token: str) -> TokenPattern:
    if token == "...":
        return TokenPattern("gap", "")
    lead, trail = token.startswith("*"), token.endswith("*") and len(token) > 1
    core = fold(token.strip("*"))
    if lead and trail:
        return TokenPattern("contains", core)
    if lead:
        return TokenPattern("suffix", core)
    if trail:
        return TokenPattern("prefix", core)
    return TokenPattern("exact", core)


@lru_cache(maxsize=65_536)
def parse_pattern(pattern: str) -> tuple[TokenPattern, ...]:
    """Token patterns of a pattern; an outer gap adds nothing (cues already look in a window).
    Cached: the coder re-reads a matched trigger's pattern for each sentence it fires in."""
    tokens = [parse_token(t) for t in pattern_tokens(pattern)]
    while tokens and tokens[0].kind == "gap":
        tokens.pop(0)
    while tokens and tokens[-1].kind == "gap":
        tokens.pop()
    tokens = tuple(tokens)
    if not tokens:
        raise ValueError(f"pattern {pattern!r} is empty")
    if any(t.kind != "gap" and not t.text for t in tokens):
        raise ValueError(f"pattern {pattern!r} has an empty token")
    return tokens


class PatternSet:
    """Patterns with payloads, found in a sequence of folded token keys."""

    def __init__(self, entries: list[tuple[str, Any]] = ()):
        self._exact: dict[str, list] = {}
        self._prefix: dict[str, list] = {}
        self._scan: list = []  # suffix/contains first tokens: checked one by one
        self._max_prefix = 0
        self._seen: dict[str, tuple] = {}  # key -> its candidates: words recur across texts
        self.size = 0
        for pattern, payload in entries:
            self.add(pattern, payload)

    def add(self, pattern: str, payload: Any) -> None:
        tokens = parse_pattern(pattern)
        item = (tokens, payload, pattern)
        first = tokens[0]
        if first.kind == "exact":
            self._exact.setdefault(first.text, []).append(item)
        elif first.kind == "prefix":
            self._prefix.setdefault(first.text, []).append(item)
            self._max_prefix = max(self._max_prefix, len(first.text))
        else:
            self._scan.append(item)
        self._seen.clear()
        self.size += 1

    def _candidates(self, key: str) -> tuple:
        found = self._seen.get(key)
        if found is None:
            if len(self._seen) >= MAX_CACHED_KEYS:
                self._seen.clear()
            found = self._seen[key] = tuple(self._scan_key(key))
        return found

    def _scan_key(self, key: str):
        yield from self._exact.get(key, ())
        for length in range(1, min(len(key), self._max_prefix) + 1):
            yield from self._prefix.get(key[:length], ())
        for item in self._scan:
            if item[0][0].matches(key):
                yield item

    def find(self, keys: list[str]) -> list[Match]:
        """Every match (overlaps included), ordered by start then longest first."""
        found: list[Match] = []
        for i, key in enumerate(keys):
            for tokens, payload, pattern in self._candidates(key):
                end = _match_rest(tokens, 1, keys, i + 1)
                if end is not None:
                    found.append(Match(i, end, payload, pattern))
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        return found


def _match_rest(tokens, t: int, keys: list[str], k: int) -> int | None:
    """Token index just past a match of tokens[t:] starting at keys[k], or None."""
    positions = literal_walk(tokens, t, keys, k)
    if positions is None:
        return None
    return positions[-1] + 1 if positions else k


def literal_walk(tokens, t: int, keys: list[str], k: int) -> list[int] | None:
    """Positions of the literal (non-gap) tokens of a match of tokens[t:] at keys[k], or None;
    the leftmost reading, as `PatternSet.find` takes it."""
    if t == len(tokens):
        return []
    token = tokens[t]
    if token.kind == "gap":
        for skip in range(MAX_GAP + 1):
            rest = literal_walk(tokens, t + 1, keys, k + skip)
            if rest is not None:
                return rest
        return None
    if k < len(keys) and token.matches(keys[k]):
        rest = literal_walk(tokens, t + 1, keys, k + 1)
        return None if rest is None else [k, *rest]
    return None


def longest_non_overlapping(matches: list[Match]) -> list[Match]:
    """Leftmost-longest selection: what a reader would take as the phrases of a sentence."""
    chosen: list[Match] = []
    taken_until = -1
    for m in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if m.start >= taken_until:
            chosen.append(m)
            taken_until = m.end
    return chosen
