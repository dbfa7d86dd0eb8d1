"""CLDR month and weekday names for a language (babel), plus the pack's extra forms.

Every form CLDR has is collected: format and stand-alone context, wide and abbreviated width
(the format context holds the genitive months of Greek, Russian, Polish, Ukrainian ...).
Romanian names are given with both comma-below and cedilla letters (ș/ş, ț/ţ). Matching
itself goes through `fold_text`, which makes such variants equal anyway.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
CJK_LANGS = ("zh", "ja")

# Extra locales whose month names are also used by writers of the language
# (Levantine/Iraqi Arabic month names, Traditional Chinese weekday abbreviations).
_EXTRA_LOCALES = {"ar": ("ar_SY", "ar_IQ", "ar_MA", "ar_TN"), "zh": ("zh_Hant",)}

_DIGITS = {}
for _base in (0x0660, 0x06F0, 0xFF10, 0x0966):
    for _i in range(10):
        _DIGITS[_base + _i] = str(_i)


class _FoldTable(dict):
    """Length-preserving, per-character fold for str.translate (filled lazily)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if code in _DIGITS:
            out = _DIGITS[code]
        elif ch in "\u2019\u2018\u02bc\u02b9`\u00b4":
            out = "'"
        elif ch in "\u200c\u00a0\u202f\u2009\u2007":
            out = " "
        elif ch in "\u2010\u2011\u2012\u2013\u2014\u2212":
            out = "-"
        elif ch == "ı":
            out = "i"
        elif ch == "ي" or ch == "ى":
            out = "ی"  # Arabic yeh / alef maksura and Persian yeh are one key
        elif ch == "ك":
            out = "ک"
        else:
            low = ch.casefold()
            decomposed = unicodedata.normalize("NFD", low)
            stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
            out = unicodedata.normalize("NFC", stripped)
            if len(out) != 1:
                out = low if len(low) == 1 else ch
        self[code] = out
        return out


_TABLE = _FoldTable()


def fold_text(text: str) -> str:
    """Fold case, accents, digits (Arabic/Persian/full-width) and quotes; same length as text."""
    return text.translate(_TABLE)


def fold_word(word: str) -> str:
    """Fold a name or pattern word the same way as the text (ZWNJ becomes a space)."""
    return fold_text(unicodedata.normalize("NFC", word)).strip()


@dataclass
class Names:
    lang: str
    months: dict[str, int] = field(default_factory=dict)  # folded wide form -> 1..12
    month_abbr: dict[str, int] = field(default_factory=dict)  # folded abbreviated -> 1..12
    weekdays: dict[str, int] = field(default_factory=dict)  # folded wide form -> 0 (Mon)..6
    weekday_abbr: dict[str, int] = field(default_factory=dict)
    surface_months: dict[int, set[str]] = field(default_factory=dict)  # unfolded, for display
    surface_weekdays: dict[int, set[str]] = field(default_factory=dict)


def _usable(name: str, lang: str) -> bool:
    if not name or any(c.isdigit() for c in name):
        return False
    return not (lang not in CJK_LANGS and _CJK.search(name))


def _ro_variants(name: str) -> set[str]:
    out = {name}
    pairs = (("ș", "ş"), ("ț", "ţ"), ("Ș", "Ş"), ("Ț", "Ţ"))
    for a, b in pairs:
        out = out | {n.replace(a, b) for n in out} | {n.replace(b, a) for n in out}
    return out


@lru_cache(maxsize=64)
def cldr_names(lang: str) -> Names:
    """Month and weekday names of `lang` from CLDR; empty when babel has no such locale."""
    names = Names(lang)
    try:
        Locale.parse(lang)
    except (UnknownLocaleError, ValueError, TypeError):
        return names
    locales = (lang,) + _EXTRA_LOCALES.get(lang, ())
    for loc in locales:
        for ctx in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                try:
                    months = get_month_names(width, ctx, loc)
                    days = get_day_names(width, ctx, loc)
                except Exception:  # noqa: BLE001, S112 - a locale without that context
                    continue
                for num, name in months.items():
                    if not _usable(name, lang):
                        continue
                    variants = _ro_variants(name) if lang == "ro" else {name}
                    for v in variants:
                        names.surface_months.setdefault(num, set()).add(v)
                        key = fold_word(v).rstrip(".")
                        target = names.months if width == "wide" else names.month_abbr
                        target.setdefault(key, num)
                for num, name in days.items():
                    if not _usable(name, lang):
                        continue
                    variants = _ro_variants(name) if lang == "ro" else {name}
                    for v in variants:
                        names.surface_weekdays.setdefault(num, set()).add(v)
                        key = fold_word(v).rstrip(".")
                        target = names.weekdays if width == "wide" else names.weekday_abbr
                        target.setdefault(key, num)
    # An abbreviation equal to a wide form is a wide form (ro "mai", ru "май").
    for key in list(names.month_abbr):
        if key in names.months:
            del names.month_abbr[key]
    for key in list(names.weekday_abbr):
        if key in names.weekdays:
            del names.weekday_abbr[key]
    return names


def month_names(lang: str) -> dict[int, list[str]]:
    """All CLDR month names of `lang` (surface forms), by month number."""
    return {k: sorted(v) for k, v in sorted(cldr_names(lang).surface_months.items())}


def weekday_names(lang: str) -> dict[int, list[str]]:
    """All CLDR weekday names of `lang` (surface forms), 0 = Monday."""
    return {k: sorted(v) for k, v in sorted(cldr_names(lang).surface_weekdays.items())}
