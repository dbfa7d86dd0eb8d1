"""Quarters, seasons, decades, centuries and reference words ("now"): TIMEX values beyond days.

Kept apart from expressions.py: each builder turns one `dates.toml` section into regex sources
with named groups, and `build_period` turns a match into a `Spec`. Values follow TIMEX3:
`2009-Q3`, `2012-SU`, `199` (the 1990s), `19` (the 20th century), `PRESENT_REF` / `PAST_REF` /
`FUTURE_REF`.
"""

from __future__ import annotations

import re

from .config import alternation, words_alternation
from .names import fold_word
from .resolve import Spec

REF_VALUES = {"present": "PRESENT_REF", "past": "PAST_REF", "future": "FUTURE_REF"}
SEASON_CODES = ("SP", "SU", "FA", "WI")


def reference_source(cfg: dict, procl: str) -> tuple[str | None, dict[str, str], list[str]]:
    """(regex, group → TIMEX reference value, patterns) from `[reference]`."""
    groups, alts, pats = {}, [], []
    for key, value in REF_VALUES.items():
        a = alternation(cfg.get("reference", {}).get(key, []), proclitics=procl)
        if a:
            groups[f"ref_{key}"] = value
            alts.append(f"(?P<ref_{key}>{a})")
            pats.extend(cfg["reference"][key])
    return ("(?:" + "|".join(alts) + ")" if alts else None), groups, pats


def ordinal_source(cfg: dict, day_suffix: str) -> tuple[str, dict[str, int]]:
    """An `{ord}` group (named `ord{i}` per template): ordinal words or a digit 1-4 ("3rd")."""
    words = {fold_word(k): int(v) for k, v in cfg.get("ordinals", {}).items()}
    alt = words_alternation(list(words))
    src = r"(?P<ord{i}>[1-4]" + day_suffix + (("|" + alt) if alt else "") + r")(?!\w)"
    return src, words


def quarter_source(cfg: dict, ord_src: str, procl: str) -> str:
    """`[quarters] patterns` templates ("the {ord} quarter") and "Q3", as one alternation."""
    out = [r"(?<!\w)(?P<qd>q[1-4])(?!\w)"]
    for i, tpl in enumerate(cfg.get("quarters", {}).get("patterns", [])):
        parts = [p.strip() for p in tpl.split("{ord}")]
        if len(parts) != 2:
            continue
        head = alternation([parts[0]], proclitics=procl) if parts[0] else None
        tail = alternation([parts[1]], left=False) if parts[1] else None
        src = (head + r"[\s\-]+" if head else r"(?<!\w)") + ord_src.replace("{i}", str(i))
        out.append(src + (r"[\s\-]*" + tail if tail else ""))
    return "(?:" + "|".join(out) + ")"


def season_source(cfg: dict, b0: str, b1: str) -> tuple[str | None, dict[str, int]]:
    """Season names from `[names] seasons` (spring, summer, autumn, winter lists)."""
    of = {}
    for i, forms in enumerate(cfg.get("names", {}).get("seasons", [])):
        for f in forms:
            of[fold_word(f)] = i
    alt = words_alternation(list(of))
    return (b0 + f"(?P<sea>{alt})" + b1 if alt else None), of


def decade_source(cfg: dict, procl: str) -> str | None:
    """`[decades] patterns` with `{decade}`: "{decade}s" (glued), "the {decade}s", "los años {decade}";
    `bare` ones ("los {decade}") get groups `decb<i>`: a list of them must end the phrase
    ("los 70 y 80.", not "los 70 muertos"), which expressions.py checks."""
    alts = []
    dcfg = cfg.get("decades", {})
    tpls = [(f"dec{i}", t) for i, t in enumerate(dcfg.get("patterns", []))]
    tpls += [(f"decb{i}", t) for i, t in enumerate(dcfg.get("bare", []))]
    for name, tpl in tpls:
        num = rf"(?P<{name}>(?:1[89]|20)\d0|'?\d0)"
        if tpl.count("{decade}") != 1:
            continue
        head, tail = tpl.split("{decade}")
        src = r"(?<![\w.,'])" if not head.strip() else (alternation([head], proclitics=procl)
                                                       + (r"\s+" if head.endswith(" ") else ""))
        src += num + r"(?!\d)"
        if tail.strip():
            src += (r"\s+" if tail.startswith(" ") else "") + alternation([tail.strip()], left=False)
        alts.append(src)
    return "(?:" + "|".join(alts) + ")" if alts else None


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def roman_value(s: str) -> int | None:
    """The value of a (folded) Roman numeral up to L, or None."""
    if not s or any(c not in _ROMAN for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        v = _ROMAN[c]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total


def century_source(cfg: dict, procl: str, suffix_src: str | None, cjk: bool = False
                   ) -> tuple[str | None, dict[str, int]]:
    """`[centuries] patterns` with `{c}`: a number ("20th", "20."), a Roman numeral ("XX",
    "XXe") or a word from `[centuries] words` ("twentieth", "Novecento" = 20)."""
    cc = cfg.get("centuries", {})
    words = {re.sub(r"[\s\-]+", " ", fold_word(k)): int(v) for k, v in cc.get("words", {}).items()}
    suf = alternation(cc.get("suffixes", []), left=False)
    sufs = "|".join(x for x in (suf, suffix_src) if x)
    walt = words_alternation(list(words))
    alts = []
    for i, tpl in enumerate(cc.get("patterns", [])):
        if tpl.count("{c}") != 1:
            continue
        # "20. Jahrhundert": an ordinal dot only before the word; "siglo XX." ends a sentence
        dot = r"\." if tpl.strip().startswith("{c}") else ""
        tail = "(?:" + "|".join(x for x in (dot, sufs) if x) + ")?" if (dot or sufs) else ""
        num = rf"(?P<cn{i}>(?:[12]?\d|[ivxl]{{1,6}}){tail}" + (f"|{walt}" if walt else "") + ")"
        num += r"(?!\d)" if cjk else r"(?!\w)"
        head, rest = (x.strip() for x in tpl.split("{c}"))
        start = r"(?<![\d.])" if cjk else r"(?<![\w.])"
        src = (alternation([head], proclitics=procl) + r"[\s\-]*" if head else start) + num
        if rest:
            src += r"[\s\-]*" + alternation([rest], left=False)
        alts.append(src)
    return ("(?:" + "|".join(alts) + ")" if alts else None), words


def build_period(kind: str, g: dict, prof) -> Spec | None:
    """The Spec of a quarter, season, decade or reference match."""
    if kind == "ref":
        for name, value in prof.ref_groups.items():
            if g.get(name):
                return Spec("ref", ref=value)
        return None
    if kind == "quarter":
        if g.get("qd"):
            return Spec("quarter", period=g["qd"].upper())
        raw = re.sub(r"[\s\-]+", " ", next(v for k, v in g.items() if k.startswith("ord") and v).strip())
        n = int(raw[0]) if raw[:1].isdigit() else prof.ordinals.get(raw)
        if n is None or not (n == -1 or 1 <= n <= 4):
            return None
        return Spec("quarter", period="Q-1" if n == -1 else f"Q{n}")
    if kind == "season":
        i = prof.season_of.get(re.sub(r"[\s\-]+", " ", g["sea"]))
        return None if i is None else Spec("season", period=SEASON_CODES[i])
    if kind == "century":
        raw = next(v for k, v in g.items() if k.startswith("cn") and v)
        key = re.sub(r"[\s\-]+", " ", raw.strip())
        n = prof.century_words.get(key)
        if n is None:
            core = re.match(r"\d+|[ivxl]+", key)
            n = None if core is None else (int(core.group()) if core.group().isdigit() else roman_value(core.group()))
        return Spec("century", year=(n - 1) * 100) if n and 1 <= n <= 21 else None
    if kind == "decade":
        raw = next(v for k, v in g.items() if k.startswith("dec") and v).lstrip("'")
        v = int(raw)
        y = v if len(raw) == 4 else (1900 + v if v >= 30 else 2000 + v)
        return Spec("decade", year=y)
    return None
