"""Loading a language's `dates.toml` and turning its patterns into regular expressions.

Patterns follow docs/packs.md (folded keys, `word*` stems, `*word` endings, `...` gaps).
The regular expressions run over `fold_text(text)`, which has the same length as the text,
so match offsets are offsets into the original text.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from .names import fold_word

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"

_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
GAP = r"(?:[\s\-]+[^\s.;:!?]+){0,4}"


@lru_cache(maxsize=64)
def load_dates_toml(lang: str | None) -> dict:
    """The language's dates.toml as a dict ({} when there is no pack)."""
    if not lang:
        return {}
    path = LANG_DIR / lang / "dates.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _is_cjk(s: str) -> bool:
    return bool(s) and all(_CJK_CHAR.match(c) for c in s)


def _tokens(pattern: str) -> list[str]:
    out: list[str] = []
    for part in fold_word(pattern).split():
        core = part.strip("*")
        if len(core) > 1 and _is_cjk(core):
            chars = list(core)
            if part.startswith("*"):
                chars[0] = "*" + chars[0]
            if part.endswith("*"):
                chars[-1] = chars[-1] + "*"
            out.extend(chars)
        else:
            out.append(part)
    return out


def pattern_regex(pattern: str, bounded: bool = True, proclitics: str = "", left: bool = True) -> str:
    """Regex source (no groups) for one pack pattern, over folded text."""
    toks = _tokens(pattern)
    pieces: list[str] = []
    prev_cjk = False
    for i, tok in enumerate(toks):
        if tok == "...":
            pieces.append(GAP)
            continue
        core = tok.strip("*")
        cjk = _is_cjk(core)
        body = re.escape(core)
        if tok.startswith("*") and not cjk:
            body = r"\w*" + body
        if tok.endswith("*") and not cjk:
            body = body + r"\w*"
        if pieces and pieces[-1] != GAP:
            pieces.append(r"\s*" if (cjk or prev_cjk) else r"[\s\-]+")
        elif pieces and pieces[-1] == GAP:
            pieces.append(r"\s*" if cjk else r"[\s\-]+")
        pieces.append(body)
        prev_cjk = cjk
    src = "".join(pieces)
    if not bounded or not toks:
        return src
    first = toks[0].strip("*")
    last = toks[-1].strip("*")
    if left and not _is_cjk(first) and not toks[0].startswith("*"):
        src = r"(?<!\w)" + proclitics + src
    if not _is_cjk(last) and not toks[-1].endswith("*") and re.match(r".*\w$", last or ""):
        src = src + r"(?!\w)"
    return src


def alternation(patterns, bounded: bool = True, proclitics: str = "", left: bool = True) -> str | None:
    """One non-capturing alternation of patterns, longest first; None when empty."""
    pats = [p for p in (patterns or []) if p and p.strip()]
    if not pats:
        return None
    pats = sorted(set(pats), key=lambda p: -len(p))
    return "(?:" + "|".join(pattern_regex(p, bounded, proclitics, left) for p in pats) + ")"


def words_alternation(words) -> str | None:
    """Literal folded words/phrases (names), longest first; spaces match any spacing."""
    ws = sorted({w for w in words if w}, key=lambda w: -len(w))
    if not ws:
        return None
    parts = []
    for w in ws:
        esc = re.escape(w).replace(r"\ ", r"[\s\-]*")
        parts.append(esc)
    return "(?:" + "|".join(parts) + ")"


def slot_alternation(templates: list[str], slots: dict[str, list[str]], procl: str) -> str | None:
    """One alternation of templates whose `{slot}`s stand for any of their words (kept factored:
    the product of ordinals, units and templates would make a slow regex)."""
    alts = []
    slot_src = {k: alternation(v) for k, v in slots.items()}
    for tpl in templates:
        parts = [p.strip() for p in re.split(r"(\{\w+\})", tpl) if p.strip()]
        pieces = []
        for i, p in enumerate(parts):
            if p.startswith("{"):
                src = slot_src.get(p[1:-1])
                if src is None:
                    break
                pieces.append(src)
            else:
                pieces.append(alternation([p], proclitics=procl if i == 0 else "", left=i == 0))
        else:
            alts.append(r"[\s\-]+".join(pieces))
    return "(?:" + "|".join(alts) + ")" if alts else None
