"""A concession refused: "would not withdraw the bill", "no retirará el proyecto".

A CONCEDE or RETREAT negated in the future or with a word of unwillingness is no report of
something that did not happen: the party refuses now to concede, which PLOVER codes as REJECT
("all rejections and refusals"), mode yield. "Did not withdraw its troops" stays a negated
RETREAT. The refusal words come from the pack (`status.toml` [refused]), read before the
trigger and in its own words (a future ending such as Spanish "retirará").
"""

from __future__ import annotations

from functools import cache

from wirewatch.lang.loader import Trigger, table_patterns
from wirewatch.lang.patterns import PatternSet

CONCESSIONS = frozenset({"CONCEDE", "RETREAT"})


@cache
def _cues(lang: str | None) -> PatternSet:
    return table_patterns(lang, "status.toml", "refused", ("before",))


def refused(lang: str | None, folded: list[str], t_start: int, t_end: int, window: int) -> bool:
    """Whether the words before the trigger and its own words say it will not be done."""
    words = folded[max(0, t_start - window):t_end]
    return bool(words and _cues(lang).find(words))


def refusal(lang: str | None, folded: list[str], t_start: int, t_end: int, window: int,
            trigger: Trigger, status: str) -> tuple[Trigger, str]:
    """The trigger and status of a refused concession: an asserted REJECT, mode yield."""
    if trigger.type in CONCESSIONS and status == "negated" \
            and refused(lang, folded, t_start, t_end, window):
        return Trigger("REJECT", "yield", trigger.order, trigger.weight), "asserted"
    return trigger, status
