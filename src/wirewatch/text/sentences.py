"""Sentence splitting with offsets into the document text.

A small rule splitter rather than sentencex: STACK.md measured sentencex splitting after
"Ε.Ε.", "Dl." and "дек."; here a period ends a sentence only when the next word starts
like a sentence and the word before is not an abbreviation or an initial. Line breaks
always end a sentence (news text keeps paragraphs and headlines on lines of their own);
the Greek question mark `;` (after NFC, U+037E is `;`) ends one in Greek only.

Machine-translated news loses full stops ("... since his inauguration Its offensive in
Ukraine ..."): a capitalised possessive that the language's `sentences.toml` lists, standing
mid-line after a word and before a lowercase word, starts a sentence. A capitalised subject
pronoun does not ("Iran He admitted" doubles the subject), nor an honorific ("His Holiness").
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from wirewatch.models import Sentence
from wirewatch.time.names import cldr_names, fold_word

_END = re.compile(r"[.!?。！？؟]+[\"'»”’)\]]*|\n")
_GREEK_END = re.compile(r";")
_NEXT_STARTS = re.compile(r"\s+[\"'«“„‘(\[]*[\w]")
_MID_WORD = re.compile(r"(?<=\w)[ \t]+(\w+)(?=[ \t]+(\w))")
_DAY_NUMBER = re.compile(r"[(\[]?\d{1,2}")
_NEXT_WORD = re.compile(r"\s+(\w+)")


@cache
def abbreviations(lang: str | None) -> frozenset[str]:
    """Abbreviations (casefolded, without the final period) of `_base` and the language."""
    words: set[str] = set()
    for code in ("_base", lang or ""):
        path = resources.files("wirewatch.lang") / code / "abbreviations.toml"
        if code and path.is_file():
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            words.update(w.casefold().rstrip(".") for w in data.get("abbreviations", []))
    return frozenset(words)


@cache
def lost_stop_openers(lang: str | None) -> frozenset[str]:
    """Capitalised words (as written) that start a sentence whose full stop was lost."""
    path = resources.files("wirewatch.lang") / (lang or "_") / "sentences.toml"
    if not lang or not path.is_file():
        return frozenset()
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return frozenset(data.get("lost_stop", {}).get("openers", []))


def _lost_stops(text: str, start: int, end: int, openers: frozenset[str]) -> list[int]:
    """Offsets in [start, end) where a sentence starts after a lost full stop."""
    if not openers:
        return []
    return [m.start(1) for m in _MID_WORD.finditer(text, start, end)
            if m.group(1) in openers and m.group(2).islower()]


def _word_before(text: str, pos: int) -> str:
    """The run of non-space characters ending at `pos` (or before a line break ending there),
    read backwards from `pos`: a regex searched up to `pos` tries every offset before it, which
    made splitting a long article quadratic."""
    end = pos - 1 if pos and text[pos - 1] == "\n" else pos
    start = end
    while start and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


@cache
def _month_words(lang: str | None) -> frozenset[str]:
    """Folded month names (wide and abbreviated) of the language, for ordinal-day dates."""
    if not lang:
        return frozenset()
    names = cldr_names(lang)
    return frozenset(names.months) | frozenset(names.month_abbr)


def _is_ordinal_day(text: str, pos: int, end: int, lang: str | None) -> bool:
    """A day number with an ordinal period before a month name ("am Dienstag (17. November)",
    "3. März") is one date, never a sentence end."""
    if not _DAY_NUMBER.fullmatch(_word_before(text, pos)):
        return False
    nxt = _NEXT_WORD.match(text, end)
    if not nxt:
        return False
    return fold_word(nxt.group(1)) in _month_words(lang)


def _is_boundary(text: str, pos: int, end: int, abbrevs: frozenset[str],
                 lang: str | None = None) -> bool:
    mark = text[pos:end]
    if "\n" in mark:
        return True
    following = _NEXT_STARTS.match(text, end)
    if end < len(text) and not following:
        return mark[0] in "。！？"
    if mark.startswith(".") and len(mark) == 1 or mark.startswith(". "):
        word = _word_before(text, pos).casefold()
        if word.rstrip(".") in abbrevs or (len(word.rstrip(".")) == 1 and word[:1].isalpha()):
            return False
        if "." in word:  # U.S., Ε.Ε., γ.γ.
            return False
        if _is_ordinal_day(text, pos, end, lang):
            return False
        nxt = following.group().lstrip()[-1] if following else ""
        if nxt and nxt.islower():
            return False
    return True


def split_sentences(text: str, lang: str | None) -> list[Sentence]:
    abbrevs = abbreviations(lang)
    openers = lost_stop_openers(lang)
    ends = [m for m in _END.finditer(text)]
    if lang == "el":
        ends = sorted(ends + list(_GREEK_END.finditer(text)), key=lambda m: m.start())
    out: list[Sentence] = []
    start = 0
    for m in ends:
        if m.start() < start or not _is_boundary(text, m.start(), m.end(), abbrevs, lang):
            continue
        _append(out, text, start, m.end(), openers)
        start = m.end()
    _append(out, text, start, len(text), openers)
    return out


def _append(out: list[Sentence], text: str, start: int, end: int,
            openers: frozenset[str] = frozenset()) -> None:
    for cut in _lost_stops(text, start, end, openers):
        _append(out, text, start, cut)
        start = cut
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    out.append(Sentence(s, s + len(stripped), stripped))
