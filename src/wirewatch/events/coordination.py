"""Shared word lists of `lang/_base`: conjunctions that coordinate actors, clause openers."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

from wirewatch.actors.names import proclitics
from wirewatch.lang.loader import available_languages
from wirewatch.text.keys import fold


def base_data(name: str) -> dict:
    path = resources.files("wirewatch.lang") / "_base" / name
    return tomllib.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def conjunctions() -> frozenset[str]:
    return frozenset(fold(w) for w in base_data("conjunctions.toml")["conjunctions"])


@lru_cache(maxsize=1)
def clitic_conjunctions() -> frozenset[str]:
    """Conjunctions some language writes together with the next word (Arabic "وفرنسا" "and
    France"): the proclitics of the actor data that are also base conjunctions."""
    return frozenset(c for lang in available_languages() for c in proclitics(lang)
                     if c in conjunctions())
