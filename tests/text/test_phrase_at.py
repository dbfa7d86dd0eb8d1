"""`phrase_at`: the phrase of a set that starts at a token, the same whether the set is a
frozenset (looked up by first word) or any other collection."""

from __future__ import annotations

import pytest

from wirewatch.text.tokens import opening_words, phrase_at

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


def test_opening_words_are_the_first_words_of_every_set():
    assert opening_words(frozenset(PHRASES), frozenset({("while",)})) == {"according", "in",
                                                                          "while"}


def test_no_opening_words_when_a_phrase_opens_anywhere_or_a_set_is_no_frozenset():
    assert opening_words(frozenset(PHRASES), frozenset({()})) is None
    assert opening_words(frozenset(PHRASES), tuple(PHRASES)) is None
