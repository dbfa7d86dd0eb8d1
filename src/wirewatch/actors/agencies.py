"""The news agency a report is credited to, and the country it is of.

A national agency files from home: where a report's dateline names no city ("(ANSA) -",
"МОСКВА, 18 сентября. /ТАСС/.", "新华社北京6月12日电" read without a dateline), the agency's
country is where the report is told from, and so whose state a body it names alone is
("the government", "the foreign ministry": actors/sectors.py). The agencies and their countries
are one data file, `actors/data/agencies.toml`, shared by every language: a report in Arabic
may be credited to "(AFP)", one in Polish to "(PAP)".

An agency's name is a word of the language too ("Petra", "Trend", "وفا" loyalty), so it counts
only as a mark: set off by brackets, slashes, dashes or a colon on both sides, in the first
lines of the report (headline, dateline, lead) or its last line (a closing "(PAP)"). A name
written without spaces between words (Chinese) needs the mark only before it:
"新华社北京6月12日电" runs the agency into its city.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache

from wirewatch.actors.kb import data_root
from wirewatch.text.keys import is_cjk

HEAD_LINES = 3  # headline, dateline lead and one more, as for datelines (text/clean.py)
HEAD_CHARS = 120  # an agency's mark stands at a line's start, not deep in its paragraph
OPEN = r"(?:^|(?<=[(\[/:：\-\u2013\u2014])|(?<=[(\[/:：\-\u2013\u2014]\s))"
CLOSE = r"(?=\s?(?:[)\]/\-\u2013\u2014.,:]|$))"


@cache
def _marks() -> tuple[re.Pattern, dict[str, str | None]]:
    """One pattern of every agency's mark, longest names first ("ИТАР-ТАСС" before "ТАСС",
    "Interfax-Ukraine" before "Interfax"), and the home country of each name (None for a
    world service: it files from everywhere)."""
    data = tomllib.loads((data_root() / "agencies.toml").read_text(encoding="utf-8"))
    country = {name: None if entry.get("world") else entry["country"]
               for entry in data["agency"] for name in entry["names"]}
    names = sorted(country, key=len, reverse=True)
    spaced = "|".join(re.escape(n) for n in names if not is_cjk(n[-1]))
    unspaced = "|".join(re.escape(n) for n in names if is_cjk(n[-1]))
    return re.compile(f"{OPEN}((?:{spaced}){CLOSE}|{unspaced})", re.MULTILINE), country


def agency_country(text: str) -> str | None:
    """The country of the national agency the report is credited to, if its first lines or
    its last line carry one agency's mark (several agencies' marks, or a world service's,
    say nothing)."""
    pattern, country = _marks()
    found = {country[m.group(1)] for line in _credit_lines(text)
             for m in pattern.finditer(line)}
    return next(iter(found)) if len(found) == 1 else None


def _credit_lines(text: str) -> list[str]:
    """The lines an agency's credit stands in: the first HEAD_LINES lines with text (each up
    to HEAD_CHARS) and the last."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return [line[:HEAD_CHARS] for line in lines[:HEAD_LINES]] + lines[HEAD_LINES:][-1:]
