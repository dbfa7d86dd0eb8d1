"""Detecting date expressions: per-language regular expressions, compiled once and cached.

Each language profile is built from CLDR names (names.py) and the pack's dates.toml. All
expressions run over the folded text (same length as the text). Candidate matches from all
expressions are chosen longest first without overlaps; then the guards of each kind apply.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..models import DateExpression, PublishedDate
from .anaphora import anaphora_sources, build_anaphor, counts_from_next, resolve_anaphors
from .config import alternation, load_dates_toml, pattern_regex, slot_alternation, words_alternation
from .days import day_number_words, day_part_source
from .names import CJK_LANGS, cldr_names, fold_text, fold_word
from .periods import (
    build_period,
    century_source,
    decade_source,
    ordinal_source,
    quarter_source,
    reference_source,
    season_source,
)
from .resolve import Spec, resolve_against

REL_KEYS = {
    "today": (0, "d"), "yesterday": (-1, "d"), "tomorrow": (1, "d"),
    "day_before_yesterday": (-2, "d"), "day_after_tomorrow": (2, "d"),
    "this_week": (0, "w"), "last_week": (-1, "w"), "next_week": (1, "w"),
    "this_month": (0, "m"), "last_month": (-1, "m"), "next_month": (1, "m"),
    "this_year": (0, "y"), "last_year": (-1, "y"), "next_year": (1, "y"),
}
WEEKEND_KEYS = {"this": 0, "last": -1, "next": 1}
_SPEC_KEY = re.compile(r"^([+-]?\d+)([dwmy])$")
# "1957-58": the second year of a range written with two digits
_YEAR_RANGE_TAIL = re.compile(r"[ \t]*[-/\u2013][ \t]*(\d\d)(?![\w]|[.,]\d)")

_YEAR = r"(?P<year>(?:1[89]\d\d|20\d\d){jal})(?![\d]|[.,]\d)"
_DAYNUM = r"(?P<day>3[01]|[12]\d|0?[1-9])"
_BOUNDARY_PUNCT = re.compile(r"[.;:!?\n\u3002\uff1b\uff1a\u061f]")


def _opt(src: str | None) -> str:
    return src if src else r"(?!x)x"  # a regex that never matches


class Profile:
    """Everything needed to find dates in one language (None: numeric forms only)."""

    def __init__(self, lang: str | None):
        self.lang = lang
        cfg = load_dates_toml(lang)
        self.cfg = cfg
        meta = cfg.get("meta", {})
        cues = cfg.get("cues", {})
        ncfg = cfg.get("names", {})
        self.cjk = lang in CJK_LANGS
        self.capitalized = bool(meta.get("capitalized", False))
        self.month_day = bool(meta.get("month_day", False))
        # "12/11/2022": day first (most languages) or month first (English), see docs/time.md
        self.month_first = meta.get("numeric_order", "dmy") == "mdy"
        procl = meta.get("proclitics", [])
        self.procl = ("(?:" + "|".join(re.escape(fold_word(p)) for p in procl) + ")?") if procl else ""
        sep = r"[\s\-]*" if self.cjk else r"[\s\-]+"
        self.sep = sep

        names = cldr_names(lang) if lang else None
        self.month_of: dict[str, int] = {}
        self.month_abbr: set[str] = set()
        self.wd_of: dict[str, int] = {}
        self.wd_abbr: set[str] = set()
        if names:
            self.month_of.update(names.months)
            for k, v in names.month_abbr.items():
                self.month_of.setdefault(k, v)
                self.month_abbr.add(k)
            self.wd_of.update(names.weekdays)
            for k, v in names.weekday_abbr.items():
                self.wd_of.setdefault(k, v)
                self.wd_abbr.add(k)
        for i, forms in enumerate(ncfg.get("months", []), 1):
            for f in forms:
                self.month_of.setdefault(fold_word(f), i)
                self.month_abbr.discard(fold_word(f))
        for i, forms in enumerate(ncfg.get("persian_months", []), 1):
            for f in forms:
                self.month_of.setdefault(fold_word(f), 100 + i)
        for i, forms in enumerate(ncfg.get("weekdays", []), 0):
            for f in forms:
                self.wd_of.setdefault(fold_word(f), i)
                self.wd_abbr.discard(fold_word(f))
        for k in ncfg.get("not_names", []):
            self.month_of.pop(fold_word(k), None)
            self.wd_of.pop(fold_word(k), None)
        self.month_norm = {_nkey(k): v for k, v in self.month_of.items()}
        self.wd_norm = {_nkey(k): v for k, v in self.wd_of.items()}
        self.ambiguous = {fold_word(w) for w in cues.get("ambiguous", [])}
        self.has_jalali = any(v > 100 for v in self.month_of.values())

        suffixes = ncfg.get("suffixes", [])
        suf = "|".join(re.escape(fold_word(s)) for s in sorted(suffixes, key=len, reverse=True))
        # Turkish "Pazartesi'ye" keeps its apostrophe suffix; English "Monday's" does not
        apo = r"'\w{1,5}" if meta.get("apostrophe_suffixes", True) else ""
        alts_tail = "|".join(x for x in (apo, suf) if x)
        self.name_tail = rf"(?:{alts_tail})?" if alts_tail else ""
        b0 = "" if self.cjk else r"(?<!\w)" + self.procl
        b1 = "" if self.cjk else self.name_tail + r"(?!\w)"

        full = [k for k in self.month_of if k not in self.month_abbr]
        abbr = [k for k in self.month_abbr]
        mfull = words_alternation(full)
        mabbr = words_alternation(abbr)
        mon_any = "|".join(x for x in (mfull, (mabbr + r"\.?") if mabbr else None) if x)

        def monword(g: str, allow_abbr: bool = True) -> str:
            alts = mon_any if allow_abbr else (mfull or "")
            if not alts:
                return r"(?!x)x"
            return b0 + f"(?P<{g}>{alts})" + b1 + rf"(?:\s*/\s*{b0}(?P<{g}x>{alts}){b1})?"

        wfull = words_alternation([k for k in self.wd_of if k not in self.wd_abbr])
        wall = words_alternation(list(self.wd_of))
        self.wd_full_rx = wfull

        dsuf_words = alternation(cues.get("day_suffixes", []), left=False)
        dsuf = rf"(?:\.|{dsuf_words})?" if dsuf_words else r"\.?"
        dsuf_end = rf"(?:{dsuf_words})?" if dsuf_words else ""  # "June 10." ends a sentence
        dm_join = alternation(cues.get("day_month", []))
        my_join = alternation(cues.get("month_year", []))
        ysuf = alternation(cues.get("year_suffixes", []), left=False)
        jal = r"|1[34]\d\d" if self.has_jalali else ""
        year = _YEAR.format(jal=jal)
        yfull = year + (rf"(?:\s*\.?\s*{ysuf}\.?)?" if ysuf else "")
        day = rf"(?<![\d.,/:\-]){_DAYNUM}{dsuf}(?!\d)"

        mods = alternation(cues.get("modifiers", []), proclitics=self.procl)
        mods_after = alternation(cues.get("modifiers_after", []))
        lastw = alternation(cues.get("last", []))
        nextw = alternation(cues.get("next", []))
        thisw = alternation(cues.get("this", []))
        last_a = alternation(cues.get("last_after", []))
        next_a = alternation(cues.get("next_after", []))
        this_a = alternation(cues.get("this_after", []))
        post_shift = rf"(?:{sep}(?:(?P<ql>{_opt(last_a)})|(?P<qn>{_opt(next_a)})|(?P<qt>{_opt(this_a)})))?"
        mod_post = rf"(?:{sep}(?P<moda>{mods_after}))?" if mods_after else ""

        # prefixes are looked for backwards from a match (cheaper than optional leading groups)
        pre_alts = []
        for g, a in (("mod", mods), ("pl", lastw), ("pn", nextw), ("pt", thisw)):
            if a:
                pre_alts.append(f"(?P<{g}>{a})")
        self.pre_rx = re.compile("(?:" + "|".join(pre_alts) + ")" + sep + "$") if pre_alts else None
        self.pre_wd_rx = (re.compile(rf"{b0}(?P<wd>{wall})\.?{b1}[\s,]*(?P<po>\()?\s*$")
                          if wall else None)
        # a weekday after the date: "6 Kasım Perşembe", "6 novembre (jeudi)"
        self.post_wd_rx = (re.compile(rf"[\s,]*(?P<po>\()?\s*(?P<wd>{wall})\.?{b1}")
                           if wall else None)

        rx: list[tuple[str, str]] = []
        rx.append(("iso", r"(?<![\d.])" + year.replace(r"(?![\d]|[.,]\d)", "")
                   + r"(?P<s>[-/.])(?P<mon>1[0-2]|0?[1-9])(?P=s)(?P<day>3[01]|[12]\d|0?[1-9])(?![\d])"))
        rx.append(("num", r"(?<![\d.,/:])(?P<day>\d{1,2})(?P<s>[./-])(?P<mon>\d{1,2})(?P=s)"
                   r"(?P<year>(?:19|20)\d\d|\d\d)(?![\d]|[.,]\d)" + (rf"(?:\s*{ysuf}\.?)?" if ysuf else "")))
        self.day_numbers: dict[str, int] = {}
        if mon_any:
            dmj = rf"(?:\s*{dm_join}\s*|[\s\-.,]*)" if dm_join else r"[\s\-.,]*"
            myj = rf"[\s,]*(?:{my_join}\s+)?" if my_join else r"[\s,]*"
            rng = r"(?:\s*(?:-|/|до|по|al|au|bis|a|e|и|і|ve|ile|to|and|–)\s*(?:3[01]|[12]\d|0?[1-9])" + dsuf + r"(?!\d))?"
            rx.append(("dmy", day + rng + dmj + monword("mon") + rf"(?:{myj}{yfull})?"))
            self.day_numbers = day_number_words(cfg)
            dnum = words_alternation(list(self.day_numbers))
            if dnum:  # "el siete de noviembre", "the first of May"
                rx.append(("dmyw", rf"(?<!\w)(?P<dword>{dnum})(?!\w)" + dmj + monword("mon")
                           + rf"(?:{myj}{yfull})?"))
            if self.month_day:
                rx.append(("mdy", monword("mon") + r"\.?\s+" + _DAYNUM + dsuf_end
                           + r"(?![\d:])" + rf"(?:,?\s+{year})?"))
            rx.append(("my", monword("mon") + myj + yfull))
            rx.append(("month", monword("mon") + post_shift + mod_post))
        if self.cjk:
            rx.append(("cjk", r"(?:(?P<year>(?:19|20)\d\d)\s*年\s*)?(?P<mon>1[0-2]|0?[1-9])\s*月"
                       r"(?:\s*(?P<day>3[01]|[12]\d|0?[1-9])\s*[日号])?"
                       + (rf"(?:\s*[（(]\s*(?P<wd>{wall})\s*[）)])?" if wall else "") + mod_post))
            rx.append(("cjkday", r"(?<![\d月])(?P<day>3[01]|[12]\d|0?[1-9])\s*[日号](?![前后])"))
        if wall:
            rx.append(("wdparen", (rf"{b0}(?P<wd>{wall})\.?{b1}\s*[,(]\s*\(?\s*(?P<day>3[01]|[12]\d|0?[1-9])"
                       r"\s*(?P<s>[/.\-])\s*(?P<mon>1[0-2]|0?[1-9])(?:(?P=s)(?P<year>(?:19|20)\d\d|\d\d))?"
                       r"(?![\d])\.?\s*\)?")))
            # a weekday with its day of the month in brackets, the Brazilian and Indonesian
            # wire style: "nesta quarta-feira (25)", "pada Selasa (25)"
            rx.append(("wdday", rf"{b0}(?P<wd>{wall})\.?{b1}\s*\(\s*(?P<day>3[01]|[12]\d|0?[1-9])\s*\)"))
        if wfull:
            rx.append(("weekday", b0 + rf"(?P<wd>{wfull})" + b1 + post_shift))
        rx.append(("year", r"(?<![\d.,/:\-])" + year + (rf"(?:\s*(?P<ys>{ysuf}))?" if ysuf else "")
                   + mod_post))
        rx.append(("dm", (r"(?<![\w.,/:\-])(?P<day>3[01]|[12]\d|0?[1-9])\s*(?P<s>[/.])\s*"
                   r"(?P<mon>1[0-2]|0?[1-9])(?P<dot>\.)?(?![\w]|[.,/:\-]\d)")))
        dwords = alternation(cues.get("day_words", []), proclitics=self.procl)
        if dwords:  # "el día 5"
            rx.append(("dayword", dwords + r"\s+(?P<day>3[01]|[12]\d|0?[1-9])(?![\d,:/]|\.\d)"))
        ref_src, self.ref_groups, ref_pats = reference_source(cfg, self.procl)
        if ref_src:
            rx.append(("ref", ref_src))
        ord_src, self.ordinals = ordinal_source(cfg, dsuf)
        rx.append(("quarter", quarter_source(cfg, ord_src, self.procl)))
        sea_src, self.season_of = season_source(cfg, b0, b1)
        if sea_src:  # "winter of 2023", "hiver 2023"
            year_tail = rf"(?:{myj}{yfull})?" if mon_any else ""
            rx.append(("season", sea_src + post_shift + year_tail))
        decades = cfg.get("decades", {}).get("patterns", []) + cfg.get("decades", {}).get("bare", [])
        dec_src = decade_source(cfg, self.procl)
        if dec_src:
            rx.append(("decade", dec_src))
        cen_src, self.century_words = century_source(cfg, self.procl, dsuf_words, self.cjk)
        if cen_src:
            rx.append(("century", cen_src))
        marks = "".join(re.escape(fold_word(m)) for m in cfg.get("years", {}).get("short_marks", []))
        if marks:  # "since '82"
            rx.append(("year2", rf"(?<![\w{marks}])[{marks}](?P<y2>\d\d)(?![\d]|[.,]\d|s(?!\w))"))
        dp_src, self.part_groups, dp_gate = day_part_source(cfg, lang, self.procl, self.cjk)
        if dp_src:
            rx.append(("dpart", dp_src))
        ana_groups, self.ana_cues = anaphora_sources(cfg, self.procl)
        ana_pats = dict(ana_groups)
        for src, _ in ana_groups:
            rx.append(("ana", src))
        ylist = alternation(cues.get("year_list", []))
        self.year_list_rx = re.compile(r"(?:1[89]|20)\d\d\s*(?:[,/\-\u2013]" + (f"|{ylist}" if ylist else "")
                                       + r")\s*$")
        # "los 70 y 80": more decades of a list, and the end a bare decade needs
        member = r"\s*(?:,|" + (f"{ylist}" if ylist else "(?!x)x") + r")\s*'?(?P<dd>\d0)(?!\d)"
        self.decade_more_rx = re.compile(member)
        self.decade_end_rx = re.compile(f"(?:{member})*" + r"\s*(?:[^\w\s]|$)")
        # "la última semana de marzo", "the first week of May": an ISO week of a month
        wom = slot_alternation(cfg.get("weeks", {}).get("of_month", []), {"ord": list(self.ordinals)}, self.procl)
        self.week_of_rx = re.compile(wom + r"\s+$") if wom else None
        # "el 24 de este mes", "the 3rd of next month": a day of a month named relatively
        joins = "|".join(x for x in (dm_join, my_join) if x)
        self.day_of_rx = (re.compile(rf"(?<![\w.,/:\-])(?P<day>3[01]|[12]\d|0?[1-9]){dsuf}\s+(?:{joins})\s+$")
                          if joins and not self.cjk else None)
        self.year_join_rx = re.compile(r"[\s,]*" + (rf"(?:{my_join}\s*)?" if my_join else "") + "$")

        # relative words: one group per entry
        self.rel_specs: dict[str, tuple[int, str]] = {}
        rel_all: list[str] = []
        rel_alts = []
        relcfg = cfg.get("relative", {})
        i = 0
        for key, pats in relcfg.items():
            if key == "other" and isinstance(pats, dict):
                for skey, spats in pats.items():
                    m = _SPEC_KEY.match(skey)
                    a = alternation(spats, proclitics=self.procl)
                    rel_all.extend(spats)
                    if m and a:
                        self.rel_specs[f"r{i}"] = (int(m.group(1)), m.group(2))
                        rel_alts.append(f"(?P<r{i}>{a})")
                        i += 1
                continue
            if key not in REL_KEYS:
                continue
            a = alternation(pats, proclitics=self.procl)
            rel_all.extend(pats)
            if a:
                self.rel_specs[f"r{i}"] = REL_KEYS[key]
                rel_alts.append(f"(?P<r{i}>{a})")
                i += 1
        # weekends first: the alternation takes its first match ("next weekend", not "next week")
        wcfg = cfg.get("weekend", {})
        for key in ("this", "next", "last"):  # each goes before the others: last, next, this
            a = alternation(wcfg.get(key, []), proclitics=self.procl)
            if a:
                rel_all.extend(wcfg[key])
                self.rel_specs[f"r{i}"] = (WEEKEND_KEYS[key], "e")
                rel_alts.insert(0, f"(?P<r{i}>{a})")
                i += 1
        if rel_alts:
            rx.append(("rel", "(?:" + "|".join(rel_alts) + ")" + mod_post))

        # offsets: "three days ago", "in two weeks", "three months after <date>"
        units = cfg.get("units", {})
        nums = {fold_word(k): int(v) for k, v in cfg.get("numbers", {}).items()}
        self.numbers = nums
        numalt = words_alternation(list(nums))
        nsrc = r"(?P<n>\d{1,3}" + (("|" + numalt) if numalt else "") + ")"
        # "the second anniversary of", "35. rocznica", "a due anni dall'": years since a date
        self.anniversary_rxs = _anniversary_rx(cfg.get("anniversary", {}).get("patterns", []),
                                              list(nums) + [w for w, v in self.ordinals.items() if v > 0],
                                              dsuf, self.procl)
        ualts = []
        for ukey, g in (("day", "ud"), ("week", "uw"), ("month", "um"), ("year", "uy")):
            a = alternation(units.get(ukey, []), proclitics=self.procl)
            if a:
                ualts.append(f"(?P<{g}>{a})")
        self._tpl_first: dict[str, list[str]] = {}
        if ualts:
            usrc = "(?:" + "|".join(ualts) + ")"
            for kind in ("ago", "ahead", "after", "before", "fixed"):
                for tpl in cfg.get("offsets", {}).get(kind, []):
                    src = self._template(tpl, nsrc, usrc)
                    if src:
                        rx.append((kind, src))
                        head_tok = tpl.strip().split("{")[0].strip()
                        if tpl.strip().startswith("{n}"):
                            self._tpl_first[src] = list("0123456789") + [k[:1] for k in nums]
                        elif head_tok and not head_tok.startswith("*"):
                            self._tpl_first[src] = [fold_word(head_tok)[:1]]
        # every expression starts at a word start (except in CJK text, which has no spaces):
        # checking that first makes the engine skip most positions at once
        lead = "" if self.cjk else r"(?<!\w)"
        pc = [fold_word(p)[:1] for p in procl]
        firsts = {
            "month": [k[:1] for k in self.month_of] + pc,
            "weekday": [k[:1] for k in self.wd_of] + pc,
            "rel": self._firsts(rel_all) + pc,
            "ref": self._firsts(ref_pats) + pc,
            "season": [k[:1] for k in self.season_of] + pc,
            "digit": list("0123456789"),
            "decade": list("0123456789'") + self._firsts([t.split("{")[0] for t in decades if t.split("{")[0]]),
            "any": [],
        }
        firsts["dword"] = [k[:1] for k in self.day_numbers] if mon_any else []
        kind_first = {"mdy": "month", "my": "month", "month": "month", "wdparen": "weekday", "wdday": "weekday",
                      "weekday": "weekday", "rel": "rel", "ref": "ref", "season": "season",
                      "quarter": "any", "dayword": "any", "decade": "decade", "dmyw": "dword",
                      "century": "any", "dpart": "any", "year2": "any"}
        compiled = []
        ana_need: dict = {}  # compiled anaphor regex -> its gate key
        for k, src in rx:
            if k in kind_first:
                fc = firsts[kind_first[k]]
            elif k in ("ago", "ahead", "after", "before", "fixed"):
                fc = self._tpl_first.get(src, None)
            elif k == "ana":
                fc = self._firsts(ana_pats[src]) + pc
            else:
                fc = firsts["digit"]
            look = ""
            if fc and all(fc):
                look = "(?=[" + "".join(sorted({re.escape(c) for c in fc})) + "])"
            compiled.append((k, re.compile(lead + look + src)))
            if k == "ana":
                ana_need[compiled[-1][1]] = f"a{len(ana_need)}"
        self.regexes = compiled
        # gates: words one of which must be in the text before an expression is tried at all
        name_stems = bool(suffixes) or bool(procl)
        self.kw_month = _Keys(self.month_of, stems=name_stems, cjk=self.cjk)
        self.kw_wd = _Keys(self.wd_of, stems=name_stems, cjk=self.cjk)
        rel_pats = []
        for key, pats in list(relcfg.items()) + list(cfg.get("weekend", {}).items()):
            if isinstance(pats, dict):
                for v in pats.values():
                    rel_pats.extend(v)
            else:
                rel_pats.extend(pats)
        self.kw_rel = _Keys(rel_pats, patterns=True, cjk=self.cjk)
        unit_pats = [p for v in units.values() for p in v]
        self.kw_unit = _Keys(unit_pats, patterns=True, cjk=self.cjk)
        self.kw_ref = _Keys(ref_pats, patterns=True, cjk=self.cjk)
        self.kw_season = _Keys(self.season_of, stems=name_stems, cjk=self.cjk)
        self.kw_quarter = _Keys(cfg.get("quarters", {}).get("patterns", []) + ["q1", "q2", "q3", "q4"],
                                patterns=True, cjk=self.cjk)
        self.kw_dword = _Keys(self.day_numbers if mon_any else [], cjk=self.cjk)
        self.kw_century = _Keys([p.replace("{c}", "") for p in cfg.get("centuries", {}).get("patterns", [])],
                                patterns=True, cjk=self.cjk)
        self.kw_part = _Keys(dp_gate, patterns=True, cjk=self.cjk)
        # one gate per anaphor kind: "the day" is in every English text, "consecutive" is not
        self.kw_extra = {f"a{i}": _Keys(pats, patterns=True, cjk=self.cjk)
                         for i, (_, pats) in enumerate(ana_groups)}
        gates = {
            "iso": ("d",), "num": ("d",), "dm": ("d",), "cjk": ("d",), "cjkday": ("d",),
            "year": ("d",), "dmy": ("d", "m"), "mdy": ("d", "m"), "my": ("d", "m"),
            "month": ("m",), "wdparen": ("d", "w"), "wdday": ("d", "w"), "weekday": ("w",), "rel": ("r",),
            "ref": ("f",), "season": ("s",), "quarter": ("q",), "decade": ("d",), "dayword": ("d",),
            "dmyw": ("n", "m"), "century": ("c",), "year2": ("d",), "dpart": ("p",),
        }
        self.gated = [(k, r, (ana_need[r],) if k == "ana" else gates.get(k, ("u",))) for k, r in self.regexes]

        # cue regexes (searched at the end of the text before an expression)
        def tail(pats):
            a = alternation(pats, proclitics=self.procl)
            return re.compile(a + r"[\s\-,]*$") if a else None

        def head(pats):
            a = alternation(pats, proclitics=self.procl)
            return re.compile(r"^[\s\-,]*" + a) if a else None

        self.cue_month = tail(cues.get("month", []) + cues.get("modifiers", []))
        self.cue_month_after = head(cues.get("month_after", []) + cues.get("modifiers_after", []))
        self.cue_year = tail(cues.get("year", []) + cues.get("modifiers", []))
        self.cue_year_after = head(cues.get("year_after", []))
        self.cue_weekday = tail(cues.get("weekday", []))
        self.cue_weekday_after = head(cues.get("weekday_after", []))
        self.cue_numeric = tail(cues.get("numeric", []) + cues.get("weekday", []))
        self.not_before = tail(cues.get("not_before", []))
        # words the gold standards count as part of an expression ("el lunes", "del 2008")
        lead = alternation(cues.get("extent_before", []), proclitics=self.procl)
        self.lead_rx = re.compile(lead + r"\s+$") if lead and not self.cjk else None
        lastw_all = alternation(cues.get("last", []) + cues.get("last_after", []))
        nextw_all = alternation(cues.get("next", []) + cues.get("next_after", []))
        self.lead_last = re.compile(lastw_all) if lastw_all else None
        self.lead_next = re.compile(nextw_all) if nextw_all else None
        # "the past nine days" is a duration, not PAST_REF
        # and "the future of the club" is a noun phrase (`ref_not_after` words)
        unit_alt = alternation([p for v in cfg.get("units", {}).values() for p in v])
        ref_after = alternation(cues.get("ref_not_after", []), left=False)
        guards = [x for x in (unit_alt and r"(?:[^\s.,;:!?]+\s+){0,2}?" + unit_alt, ref_after) if x]
        self.ref_not_after = (re.compile(r"^[\s\-]+(?:" + "|".join(guards) + ")")
                              if guards and not self.cjk else None)
        self.not_after = head(cues.get("not_after", []))
        self.rel_not_before = tail(cues.get("rel_not_before", []))
        self.rel_not_after = head(cues.get("rel_not_after", []))  # "напередодні зими": on the eve of
        self.current_year = tail(cues.get("current_year", []))
        took = alternation(cues.get("took_office", []), proclitics=self.procl)
        self.took_office = re.compile(took) if took else None  # "took office last month"
        occasion = alternation(cues.get("same_occasion", []), proclitics=self.procl)
        self.same_occasion = re.compile(occasion) if occasion else None  # "during the talks"
        tcfg = cfg.get("tense", {})
        fut = alternation(tcfg.get("future", []), proclitics=self.procl)
        past = alternation(tcfg.get("past", []), proclitics=self.procl)
        tense_alts = [f"(?P<{n}>{a})" for n, a in (("future", fut), ("past", past)) if a]
        tfirst = self._firsts(tcfg.get("future", []) + tcfg.get("past", []))
        tlook = "(?=[" + "".join(sorted({re.escape(c) for c in tfirst})) + "])" if tfirst and not self.procl else ""
        self.tense_rx = re.compile(tlook + "(?:" + "|".join(tense_alts) + ")") if tense_alts else None
        # Spanish "mantendrá", "se disputarán": future forms told by an accented ending, matched
        # on the text itself (folding would confuse "será" with "sera"); lower-case words only
        ends = "|".join(re.escape(x) for x in sorted(tcfg.get("future_endings", []), key=len, reverse=True))
        self.future_end_rx = re.compile(rf"(?<!\w)[^\W\d_]\w+(?:{ends})(?!\w)") if ends else None
        # "WWDC 2005": only where counts of 1900-2100 are written with a separator ("2.000", "2,000")
        self.years_after_names = bool(cfg.get("years", {}).get("after_names", False))
        self.future_before = tail(cues.get("future_before", []))  # "para el 3 de junio"
        self.since_before = tail(cues.get("since", []))  # "since 2022": a span up to now
        self.since_head = head(cues.get("since", []))  # "seit Anfang 2022" (in the span)
        self.until_before = tail(cues.get("until", []))  # "until March", "by the end of the year"
        self.until_head = head(cues.get("until", []))  # "bis Ende März" (in the expression)
        self.ref_not_before = tail(cues.get("ref_not_before", []))  # "el modelo más reciente"
        clause = alternation(cues.get("clause", []), proclitics=self.procl)
        self.clause_rx = re.compile(clause) if clause else None
        # "and": a tense cue after it tells a second verb ("left on Thursday and will patrol")
        coordinator = alternation(cues.get("coordinator", []), proclitics=self.procl)
        self.coordinator_rx = re.compile(coordinator) if coordinator else None
        # pluperfect auxiliaries ("hatte", "avait", "había"): a clause told before the story's day
        flashback = alternation(cues.get("flashback", []), proclitics=self.procl)
        self.flashback_rx = re.compile(flashback) if flashback else None
        pub = alternation(cues.get("published", []), proclitics=self.procl)
        self.published_rx = re.compile(pub) if pub else None
        # words that close a dateline glued to its date ("新华社北京11月14日电")
        dl_end = alternation(cues.get("dateline_end", []), left=False)
        self.dateline_end_rx = re.compile(r"\s*" + dl_end) if dl_end else None
        # words between a dateline's place and its date ("القاهرة في 22 نوفمبر /أ ش أ/")
        dl_head = alternation(cues.get("dateline_head", []), proclitics=self.procl)
        self.dateline_head_rx = re.compile(r"^\W*[^\W\d][^.!?:;\d]{0,40}?\s" + dl_head + r"\s*$") \
            if dl_head else None

    @staticmethod
    def _firsts(patterns) -> list[str]:
        out = []
        for p in patterns:
            f = fold_word(p)
            if not f or f.startswith("*"):
                return []
            out.append(f[:1])
        return out

    def _template(self, tpl: str, nsrc: str, usrc: str) -> str | None:
        parts = re.split(r"(\{n\}|\{unit\})", tpl)
        out = []
        for p in parts:
            p = p.strip()
            if not p:
                continue
            if p == "{n}":
                out.append(nsrc)
            elif p == "{unit}":
                out.append(usrc)
            else:
                out.append(pattern_regex(p, proclitics=self.procl))
        if not out:
            return None
        joiner = r"\s*" if self.cjk else r"[\s\-]+"
        src = joiner.join(out)
        if tpl.strip().startswith("{n}"):
            src = (r"(?<![\d.,])" if self.cjk else r"(?<!\w)") + src
        return src


_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")

# A news-agency dateline opens the lead: "Αθήνα, 14 Μαρτίου 2025 -", "Ankara, 18 Haziran (AA) -",
# "الرياض، 9 يونيو (واس) -", "تهران- ایرنا- ۲۳ مهر -": a short place name (and agency) closed by a
# Latin or Arabic comma or a dash before the date. Punctuation only, so it holds for every language.
DATELINE_HEAD = re.compile(r"^\W*[^\W\d][^.!?:;\d]{0,40}(?:[,\u060c]|\s*[-\u2013\u2014])\s*$")
# After a date without a year: an agency in brackets and a dash, a dash, or the agency in
# slashes ("PARIS, 23 oct (AFP) -", "ROMA, 21 OTT - (ANSA)", "(EFE).-", ". /ТАСС/."); a bare
# dash before a number opens a range ("Talks, 23 October - 2 November"), not the lead.
_DATELINE_END = re.compile(r"\s*\.?\s*(?:\([^()\n]{1,30}\)\s*\.?\s*[-\u2013\u2014]|[-\u2013\u2014](?!\s*\d)"
                           r"|/[^/\n]{1,30}/)")
def _anniversary_rx(templates: list[str], words: list[str], dsuf: str,
                    procl: str) -> list[re.Pattern]:
    """`[anniversary] patterns` with `{n}`, one regex each: a count of years in figures
    ("2nd", "35.") or a number or ordinal word of the pack, captured as group `n`."""
    alt = words_alternation(words)
    num = r"(?<!\w)(?P<n>\d{1,3}" + dsuf + (("|" + alt) if alt else "") + r")(?!\w)"
    out = []
    for tpl in templates:
        if tpl.count("{n}") != 1:
            continue
        head, tail = (p.strip() for p in tpl.split("{n}"))
        src = (alternation([head], proclitics=procl) + r"[\s\-]+" if head else "") + num
        out.append(re.compile(src + (r"[\s\-]+" + alternation([tail], left=False) if tail else "")))
    return out


# The agency and place glued before a CJK date ("新华社北京"): letters only.
_CJK_DATELINE_HEAD = re.compile(r"^\W*[^\W\d]{2,20}$")
# A place printed in capitals and a comma ("МОСКВА, 23 октября. Россия ..."): wire copy that
# closes its dateline with a full stop and no agency (TASS, RIA, Interfax).
_CAPS_HEAD = re.compile(r"^\W*([^\W\d_][^\W\d_ -]+(?:[ -][^\W\d_]+){0,2}),\s*$")
_STOP_END = re.compile(r"\.\s")


def dateline_at(prof: Profile, folded: str, start: int, end: int, text: str | None = None) -> bool:
    """True when folded[start:end] is the date of a dateline opening its line: what wire copy
    prints in front of the lead, the day the dispatch was filed (docs/time.md). With the
    unfolded `text`, a place in capitals may close the dateline with a bare full stop."""
    line_start = folded.rfind("\n", 0, start) + 1
    head = folded[line_start:start]
    if prof.dateline_end_rx is not None and prof.dateline_end_rx.match(folded, end):
        return bool(_CJK_DATELINE_HEAD.match(head))
    worded = prof.dateline_head_rx is not None and prof.dateline_head_rx.match(head)
    if not (DATELINE_HEAD.match(head) or worded):
        return False
    if _DATELINE_END.match(folded, end):
        return True
    caps = _CAPS_HEAD.match(text[line_start:start]) if text is not None else None
    return bool(caps and caps.group(1).isupper() and _STOP_END.match(folded, end))


class _Keys:
    """Words that must occur in a text for some expressions to be possible (a fast gate)."""

    def __init__(self, items, patterns: bool = False, stems: bool = False, cjk: bool = False):
        from .config import _tokens

        self.lits: set[str] = set()
        stem_list: list[str] = []
        self.always = False
        self.cjk = cjk
        for item in items:
            if patterns:
                toks = [t for t in _tokens(item) if t != "..."]
                toks = [t for t in toks if not t.startswith("*")]
                if not toks:
                    self.always = True
                    continue
                tok = max(reversed(toks), key=lambda t: len(t.strip("*")))  # ties: "the day" -> "day"
                runs = _WORD.findall(tok.strip("*"))
                if not runs:
                    self.always = True
                    continue
                key = max(runs, key=len)
                if tok.endswith("*") and key == runs[-1]:
                    stem_list.append(key)
                else:
                    self.lits.add(key)
            else:
                runs = _WORD.findall(item)
                if not runs:
                    continue
                if stems:
                    stem_list.append(runs[0])
                else:
                    self.lits.add(runs[0])
        self.stems = tuple(sorted(set(stem_list)))
        self.subs = tuple(sorted(self.lits | set(self.stems))) if cjk else ()

    def hit(self, folded: str, words: set[str]) -> bool:
        if self.always:
            return True
        if self.cjk:
            return any(k in folded for k in self.subs)
        if not self.lits.isdisjoint(words):
            return True
        stems = self.stems
        if stems:
            for w in words:
                if w.startswith(stems):
                    return True
        return False


def _words(prof: Profile, folded: str) -> list[str]:
    words = _WORD.findall(folded)
    if prof.procl:
        # Arabic proclitics: "والسبت" also counts as "السبت"
        extra = []
        for w in words:
            for p in ("و", "ب", "ل", "ف", "وب", "ول", "فب"):
                if w.startswith(p) and len(w) > len(p) + 2:
                    extra.append(w[len(p):])
        words.extend(extra)
    return words


def norm_lang(lang: str | None) -> str | None:
    """"pt-BR" -> "pt", "zh_Hant" -> "zh"; None or "" -> None."""
    if not lang:
        return None
    return re.split(r"[-_]", lang.strip())[0].lower() or None


def profile(lang: str | None) -> Profile:
    return _profile(norm_lang(lang))


@lru_cache(maxsize=64)
def _profile(lang: str | None) -> Profile:
    return Profile(lang)


# ---------------------------------------------------------------- detection

def _year2(y: str) -> int:
    v = int(y)
    if len(y) == 2:
        return 2000 + v if v < 70 else 1900 + v
    return v


class _Match:
    """A regex match widened by a prefix found backwards (modifier, last/next, weekday)."""

    __slots__ = ("e", "g", "m", "s")

    def __init__(self, m, s: int, e: int, g: dict):
        self.m, self.s, self.e, self.g = m, s, e, g

    def groupdict(self) -> dict:
        return self.g

    def start(self, group=None) -> int:
        return self.s if group is None else self.m.start(group)

    def end(self, group=None) -> int:
        return self.e if group is None else self.m.end(group)

    def span(self, group=None):
        return (self.s, self.e) if group is None else self.m.span(group)


_PREFIX_OK = {"month": ("mod", "pl", "pn", "pt"), "my": ("mod",), "rel": ("mod",), "year": ("mod",),
              "weekday": ("pl", "pn", "pt"), "wdday": ("pl", "pn", "pt"), "season": ("mod", "pl", "pn", "pt"),
              "quarter": ("mod",)}


def _widen(prof: Profile, kind: str, m, folded: str):
    s, e = m.span()
    g = dict(m.groupdict())
    allowed = _PREFIX_OK.get(kind)
    if allowed and prof.pre_rx is not None:
        pm = prof.pre_rx.search(folded, max(0, s - 50), s)
        if pm:
            found = {k: v for k, v in pm.groupdict().items() if v is not None}
            if found and all(k in allowed for k in found):
                g.update(found)
                s = pm.start()
    elif kind in ("dmy", "mdy", "num") and prof.pre_wd_rx is not None:
        pm = prof.pre_wd_rx.search(folded, max(0, s - 30), s)
        if pm:
            g["wd"] = pm.group("wd")
            s = pm.start()
            if pm.group("po"):
                close = re.match(r"\s*\)", folded[e:e + 4])
                if close:
                    e += close.end()
        elif (am := prof.post_wd_rx.match(folded, e)) is not None:
            g["wd"] = am.group("wd")
            e = am.end()
            if am.group("po"):
                close = re.match(r"\s*\)", folded[e:e + 4])
                e += close.end() if close else 0
    return _Match(m, s, e, g)


class _Ctx:
    __slots__ = ("folded", "prof", "text")

    def __init__(self, text, folded, prof):
        self.text, self.folded, self.prof = text, folded, prof


def _before(ctx: _Ctx, rx, start: int, span: int = 40) -> bool:
    if rx is None:
        return False
    return rx.search(ctx.folded, max(0, start - span), start) is not None


def _after(ctx: _Ctx, rx, end: int, span: int = 30) -> bool:
    if rx is None:
        return False
    return rx.match(ctx.folded[end:end + span]) is not None


def _ambiguous_relative(ctx: _Ctx, m, prof) -> bool:
    """True for a relative word that is also a noun or a preposition here: Spanish "por la
    mañana" (morning, `rel_not_before`), Ukrainian "напередодні зими" (on the eve of winter,
    not "the day before": `rel_not_after`)."""
    if not any(w in prof.ambiguous for w in ctx.folded[m.start():m.end()].split()):
        return False
    return (prof.rel_not_before is not None and _before(ctx, prof.rel_not_before, m.start())) \
        or (prof.rel_not_after is not None and _after(ctx, prof.rel_not_after, m.end()))


def _nkey(s: str) -> str:
    return re.sub(r"[\s\-.]+", "", s)


def _month_num(prof: Profile, raw: str) -> int | None:
    return prof.month_norm.get(_nkey(raw))


def _wd_num(prof: Profile, raw: str) -> int | None:
    return prof.wd_norm.get(_nkey(raw))


def _shift(m) -> str | None:
    g = m.groupdict()
    if g.get("pl") or g.get("ql"):
        return "last"
    if g.get("pn") or g.get("qn"):
        return "next"
    if g.get("pt") or g.get("qt"):
        return "this"
    return None


def _ambiguous_ok(ctx: _Ctx, m, group: str, cue_rx, cue_after_rx, strict_next: bool = False) -> bool:
    """Guards for a month or weekday name standing alone."""
    prof = ctx.prof
    gs, ge = m.span(group)
    name = ctx.folded[gs:ge].rstrip(".")
    tail = ctx.folded[ge:m.end(group) + 8]
    if gs > 0 and ctx.folded[gs - 1:gs].isdigit():
        return False
    if _before(ctx, prof.not_before, m.start()) or _after(ctx, prof.not_after, m.end()):
        return False
    # a number right before a bare weekday/month name ("6 luni" = six months)
    pre = ctx.folded[max(0, m.start() - 4):m.start()]
    if re.search(r"\d\s*$", pre):
        return False
    if name not in prof.ambiguous:
        return True
    has_shift = bool(m.groupdict().get("pl") or m.groupdict().get("pn") or m.groupdict().get("pt")
                     or m.groupdict().get("ql") or m.groupdict().get("qn") or m.groupdict().get("qt")
                     or m.groupdict().get("mod") or m.groupdict().get("moda"))
    apostrophe = ctx.folded[ge:ge + 1] == "'"
    cue = has_shift or apostrophe or _before(ctx, cue_rx, m.start()) or _after(ctx, cue_after_rx, m.end())
    if prof.capitalized:
        return cue and ctx.text[gs:gs + 1].isupper()
    if not cue:
        return False
    if not strict_next or has_shift:
        return True
    # not capitalised: the name must not run on into a phrase ("în mai multe ...")
    nxt = ctx.folded[m.end():m.end() + 12]
    return (not re.match(r"\s*[^\W\d_]", nxt)) or _after(ctx, cue_after_rx, m.end()) or bool(tail.startswith("'"))


def _build(kind: str, m, ctx: _Ctx):
    """A (start, end, Spec) from one regex match, or None when the guards reject it."""
    prof = ctx.prof
    g = m.groupdict()
    if kind == "iso":
        y, mo, d = int(g["year"]), int(g["mon"]), int(g["day"])
        return Spec("date", y, mo, d) if date_ok(y, mo, d) else None
    if kind in ("num", "wdparen", "dm"):
        d, mo = int(g["day"]), int(g["mon"])
        other = None
        if prof.month_first and g.get("s") != ".":  # "12.11.2022" is day first everywhere
            d, mo = mo, d
            if kind == "wdparen" and d <= 12 and d != mo:
                # a weekday with "(1/12)" after it is the day-first style of international
                # news; the month-first reading stays, for a weekday only it fits
                d, mo, other = mo, d, (mo, d)
        y = _year2(g["year"]) if g.get("year") else None
        if mo > 12 and d <= 12:
            d, mo = mo, d
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        wd = _wd_num(prof, g["wd"]) if g.get("wd") else None
        if kind == "dm":
            before = ctx.folded[max(0, m.start() - 2):m.start()]
            after = ctx.folded[m.end():m.end() + 2]
            paren = "(" in before and after.lstrip()[:1] == ")"
            text = ctx.folded[m.start():m.end()]
            if text.replace(" ", "") in ("24/7", "7/24"):
                return None
            dotted = g["s"] == "." and bool(g.get("dot"))
            if not (paren or (dotted and (_before(ctx, prof.cue_numeric, m.start()) or prof.lang == "de"))
                    or _before(ctx, prof.cue_numeric, m.start())):
                return None
            if g["s"] == "." and not g.get("dot") and not paren:
                return None
        if y is not None and not date_ok(y, mo, d):
            return None
        return Spec("date", y, mo, d, weekday=wd, other=other)
    if kind in ("dmy", "dmyw", "mdy", "my", "month"):
        mo = _month_num(prof, g["mon"])
        if mo is None:
            return None
        jal = mo > 100
        if jal:
            mo -= 100
        y = _year2(g["year"]) if g.get("year") else None
        if y is not None:
            if jal and not (1300 <= y < 1500):
                return None
            if not jal and y < 1800:
                return None
        if kind in ("dmy", "dmyw", "mdy"):
            d = int(g["day"]) if g.get("day") else prof.day_numbers.get(re.sub(r"[\s\-]+", " ", g["dword"]))
            if d is None:
                return None
            raw = g["mon"].rstrip(".")
            # "5 mar" alone is weak: an abbreviation needs a year, a weekday, a capital in
            # cased languages, a numeric cue or a dateline ("ROMA, 21 OTT - (ANSA)")
            if raw in prof.month_abbr and y is None and not g.get("wd") \
                    and not (prof.capitalized and ctx.text[m.start("mon"):m.start("mon") + 1].isupper()) \
                    and not (prof.cue_numeric and _before(ctx, prof.cue_numeric, m.start())) \
                    and not dateline_at(prof, ctx.folded, m.start(), m.end()):
                return None
            if kind == "dmyw" and raw in prof.ambiguous and y is None:
                return None  # "cinci mai multe": a number word before an ambiguous month
            if raw in prof.ambiguous and y is None and prof.capitalized \
                    and not ctx.text[m.start("mon"):m.start("mon") + 1].isupper():
                return None
            if y is not None and not jal and not date_ok(y, mo, d):
                return None
            if y is None and not date_ok(2000, mo, d):
                return None
            wd = _wd_num(prof, g["wd"]) if g.get("wd") else None
            return Spec("date", y, mo, d, weekday=wd, jalali=jal)
        if kind == "my":
            return Spec("month", y, mo, jalali=jal)
        # month alone
        raw = g["mon"].rstrip(".")
        if raw in prof.month_abbr:
            return None
        if not _ambiguous_ok(ctx, m, "mon", prof.cue_month, prof.cue_month_after, strict_next=True):
            return None
        if jal and not (_after(ctx, prof.cue_month_after, m.end()) or g.get("mod")):
            return None
        return Spec("month", None, mo, shift=_shift(m), jalali=jal)
    if kind == "cjk":
        mo = int(g["mon"])
        y = int(g["year"]) if g.get("year") else None
        if g.get("day"):
            d = int(g["day"])
            if not date_ok(y or 2000, mo, d):
                return None
            wd = _wd_num(prof, g["wd"]) if g.get("wd") else None
            return Spec("date", y, mo, d, weekday=wd)
        return Spec("month", y, mo)
    if kind in ("cjkday", "dayword"):
        return Spec("mday", day=int(g["day"]))
    if kind == "wdday":
        wd = _wd_num(prof, g["wd"])
        return Spec("mday", day=int(g["day"]), weekday=wd) if wd is not None else None
    if kind == "weekday":
        wd = _wd_num(prof, g["wd"])
        if wd is None:
            return None
        if not _ambiguous_ok(ctx, m, "wd", prof.cue_weekday, prof.cue_weekday_after):
            return None
        return Spec("weekday", weekday=wd, shift=_shift(m))
    if kind == "season":
        if g["sea"] in prof.ambiguous and not (g.get("mod") or _shift(m) or _before(ctx, prof.cue_month, m.start())
                or re.match(r"[\s,]*\D{0,5}\b(?:1[89]|20)\d\d\b", ctx.folded[m.end():m.end() + 12])):
            return None
        spec = build_period(kind, g, prof)
        if spec is not None:
            spec.shift = _shift(m)
            if g.get("year"):
                spec.year, spec.shift = int(g["year"]), None
        return spec
    if kind == "ref" and ((prof.ref_not_after is not None and _after(ctx, prof.ref_not_after, m.end()))
                          or _before(ctx, prof.ref_not_before, m.start(), 12)):
        return None
    if kind == "decade" and any(v for k, v in g.items() if k.startswith("decb")) \
            and not prof.decade_end_rx.match(ctx.folded, m.end()):
        return None
    if kind in ("ref", "quarter", "decade", "century"):
        return build_period(kind, g, prof)
    if kind == "year2":  # "since '82", not "iLife '11"
        if not (_before(ctx, prof.cue_year, m.start()) or _before(ctx, prof.year_list_rx, m.start(), 20)):
            return None
        v = int(g["y2"])
        return Spec("year", 2000 + v if v < 50 else 1900 + v)
    if kind == "ana":
        cues = {"close": prof.ana_cues.close, "same": prof.ana_cues.then}
        spec = build_anaphor(g, lambda k: _before(ctx, cues[k], m.start()))
        if spec is not None and counts_from_next(spec, ctx.folded[m.end():m.end() + 30], prof.ana_cues):
            return None
        return spec
    if kind == "dpart":
        for name, (offset, part) in prof.part_groups.items():
            if g.get(name):
                return Spec("rel", amount=offset, unit="d", part=part)
        return None
    if kind == "year":
        y = int(g["year"])
        if g.get("ys") or g.get("mod") or g.get("moda"):
            pass
        elif not (_before(ctx, prof.cue_year, m.start()) or _after(ctx, prof.cue_year_after, m.end())
                  or _before(ctx, prof.year_list_rx, m.start(), 20)
                  or (prof.years_after_names and _after_name(ctx.text, m.start()))):
            return None
        if y > 1500 and not (1900 <= y <= 2100):
            return None
        if 1300 <= y < 1500:
            # a Solar Hijri year: the Gregorian year holding most of it
            return Spec("year", y + 621)
        return Spec("year", y)
    if kind == "rel":
        if _ambiguous_relative(ctx, m, prof):
            return None
        for name, val in g.items():
            if val is not None and name in prof.rel_specs:
                n, unit = prof.rel_specs[name]
                return Spec("rel", amount=n, unit=unit)
        return None
    if kind in ("ago", "ahead", "after", "before", "fixed"):
        raw = g.get("n")
        if raw is None:
            n = 1
        elif raw.isdigit():
            n = int(raw)
        else:
            n = prof.numbers.get(re.sub(r"[\s\-]+", " ", raw.strip()))
            if n is None:
                return None
        unit = "d" if g.get("ud") else "w" if g.get("uw") else "m" if g.get("um") else "y"
        if kind == "ago":
            return Spec("rel", amount=-n, unit=unit)
        if kind == "ahead":
            return Spec("rel", amount=n, unit=unit)
        return Spec("shift", amount=(n if kind == "after" else -n), unit=unit)
    return None


_NAME_BEFORE = re.compile(r"(?<![.!?\n]\s)(?<=[\w,;] )(?P<w>[^\W\d_][\w\-]*) $")


def _after_name(text: str, start: int) -> bool:
    """"Juegos Olímpicos 2008", "WWDC 2005": a year right after a capitalised word inside a
    sentence names an edition (a sentence's first word may be capitalised for other reasons)."""
    m = _NAME_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and m.group("w")[0].isupper()


def date_ok(y: int, mo: int, d: int) -> bool:
    try:
        date(y, mo, d)
        return True
    except ValueError:
        return False


_COMMA = re.compile(r"[,،，]")


def _before_comma(folded: str, end: int, hi: int) -> int:
    """Where the expression's stretch after it ends when its clause has a tense cue before
    it: at the next comma, since what follows a comma is mostly an attribution ("will visit
    Tokyo in March, his office said") whose reporting verb does not tense the date."""
    mm = _COMMA.search(folded, end, hi)
    return mm.start() if mm else hi


def _tense(ctx: _Ctx, start: int, end: int,
           others: list[tuple[int, int]] = ()) -> str | None:
    """The tense of the expression at [start, end): the nearest cue in its clause. A cue
    inside another expression ("next" of "next year", "last" of "last week") tells only
    that one: "agreed on Monday to hold talks next year" leaves Monday untensed."""
    prof = ctx.prof
    if prof.tense_rx is None:
        return None
    f = ctx.folded
    lo = max(0, start - 80)
    cut = None
    for mm in _BOUNDARY_PUNCT.finditer(f, lo, start):
        cut = mm.end()
    if cut is not None:
        lo = cut
    hi_lim = min(len(f), end + 60)
    mm = _BOUNDARY_PUNCT.search(f, end, hi_lim)
    hi = mm.start() if mm else hi_lim
    if prof.clause_rx is not None:  # the expression's own clause: "said Friday that it will"
        for mm in prof.clause_rx.finditer(f, lo, start):
            lo = mm.start()
        mm = prof.clause_rx.search(f, end, hi)
        if mm:
            hi = mm.start()
    hi = _before_coordinator(prof, f, end, hi, others)
    best = None  # (distance, tense): the nearest cue on either side wins
    for x in prof.tense_rx.finditer(f, lo, start):
        if not _inside(x, others):
            best = (start - x.end(), x.lastgroup)
    if best is not None:
        hi = _before_comma(f, end, hi)
    for x in prof.tense_rx.finditer(f, end, hi):
        if _inside(x, others):
            continue
        if best is None or x.start() - end < best[0]:
            best = (x.start() - end, x.lastgroup)
        break
    if prof.future_end_rx is not None:
        for x in prof.future_end_rx.finditer(ctx.text, lo, hi):
            if x.end() <= start or x.start() >= end:
                d = start - x.end() if x.end() <= start else x.start() - end
                if x.group()[0].islower() and (best is None or d < best[0]):
                    best = (d, "future")
    return best[1] if best else None


def _before_coordinator(prof: Profile, folded: str, end: int, hi: int,
                        others: list[tuple[int, int]]) -> int:
    """Where the stretch after an expression ends at a coordinating conjunction: what follows
    it is a second verb phrase with a tense of its own ("were flown out on Thursday and will
    reinforce the posts"), not the date's. One that joins a second date ("on Tuesday and
    Wednesday will be held") does not end it."""
    if prof.coordinator_rx is None:
        return hi
    for mm in prof.coordinator_rx.finditer(folded, end, hi):
        nxt = len(folded[mm.end():hi]) - len(folded[mm.end():hi].lstrip())
        if not any(s == mm.end() + nxt for s, _e in others):
            return mm.start()
    return hi


def _inside(cue: re.Match, spans: list[tuple[int, int]]) -> bool:
    """True when a tense cue lies within one of the spans."""
    return any(s <= cue.start() and cue.end() <= e for s, e in spans)


def _clause(ctx: _Ctx, start: int, end: int) -> tuple[int, int]:
    f = ctx.folded
    lo = max(0, start - 300)
    cs = lo
    for mm in _BOUNDARY_PUNCT.finditer(f, lo, start):
        cs = mm.end()
    if ctx.prof.clause_rx is not None:
        for mm in ctx.prof.clause_rx.finditer(f, cs, start):
            cs = mm.start()
    hi = min(len(f), end + 300)
    mm = _BOUNDARY_PUNCT.search(f, end, hi)
    ce = mm.start() if mm else hi
    if ctx.prof.clause_rx is not None:
        mm = ctx.prof.clause_rx.search(f, end, ce)
        if mm:
            ce = mm.start()
    return cs, ce


def _attach_years(chosen: list, folded: str, prof: Profile) -> list:
    """"the fourth quarter of 2005", "October of next year", "verano de 2012": one expression."""
    out = []
    for s, e, spec in chosen:
        if out and spec.kind in ("quarter", "season") and spec.year is None and spec.shift is None \
                and out[-1][2].kind == "year" and not folded[out[-1][1]:s].strip():
            s0, _, prev = out[-1]  # "2023年冬季", "2023 kışında": the year written first
            spec.year = prev.year
            out[-1] = (s0, e, spec)
            continue
        if out and _relative_year_before_month(out[-1], s, spec):
            s0, _, prev = out[-1]  # "去年10月", "明年3月": the relative year written first
            spec.year_shift = prev.amount
            out[-1] = (s0, e, spec)
            continue
        if out:
            s0, e0, prev = out[-1]
            # "octubre del año anterior": the year before the anchor's, like "del año pasado"
            year_before = spec.kind == "ana" and spec.anaphor == "before-y"
            yearly = spec.kind == "year" or (spec.kind == "rel" and spec.unit == "y" and not spec.delta) \
                or year_before
            if yearly and prev.kind in ("month", "quarter", "season") and prev.year is None \
                    and prev.shift is None and prof.year_join_rx.match(folded[e0:s]):
                if spec.kind == "year":
                    prev.year = spec.year
                else:
                    prev.year_shift = -1 if year_before else spec.amount
                out[-1] = (s0, e, prev)
                continue
        out.append((s, e, spec))
    return out


def _relative_year_before_month(prev: tuple, start: int, spec: Spec) -> bool:
    """True for a yearless month glued to a relative year before it ("今年10月", "去年3月")."""
    _, end, year = prev
    return (spec.kind == "month" and spec.year is None and spec.shift is None
            and year.kind == "rel" and year.unit == "y" and not year.delta and not year.day
            and end == start)


def detect(text: str, lang: str | None) -> list[tuple[int, int, Spec]]:
    """Raw detection: non-overlapping (start, end, Spec) in text order."""
    if not text:
        return []
    prof = profile(lang)
    folded = fold_text(text)
    ctx = _Ctx(text, folded, prof)
    cands = []
    words = set(_words(prof, folded))
    gate = {"d": _DIGIT.search(folded) is not None}
    for order, (kind, rx, needs) in enumerate(prof.gated):
        ok = True
        for need in needs:
            if need not in gate:
                keys = {"m": prof.kw_month, "w": prof.kw_wd, "r": prof.kw_rel, "u": prof.kw_unit,
                        "f": prof.kw_ref, "s": prof.kw_season, "q": prof.kw_quarter, "n": prof.kw_dword,
                        "c": prof.kw_century, "p": prof.kw_part}.get(need) or prof.kw_extra[need]
                gate[need] = keys.hit(folded, words)
            if not gate[need]:
                ok = False
                break
        if not ok:
            continue
        for m0 in rx.finditer(folded):
            m = _widen(prof, kind, m0, folded)
            s, e = m.s, m.e
            # trim trailing spaces/commas captured by optional parts
            while e > s and folded[e - 1] in " ,-\t":
                e -= 1
            if folded[e - 1] == "." and re.search(r"[^\W\d_]{3,}\.$", folded[max(s, e - 6):e]):
                e -= 1  # a sentence full stop after a word ("2022 года."), not "г."
            if e <= s:
                continue
            cands.append((s, e, order, kind, m))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[3] != "rel", c[2], c[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for s, e, order, kind, m in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        spec = _build(kind, m, ctx)
        if spec is None:
            continue
        taken.append((s, e))
        chosen.append((s, e, spec))
    chosen.sort(key=lambda c: c[0])
    chosen = _attach_years(chosen, folded, prof)
    # "three months after June": merge a shift with the expression right after it
    out: list[tuple[int, int, Spec]] = []
    i = 0
    while i < len(chosen):
        s, e, spec = chosen[i]
        if spec.kind == "shift":
            if i + 1 < len(chosen):
                s2, e2, nxt = chosen[i + 1]
                if nxt.kind != "shift" and _offset_gap(folded[e:s2]):
                    nxt.delta = (spec.amount, spec.unit)
                    out.append((s, e2, nxt))
                    i += 2
                    continue
            i += 1
            continue
        out.append((s, e, spec))
        i += 1
    out = _year_ranges(out, folded)
    out = _days_of_months(out, folded, prof)
    _weeks_of_months(out, folded, prof)
    out = _decade_lists(out, folded, prof)
    _month_from_previous(out, folded)
    forced = _leads(out, folded, prof)
    for k, (s, e, spec) in enumerate(out):
        others = [(s2, e2) for j, (s2, e2, _x) in enumerate(out) if j != k]
        spec.tense = forced.get(k) or _tense(ctx, s, e, others)
    return out


OFFSET_GAP_WORDS = 4  # "a week after the vote on 12 May", "o lună după alegerile din 28 septembrie"


def _offset_gap(gap: str) -> bool:
    """True when an offset ("a week after") may shift the date after this gap: a short
    noun phrase naming the event of that date, with no figure or punctuation in it."""
    if len(gap) <= 8:
        return not _BOUNDARY_PUNCT.search(gap) and "," not in gap
    return len(gap.split()) <= OFFSET_GAP_WORDS and not re.search(r"[^\w\s'\-]|\d", gap)


# The end of a wire dateline ("新华社北京6月12日电", "Αθήνα, 14 Μαρτίου 2025 (ΑΠΕ) -"): a smaller
# day number after it is earlier in the same month ("美国商务部10日宣布"), not in the next one.
_WIRE_DATELINE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?[-\u2013\u2014]|\u7535|\u96fb")


def _month_from_previous(out: list, folded: str) -> None:
    """"el día 19 de marzo y la vuelta el día 26": a day number without a month takes the month
    (and year) of the date before it in the same sentence; a smaller day number than that date's
    is in the month after ("empezó el 25 de febrero y concluye el día 5")."""
    for k in range(1, len(out)):
        s, _, spec = out[k]
        _, pe, prev = out[k - 1]
        if spec.kind != "mday" or prev.kind not in ("date", "month") or not prev.month or prev.jalali \
                or _BOUNDARY_PUNCT.search(folded, pe, s):
            continue
        y, mo = prev.year, prev.month
        if prev.day and spec.day < prev.day and not _WIRE_DATELINE.match(folded, pe):
            y, mo = (None if y is None else y + mo // 12), mo % 12 + 1
        if date_ok(y or 2000, mo, spec.day):
            spec.kind, spec.month, spec.year = "date", mo, y


# a day number written right after this/last/next month, the CJK order ("本月5日", "上月28日")
_CJK_DAY_AFTER = re.compile(r"\s*(?P<day>3[01]|[12]\d|0?[1-9])\s*[日号](?![前后])")


def _days_of_months(chosen: list, folded: str, prof: Profile) -> list:
    """"al 24 de este mes", "本月5日": a day number joined to this/last/next month is a day of
    that month."""
    if prof.day_of_rx is None and not prof.cjk:
        return chosen
    out = []
    for s, e, spec in chosen:
        if spec.kind == "rel" and spec.unit == "m" and not spec.delta and spec.day is None:
            if prof.cjk:
                m = _CJK_DAY_AFTER.match(folded, e)
                if m:
                    spec.day = int(m.group("day"))
                    e = m.end()
            else:
                m = prof.day_of_rx.search(folded, max(0, s - 16), s)
                if m and (not out or out[-1][1] <= m.start()):
                    spec.day = int(m.group("day"))
                    s = m.start()
        out.append((s, e, spec))
    return out


def _weeks_of_months(out: list, folded: str, prof: Profile) -> None:
    """"la última semana de marzo": a month after an ordinal week phrase is that week, in place."""
    if prof.week_of_rx is None:
        return
    for k, (s, e, spec) in enumerate(out):
        if spec.kind != "month" or spec.jalali:
            continue
        m = prof.week_of_rx.search(folded, max(out[k - 1][1] if k else 0, s - 40), s)
        if m:
            n = next((prof.ordinals[w] for w in m.group().split() if w in prof.ordinals), None)
            if n is not None and (n == -1 or 1 <= n <= 5):
                spec.week_of = n
                out[k] = (m.start(), e, spec)


def _decade_lists(chosen: list, folded: str, prof: Profile) -> list:
    """"los 70 y 80", "the 1970s and 80s": each later member of a list of decades is one too."""
    out = []
    for k, (s, e, spec) in enumerate(chosen):
        out.append((s, e, spec))
        nxt = chosen[k + 1][0] if k + 1 < len(chosen) else len(folded)
        while spec.kind == "decade":
            m = prof.decade_more_rx.match(folded, e)
            if not m or m.end() > nxt or not prof.decade_end_rx.match(folded, m.end()):
                break
            spec = Spec("decade", year=spec.year - spec.year % 100 + int(m.group("dd")))
            s, e = m.start("dd"), m.end("dd")
            out.append((s, e, spec))
    return out


def _year_ranges(chosen: list, folded: str) -> list:
    """"1957-58": the two-digit end of a year range is a year of its own."""
    out = []
    for k, (s, e, spec) in enumerate(chosen):
        out.append((s, e, spec))
        if spec.kind != "year" or spec.year is None or spec.month is not None:
            continue
        m = _YEAR_RANGE_TAIL.match(folded, e)
        nxt = chosen[k + 1][0] if k + 1 < len(chosen) else len(folded)
        if m and m.end() <= nxt and int(m.group(1)) > spec.year % 100:
            out.append((m.start(1), m.end(1), Spec("year", spec.year - spec.year % 100 + int(m.group(1)))))
    return out


def _before_rx(rx, folded: str, lo: int, hi: int) -> bool:
    return rx is not None and rx.search(folded, lo, hi) is not None


def _leads(out: list, folded: str, prof: Profile) -> dict[int, str]:
    """Widen expressions over the pack's `extent_before` words ("el", "del", "el pasado"), in
    place; returns the tense such a word fixes ("el pasado 24 de enero" is in the past)."""
    forced: dict[int, str] = {}
    if prof.lead_rx is None:
        return forced
    prev_end = 0
    for k, (s, e, spec) in enumerate(out):
        m = prof.lead_rx.search(folded, max(prev_end, s - 30), s)
        if m and m.start() < s:
            lead = folded[m.start():s]
            if prof.lead_last is not None and prof.lead_last.search(lead):
                forced[k] = "past"
            elif prof.lead_next is not None and prof.lead_next.search(lead):
                forced[k] = "future"
            out[k] = (m.start(), e, spec)
        if k not in forced and _before_rx(prof.future_before, folded, max(prev_end, out[k][0] - 20), out[k][0]):
            forced[k] = "future"
        prev_end = e
    return forced


SPAN_KINDS = ("year", "month", "season", "quarter")


def _opens_span(ctx: _Ctx, start: int, end: int, spec: Spec) -> bool:
    """True for a period after a `since` word ("since 2022", "depuis début 2023", "seit Anfang
    2022"): it opens a state lasting up to now, so it neither dates an act of another clause nor
    moves a report off the day it tells (resolve.py)."""
    prof = ctx.prof
    if spec.kind not in SPAN_KINDS:
        return False
    if _before_rx(prof.since_before, ctx.folded, max(0, start - 30), start):
        return True
    return prof.since_head is not None and prof.since_head.match(ctx.folded[start:end]) is not None


def _closes_span(ctx: _Ctx, start: int, end: int) -> bool:
    """True for an expression after an `until` word ("suspended until September", "will deliver
    by the end of winter", "bis Ende März"): it ends a state or sets a deadline, and so dates
    neither the act that opens it nor the day the story tells."""
    prof = ctx.prof
    if _before_rx(prof.until_before, ctx.folded, max(0, start - 30), start):
        return True
    return prof.until_head is not None and prof.until_head.match(ctx.folded[start:end]) is not None


def _in_flashback(ctx: _Ctx, clause: tuple[int, int]) -> bool:
    """True when the clause is in the pluperfect ("had been detained on Tuesday", "hatte am
    Dienstag festnehmen lassen"): its day lies before the story's and does not become it."""
    rx = ctx.prof.flashback_rx
    return rx is not None and rx.search(ctx.folded, clause[0], clause[1]) is not None


def find_dates(text: str, lang: str | None, anchor: PublishedDate | None) -> list[DateExpression]:
    """Every date expression in `text`, resolved against `anchor` (see docs/time.md)."""
    prof = profile(lang)
    ctx = None
    out = []
    for s, e, spec in detect(text, lang):
        value, prec = resolve_against(spec, anchor)
        expr = DateExpression(s, e, text[s:e], value, prec, spec.relative)
        if ctx is None:
            ctx = _Ctx(text, fold_text(text), prof)
        expr._spec = spec  # kept for re-resolution (resolve_event_date)
        expr._clause = _clause(ctx, s, e)
        expr._since = _opens_span(ctx, s, e, spec)
        expr._until = _closes_span(ctx, s, e)
        expr._flashback = _in_flashback(ctx, expr._clause)
        out.append(expr)
    return resolve_anaphors(out, ctx.folded, anchor) if out else out


def dates_report(text: str, lang: str | None, anchor: PublishedDate | None) -> list[dict]:
    """find_dates as plain dicts, for `wirewatch dates`."""
    return [
        {"start": x.start, "end": x.end, "text": x.text, "value": x.value,
         "precision": x.precision, "relative": x.relative}
        for x in find_dates(text, lang, anchor)
    ]
