"""Day-level vocabulary beyond month and weekday names: parts of the day and day numbers in words.

Each builder turns one `dates.toml` section into a regex source with named groups (like
periods.py). Parts of the day give TIMEX3 values such as `2008-01-09TMO` ("this morning");
their words come from the pack's `[day_parts]` plus CLDR's stand-alone day-period names.
Day numbers in words ("el siete de noviembre", "the first of May") come from `[day_numbers]`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError

from .config import alternation, pattern_regex, words_alternation
from .names import fold_word

PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
DAY_OFFSETS = {"today": 0, "yesterday": -1, "tomorrow": 1}


@lru_cache(maxsize=64)
def cldr_day_parts(lang: str | None) -> dict[str, tuple[str, ...]]:
    """CLDR stand-alone wide day-period names by TIMEX3 part (morning1/morning2 → MO, ...)."""
    if not lang:
        return {}
    try:
        periods = Locale.parse(lang).day_periods
    except (UnknownLocaleError, ValueError, TypeError):
        return {}
    out: dict[str, list[str]] = {}
    for key, name in periods.get("stand-alone", {}).get("wide", {}).items():
        code = PARTS.get(key.rstrip("12"))
        if code and name:
            out.setdefault(code, []).append(fold_word(name))
    return {k: tuple(v) for k, v in out.items()}


def _join(pieces: list[str], cjk: bool) -> str:
    return (r"\s*" if cjk else r"[\s\-]+").join(pieces)


def day_part_source(cfg: dict, lang: str | None, procl: str, cjk: bool
                    ) -> tuple[str | None, dict[str, tuple[int, str]], list[str]]:
    """(regex, group → (day offset, part), patterns for the gate) from `[day_parts]`.

    `today`/`yesterday`/`tomorrow` hold templates with `{part}` ("this {part}",
    "yesterday {part}"); keys `<day>_<part>` hold words naming both at once
    (`today_night = ["tonight"]`, `yesterday_night = ["anoche"]`).
    """
    dp = cfg.get("day_parts", {})
    if not dp:
        return None, {}, []
    cldr = cldr_day_parts(lang)
    words = {code: sorted({fold_word(w) for w in dp.get(name, [])} | set(cldr.get(code, ())))
             for name, code in PARTS.items()}
    b0, b1 = ("", "") if cjk else (r"(?<!\w)", r"(?!\w)")
    alts: list[str] = []
    groups: dict[str, tuple[int, str]] = {}
    gate: list[str] = []
    i = 0
    for key, offset in DAY_OFFSETS.items():
        for tpl in dp.get(key, []):
            if tpl.count("{part}") != 1:
                continue
            head, tail = (x.strip() for x in tpl.split("{part}"))
            part_alts = []
            for code, ws in words.items():
                a = words_alternation(ws)
                if a:
                    name = f"dp{i}{code}"
                    groups[name] = (offset, code)
                    part_alts.append(f"(?P<{name}>{a})")
            if not part_alts:
                continue
            pieces = []
            if head:
                pieces.append(pattern_regex(head, proclitics=procl))
            part = "(?:" + "|".join(part_alts) + ")"
            pieces.append((part if head else b0 + part) + b1)
            if tail:
                pieces.append(pattern_regex(tail, left=False))
            alts.append(_join(pieces, cjk))
            gate.append(head or tail)
            i += 1
    for key, pats in dp.items():
        day, _, part = key.partition("_")
        if day not in DAY_OFFSETS or part not in PARTS:
            continue
        offset, code = DAY_OFFSETS[day], PARTS[part]
        a = alternation(pats, proclitics=procl)
        if a:
            name = f"dp{i}{code}"
            groups[name] = (offset, code)
            alts.append(f"(?P<{name}>{a})")
            gate.extend(pats)
            i += 1
    if not alts:
        return None, {}, []
    return "(?:" + "|".join(alts) + ")", groups, gate


def day_number_words(cfg: dict) -> dict[str, int]:
    """Folded day words ("siete", "first", "первого") → 1..31 from `[day_numbers]`."""
    out = {}
    for word, n in cfg.get("day_numbers", {}).items():
        if isinstance(n, int) and 1 <= n <= 31:
            out[re.sub(r"[\s\-]+", " ", fold_word(word))] = n
    return out
