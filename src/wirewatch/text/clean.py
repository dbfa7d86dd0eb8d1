"""Boilerplate: lines that belong to the page, not the article (menus, "read also", prompts).

Lines are marked, never removed, so character offsets into the stored text stay valid; the
coder skips marked sentences. Cues come from `lang/_base/boilerplate.toml`, in every
language at once because a page's furniture is often in another language than its article.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

from wirewatch.models import Sentence
from wirewatch.text.keys import fold


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern]:
    data = tomllib.loads(
        (resources.files("wirewatch.lang") / "_base" / "boilerplate.toml").read_text("utf-8"))
    starts = "|".join(re.escape(fold(c)) for c in data["line_starts"])
    anywhere = "|".join(re.escape(fold(c)) for c in data["line_contains"])
    return re.compile(rf"^\W*(?:{starts})"), re.compile(rf"(?:{anywhere})")


def is_boilerplate(line: str) -> bool:
    folded = fold(line.strip())
    if not folded:
        return False
    starts, anywhere = _cues()
    if starts.match(folded) or anywhere.search(folded):
        return True
    return bool(re.fullmatch(r"\W*\[[^\]]{1,12}\]\W*", folded))


def mark_boilerplate(text: str, sentences: list[Sentence]) -> None:
    """Mark sentences lying on boilerplate lines."""
    for sentence in sentences:
        line_start = text.rfind("\n", 0, sentence.start) + 1
        line_end = text.find("\n", sentence.end)
        line = text[line_start: line_end if line_end >= 0 else len(text)]
        if is_boilerplate(line) or is_boilerplate(sentence.text):
            sentence.boilerplate = True
