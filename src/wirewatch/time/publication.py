"""The publication date of a document: metadata, a printed byline/dateline, or inference.

Inference (docs/time.md): role tenures of the people named and explicit years bound a range
[earliest, latest] (today is the upper bound); a weekday + day/month pair ("Τη Δευτέρα (2/12)")
fixes its year inside that range and puts the publication within a week after it. A dateline
without a year ("МОСКВА, 23 октября. /ТАСС/.") fixes the day, its year taken from that evidence;
a yearless day opening the news fixes the week, the n-th anniversary of a dated day a month.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import NamedTuple

from ..models import PublishedDate
from .calendars import gregorian_to_jalali, jalali_to_gregorian
from .expressions import DATELINE_HEAD, dateline_at, detect, profile
from .names import fold_text
from .resolve import Spec

HEAD_LINES = 6
TAIL_LINES = 4
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|utc|gmt|[+-]\d{2}:?\d{2})?",
                   re.IGNORECASE)
_SHORT_LINE = 60
# A dateline with a year ("Αθήνα, 14 Μαρτίου 2025 -", "تهران- ایرنا- ۲۳ مهر ۱۴۰۴ -"): the head
# of expressions.DATELINE_HEAD, an optional agency in brackets and a dash after the date.
_DATELINE_TAIL = re.compile(r"^\s*(?:\([^()]{1,30}\))?\s*\.?\s*[-–—]")
# How far back a day/month without a year is looked for when nothing bounds the range below.
_YEARS_BACK = 30


def _dateline(line: str, start: int, end: int) -> bool:
    """True when the date at line[start:end] is the dateline that opens a lead paragraph."""
    return bool(DATELINE_HEAD.match(line[:start]) and _DATELINE_TAIL.match(line[end:]))


def _year_of(d: date, spec: Spec) -> int:
    """The year of `d` in the spec's calendar (Solar Hijri for a Persian month)."""
    return gregorian_to_jalali(d)[0] if spec.jalali else d.year


class NamedTimes(NamedTuple):
    """The times a text names as past or present: its explicit years, months and days as
    (first, last day) periods, and its days without a year as (month, day)."""

    periods: list[tuple[date, date]]
    yearless: list[tuple[int, int]]


NAMED_YEAR_REACH = 1  # a named year tells the year of publication when the latest fit is this close
# A year written into the name of an event or programme ("Zapad-2025", "Expo 2026"): a word
# of letters, then a hyphen or a space, then a year of four figures ending the token.
_LABEL_YEAR = re.compile(r"(?<![\w-])[^\W\d_]{2,}[-\s](?P<year>(?:19|20)\d\d)(?![\w-])")


def _named_times(exprs: list[tuple[int, int, Spec]], today: date, text: str = "") -> NamedTimes:
    """NamedTimes of the expressions not in the future tense ("自2025年6月", "in 2025",
    "em 30 de julho") and of the years in names that no expression claims
    ("durante as manobras Zapad-2025"); Solar Hijri months are left out."""
    periods, yearless = [], []
    for _s, _e, spec in exprs:
        if spec.tense == "future" or spec.jalali or spec.delta or spec.kind not in ("date", "month", "year"):
            continue
        if spec.year is None:
            if spec.kind == "date" and spec.month and spec.day:
                yearless.append((spec.month, spec.day))
            continue
        if spec.year > today.year:
            continue
        period = _period_of(spec)
        if period is not None:
            periods.append(period)
    periods += [(date(y, 1, 1), date(y, 12, 31)) for y in _label_years(text, exprs, today)]
    return NamedTimes(periods, yearless)


def _label_years(text: str, exprs: list[tuple[int, int, Spec]], today: date) -> list[int]:
    """The years up to today's written into names ("Zapad-2025", "Expo 2026") where no date
    expression stands: they date no event, but a report names the exercise or fair of its
    own time."""
    out = []
    for m in _LABEL_YEAR.finditer(text):
        year = int(m["year"])
        inside = any(s < m.end() and m.start("year") < e for s, e, _sp in exprs)
        if year <= today.year and not inside:
            out.append(year)
    return out


def _period_of(spec: Spec) -> tuple[date, date] | None:
    """(first, last day) of an explicit year, month or day."""
    if spec.kind == "year":
        return date(spec.year, 1, 1), date(spec.year, 12, 31)
    if spec.kind == "month" and spec.month:
        last = date(spec.year + (spec.month == 12), spec.month % 12 + 1, 1) - timedelta(days=1)
        return date(spec.year, spec.month, 1), last
    day = _exact_day(spec)
    return (day, day) if day else None


def _favoured(fits: list[tuple[date, ...]], named: NamedTimes | None) -> tuple[date, ...] | None:
    """The fit (latest first, its day first) whose day lies nearest the times the text names:
    a weekday + day/month fits several years, and a report names the year it is written in
    ("自2025年6月以来") and days of the weeks before ("decreto assinado em 30 de julho");
    the latest fit when the text names none near it."""
    if not fits:
        return None
    if named is None:
        return fits[0]
    latest = fits[0][0].year
    periods = [p for p in named.periods if p[1].year >= latest - NAMED_YEAR_REACH]
    if not periods and not named.yearless:
        return fits[0]
    return min(fits, key=lambda fit: (_gap(fit[0], periods, named.yearless), -fit[0].toordinal()))


def _gap(day: date, periods: list[tuple[date, date]], yearless: list[tuple[int, int]]) -> int:
    """Days between `day` and the nearest named period, plus days since the nearest day
    without a year that falls before it (or in the week after it)."""
    gap = min((max((a - day).days, (day - b).days, 0) for a, b in periods), default=0)
    since = [(day - seen).days for m, d in yearless if (seen := _last_before(m, d, day)) is not None]
    return gap + max(0, min(since, default=0))


def _last_before(month: int, day: int, ref: date) -> date | None:
    """The last (month, day) up to a week after `ref`."""
    limit = ref + timedelta(days=7)
    for year in (limit.year, limit.year - 1, limit.year - 2):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= limit:
            return d
    return None


def _weekday_fit(spec: Spec, lo: date | None, hi: date, today: date,
                 named: NamedTimes | None = None) -> tuple[date, date, date] | None:
    """(day, earliest, latest publication) for the year (or the year given) in which the day
    of `spec` falls on its weekday and leaves a publication date within [lo, hi], the one the
    text's own times favour (_favoured), else the latest; a Solar Hijri day ("روز سه‌شنبه ۲۰
    آبان") counts its years in its own calendar."""
    first_year = _year_of(lo, spec) - 1 if lo else _year_of(today, spec) - _YEARS_BACK
    fits = []
    for y in [spec.year] if spec.year else range(_year_of(hi, spec), first_year - 1, -1):
        r = _day_in_year(spec, y)
        if r is not None and r.weekday() == spec.weekday and (fit := _week_of(r, spec, lo, hi)):
            fits.append(fit)
    return _favoured(fits, named)


def _week_of(r: date, spec: Spec, lo: date | None, hi: date) -> tuple[date, date, date] | None:
    """(r, earliest, latest publication) when the week a weekday on day r allows (after it;
    before it in the future tense) meets [lo, hi]."""
    w0, w1 = (r - timedelta(days=7), r) if spec.tense == "future" else (r, r + timedelta(days=7))
    a = max(w0, lo) if lo else w0
    b = min(w1, hi)
    return (r, a, b) if a <= b else None


def _month_day_fit(spec: Spec, lo: date | None, hi: date, today: date,
                   named: NamedTimes | None = None) -> tuple[date, date, date] | None:
    """_weekday_fit for a weekday with only its day of the month ("nesta quarta-feira (25)"):
    a month in which that day falls on the weekday and leaves a publication date within
    [lo, hi], the one the text's own times favour, else the latest."""
    first = lo - timedelta(days=7) if lo else date(today.year - _YEARS_BACK, 1, 1)
    y, m = hi.year, hi.month
    fits = []
    while date(y, m, 1) >= first.replace(day=1):
        try:
            r = date(y, m, spec.day)
        except ValueError:
            r = None
        if r is not None and r <= hi and r.weekday() == spec.weekday \
                and (fit := _week_of(r, spec, lo, hi)):
            fits.append(fit)
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return _favoured(fits, named)


# What may stand between "today"/"yesterday" and the weekday it names: "ieri, lunedì 22
# settembre", "сегодня, во вторник, 9 сентября", "yesterday (Monday, 22/9)"
_ANCHOR_GAP = re.compile(r"[\s,(]*(?:\w{1,3}\s+)?")


def _days_back(spec: Spec) -> int | None:
    """0 for today, 1 for yesterday, else None."""
    if spec.kind == "rel" and spec.unit == "d" and spec.amount in (0, -1) and not spec.delta:
        return -spec.amount
    return None


def _anchored_pairs(folded: str, exprs: list[tuple[int, int, Spec]]) -> dict[int, int]:
    """Start of each weekday pair that the text names together with today or yesterday,
    mapped to the days from that pair to the publication (0 for today, 1 for yesterday):
    such a pair fixes the day of publication, not only a week."""
    out: dict[int, int] = {}
    for (s1, e1, x), (s2, _e2, y) in itertools.pairwise(exprs):
        if not _ANCHOR_GAP.fullmatch(folded, e1, s2):
            continue
        for rel, (pos, pair) in ((x, (s2, y)), (y, (s1, x))):
            back = _days_back(rel)
            if back is not None and pair.kind in ("date", "mday") and pair.weekday is not None:
                out[pos] = back
    return out


def _anchored_weekday(folded: str, exprs: list[tuple[int, int, Spec]]) -> int | None:
    """The weekday of publication that a bare weekday named with today or yesterday tells
    anywhere in the text ("rilasciati ieri, martedì": published on a Wednesday; "hoy
    miércoles"), None when the text names none."""
    for (s1, e1, x), (s2, _e2, y) in itertools.pairwise(exprs):
        if not _ANCHOR_GAP.fullmatch(folded, e1, s2):
            continue
        for rel, day in ((x, y), (y, x)):
            back = _days_back(rel)
            if back is not None and day.kind == "weekday" and day.weekday is not None \
                    and day.shift in (None, "this"):
                return (day.weekday + back) % 7
    return None


def _days_named_after(r: date, folded: str, exprs: list[tuple[int, int, Spec]],
                      pair_at: int = -1) -> list[date]:
    """Days of the week from `r` on that the text names as its present: a "this" weekday
    ("esta segunda-feira") or one named with today ("σήμερα Τρίτη") anywhere, a bare
    weekday opening the text's dates ("Захарова в четверг обвинила ..." before "В среду, 3
    декабря"), or the bare weekdays told after the pair at `pair_at` that carry its story on
    day by day (_story_days). A report is published on the day of the event its weekday pair
    names ("on Wednesday (3/12)") unless it names a later one: it cannot predate the last
    day it tells."""
    days = [r + timedelta(days=(wd - r.weekday()) % 7) for wd in _present_weekdays(folded, exprs)]
    return days + _story_days(r, exprs, pair_at) + _lead_yesterday(r, exprs)


def _present_weekdays(folded: str, exprs: list[tuple[int, int, Spec]]) -> list[int]:
    """The weekdays the text names as its present (_days_named_after): "this" ones, ones
    named with today, and a bare weekday opening its dates."""
    out = []
    for k, (s, _e, spec) in enumerate(exprs):
        if spec.kind != "weekday" or spec.tense == "future":
            continue
        prev = exprs[k - 1] if k else None
        today = prev is not None and _days_back(prev[2]) == 0 \
            and _ANCHOR_GAP.fullmatch(folded, prev[1], s) is not None
        if spec.shift == "this" or today or (k == 0 and spec.shift is None):
            out.append(spec.weekday)
    return out


def _lead_yesterday(r: date, exprs: list[tuple[int, int, Spec]]) -> list[date]:
    """The day after r when the text's first date is "yesterday" ("dün Lefkoşa'da görüştü
    ... 29 Ocak Perşembe günü gerçekleşen görüşme"): the news it leads with is that of the
    day its weekday pair names, told the day after."""
    return [r + timedelta(days=1)] if exprs and _days_back(exprs[0][2]) == 1 else []


def _days_named_before(r: date, exprs: list[tuple[int, int, Spec]]) -> list[date]:
    """The days before r that the bare weekdays of the text fall on when its weekday pair
    is a day still to come ("marţi ... miercuri ... reuniunea de joi, 9 aprilie"): the
    report is written in the week before it, on the last of the days it tells."""
    return [r - timedelta(days=(r.weekday() - spec.weekday) % 7 or 7) for _s, _e, spec in exprs
            if spec.kind == "weekday" and spec.tense != "future" and spec.shift in (None, "this")]


WEEKEND = (5, 6)  # Saturday, Sunday: a story may pass over them to Monday


def _story_days(r: date, exprs: list[tuple[int, int, Spec]], pair_at: int) -> list[date]:
    """The days the bare weekdays told after the pair at `pair_at` (on day r) reach when each
    moves the story on to the next day from the last one so reached ("luni, 2 martie ...
    marți ... miercuri ... joi"), or over a weekend day ("8 Kasım Cumartesi ... pazartesi");
    a weekday further on is more often one of the days before ("el martes sostuvo"), one
    two working days on a day still to come ("called a meeting on Thursday")."""
    if pair_at < 0:
        return []
    days, current = [], r
    for s, _e, spec in exprs:
        if s <= pair_at or spec.kind != "weekday" or spec.shift is not None \
                or spec.tense == "future":
            continue
        ahead = (spec.weekday - current.weekday()) % 7
        if ahead == 1 or (ahead == 2 and (current.weekday() + 1) % 7 in WEEKEND):
            current += timedelta(days=ahead)
            days.append(current)
    return days


NEIGHBOUR_REACH = 200  # characters between a bare weekday and the day/month it may name
_SENTENCE_END = re.compile(r"[.!?\u3002\u061f](?:\s|$)")


def _neighbour_pairs(text: str, exprs: list[tuple[int, int, Spec]]) -> list[tuple[Spec, int]]:
    """Weekday pairs a text splits over two sentences ("police fired tear gas late Saturday
    ... The rally on June 28 ..."): a bare weekday, then a day/month without year as the
    next date, in the next sentence, neither in the future, as (the day/month on that
    weekday, its start). Within one sentence the two name different days ("on Thursday,
    a month after the vote of 28 September"). The pair only holds in the years where the
    day falls on the weekday."""
    out = []
    for (_s1, e1, x), (s2, _e2, y) in itertools.pairwise(exprs):
        if s2 - e1 > NEIGHBOUR_REACH or len(_SENTENCE_END.findall(text, e1, s2)) != 1:
            continue
        if x.kind == "weekday" and x.shift is None and _yearless_day(y) \
                and "future" not in (x.tense, y.tense):
            out.append((replace(y, weekday=x.weekday), s2))
    return out


def _yearless_day(spec: Spec) -> bool:
    """True for a day and month without a year or weekday ("June 28")."""
    return spec.kind == "date" and spec.year is None and spec.weekday is None \
        and bool(spec.day and spec.month) and not spec.delta


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


def _head_end(text: str) -> int:
    """Offset where the first HEAD_LINES non-empty lines of `text` end."""
    seen = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        pos += len(line)
        if line.strip():
            seen += 1
            if seen == HEAD_LINES:
                break
    return pos


def _yearless_dateline(text: str, lang: str | None,
                       exprs: list[tuple[int, int, Spec]]) -> tuple[int, int, Spec] | None:
    """(start, end, spec) of a day/month without a year printed as the dateline of one of the
    first lines ("МОСКВА, 23 октября. /ТАСС/.", "新华社北京11月14日电"): the day the dispatch
    was filed. A day/month inside a sentence is not one (expressions.dateline_at)."""
    prof = profile(lang)
    folded = fold_text(text)
    limit = _head_end(text)
    for s, e, spec in exprs:
        if s >= limit:
            break
        if spec.kind == "date" and spec.year is None and spec.day and spec.month \
                and dateline_at(prof, folded, s, e, text):
            return s, e, spec
    m = _NUMERIC_DATELINE.search(folded, 0, limit)
    if m and 1 <= int(m["month"]) <= 12 and 1 <= int(m["day"]) <= 31:
        return m.start("day"), m.end("month"), Spec("date", None, int(m["month"]), int(m["day"]))
    return None


# A dateline with its day and month in figures between dashes, the agency in brackets and a
# double dash ("القاهرة - 15 - 4 (كونا) --"): KUNA's house style. Only so framed, since
# "3 - 1 (بعد التمديد) -" is a score.
_NUMERIC_DATELINE = re.compile(r"^\W*[^\W\d][^.!?:;\d\n]{0,40}?\s[-\u2013\u2014]\s*(?P<day>\d{1,2})"
                               r"\s*[-\u2013\u2014]\s*(?P<month>\d{1,2})\s*\([^()\n]{1,30}\)\s*--",
                               re.MULTILINE)


LEAD_REACH = 250  # characters after a dateline in which its lead sentence names the day
LEAD_WEEKDAY_YEARS = 7  # how far back the lead's weekday may set the year: one weekday cycle


def _lead_weekday(text: str, folded: str, exprs: list[tuple[int, int, Spec]],
                  end: int) -> int | None:
    """The weekday the lead names right after a dateline ("МОСКВА, 18 сентября. /ТАСС/. Лавров
    в четверг провел ...", "PARIS, 23 oct (AFP) - France on Thursday summoned ..."): wire copy
    tells the day of its dispatch by its weekday, so it names the dateline's day ("Caracas, 20
    ago (EFE).- Maduro ordenó este miércoles"). Only a past-or-untensed weekday of the first
    sentence counts, bare or "this" one, also right after "today" ("في القاهرة اليوم
    الأربعاء", "hoy miércoles": today is that weekday)."""
    stop = end + LEAD_REACH
    after_today = None
    for s, e, spec in exprs:
        if s < end:
            continue
        if s > stop or "\n" in text[end:s]:
            return None
        if spec.kind == "weekday" and (spec.tense != "future" or after_today == s) \
                and (spec.shift in (None, "this") or after_today == s):
            return spec.weekday
        if _days_back(spec) == 0 and (gap := _ANCHOR_GAP.match(folded, e)):
            after_today = gap.end()
            continue
        if spec.kind in ("date", "weekday", "rel"):
            return None
    return None


def _day_in_year(spec: Spec, year: int) -> date | None:
    """The Gregorian day of the spec's day/month in `year` (a Solar Hijri year when the month
    is one), None when that year has no such day (29 February)."""
    try:
        if spec.jalali:
            if spec.day > (31 if spec.month <= 6 else 30):
                return None
            return jalali_to_gregorian(year, spec.month, spec.day)
        return date(year, spec.month, spec.day)
    except ValueError:
        return None


def _candidate_days(spec: Spec, lo: date | None, top: date) -> list[date]:
    """The spec's day in every year within [lo, top], latest first, on its weekday if it
    names one ("PARIS, mardi 21 octobre (AFP)")."""
    first = _year_of(lo, spec) if lo else _year_of(top, spec) - _YEARS_BACK
    out = []
    for y in range(_year_of(top, spec), first - 1, -1):
        d = _day_in_year(spec, y)
        if d is None or d > top or (lo and d < lo):
            continue
        if spec.weekday is not None and d.weekday() != spec.weekday:
            continue
        out.append(d)
    return out


def _pair_fits(day: date, pair: Spec) -> bool:
    """True when a weekday + day/month pair of the text ("pada Selasa (13/5)") falls on its
    weekday within a week of the dateline `day`. Either side: the printed day already fixes
    the day and month, the pair only tells the year, so its tense is not needed."""
    year = _year_of(day, pair)
    for reading in pair.readings():
        for y in [reading.year] if reading.year else [year - 1, year, year + 1]:
            r = _day_in_year(reading, y)
            if r is not None and r.weekday() == reading.weekday and abs((day - r).days) <= 7:
                return True
    return False


def _dateline_date(spec: Spec, pairs: list[Spec], lo: date | None, hi: date,
                   today: date, lead_weekday: int | None = None,
                   named: NamedTimes | None = None) -> PublishedDate | None:
    """The publication day of a dateline without a year: its year is the one the range
    [lo, hi] (tenures, explicit years), the dateline's weekday and the text's weekday +
    day/month pairs allow, nearest the times the text names (_favoured), else the latest; a range contradicting the printed day is dropped. A single day
    unless the range alone pushed it into the past and left several years open: then the
    range spans them (a dispatch is otherwise taken to be from the last twelve months).
    With nothing else to tell the year, the lead's weekday (_lead_weekday) does: the latest
    year of the last LEAD_WEEKDAY_YEARS in which the dateline's day falls on it (none there:
    the weekday names an earlier day of a recent dispatch)."""
    slack = timedelta(days=1)  # a dateline in a time zone ahead of ours
    top = today + slack if hi >= today else hi
    days = _candidate_days(spec, lo, top)
    bounded = bool(days)
    if not days:
        days = _candidate_days(spec, None, today + slack)
        if not days:
            return None
    fits = [sum(_pair_fits(d, p) for p in pairs) for d in days]
    best = max(fits)
    days = [d for d, n in zip(days, fits, strict=True) if n == best]
    if not best and spec.weekday is None and lead_weekday is not None:
        same = [d for d in days if d.weekday() == lead_weekday
                and d.year > top.year - LEAD_WEEKDAY_YEARS]
        if same:
            first = _favoured([(d,) for d in same], named)[0]
            return PublishedDate(first, first, first, "inferred")
    day = _favoured([(d,) for d in days], named)[0]
    pinned = len(days) == 1 or best > 0 or spec.weekday is not None or hi >= today
    if pinned or not bounded:
        return PublishedDate(day, day, day, "inferred")
    return PublishedDate(day, days[-1], day, "inferred")


def publication_date(text: str, lang: str | None, metadata: date | None,
                     tenures: list[tuple[date, date | None]], today: date) -> PublishedDate:
    """PublishedDate with basis metadata | stated | inferred | unknown (see docs/time.md)."""
    if metadata is not None:
        return PublishedDate(metadata, metadata, metadata, "metadata")
    text = text or ""
    stated = _stated(text, lang, today)
    if stated is not None:
        return PublishedDate(stated, stated, stated, "stated")

    spans = _open_spans(tenures, today)
    lo: date | None = spans[0][0] if spans[0][0] > date.min else None
    hi: date = spans[-1][1]

    prof = profile(lang)
    folded = fold_text(text)
    exprs = detect(text, lang)
    pairs: list[tuple[Spec, int]] = []
    cur_years: list[int] = []
    floor: date | None = None
    untensed: date | None = None
    for s, e, spec in exprs:
        if spec.kind == "mday" and spec.weekday is not None:
            pairs.append((spec, s))
            continue
        if spec.kind == "date" and spec.weekday is not None:
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
        if spec.kind == "date" and spec.tense is None:
            # "истекает 18 октября 2025 года": an untensed day may be still to come
            if untensed is None or start_d > untensed:
                untensed = start_d
        elif floor is None or start_d > floor:
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
    marked: date | None = None
    for day in _anniversaries(text, folded, exprs, prof):
        nlo = max(lo, day - ANNIVERSARY_REACH) if lo else day - ANNIVERSARY_REACH
        nhi = min(hi, day + ANNIVERSARY_REACH)
        if nlo <= nhi:
            lo, hi, marked = nlo, nhi, day
    window = _took_office_window(folded, exprs, prof, tenures)
    if window is not None:
        nlo, nhi = max(lo, window[0]) if lo else window[0], min(hi, window[1])
        if nlo <= nhi:
            lo, hi = nlo, nhi
    firm_lo = lo
    if untensed is not None:
        nlo = max(lo, untensed) if lo else untensed
        if nlo <= hi:
            lo = nlo
    firm_lo = _snap(spans, firm_lo)
    spans = _clip(spans, lo, hi) or [(lo or date.min, hi)]
    lo = _snap(spans, lo)

    named = _named_times(exprs, today, text)
    dateline = _yearless_dateline(text, lang, exprs)
    if dateline is not None:
        at, end, spec = dateline
        dated_pairs = [sp for sp, pos in pairs if pos != at and sp.kind == "date"]
        lead = _lead_weekday(text, folded, exprs, end)
        if lead is None:
            lead = _anchored_weekday(folded, exprs)
        found = _dateline_date(spec, dated_pairs, lo, hi, today, lead, named)
        if found is not None and lead is not None and found.value.weekday() != lead \
                and firm_lo != lo:
            # the lead's weekday outweighs an untensed date that only bounded the range
            retry = _dateline_date(spec, dated_pairs, firm_lo, hi, today, lead, named)
            if retry is not None and retry.value.weekday() == lead:
                found = retry
        if found is not None:
            return found

    pairs = pairs or _neighbour_pairs(text, exprs)
    anchored = _anchored_pairs(folded, exprs)
    best: tuple[date, date, date] | None = None  # (reference, earliest, latest)
    best_at = -1
    best_key: tuple[bool, date] = (False, date.min)  # a day still to come only bounds the week
    for spec, pos in sorted(pairs, key=lambda p: p[1] not in anchored):
        fit_of = _month_day_fit if spec.kind == "mday" else _weekday_fit
        for reading in spec.readings():
            fit = fit_of(reading, lo, hi, today, named)
            if fit is None:
                continue
            if pos in anchored:
                day = fit[0] + timedelta(days=anchored[pos])
                return PublishedDate(day, day, day, "inferred")
            key = (reading.tense != "future", fit[0])
            if best is None or key > best_key:
                best, best_at, best_key = fit, pos, key
            break
    if best is not None:
        r, a, b = best
        told = _days_named_after(r, folded, exprs, best_at) if best_key[0] \
            else _days_named_before(r, exprs)
        in_week = [d for d in told if a <= d <= b]
        day = max(min(r, b), a)
        value = max(in_week + [day]) if best_key[0] else max(in_week, default=day)
        return PublishedDate(value, a, b, "inferred")
    news = _news_day(exprs, folded, lo, hi, today, _head_end(text), named) \
        or _told_day(exprs, folded, lo, hi, today, named)
    if news is not None:
        return news
    if lo is None:
        return PublishedDate(None, None, None, "unknown")
    if marked is not None and lo <= marked <= hi:
        # nothing dates the report more closely than the anniversary it marks: its day is
        # the one its weekdays ("on Thursday") count from
        return PublishedDate(marked, marked, marked, "inferred")
    return PublishedDate(_middle(spans), lo, hi, "inferred")


_TOOK_OFFICE_REACH = 40  # characters between "took office" and its "last month"
_SENTENCE_END = re.compile(r"[.!?。！？]")


def _took_office_window(folded: str, exprs: list[tuple[int, int, Spec]], prof,
                        tenures: list) -> tuple[date, date] | None:
    """The month a report is written in when it says that someone took office last month
    (this month, two months ago: `took_office` cues next to a relative month): the month
    that far after the newest term start among the tenures of the people it names."""
    if prof.took_office is None:
        return None
    starts = [term[0] for tenure in tenures or []
              for term in (tenure if isinstance(tenure, list) else [tenure])
              if term[0] is not None and term[0].year > 1900]
    if not starts:
        return None
    newest = max(starts)
    for m in prof.took_office.finditer(folded):
        for s, e, spec in exprs:
            if spec.kind == "rel" and spec.unit == "m" and _near(folded, m.start(), m.end(), s, e):
                first = date(newest.year, newest.month, 1)
                first = _month_start(first, -spec.amount)
                return first, _month_start(first, 1) - timedelta(days=1)
    return None


def _near(folded: str, a0: int, a1: int, b0: int, b1: int) -> bool:
    """True when two spans lie within _TOOK_OFFICE_REACH characters in one sentence."""
    lo, hi = (a1, b0) if a1 <= b0 else (b1, a0)
    return 0 <= hi - lo <= _TOOK_OFFICE_REACH and not _SENTENCE_END.search(folded, lo, hi)


def _month_start(first: date, n: int) -> date:
    """The first day of the month n months after the month starting on `first`."""
    k = first.year * 12 + first.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


ANNIVERSARY_REACH = timedelta(days=14)  # a report marking an anniversary is that close to it
_DATED_REACH = 100  # characters from an anniversary phrase to the date it counts from


def _anniversaries(text: str, folded: str, exprs: list[tuple[int, int, Spec]],
                   prof) -> list[date]:
    """The days a text marks as the n-th anniversary of a dated day it names ("on the second
    anniversary of its storming on 25 June 2024", "a due anni dall'attacco del 7 ottobre
    2023"): that day n years on. The date must follow the phrase in its sentence."""
    out = []
    for rx in prof.anniversary_rxs:
        for m in rx.finditer(folded):
            n = _count(m["n"], prof)
            nxt = next(((s, sp) for s, _e, sp in exprs if s >= m.end()), None)
            if not n or nxt is None or nxt[0] - m.end() > _DATED_REACH \
                    or re.search(r"[.!?]\s", text[m.end():nxt[0]]):
                continue
            d = _exact_day(nxt[1])
            if d is not None:
                out.append(_years_on(d, n))
    return out


def _count(word: str, prof) -> int | None:
    """The number of an anniversary's `{n}`: figures ("35.", "2nd") or a pack word."""
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group())
    return prof.numbers.get(word) or prof.ordinals.get(word)


def _years_on(d: date, n: int) -> date:
    """The day n years after d (28 February for 29 February in a common year)."""
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


_RANGE_GAP = re.compile(r"\s*[-\u2013\u2014]\s*")


def _news_day(exprs: list[tuple[int, int, Spec]], folded: str, lo: date | None, hi: date,
              today: date, limit: int, named: NamedTimes | None = None) -> PublishedDate | None:
    """The publication week of a text whose first date, in its opening lines, is a day and
    month without a year in the past or without tense ("中国政府8月26日宣布", "Обмен
    состоялся 2 октября"): wire copy dates its news so, and reports it on that day or within
    the week (as a weekday pair, _week_of); the latest year the range allows. The value is
    that day or a later day of the week the text goes on to name ("20日在例行记者会上").
    Of several years, the one nearest the times the text names (_favoured)."""
    if not exprs or exprs[0][0] >= limit or not _past_yearless_day(exprs[0][2]):
        return None
    if len(exprs) > 1 and _RANGE_GAP.fullmatch(folded, exprs[0][1], exprs[1][0]):
        return None  # "23 октября - 25 октября": a period, not the day of the news
    return _week_from(0, exprs, lo, hi, today, named)


def _past_yearless_day(spec: Spec) -> bool:
    """True for a day and month without a year, weekday or offset, not in the future tense."""
    return _yearless_day(spec) and spec.tense != "future"


def _week_from(k: int, exprs: list[tuple[int, int, Spec]], lo: date | None, hi: date,
               today: date, named: NamedTimes | None) -> PublishedDate | None:
    """The publication week after the yearless day of exprs[k] (_news_day), its year the
    latest the range allows or the one the text's times favour."""
    spec = exprs[k][2]
    first = _year_of(lo, spec) - 1 if lo else _year_of(today, spec) - _YEARS_BACK
    fits = [fit for y in range(_year_of(hi, spec), first - 1, -1)
            if (r := _day_in_year(spec, y)) is not None and (fit := _week_of(r, spec, lo, hi))]
    chosen = _favoured(fits, named)
    if chosen is None:
        return None
    r, a, b = chosen
    later = [d for _s, _e, x in exprs[k + 1:]
             if (d := _day_near(x, r) or _weekday_after(x, r)) and a <= d <= b]
    return PublishedDate(max([max(r, a)] + later), a, b, "inferred")


def _weekday_after(spec: Spec, r: date) -> date | None:
    """The day a bare weekday told after the news day r names in the week from r on ("seien
    am 19. November gefasst worden, teilte die Behörde am Dienstag mit"): the report cannot
    predate the day it tells the news was given out; None for other expressions."""
    if spec.kind != "weekday" or spec.shift is not None or spec.tense == "future" \
            or spec.weekday is None:
        return None
    return r + timedelta(days=(spec.weekday - r.weekday()) % 7)


def _told_day(exprs: list[tuple[int, int, Spec]], folded: str, lo: date | None, hi: date,
              today: date, named: NamedTimes | None) -> PublishedDate | None:
    """The publication week of a text that dates its news only by weekdays and, further on,
    a day and month without a year ("on Wednesday, a day after lawmakers backed the bill
    ... It cleared its second reading on June 16"): the week after its first such day, on
    the day the weekday opening its dates names (_days_named_after)."""
    k = next((i for i, (_s, _e, sp) in enumerate(exprs) if _past_yearless_day(sp)), None)
    if k is None or not any(sp.kind == "weekday" for _s, _e, sp in exprs[:k]):
        return None
    found = _week_from(k, exprs, lo, hi, today, named)
    if found is None:
        return None
    told = [d for d in _days_named_after(found.value, folded, exprs)
            if found.earliest <= d <= found.latest]
    return replace(found, value=max([found.value] + told))


def _day_near(spec: Spec, r: date) -> date | None:
    """The day a later yearless day ("11月19日") or day of the month ("20日") names after the
    day r, in r's year (or the next month for a smaller day); None for other expressions."""
    if spec.tense == "future" or spec.year is not None or spec.weekday is not None \
            or spec.jalali or not spec.day or spec.kind not in ("date", "mday"):
        return None
    month = spec.month if spec.kind == "date" else r.month
    try:
        d = date(r.year, month, spec.day)
        if spec.kind == "mday" and d < r:
            d = date(r.year + (r.month == 12), r.month % 12 + 1, spec.day)
    except ValueError:
        return None
    return d


Tenure = tuple[date | None, date | None]


def _open_spans(tenures: list[Tenure | list[Tenure]],
                today: date) -> list[tuple[date, date]]:
    """The days up to `today` that every tenure leaves open, as sorted disjoint spans
    (date.min: no lower bound). A tenure is one (start, end) term or the list of one
    person's terms, of which any may hold: "President Trump" leaves 2021-2025 out.
    Inconsistent tenures (no day left) keep the today bound only."""
    spans = [(date.min, today)]
    for tenure in tenures or []:
        terms = tenure if isinstance(tenure, list) else [tenure]
        cut = sorted((max(a, s or date.min), min(b, e or today))
                     for a, b in spans for s, e in terms)
        spans = _merge([(a, b) for a, b in cut if a <= b])
        if not spans:
            return [(date.min, today)]
    return spans


def _merge(spans: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """Sorted spans with overlapping or touching ones joined."""
    out: list[tuple[date, date]] = []
    for a, b in spans:
        if out and a <= out[-1][1] + timedelta(days=1):
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _clip(spans: list[tuple[date, date]], lo: date | None,
          hi: date) -> list[tuple[date, date]]:
    """The parts of `spans` within [lo, hi]."""
    low = lo or date.min
    return [(max(a, low), min(b, hi)) for a, b in spans if max(a, low) <= min(b, hi)]


def _snap(spans: list[tuple[date, date]], day: date | None) -> date | None:
    """`day`, or the start of the first open span after it when it falls between terms."""
    if day is None:
        return None
    return next((max(a, day) for a, b in spans if b >= day), day)


def _middle(spans: list[tuple[date, date]]) -> date:
    """The day halfway through the open days of `spans` (the midpoint of the range when it
    has no gap): a day between two terms of the only office holder named is not a candidate."""
    half = (sum((b - a).days + 1 for a, b in spans) - 1) // 2
    for a, b in spans:
        length = (b - a).days + 1
        if half < length:
            return a + timedelta(days=half)
        half -= length
    return spans[-1][1]
