"""Shared word lists of `lang/_base`: conjunctions that coordinate actors, clause openers."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

from wirewatch.text.keys import fold


def base_data(name: str) -> dict:
    path = resources.files("wirewatch.lang") / "_base" / name
    return tomllib.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def conjunctions() -> frozenset[str]:
    return frozenset(fold(w) for w in base_data("conjunctions.toml")["conjunctions"])
