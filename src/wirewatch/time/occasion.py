"""Sentences that go on telling the occasion the sentence before them told."""

from __future__ import annotations

from .expressions import profile
from .names import fold_text


def continues_occasion(text: str, lang: str | None, start: int, end: int) -> bool:
    """True when text[start:end] names the call, talks or visit told just before it as its
    own occasion ("During the talks, ...", "In this conversation, the two leaders also
    discussed ...", "Araghchi warned in that call ..."): its acts share that occasion's day,
    not the latest day the report has told (a `same_occasion` cue of the language's pack)."""
    rx = profile(lang).same_occasion
    return rx is not None and rx.search(fold_text(text[start:end])) is not None
