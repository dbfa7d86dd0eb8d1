"""`phrase_at`: the phrase of a set that starts at a token, the same whether the set is a
frozenset (looked up by first word) or any other collection."""

from __future__ import annotations

import pytest

from wirewatch.text.tokens import phrase_at

FOLDED = ["according", "to", "the", "ministry", "in", "spite", "of"]
PHRASES = [("according", "to"), ("in", "spite", "of"), ("in", "front", "of")]


@pytest.mark.parametrize("phrases", [frozenset(PHRASES), PHRASES, tuple(PHRASES)])
@pytest.mark.parametrize(("k", "stop", "expected"), [
    (0, None, ("according", "to")),
    (4, None, ("in", "spite", "of")),
    (4, 6, None),  # the phrase would run past the stop
    (2, None, None),
    (7, None, None),  # past the end
])
def test_the_phrase_starting_at_a_token(phrases, k, stop, expected):
    assert phrase_at(FOLDED, k, phrases, stop) == expected


def test_an_empty_phrase_opens_anywhere():
    assert phrase_at(FOLDED, 3, frozenset({(), ("x",)})) == ()
