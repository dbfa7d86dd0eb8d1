"""The one matching rule of every pack file: token patterns over folded keys.

See docs/packs.md. A `PatternSet` indexes patterns by their first token so that scanning a
sentence costs a few dictionary look-ups per token, whatever the number of patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from wirewatch.text.keys import fold, pattern_tokens

MAX_GAP = 4
MAX_CACHED_KEYS = 200_000


@dataclass(frozen=True)
class TokenPattern:
    kind: str  # exact | prefix | suffix | contains | infix | gap
    text: str  # an infix keeps its whole folded form, stars included ("ب*قوات")

    def matches(self, key: str) -> bool:
        if self.kind == "exact":
            return key == self.text
        if self.kind == "prefix":
            return key.startswith(self.text)
        if self.kind == "suffix":
            return key.endswith(self.text)
        if self.kind == "infix":
            return _infix_regex(self.text).fullmatch(key) is not None
        return self.text in key


@lru_cache(maxsize=4096)
def _infix_regex(text: str) -> re.Pattern:
    """A token with a star inside ("ب*قوات", "birakil*digi*"): its pieces in order, anything
    (or nothing) between them and at a starred end."""
    return re.compile(".*".join(re.escape(piece) for piece in text.split("*")), re.DOTALL)


@dataclass(frozen=True)
class Match:
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    payload: Any
    pattern: str


def parse_token(token: str) -> TokenPattern:
    if token == "...":
        return TokenPattern("gap", "")
    if "*" in token.strip("*"):
        return TokenPattern("infix", fold(token))
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
    tokens = [parse_token(t) for t in split_pattern(pattern)]
    while tokens and tokens[0].kind == "gap":
        tokens.pop(0)
    while tokens and tokens[-1].kind == "gap":
        tokens.pop()
    tokens = tuple(tokens)
    if not tokens:
        raise ValueError(f"pattern {pattern!r} is empty")
    if any(t.kind != "gap" and not t.text.strip("*") for t in tokens):
        raise ValueError(f"pattern {pattern!r} has an empty token")
    return tokens


def split_pattern(pattern: str) -> list[str]:
    """`pattern_tokens`, a star inside a word kept inside its token: "ب*قوات" is one word
    whose middle is open, not the two words "ب" and "قوات"."""
    out: list[str] = []
    for part in pattern.split():
        pieces = [pattern_tokens(piece) or [""] for piece in part.split("*")] \
            if "*" in part.strip("*") \
            else [pattern_tokens(part)]
        words = pieces[0]
        for more in pieces[1:]:
            words = words[:-1] + ["*".join(words[-1:] + more[:1])] + more[1:]
        out.extend(words)
    return out


class PatternSet:
    """Patterns with payloads, found in a sequence of folded token keys."""

    def __init__(self, entries: list[tuple[str, Any]] = ()):
        self._exact: dict[str, list] = {}
        self._prefix: dict[str, list] = {}
        self._prefix_lengths: list[int] = []  # the lengths of the prefixes, ascending
        self._scan: list = []  # (token pattern, item) of suffix/contains/infix first tokens
        self._seen: dict[str, tuple] = {}  # key -> its candidates: words recur across texts
        self.size = 0
        for pattern, payload in entries:
            self.add(pattern, payload)

    def add(self, pattern: str, payload: Any) -> None:
        tokens = parse_pattern(pattern)
        self._index((tokens, payload, pattern, _tail(tokens), 0))
        self._seen.clear()
        self.size += 1

    def _index(self, item: tuple) -> None:
        first = item[0][0]
        if first.kind == "exact":
            self._exact.setdefault(first.text, []).append(item)
        elif first.kind == "prefix":
            self._prefix.setdefault(first.text, []).append(item)
            if len(first.text) not in self._prefix_lengths:
                self._prefix_lengths = sorted(self._prefix_lengths + [len(first.text)])
        else:
            self._scan.append((first, item))

    def _candidates(self, key: str) -> tuple:
        found = self._seen.get(key)
        if found is None:
            if len(self._seen) >= MAX_CACHED_KEYS:
                self._seen.clear()
            found = self._seen[key] = tuple(self._scan_key(key))
        return found

    def _scan_key(self, key: str) -> list:
        """The patterns whose first token matches `key`: exact, then prefixes shortest first,
        then suffix, contains and infix patterns in the order they were added."""
        found = list(self._exact.get(key, ()))
        size, prefix = len(key), self._prefix
        for length in self._prefix_lengths:
            if length > size:
                break
            bucket = prefix.get(key[:length])
            if bucket:
                found.extend(bucket)
        found.extend(item for first, item in self._scan if first.matches(key))
        return found

    def find(self, keys: list[str]) -> list[Match]:
        """Every match (overlaps included), ordered by start then longest first."""
        found: list[list[Match]] = [[]]
        self._collect(keys, found)
        return _ordered(found[0])

    def _collect(self, keys: list[str], found: list[list[Match]]) -> None:
        """Append each match to found[n], n the number of the set its pattern came from
        (always 0 but in a `PatternUnion`)."""
        seen = self._seen
        keys = keys if keys.__class__ is list else list(keys)  # `_tail` words compare as a list
        for i, key in enumerate(keys):
            candidates = seen.get(key)
            if candidates is None:
                candidates = self._candidates(key)
            for tokens, payload, pattern, tail, n in candidates:
                if not tail:
                    end = i + 1
                elif tail.__class__ is list:
                    end = i + 1 + len(tail)
                    if keys[i + 1:end] != tail:
                        continue
                else:
                    end = _match_end(tokens, 1, keys, i + 1)
                    if end is None:
                        continue
                found[n].append(Match(i, end, payload, pattern))


class PatternUnion(PatternSet):
    """Several pattern sets found in one pass, each set's matches apart: the actor recogniser
    looks every token of a document up in five sets (demonyms, collectives, roles, ...), and
    one look-up serves them all. Built from the sets as they are; `made_of` tells whether
    they still are (a set that gained a pattern needs a new union)."""

    def __init__(self, sets: tuple[PatternSet, ...]):
        super().__init__()
        self.sets = sets
        self._sizes = tuple(s.size for s in sets)
        for n, one in enumerate(sets):
            for items in (*one._exact.values(), *one._prefix.values()):
                for item in items:
                    self._index(item[:4] + (n,))
            for _, item in one._scan:
                self._index(item[:4] + (n,))
            self.size += one.size

    def made_of(self, sets: tuple[PatternSet, ...]) -> bool:
        return len(sets) == len(self.sets) \
            and all(a is b and a.size == size for a, b, size in zip(sets, self.sets, self._sizes))

    def find_each(self, keys: list[str]) -> list[list[Match]]:
        """`PatternSet.find` of each set, in the order of the sets."""
        found: list[list[Match]] = [[] for _ in self.sets]
        self._collect(keys, found)
        return [_ordered(matches) for matches in found]


class GuardedSet(PatternSet):
    """Patterns and the words that contain them without meaning them (`events.toml`
    `[not_triggers]`): "反对派", the opposition, holds "反对", to oppose. A match that shares a
    word of its own (no word of its gaps) with a match of `exceptions` is no match, unless its
    words run on past that match (a trigger "反对派兵", to oppose sending troops, is longer)."""

    def __init__(self, entries: list[tuple[str, Any]] = ()):
        super().__init__(entries)
        self.exceptions = PatternSet()

    def find(self, keys: list[str]) -> list[Match]:
        found = super().find(keys)
        if not found or not self.exceptions.size:
            return found
        spans = [(m.start, m.end) for m in self.exceptions.find(keys)]
        if not spans:
            return found
        keys = list(keys)
        return [m for m in found if not any(_held_in(_literal(m, keys), span) for span in spans)]


def _literal(m: Match, keys: list[str]) -> set[int]:
    return set(literal_walk(parse_pattern(m.pattern), 0, keys, m.start) or ())


def _held_in(words: set[int], span: tuple[int, int]) -> bool:
    """Whether a match's own words fall in an exception's span and do not run on past it
    (a word right before or after it of the match's own)."""
    a, b = span
    return not words.isdisjoint(range(a, b)) and not (a - 1 in words or b in words)


def _ordered(found: list[Match]) -> list[Match]:
    if len(found) > 1:  # most look-ups find nothing or one match
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    return found


def _tail(tokens: tuple[TokenPattern, ...]) -> list[str] | tuple[TokenPattern, ...]:
    """What `find` matches after a pattern's first token: the words themselves when all are
    exact (one list comparison; most patterns are one to three plain words), else the token
    patterns, walked by `_match_end`."""
    rest = tokens[1:]
    return [t.text for t in rest] if all(t.kind == "exact" for t in rest) else rest


def _match_end(tokens, t: int, keys: list[str], k: int) -> int | None:
    """Token index just past a match of tokens[t:] starting at keys[k], or None: the end of
    `literal_walk`'s leftmost reading, without building its list of positions."""
    n, size = len(keys), len(tokens)
    while t < size:
        token = tokens[t]
        if token.kind == "gap":
            for skip in range(min(MAX_GAP, n - k) + 1):
                end = _match_end(tokens, t + 1, keys, k + skip)
                if end is not None:
                    return end
            return None
        if k >= n or not token.matches(keys[k]):
            return None
        t += 1
        k += 1
    return k


def literal_walk(tokens, t: int, keys: list[str], k: int) -> list[int] | None:
    """Positions of the literal (non-gap) tokens of a match of tokens[t:] at keys[k], or None;
    the leftmost reading, as `PatternSet.find` takes it. Words are walked in a loop; only a
    gap branches."""
    positions: list[int] = []
    while t < len(tokens):
        token = tokens[t]
        if token.kind == "gap":
            for skip in range(MAX_GAP + 1):
                rest = literal_walk(tokens, t + 1, keys, k + skip)
                if rest is not None:
                    positions.extend(rest)
                    return positions
            return None
        if k >= len(keys) or not token.matches(keys[k]):
            return None
        positions.append(k)
        t += 1
        k += 1
    return positions


def longest_non_overlapping(matches: list[Match]) -> list[Match]:
    """Leftmost-longest selection: what a reader would take as the phrases of a sentence."""
    chosen: list[Match] = []
    taken_until = -1
    for m in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if m.start >= taken_until:
            chosen.append(m)
            taken_until = m.end
    return chosen
