"""The publication date of a document: metadata, a printed byline/dateline, or inference.

Inference (docs/time.md): role tenures of the people named and explicit years bound a range
[earliest, latest] (today is the upper bound); a weekday + day/month pair ("Τη Δευτέρα (2/12)")
fixes its year inside that range and puts the publication within a week after it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..models import PublishedDate
from .expressions import detect, profile
from .names import fold_text
from .resolve import Spec

HEAD_LINES = 6
TAIL_LINES = 4
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|utc|gmt|[+-]\d{2}:?\d{2})?",
                   re.IGNORECASE)
_SHORT_LINE = 60
# A news-agency dateline opens the lead: "Αθήνα, 14 Μαρτίου 2025 -", "Ankara, 18 Haziran 2025
# (AA) -", "الرياض، 9 يونيو 2025 (واس) -", "تهران- ایرنا- ۲۳ مهر ۱۴۰۴ -": a short place name
# (and agency) closed by a Latin or Arabic comma or a dash before the date, an optional agency
# in brackets and a dash after it. Punctuation only, so it holds for every language.
_DATELINE_HEAD = re.compile(r"^\W*[^\W\d][^.!?:;\d]{0,40}(?:[,\u060c]|\s*[-\u2013\u2014])\s*$")
_DATELINE_TAIL = re.compile(r"^\s*(?:\([^()]{1,30}\))?\s*\.?\s*[-–—]")


def _dateline(line: str, start: int, end: int) -> bool:
    """True when the date at line[start:end] is the dateline that opens a lead paragraph."""
    return bool(_DATELINE_HEAD.match(line[:start]) and _DATELINE_TAIL.match(line[end:]))


def _weekday_fit(spec: Spec, lo: date | None, hi: date,
                 today: date) -> tuple[date, date, date] | None:
    """(day, earliest, latest publication) for the latest year (or the year given) in which
    the day of `spec` falls on its weekday and leaves a publication date within [lo, hi]."""
    first_year = (lo.year - 1) if lo else today.year - 30
    for y in [spec.year] if spec.year else range(hi.year, first_year - 1, -1):
        try:
            r = date(y, spec.month, spec.day)
        except ValueError:
            continue
        if r.weekday() != spec.weekday:
            continue
        if spec.tense == "future":
            w0, w1 = r - timedelta(days=7), r
        else:
            w0, w1 = r, r + timedelta(days=7)
        a = max(w0, lo) if lo else w0
        b = min(w1, hi)
        if a <= b:
            return r, a, b
    return None


def _exact_day(spec: Spec) -> date | None:
    from .calendars import jalali_to_gregorian

    if spec.kind != "date" or spec.year is None or spec.day is None:
        return None
    try:
        if spec.jalali:
            return jalali_to_gregorian(spec.year, spec.month, spec.day)
        return date(spec.year, spec.month, spec.day)
    except ValueError:
        return None


def _stated(text: str, lang: str | None, today: date) -> date | None:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not lines:
        return None
    idx = list(range(min(HEAD_LINES, len(lines))))
    idx += [i for i in range(max(0, len(lines) - TAIL_LINES), len(lines)) if i not in idx]
    prof = profile(lang)
    cued, short = [], []
    for i in idx:
        line = lines[i]
        found = [(s, e, sp) for s, e, sp in detect(line, lang) if _exact_day(sp)]
        if not found:
            continue
        s, e, spec = found[0]
        d = _exact_day(spec)
        if d is None or d > today + timedelta(days=1):
            continue
        folded = fold_text(line)
        if prof.published_rx is not None and prof.published_rx.search(folded, 0, s) \
                and s - prof.published_rx.search(folded, 0, s).end() < 40:
            cued.append(d)
            continue
        if _dateline(line, s, e):
            cued.append(d)
            continue
        rest = line[:s] + line[e:]
        rest = _TIME.sub("", rest)
        letters = re.sub(r"[\W\d_]+", "", rest)
        if len(line.strip()) <= _SHORT_LINE or len(letters) <= 20:
            short.append(d)
    if cued:
        return cued[0]
    if short:
        return short[0]
    return None


def publication_date(text: str, lang: str | None, metadata: date | None,
                     tenures: list[tuple[date, date]], today: date) -> PublishedDate:
    """PublishedDate with basis metadata | stated | inferred | unknown (see docs/time.md)."""
    if metadata is not None:
        return PublishedDate(metadata, metadata, metadata, "metadata")
    text = text or ""
    stated = _stated(text, lang, today)
    if stated is not None:
        return PublishedDate(stated, stated, stated, "stated")

    lo: date | None = None
    hi: date = today
    for start, end in tenures or []:
        s = start
        e = end or today
        if s and (lo is None or s > lo):
            lo = s
        if e and e < hi:
            hi = e
    if lo is not None and lo > hi:  # inconsistent tenures: keep the today bound only
        lo, hi = None, today

    prof = profile(lang)
    folded = fold_text(text)
    exprs = detect(text, lang)
    pairs: list[tuple[Spec, int]] = []
    cur_years: list[int] = []
    floor: date | None = None
    for s, e, spec in exprs:
        if spec.kind == "date" and spec.weekday is not None and not spec.jalali:
            # a weekday names a day of the current week, with its year ("on Sunday
            # 2 February 2025") as without it; a dated one also bounds the range below
            pairs.append((spec, s))
            if spec.year is None:
                continue
        if spec.relative or spec.kind not in ("date", "month", "year"):
            continue
        d = _exact_day(spec)
        if spec.kind == "year":
            y = spec.year
            start_d = date(y, 1, 1)
        elif spec.kind == "month":
            if spec.jalali:
                continue
            y = spec.year
            start_d = date(y, spec.month, 1)
        else:
            if d is None:
                continue
            y, start_d = d.year, d
        if y > today.year:
            continue
        if prof.current_year is not None and prof.current_year.search(folded, max(0, s - 60), s):
            cur_years.append(y)
            continue
        if spec.tense == "future":
            continue
        if floor is None or start_d > floor:
            floor = start_d
    has_weekday = any(sp.kind == "weekday" and sp.tense != "future" for _s, _e, sp in exprs)
    for y in cur_years:
        # the article speaks of year y as the current one: its bare weekday references
        # ("on Tuesday") are taken to fall inside y too, so publication is >= its 7th day
        first = date(y, 1, 7) if has_weekday else date(y, 1, 1)
        nlo = max(lo, first) if lo else first
        nhi = min(hi, date(y, 12, 31))
        if nlo <= nhi:
            lo, hi = nlo, nhi
    if floor is not None:
        nlo = max(lo, floor) if lo else floor
        if nlo <= hi:
            lo = nlo

    best: tuple[date, date, date] | None = None  # (reference, earliest, latest)
    for spec, _pos in pairs:
        for reading in spec.readings():
            fit = _weekday_fit(reading, lo, hi, today)
            if fit is not None:
                if best is None or fit[0] > best[0]:
                    best = fit
                break
    if best is not None:
        r, a, b = best
        value = min(r + timedelta(days=1), b)
        value = max(value, a)
        return PublishedDate(value, a, b, "inferred")
    if lo is None:
        return PublishedDate(None, None, None, "unknown")
    mid = lo + (hi - lo) // 2
    return PublishedDate(mid, lo, hi, "inferred")
