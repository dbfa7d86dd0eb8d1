"""Language identification with lingua, restricted to the languages wirewatch expects.

Restricting the candidate set keeps memory low and short texts accurate (STACK.md); a script
that only one candidate uses (Greek, Hangul, kana) is decided without a model.
"""

from __future__ import annotations

import re
from functools import lru_cache

SUPPORTED = (
    "el", "en", "ro", "id", "ru", "uk", "fr", "de", "es", "it", "pt", "tr", "ar", "fa", "zh",
    "pl", "bg", "cs", "sl", "sk", "hr", "sr", "nl", "sv", "hu", "he", "ja", "ko", "ms", "vi",
)
_SCRIPTS = (
    (re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"), "el"),
    (re.compile(r"[\uac00-\ud7af]"), "ko"),
    (re.compile(r"[\u3040-\u30ff]"), "ja"),
    (re.compile(r"[\u0590-\u05ff]"), "he"),
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LETTER = re.compile(r"[^\W\d_]")
SAMPLE_CHARS = 1500


@lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
                 for code in SUPPORTED if code not in ("el", "ko", "ja", "he")]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None for text with no letters."""
    sample = text[:SAMPLE_CHARS]
    letters = _LETTER.findall(sample)
    if not letters:
        return None
    for pattern, code in _SCRIPTS:
        if len(pattern.findall(sample)) > len(letters) * 0.3:
            return code
    if len(_HAN.findall(sample)) > len(letters) * 0.3:
        return "zh"
    found = _detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found else None
