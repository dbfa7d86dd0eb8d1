"""Normalising a detected date expression against an anchor (the publication date).

See docs/time.md for the rules. A `Spec` is what detection read from the text; `resolve_spec`
turns it into (value, precision) for one anchor day; `resolve_against` applies it to a
`PublishedDate`, which may be a single day or a range (then both ends must agree).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..models import DateExpression, PublishedDate
from .calendars import gregorian_to_jalali, jalali_to_gregorian

PREC_ORDER = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "year": 4, "decade": 5,
              "century": 6, "ref": 7, "unknown": 8}
UNIT_PREC = {"d": "day", "w": "week", "e": "week", "m": "month", "y": "year"}  # e: weekend
UNDATED = ("ref", "decade", "century")  # "now", "recently", "the 1990s" do not date an event


@dataclass
class Spec:
    kind: str  # date | month | year | weekday | rel | mday | quarter | season | decade | century | ref
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    shift: str | None = None  # last | next | this (weekday and month names)
    amount: int = 0  # rel: signed amount of `unit` from the anchor
    unit: str | None = None  # d | w | m | y
    delta: tuple[int, str] | None = None  # "three months after June": (3, "m")
    jalali: bool = False
    tense: str | None = None  # past | future | None (from the text's cues)
    period: str | None = None  # quarter "Q1".."Q4" ("Q-1": the last one), season "SP".."WI"
    year_shift: int | None = None  # "October of next year": the year relative to the anchor's
    ref: str | None = None  # PRESENT_REF | PAST_REF | FUTURE_REF
    part: str | None = None  # part of the day: MO | AF | EV | NI ("this morning" = YYYY-MM-DDTMO)
    week_of: int | None = None  # month: its n-th week ("la última semana de marzo": -1)
    anaphor: str | None = None  # ana: day | month | year | prev | close | same | cons-* | before-* (anaphora.py)
    other: tuple[int, int] | None = None  # date: (month, day) of the other reading of "1/12"

    def readings(self) -> list[Spec]:
        """The spec, then the other reading of its numbers when they allow two."""
        if self.other is None:
            return [self]
        return [self, replace(self, month=self.other[0], day=self.other[1], other=None)]

    @property
    def relative(self) -> bool:
        if self.kind in ("weekday", "rel", "mday", "ana"):
            return True
        if self.kind == "ref":
            return False
        return self.year is None

    @property
    def precision(self) -> str:
        if self.kind == "rel":
            return "day" if self.day else UNIT_PREC[self.unit or "d"]
        if self.kind in ("weekday", "mday"):
            return "day"
        if self.kind == "month" and self.week_of:
            return "week"
        if self.kind == "ana":  # until anaphora.py resolves it from the text before it
            return "unknown"
        if self.kind == "date":
            return "day"
        return self.kind  # month | year | quarter | season | decade | century | ref


# ---------------------------------------------------------------- helpers

def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _shift_date(d: date, n: int, unit: str) -> date:
    if unit == "d":
        return d + timedelta(days=n)
    if unit in ("w", "e"):
        return d + timedelta(days=7 * n)
    if unit == "m":
        y, m = _add_months(d.year, d.month, n)
    else:
        y, m = d.year + n, d.month
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _pick(cands: list[tuple[int, object]], direction: str | None, inclusive: bool = True):
    """Choose among (signed distance to anchor, value): future = first on/after, past = last
    on/before, None = nearest with the past preferred (a step forward costs two back)."""
    if not cands:
        return None
    if direction == "future":
        pool = [c for c in cands if (c[0] >= 0 if inclusive else c[0] > 0)]
        return min(pool, key=lambda c: c[0])[1] if pool else None
    if direction == "past":
        pool = [c for c in cands if (c[0] <= 0 if inclusive else c[0] < 0)]
        return max(pool, key=lambda c: c[0])[1] if pool else None
    return min(cands, key=lambda c: (-c[0] if c[0] <= 0 else 2 * c[0]))[1]


def fmt(d: date, precision: str) -> str:
    if precision == "day":
        return d.isoformat()
    if precision == "week":
        iy, iw, _ = d.isocalendar()
        return f"{iy}-W{iw:02d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return f"{d.year:04d}"


def _jalali_month_date(jy: int, jm: int) -> date:
    # a Solar Hijri month without a day is placed at its middle (it spans two Gregorian months)
    return jalali_to_gregorian(jy, jm, 15)


# ---------------------------------------------------------------- one anchor day

def base_date(spec: Spec, anchor: date | None, direction: str | None) -> tuple[date, str] | None:
    """The date (and its precision) that `spec` denotes relative to `anchor`."""
    k = spec.kind
    if k == "year":
        if spec.year is None:
            return None
        return date(spec.year, 7, 1), "year"
    if k in ("date", "month") and spec.year is not None:
        if spec.jalali:
            if k == "date":
                return jalali_to_gregorian(spec.year, spec.month, spec.day), "day"
            return _jalali_month_date(spec.year, spec.month), "month"
        if k == "date":
            d = _safe_date(spec.year, spec.month, spec.day)
            return (d, "day") if d else None
        return date(spec.year, spec.month, 1), "month"
    if anchor is None:
        return None
    if k == "rel":
        d = _shift_date(anchor, spec.amount, spec.unit or "d")
        if spec.day and spec.unit == "m":  # "el 24 de este mes"
            d = _safe_date(d.year, d.month, spec.day)
            return (d, "day") if d else None
        return d, UNIT_PREC[spec.unit or "d"]
    if k == "weekday":
        wd = spec.weekday
        back = (anchor.weekday() - wd) % 7  # days back to the most recent such day (0 = today)
        fwd = (wd - anchor.weekday()) % 7
        if spec.shift == "last":
            return anchor - timedelta(days=back or 7), "day"
        if spec.shift == "next":
            return anchor + timedelta(days=fwd or 7), "day"
        if spec.shift == "this":
            monday = anchor - timedelta(days=anchor.weekday())
            return monday + timedelta(days=wd), "day"
        if direction == "future":
            return anchor + timedelta(days=fwd), "day"
        return anchor - timedelta(days=back), "day"
    if k == "mday":
        cands = []
        # with a weekday ("quarta-feira (25)") the nearest month where that day falls on it
        months = range(-12, 2) if spec.weekday is not None else (-1, 0, 1)
        for n in months:
            y, m = _add_months(anchor.year, anchor.month, n)
            d = _safe_date(y, m, spec.day)
            if d and (spec.weekday is None or d.weekday() == spec.weekday):
                cands.append(((d - anchor).days, d))
        d = _pick(cands, direction) or _pick(cands, None)
        return (d, "day") if d else None
    if spec.jalali:
        jy = gregorian_to_jalali(anchor)[0]
        cands = []
        for y in (jy - 1, jy, jy + 1):
            if k == "date":
                d = jalali_to_gregorian(y, spec.month, spec.day)
                cands.append(((d - anchor).days, d))
            else:
                d = _jalali_month_date(y, spec.month)
                cands.append(((d - anchor).days // 30, d))
        d = _pick(cands, direction)
        return (d, "day" if k == "date" else "month") if d else None
    if k == "date":
        if spec.weekday is not None:  # the nearest day, of either reading, on that weekday
            cands = []
            for y in range(anchor.year - 6, anchor.year + 2):
                for reading in spec.readings():
                    d = _safe_date(y, reading.month, reading.day)
                    if d and d.weekday() == spec.weekday:
                        cands.append(((d - anchor).days, d))
            d = _pick(cands, direction) or _pick(cands, None)
            if d:
                return d, "day"
        cands = []
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            d = _safe_date(y, spec.month, spec.day)
            if d:
                cands.append(((d - anchor).days, d))
        d = _pick(cands, direction)
        return (d, "day") if d else None
    if k == "month":
        cands = []
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            dist = (y - anchor.year) * 12 + spec.month - anchor.month
            cands.append((dist, date(y, spec.month, 1)))
        if spec.shift == "last":
            d = _pick(cands, "past", inclusive=False)
        elif spec.shift == "next":
            d = _pick(cands, "future", inclusive=False)
        else:
            d = _pick(cands, direction)
        return (d, "month") if d else None
    return None


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _period_index(spec: Spec, y: int) -> int:
    """Quarters and seasons counted from year 0 (4 a year) to compare them with the anchor's."""
    if spec.kind == "quarter":
        return y * 4 + int(spec.period[1]) - 1
    return y * 4 + list(_SEASON_START).index(spec.period)


def _anchor_period(kind: str, d: date) -> int:
    if kind == "quarter":
        return d.year * 4 + (d.month - 1) // 3
    m = d.month if d.month >= 3 else d.month + 12  # January and February: last year's winter
    return (d.year if d.month >= 3 else d.year - 1) * 4 + (m - 3) // 3


def _period(spec: Spec, anchor: date | None, direction: str | None) -> str | None:
    """`2009-Q3` / `2012-SU`: explicit year, year relative to the anchor, or the nearest one."""
    if spec.period == "Q-1":
        if spec.year is not None:
            return f"{spec.year:04d}-Q4"
        if anchor is None:
            return None
        i = _anchor_period("quarter", anchor) - 1
        return f"{i // 4:04d}-Q{i % 4 + 1}"
    if spec.year is not None:
        return f"{spec.year:04d}-{spec.period}"
    if anchor is None:
        return None
    here = _anchor_period(spec.kind, anchor)
    cands = [(_period_index(spec, y) - here, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if spec.shift == "last":
        y = _pick(cands, "past", inclusive=False)
    elif spec.shift == "next":
        y = _pick(cands, "future", inclusive=False)
    elif spec.shift == "this":
        y = _pick(cands, None)
    else:
        y = _pick(cands, direction)
    return None if y is None else f"{y:04d}-{spec.period}"


def resolve_spec(spec: Spec, anchor: date | None, direction: str | None = None):
    """(value, precision) of `spec` for one anchor day; value None when it cannot be told."""
    direction = direction or spec.tense
    if spec.year_shift is not None:
        if anchor is None:
            return None, spec.precision
        spec = replace(spec, year=anchor.year + spec.year_shift, year_shift=None)
    if spec.kind == "ref":
        return spec.ref, "ref"
    if spec.kind == "decade":
        return f"{spec.year // 10:03d}", "decade"
    if spec.kind == "century":  # TIMEX3: the first two digits of its years ("the 20th century" = 19)
        return f"{spec.year // 100:02d}", "century"
    if spec.kind in ("quarter", "season"):
        return _period(spec, anchor, direction), spec.kind
    got = base_date(spec, anchor, direction)
    if got is None:
        return None, spec.precision
    d, prec = got
    if spec.week_of and prec == "month":  # the ISO week holding its 4th, 11th, ... or last-but-3 day
        last = calendar.monthrange(d.year, d.month)[1]
        day = last - 3 if spec.week_of < 0 else min(last, 4 + 7 * (spec.week_of - 1))
        d, prec = date(d.year, d.month, day), "week"
    if spec.delta:
        n, unit = spec.delta
        d = _shift_date(d, n, unit)
        if unit in ("m", "y") and prec == "week":
            prec = "month"
    value = fmt(d, prec)
    if spec.unit == "e" and prec == "week":
        value += "-WE"
    if spec.part and prec == "day":
        value += "T" + spec.part
    return value, prec


# An inferred publication date whose range is at most this many days (a weekday and a
# day of the month) is trusted as a day; a wider range is resolved at both ends.
TRUSTED_RANGE_DAYS = 7


def anchor_points(anchor: PublishedDate | None) -> list[date]:
    """Days to resolve against: the stated/metadata day, an inferred day whose range is a
    week at most, or both ends of a wider inferred range."""
    if anchor is None:
        return []
    lo, hi = anchor.earliest, anchor.latest
    if anchor.basis in ("stated", "metadata") and anchor.value is not None:
        return [anchor.value]
    if lo is not None and hi is not None:
        if anchor.value is not None and (hi - lo).days <= TRUSTED_RANGE_DAYS:
            return [anchor.value]
        return [lo] if lo == hi else [lo, hi]
    return [anchor.value] if anchor.value is not None else []


def _coarsen(value: str, prec: str, to: str) -> str:
    if to == prec:
        return value
    if prec == "week":
        y, w = value[:8].split("-W")  # "2010-W04-WE" is a weekend of that week
        d = date.fromisocalendar(int(y), int(w), 4)
        return fmt(d, to)
    if to == "month":
        return value[:7]
    if to == "year":
        return value[:4]
    return value


def agree(values: list[tuple[str | None, str]]) -> tuple[str | None, str]:
    """The most precise value on which all (value, precision) results agree."""
    if not values:
        return None, "unknown"
    if any(v is None for v, _ in values):
        return None, values[0][1]
    v0, p0 = values[0]
    if all(v == v0 for v, _ in values):
        return v0, p0
    for to in ("month", "year"):
        if PREC_ORDER[to] < PREC_ORDER[p0]:
            continue
        co = {_coarsen(v, p, to) for v, p in values}
        if len(co) == 1:
            return co.pop(), to
    return None, p0


def resolve_against(spec: Spec, anchor: PublishedDate | None, direction: str | None = None):
    """(value, precision) against a PublishedDate (day or range); value None without anchor."""
    if not spec.relative:
        return resolve_spec(spec, None, direction)
    points = anchor_points(anchor)
    if not points:
        return None, spec.precision
    return agree([resolve_spec(spec, p, direction) for p in points])


# ---------------------------------------------------------------- events

def _pub_value(anchor: PublishedDate | None, cap: str | None) -> tuple[str | None, str]:
    """The publication date at its precision (capped at `cap`: e.g. month for undated events)."""
    points = anchor_points(anchor)
    if not points:
        return None, "unknown"
    v, p = agree([(d.isoformat(), "day") for d in points])
    if v is None:
        return None, "unknown"
    if cap and PREC_ORDER[p] < PREC_ORDER[cap]:
        v, p = _coarsen(v, p, cap), cap
    return v, p


def week_to_month(value: str) -> str:
    """An event dated by a week ("earlier this week") gets the month holding most of that week
    (event dates are compared by prefix with YYYY-MM-DD / YYYY-MM / YYYY values)."""
    y, w = value[:8].split("-W")
    return fmt(date.fromisocalendar(int(y), int(w), 4), "month")


def _in_clause(e: DateExpression, at: int) -> bool:
    """True when `at` (a trigger's offset) lies in the expression's clause."""
    cl = getattr(e, "_clause", None)
    return bool(cl) and cl[0] <= at < cl[1]


def _overlaps(e: DateExpression, start: int, end: int) -> bool:
    """True when the expression shares text with the sentence `[start, end)`: a date cut by
    a sentence split at its own full stop ("am Dienstag (17. November) festgenommen", split
    after "17.") still dates the sentence that holds its end."""
    return e.start < end and e.end > start


def _period_start(value: str, prec: str) -> date | None:
    """The first day of a resolved value (day, ISO week, month or year)."""
    if prec == "day":
        return date.fromisoformat(value[:10])
    if prec == "week":
        y, w = value[:8].split("-W")
        return date.fromisocalendar(int(y), int(w), 1)
    if prec == "month":
        return date(int(value[:4]), int(value[5:7]), 1)
    if prec == "year":
        return date(int(value[:4]), 1, 1)
    return None


def _dates_other_act(e: DateExpression, trigger_start: int, anchor: PublishedDate | None,
                     future: bool, speech_act: bool, other_triggers: tuple[int, ...] = (),
                     judgement: bool = False) -> bool:
    """True for an expression that cannot date this event: one after an `until` word, which
    ends a state or sets a deadline ("suspended until September"); a span opened by `since` in a
    later clause ("rejected ... and recalled that exports have transited since 2022") dates a
    state, not the act (a clause on the span's first day, "since August 2022, when Pelosi
    visited", does take it); a period that starts after publication cannot date what has
    already happened: in another clause ("signed ... and agreed to meet next year"), or in
    the clause of a speech act, where it dates what was agreed, urged or threatened ("agreed
    to hold the council in early 2027", "accepted an invitation to visit next year"), or
    after another act's trigger that stands between ("signed three accords and agreed to meet
    next year": the year is the meeting's). After the trigger of a judgement (a demand,
    threat, rejection or accusation), a month or year before the publication's dates what is
    judged ("accused the Europeans of triggering sanctions in September", "condemned the
    attack of last October"), and so does an earlier day in a later clause ("condemned the
    attack that the army launched yesterday"): such acts are reported when they are made."""
    if getattr(e, "_until", False):
        return True
    in_clause = _in_clause(e, trigger_start)
    span = getattr(e, "_since", False)
    if span and e.start > trigger_start and not in_clause:
        return True
    if judgement and not future and dates_judged_act(e, trigger_start, anchor):
        return True
    nearer_act = any(trigger_start < t < e.start for t in other_triggers)
    return not future and (speech_act or not in_clause or nearer_act) and _after_publication(e, anchor)


def dates_judged_act(e: DateExpression, trigger_start: int, anchor: PublishedDate | None) -> bool:
    """True for an expression after a judgement's trigger that dates what is judged: a month
    or year before the publication's, or an earlier day in a later clause ("condemned the
    attack that the army launched yesterday")."""
    if getattr(e, "_since", False) or e.start <= trigger_start:
        return False
    return _before_publication_period(e, anchor) \
        or (not _in_clause(e, trigger_start) and _before_publication_day(e, anchor))


def mark_judged(exprs: list[DateExpression], sentence_start: int, sentence_end: int,
                trigger_start: int, anchor: PublishedDate | None) -> None:
    """Mark the expressions of a judgement's sentence that date what it judges: they do not
    set the day the story goes on telling (narrative_day), as the statement is the news."""
    for e in exprs:
        if _overlaps(e, sentence_start, sentence_end) and dates_judged_act(e, trigger_start, anchor):
            e._judged = True


def _before_publication_period(e: DateExpression, anchor: PublishedDate | None) -> bool:
    """True for a named month or year that ends before the month or year of the earliest
    publication day ("last month", "last year" more often date the act itself: "rejected the
    plan last month")."""
    spec = getattr(e, "_spec", None)
    if anchor is None or anchor.earliest is None or not e.value or e.precision not in ("month", "year") \
            or spec is None or spec.kind == "rel":
        return False
    first = _period_start(e.value, e.precision)
    if e.precision == "year":
        return first.year < anchor.earliest.year
    return (first.year, first.month) < (anchor.earliest.year, anchor.earliest.month)


def _before_publication_day(e: DateExpression, anchor: PublishedDate | None) -> bool:
    """True for a day that lies before the earliest publication day ("yesterday", "on
    Sunday" in Monday's news)."""
    if anchor is None or anchor.earliest is None or not e.value or e.precision != "day":
        return False
    return date.fromisoformat(e.value[:10]) < anchor.earliest


def _after_publication(e: DateExpression, anchor: PublishedDate | None) -> bool:
    """True when the expression's period starts after the latest publication day."""
    if anchor is None or anchor.latest is None or not e.value:
        return False
    first = _period_start(e.value, e.precision)
    return first is not None and first > anchor.latest


def _fallback(anchor: PublishedDate | None, narrative: str | None) -> tuple[str | None, str]:
    """The date of an event without an expression of its own (see resolve_event_date): a
    planned act without a day of its own is dated, like any other, by the report that
    announces it ("Australia will give a grant of ...")."""
    if narrative is not None:
        return narrative, "day"
    return _pub_value(anchor, None)


def resolve_event_date(exprs: list[DateExpression], sentence_start: int, sentence_end: int,
                       trigger_start: int, anchor: PublishedDate | None, future: bool,
                       lead: bool, narrative: str | None = None, speech_act: bool = False,
                       other_triggers: tuple[int, ...] = (),
                       judgement: bool = False) -> tuple[str | None, str]:
    """(value, precision) for an event whose trigger starts at `trigger_start`.

    The governing expression is the one in the same sentence nearest to the trigger (reference
    words and decades do not count; quarters and seasons give their year),
    preferring one in the trigger's clause, then one with a date of its own over an anaphor
    ("The day before, ... signed in Kuala Lumpur on Thursday (3/4)": Thursday); an expression of another clause that dates another
    act (`_dates_other_act`) does not count. `future` re-resolves it forward (only when it is
    in the trigger's clause: "said on Monday that X will visit" keeps Monday). An expression of
    a later clause ("met ..., who chairs the bloc this year") gives way to the day the story
    tells when that day lies inside it. Without an expression: the day of the story told so far
    (`narrative`, narrative_day), or else the publication date (at the precision an inferred
    range agrees on): news reports what happened on or just before its day, as event data
    from GDELT to POLECAT dates it; a planned act is dated by its announcement.
    """
    inside = [e for e in exprs if _overlaps(e, sentence_start, sentence_end)
              and e.precision not in UNDATED
              and not _dates_other_act(e, trigger_start, anchor, future, speech_act, other_triggers,
                                       judgement)]
    if not inside:
        return _fallback(anchor, narrative)

    def dist(e):
        if e.start <= trigger_start < e.end:
            return 0
        return e.start - trigger_start if e.start >= trigger_start else trigger_start - e.end

    best = min(inside, key=lambda e: (not _in_clause(e, trigger_start),
                                      getattr(e, "_anaphor", False), dist(e)))
    spec = getattr(best, "_spec", None)
    if spec is None:  # a value without a spec: "that week" resolved from the text before it
        value, prec = best.value, best.precision
    else:
        direction = "future" if (future and _in_clause(best, trigger_start)) else None
        value, prec = resolve_against(spec, anchor, direction)
    if value is None:
        return None, "unknown"
    if prec == "week":
        value, prec = week_to_month(value), "month"
    elif prec == "day":
        value = value[:10]  # "2008-01-09TMO": the event's day
    elif prec in ("quarter", "season"):
        value, prec = value[:4], "year"
    if (not future and prec != "day" and best.start > trigger_start
            and not _in_clause(best, trigger_start)):
        told = _fallback(anchor, narrative) if narrative or lead else (None, "")
        if told[0] and told[1] == "day" and told[0].startswith(value):
            return told
    return value, prec


# How far before the publication date a day named in the text can still be the day the
# story is about ("on Tuesday", "on 3 March" in last week's news).
NARRATIVE_DAYS = 10


def narrative_day(exprs: list[DateExpression], before: int,
                  anchor: PublishedDate | None, continued: bool = False) -> str | None:
    """The day of the story at offset `before`: the last day named before it, when that day
    falls in the days before publication. News carries a dated lead through the sentences
    that follow it ("spoke by phone on Tuesday. ... Erdogan called on Moscow to ..."); a day
    far from publication, or a later month or year, is background and carries nothing; a span
    up to now ("have carried cargo since the start of 2024") does not leave the day, nor does a
    day told in the pluperfect ("had arrested two men on Tuesday") or one that dates what a
    statement judges (mark_judged: "condemned the attack carried out yesterday"). News tells
    its latest day first: an earlier day named after it ("the notice Turkey issued on Sunday",
    "were arrested on Monday") dates its own sentence, and the story then returns to the
    latest day told, unless the sentence goes on with the occasion just told (`continued`:
    "held a call on Tuesday evening ... In that call he warned"): then that day holds."""
    if anchor is None or anchor.earliest is None or anchor.latest is None:
        return None
    named = [e for e in exprs if e.end <= before and e.precision not in UNDATED
             and not getattr(e, "_since", False) and not getattr(e, "_until", False)
             and not getattr(e, "_flashback", False)
             and not getattr(e, "_judged", False)]
    if not named:
        return None
    last = max(named, key=lambda e: e.start)
    if last.precision != "day" or not last.value:
        return None  # "in 2022", "last week": the story has moved off its day
    told = date.fromisoformat(last.value[:10])
    days = [told] if continued else [d for d in map(_story_day, named) if d is not None] + [told]
    recent = [d for d in days if anchor.earliest - timedelta(days=NARRATIVE_DAYS) <= d <= anchor.latest]
    return max(recent).isoformat() if recent else None


def _story_day(e: DateExpression) -> date | None:
    """The day a text tells relative to its publication ("on Tuesday", "yesterday", "Kamis
    (3/4)"); a full date with its year is left out, as a dateline prints the publication day
    ("Tbilisi, 1 December 2024 - ... on Saturday"), not the day the story is about."""
    if e.precision != "day" or not e.value or not e.relative:
        return None
    return date.fromisoformat(e.value[:10])
