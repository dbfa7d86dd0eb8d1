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
                       r"{1,60}[-\u2013\u2014](?:\s|$)")
# An agency in slashes closes a dateline with or without a dash, the lead on its line or on
# the next: "МОСКВА, 12 ноября. /ТАСС/. Министр ...", "București, 24 nov /Agerpres/ -",
# "القاهرة في 22 نوفمبر /أ ش أ/" on a line of its own.
_SLASHED_DATELINE = re.compile(r"[^\n.!?:;/\"\u00ab\u201c]{1,50}(?:\.\s*)?(?<=[\s.])/[^/\n\d]{1,30}/(?![^\s.\-\u2013\u2014])"
                               r"[\s.\-\u2013\u2014]*")
# An agency in brackets and a dash ending a line: "Jakarta, 14 Mei 2025 (ANTARA) -" over its lead.
_AGENCY_CLOSE = re.compile(r"\([^()\n]{1,30}\)\s*[-\u2013\u2014]+\s*$")
_DATELINE_LINES = 3  # headline, dateline lead and one more
_DATELINE_WORDS = 8
_PLACE_WORDS = 3  # "Kuala Lumpur", "Rio de Janeiro"
_LEAD_REST = 60  # what follows is a lead paragraph, not a "Russia - Ukraine" headline


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the datelines of the first lines: the place there tells where the
    report was filed, not who acted, so no actor is taken from it."""
    lines, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, line))
        pos += len(line) + 1
    spans = []
    for k, (start, line) in enumerate(lines[:_DATELINE_LINES]):
        following = lines[k + 1][1] if k + 1 < len(lines) else ""
        end = _dateline_end(line, following)
        if end:
            spans.append((start, start + end))
    return spans


def _dateline_end(line: str, following: str) -> int:
    """Length of the dateline opening `line` (0 for none): one before its lead on the same
    line, or a whole line an agency closes, with the lead on the `following` line."""
    slashed = _SLASHED_DATELINE.match(line)
    if slashed and _is_dateline(slashed.group(), _lead_of(line, slashed.end(), following), True):
        return slashed.end()
    m = _DATELINE.match(line)
    if not m:
        return 0
    rest = line[m.end():]
    if not rest.strip() and _AGENCY_CLOSE.search(m.group()):
        rest = following
    return m.end() if _is_dateline(m.group(), rest) else 0


def _lead_of(line: str, end: int, following: str) -> str:
    """The lead after a dateline ending at `end`: the rest of its line, else the next line."""
    rest = line[end:]
    return rest if rest.strip() else following


def _is_dateline(head: str, rest: str, slashed: bool = False) -> bool:
    """True when `head` is a short place (a date and agency after it) over a lead paragraph;
    the place of a slashed dateline ends at its date's first figure ("القاهرة في 22 ...")."""
    stops = r"[,\u060c(\-\u2013\u2014\d]" if slashed else r"[,\u060c(\-\u2013\u2014]"
    place = re.split(stops, head, maxsplit=1)[0]
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
