"""Anaphoric date expressions: "ese día", "the same period last year", "for a third straight week".

They name no date of their own: the date is the one the text spoke of last. Detection only marks
them (a `Spec` of kind `ana`, see `anaphora_sources`); once the other expressions of the text are
resolved, `resolve_anaphors` gives each the value of the nearest dated expression before it, or
of the anchor when there is none. Patterns come from the pack's `[anaphora]` table (docs/time.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .config import alternation, slot_alternation
from .resolve import UNDATED, Spec, _coarsen, fmt, resolve_against

# key in [anaphora] -> anaphor kind; "cons-*" are built from the `consecutive` templates
SIMPLE = {"day": "day", "month": "month", "year": "year", "then": "same", "closing_day": "close",
          "year_before": "before-y", "month_before": "before-m", "week_before": "before-w",
          "day_before": "before-d"}
UNIT_KEYS = (("day", "d"), ("week", "w"), ("month", "m"), ("year", "y"))
FALLBACK = {"day": (0, "d"), "close": (0, "d"), "month": (0, "m"), "year": (0, "y"), "prev": (-1, "y"),
            "before-d": (-1, "d"), "before-w": (-1, "w"), "before-m": (-1, "m"), "before-y": (-1, "y")}
PREC_OF = {"day": "day", "close": "day", "month": "month", "year": "year", "prev": "year", "same": "day",
           "cons-d": "day", "cons-w": "week", "cons-m": "month", "cons-y": "year",
           "before-d": "day", "before-w": "week", "before-m": "month", "before-y": "year"}
_SENTENCE_END = re.compile(r"[.;:!?\n\u3002\uff1b\uff1a\u061f]")
_CODES = {"Q1", "Q2", "Q3", "Q4", "SP", "SU", "FA", "WI"}


@dataclass
class Cues:
    """Words that must stand right before some anaphors ("cerró la jornada", "desde entonces")."""

    close: re.Pattern | None
    then: re.Pattern | None
    not_after: re.Pattern | None = None  # after "the day before": it counts from what follows


def _fill(templates: list[str], slots: dict[str, list[str]]) -> list[str]:
    """The templates with their slots filled in every way (words for the keyword gate)."""
    out = list(templates)
    for k, words in slots.items():
        out = [t.replace("{" + k + "}", w) for t in out for w in words] if words else out
    return out


def anaphora_sources(cfg: dict, procl: str) -> tuple[list[tuple[str, list[str]]], Cues]:
    """One (regex with an `an_<kind>` group, its filled patterns) per anaphor kind, longer kinds
    first, and the cue regexes. Kinds stay apart so that each has its own keyword gate."""
    acfg = cfg.get("anaphora", {})
    out: list[tuple[str, list[str]]] = []

    def add(kind: str, patterns: list[str], slots: dict[str, list[str]] | None = None) -> None:
        a = slot_alternation(patterns, slots, procl) if slots else alternation(patterns, proclitics=procl)
        if a:
            out.append((f"(?P<an_{kind.replace('-', '_')}>{a})", _fill(patterns, slots or {})))

    add("prev", acfg.get("previous_year", []), {"period": acfg.get("periods", [])})
    ords = [k for k, v in cfg.get("ordinals", {}).items() if int(v) > 0]
    units = cfg.get("units", {})
    for ukey, code in UNIT_KEYS:
        add(f"cons-{code}", acfg.get("consecutive", []), {"ord": ords, "unit": units.get(ukey, [])})
    for key, kind in SIMPLE.items():
        add(kind, acfg.get(key, []))

    def tail(words):
        a = alternation(words, proclitics=procl)
        return re.compile(a + r"[\s,]*$") if a else None

    return out, Cues(tail(acfg.get("closing", [])), tail(acfg.get("then_after", [])),
                     _head(acfg.get("before_not_after", []), procl))


def _head(words: list[str], procl: str) -> re.Pattern | None:
    """A regex for one of `words` right after an anaphor."""
    a = alternation(words, proclitics=procl)
    return re.compile(r"^\s+" + a) if a else None


def counts_from_next(spec: Spec, folded_after: str, cues: Cues) -> bool:
    """True for a "before" anaphor followed by what it counts from ("the day before the vote",
    "la víspera de la cumbre"): an offset from that occasion, not from the last date told."""
    return bool(spec.anaphor and spec.anaphor.startswith("before-") and cues.not_after is not None
                and cues.not_after.match(folded_after))


def build_anaphor(g: dict, cue_ok) -> Spec | None:
    """The Spec of an anaphor match; `cue_ok(kind)` checks the words a cued kind needs before it."""
    for name, val in g.items():
        if val is not None and name.startswith("an_"):
            kind = name[3:].replace("_", "-")
            if kind in ("close", "same") and not cue_ok(kind):
                return None
            return Spec("ana", anaphor=kind)
    return None


def _shift_year(value: str, prec: str) -> str:
    """The same period one year earlier: 2009-Q3 -> 2008-Q3, 2010-02 -> 2009-02."""
    y = int(value[:4]) - 1
    if prec == "day":
        d = date.fromisoformat(value[:10])
        return fmt(date(y, d.month, min(d.day, 28 if d.month == 2 else d.day)), "day")
    return f"{y:04d}{value[4:]}"


def _step_back(value: str, prec: str) -> str:
    """The unit before `value` at its precision ("el año anterior" to 2008 is 2007)."""
    if prec == "year":
        return f"{int(value[:4]) - 1:04d}"
    if prec == "month":
        y, m = int(value[:4]), int(value[5:7])
        return f"{y - (m == 1):04d}-{(m - 2) % 12 + 1:02d}"
    if prec == "week":
        y, w = value[:8].split("-W")
        return fmt(date.fromisocalendar(int(y), int(w), 1) - timedelta(days=7), "week")
    return fmt(date.fromisoformat(value[:10]) - timedelta(days=1), "day")


def value_spec(value: str, prec: str) -> Spec | None:
    """An absolute Spec that resolves to `value` again (event dates re-resolve from specs)."""
    y = int(value[:4])
    if prec == "day":
        return Spec("date", y, int(value[5:7]), int(value[8:10]))
    if prec == "month":
        return Spec("month", y, int(value[5:7]))
    if prec == "year":
        return Spec("year", y)
    code = value[5:7]
    if prec in ("quarter", "season") and code in _CODES:
        return Spec(prec, year=y, period=code)
    return None  # weeks: the value itself is kept


def _coarse(value: str, prec: str, to: str) -> str | None:
    order = ("day", "week", "month", "quarter", "season", "year")
    if to == "day":
        return value[:10] if prec == "day" else None
    if to == "month":
        return value[:7] if prec == "day" else (value if prec == "month" else None)
    if to == "week":
        if prec == "week":
            return value[:8]
        return fmt(date.fromisoformat(value[:10]), "week") if prec == "day" else None
    return _coarsen(value, prec, "year") if prec in order else None


def resolve_anaphors(exprs: list, folded: str, anchor) -> list:
    """Resolve the `ana` expressions of `exprs` (text order) in place; drops those with no date
    ("desde entonces" with nothing before it). Returns the kept expressions."""
    out = []
    for x in exprs:
        spec = getattr(x, "_spec", None)
        if spec is None or spec.kind != "ana":
            out.append(x)
            continue
        kind = spec.anaphor
        prior = [p for p in reversed(out) if p.value and p.precision not in UNDATED]
        if kind.startswith("cons-"):  # "for a second straight day": the day of its own sentence
            prior = [p for p in prior if not _SENTENCE_END.search(folded, p.end, x.start)]
        to = PREC_OF[kind]
        got = None
        for p in prior:
            if kind == "same":
                got = (p.value, p.precision)
            elif kind == "prev":
                got = (_shift_year(p.value, p.precision), p.precision)
            else:
                v = _coarse(p.value, p.precision, "day" if kind == "close" else to)
                if v and kind.startswith("before-"):
                    v = _step_back(v, to)
                got = (v, to) if v else None
            if got:
                break
        if got is None:
            if kind == "same":
                continue
            n, unit = FALLBACK.get(kind, (0, kind[-1]))
            x._spec = Spec("rel", amount=n, unit=unit)
            x.value, x.precision = resolve_against(x._spec, anchor)
        else:
            x.value, x.precision = got
            x._spec = value_spec(*got)
        x.relative = True
        x._anaphor = True  # borrowed: a date of the sentence's own outranks it (resolve_event_date)
        out.append(x)
    return out
