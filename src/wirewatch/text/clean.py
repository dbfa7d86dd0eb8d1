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


_BRACKETED = re.compile(r"\W*\[[^\]]{1,12}\]\W*")  # a lone "[Video]", "[AFP]"


def is_boilerplate(line: str) -> bool:
    folded = fold(line.strip())
    if not folded:
        return False
    starts, anywhere = _cues()
    if starts.match(folded) or anywhere.search(folded):
        return True
    return bool(_BRACKETED.fullmatch(folded))


# A dateline opens the lead: "Kuala Lumpur (ANTARA) -", "Jakarta, 14 Mei 2025 (ANTARA) -",
# "تهران- ایرنا- ۲۳ مهر ۱۴۰۴ -", "بيروت -": up to the last spaced dash of the line's first 60
# characters, with no sentence punctuation before it; a point after a day's number, a short
# month name or an agency's bracket is none ("Berlin, 12. November 2025 -", "SEOUL, Nov. 24
# (Yonhap) --", "Buenos Aires, 12 nov (EFE).-").
_DATELINE = re.compile(r"(?:[^\n.!?:;\"\u00ab\u201c]|(?<=\d)\.|(?<=\b[A-Z][a-z]{2})\.|(?<=\bSept)\.|(?<=\))\.)"
                       r"{1,60}[-\u2013\u2014]\s")
_DATELINE_LINES = 3  # headline, dateline lead and one more
_DATELINE_WORDS = 8
_PLACE_WORDS = 3  # "Kuala Lumpur", "Rio de Janeiro"
_LEAD_REST = 60  # what follows is a lead paragraph, not a "Russia - Ukraine" headline


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the datelines of the first lines: the place there tells where the
    report was filed, not who acted, so no actor is taken from it."""
    spans, pos, seen = [], 0, 0
    for line in text.split("\n"):
        if seen >= _DATELINE_LINES:
            break
        if line.strip():
            seen += 1
            m = _DATELINE.match(line)
            if m and _is_dateline(m.group(), line[m.end():]):
                spans.append((pos, pos + m.end()))
        pos += len(line) + 1
    return spans


def _is_dateline(head: str, rest: str) -> bool:
    place = re.split(r"[,\u060c(\-\u2013\u2014]", head, maxsplit=1)[0]
    return (len(head.split()) <= _DATELINE_WORDS and 0 < len(place.split()) <= _PLACE_WORDS
            and len(rest.strip()) >= _LEAD_REST)


def mark_boilerplate(text: str, sentences: list[Sentence]) -> None:
    """Mark sentences lying on boilerplate lines."""
    lines: dict[str, bool] = {}  # a paragraph is one line of many sentences: read it once
    for sentence in sentences:
        line_start = text.rfind("\n", 0, sentence.start) + 1
        line_end = text.find("\n", sentence.end)
        line = text[line_start: line_end if line_end >= 0 else len(text)]
        if line not in lines:
            lines[line] = is_boilerplate(line)
        if lines[line] or (sentence.text != line and is_boilerplate(sentence.text)):
            sentence.boilerplate = True
