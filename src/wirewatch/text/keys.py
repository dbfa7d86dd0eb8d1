"""Matching keys: the folded form every pattern and token is compared through.

`fold` removes case and accents within a script ("Ş"/"ș" -> "s", "ά" -> "α");
`translit_key` also crosses scripts ("Πεζεσκιάν", "Пезешкиан", "Pezeshkian" -> "pezeskian").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200c\u200d\u200e\u200f\u00ad\ufeff"), None)
# Latin ligatures are a typesetting choice, not a letter: French writes "manœuvres" and
# "manoeuvres" alike, and NFD does not split them, so they are spelled out before folding.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae"})
# Arabic and Persian code points for one letter (keyboards mix them): Arabic yeh, alef maksura
# and kaf fold to the Persian forms, ae (left by the ezafe hamza of "ۀ") to heh.
_ARABIC_PERSIAN = str.maketrans({"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9",
                                 "\u06d5": "\u0647"})
# Combining marks a word may carry (Arabic harakat and shadda, Hebrew points, decomposed Latin
# and Cyrillic accents): \w does not match them, so without this "عمّان" split in two.
_MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670" \
    "\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_TOKEN = re.compile(rf"(?:[^\W_][{_MARKS}]*)+(?:['’][^\W_]{{1,3}}\b)?", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# Greek digraphs read as one sound, mapped before anyascii spells letters one by one.
_GREEK_DIGRAPHS = (
    (re.compile(r"ου"), "u"),
    (re.compile(r"[αε]υ"), lambda m: "av" if m.group()[0] == "α" else "ev"),
    (re.compile(r"αι"), "e"),
    (re.compile(r"[εο]ι|υ"), "i"),
    (re.compile(r"μπ"), "b"),
    (re.compile(r"ντ"), "d"),
    (re.compile(r"γκ|γγ"), "g"),
    (re.compile(r"χ"), "h"),
)
_GREEK = re.compile(r"[\u0370-\u03ff]")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_ARABIC_EXTRA = re.compile(r"[^\w]|[\u0640\d_]")  # tatweel, digits, punctuation

# Folding rules applied after anyascii, in order: spellings that differ only by convention.
_TRANSLIT_RULES = (
    (re.compile(r"sch|sh|sz"), "s"),
    (re.compile(r"kh|ch|gh"), "h"),
    (re.compile(r"zh|dzh|dz|dj|j"), "i"),
    (re.compile(r"ts|tz"), "c"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"th"), "t"),
    (re.compile(r"w"), "v"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"[yj]"), "i"),
    (re.compile(r"q|ck|c"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"ei|ee|ie|ii"), "i"),
    (re.compile(r"'|’"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"(?<=[oe])f$"), "v"),
)
_DIALYTIKA = str.maketrans({"ϊ": "i", "ΐ": "i", "ϋ": "i", "ΰ": "i"})


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Casefold and strip combining marks; the script stays as it is."""
    plain = word.translate(_ZERO_WIDTH).translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFD", plain.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).translate(_ARABIC_PERSIAN)


def straight_apostrophe(word: str) -> str:
    """The word with its typographic apostrophe typed straight, as case endings are listed
    ("Moskova’ya" ends like "Moskova'ya")."""
    return word.replace("\u2019", "'")


@lru_cache(maxsize=200_000)
def translit_key(word: str) -> str:
    """A Latin key that spellings of one name in different scripts share.

    Han characters keep themselves: their reading is no key (多哥 Togo and 多个 "several",
    智利 Chile and 治理 "governance" read alike), and Chinese names are written in Han anyway.
    """
    folded = fold(word.lower().translate(_DIALYTIKA))
    if folded and all(_CJK.match(ch) for ch in folded):
        return folded
    if _ARABIC_SCRIPT.search(folded):
        # Arabic script leaves short vowels unwritten, so a Latin key of it is too lossy
        # ("ایران" -> "irn" = a stem of "Éirinn"; "اخراج" "expulsion" -> "hri" = "Harare"):
        # it keeps its letters, folded (hamza carriers, ي/ی, ك/ک), so Arabic and Persian
        # spellings of a name meet when they are written alike.
        return _ARABIC_EXTRA.sub("", folded.replace("\u0629", "\u0647"))
    if _GREEK.search(folded):
        for pattern, replacement in _GREEK_DIGRAPHS:
            folded = pattern.sub(replacement, folded)
    key = anyascii(folded).lower()
    key = re.sub(r"[^a-z0-9']", "", key)
    for pattern, replacement in _TRANSLIT_RULES:
        key = pattern.sub(replacement, key)
    return key


def is_cjk(char: str) -> bool:
    return bool(_CJK.match(char))


def tokenize(text: str) -> list[tuple[int, int]]:
    """Word spans; every CJK character is a token of its own (no spaces to split on).

    A short lower-case ending after an apostrophe stays on its word ("Iran's", Turkish
    "Rusya'nın", "BM'nin"); an elided article or preposition before a capitalised word is a
    token of its own ("l'ONU", "dell'ONU" -> "l", "ONU").
    """
    cjk = _CJK.search(text) is not None
    if not cjk and "'" not in text and "’" not in text:  # most texts: every match is a word
        return [match.span() for match in _TOKEN.finditer(text)]
    spans: list[tuple[int, int]] = []
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        word = match.group()
        if cjk and _CJK.search(word):
            spans.extend(_split_cjk(word, start))
            continue
        cut = max(word.rfind("'"), word.rfind("’"))
        if cut > 0 and word[cut + 1:cut + 2].isupper():
            spans.extend(((start, start + cut), (start + cut + 1, end)))
        else:
            spans.append((start, end))
    return spans


def _split_cjk(word: str, offset: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    run_start = None
    for i, ch in enumerate(word):
        if _CJK.match(ch):
            if run_start is not None:
                spans.append((offset + run_start, offset + i))
                run_start = None
            spans.append((offset + i, offset + i + 1))
        elif run_start is None:
            run_start = i
    if run_start is not None:
        spans.append((offset + run_start, offset + len(word)))
    return spans


def pattern_tokens(pattern: str) -> list[str]:
    """Split a pack pattern into token patterns exactly as `tokenize` splits text.

    "secretary-general" becomes two tokens and a CJK word one token a character; `*`
    markers stay on the outer ends, `...` stays a gap.
    """
    out: list[str] = []
    for part in pattern.split():
        if part == "...":
            out.append(part)
            continue
        core = part.strip("*")
        pieces = [core[a:b] for a, b in tokenize(core)] or [core]
        if part.startswith("*"):
            pieces[0] = "*" + pieces[0]
        if part.endswith("*") and len(part) > 1:
            pieces[-1] = pieces[-1] + "*"
        out.extend(pieces)
    return out
