"""Whether a mention reports the signing of a treaty, whatever type the coder gave it.

Coders write a treaty signature as SUPPORT (the PLOVER manual), AGREE or COOPERATE, and a
"mutual defence agreement" is often coded COOPERATE/military even when the sentence says it
was signed. For merging, a SUPPORT, AGREE or COOPERATE mention is a treaty when its mode is
`treaty` or when one of its language's treaty triggers (the `mode = "treaty"` patterns of
that language's events.toml) stands within a few tokens of its own trigger: the word lists
stay in the language packs, and a language without a pack only has the mode to go by.
"""

from __future__ import annotations

from functools import lru_cache

from wirewatch.lang.loader import load_pack
from wirewatch.text.tokens import tokens_of

TREATY_TYPES = frozenset({"AGREE", "SUPPORT", "COOPERATE"})
REACH = 6  # tokens between the treaty cue and the mention's trigger, as in one clause


def is_treaty(event_type: str, mode: str | None, lang: str | None, evidence: str,
              trigger: tuple[int, int]) -> bool:
    """`trigger` is the trigger's character span inside `evidence`."""
    if event_type not in TREATY_TYPES:
        return False
    if mode == "treaty":
        return True
    return bool(evidence) and _cue_near(lang, evidence, trigger)


@lru_cache(maxsize=65536)
def _cue_near(lang: str | None, evidence: str, trigger: tuple[int, int]) -> bool:
    pack = load_pack(lang)
    if not pack.has_events:
        return False
    tokens = tokens_of(evidence)
    lo, hi = tokens.index_range(*trigger)
    hi = max(hi, lo + 1)
    for match in pack.events.find(tokens.folded):
        cue = match.payload
        if cue.mode == "treaty" and cue.type in TREATY_TYPES \
                and match.start - hi <= REACH and lo - match.end <= REACH:
            return True
    return False
