"""Announcing or pledging an act: whether it is done or still to come depends on its type.

"The EU announced 120 million euros in aid for Sudan" and "Japan pledged radar systems to
the Philippines" report aid that is still to be delivered: PLOVER and the gold code it as
planned AID. "Beijing announced sanctions on seven defence companies" reports sanctions that
the announcement itself imposes: asserted SANCTION, even when the sentence speaks of the
future ("announced that it will freeze the assets"). Other types keep the status their own
cues give. The words of announcing and pledging come from the pack (`status.toml`
[announced]: `before` the trigger, `after` it for verb-final clauses).
"""

from __future__ import annotations

from functools import cache

from wirewatch.lang.loader import table_patterns
from wirewatch.lang.patterns import PatternSet

PROMISED = frozenset({"AID"})  # announced or pledged, it is still to be delivered
ENACTED = frozenset({"SANCTION"})  # announcing it is the act itself


@cache
def _cues(lang: str | None, side: str) -> PatternSet:
    return table_patterns(lang, "status.toml", "announced", (side,))


def announced(lang: str | None, folded: list[str], t_start: int, t_end: int,
              window: int) -> bool:
    """Whether a word of announcing or pledging stands within `window` tokens of the trigger."""
    before = folded[max(0, t_start - window):t_start]
    after = folded[t_end:t_end + window]
    return bool((before and _cues(lang, "before").find(before))
                or (after and _cues(lang, "after").find(after)))


def announced_status(lang: str | None, folded: list[str], t_start: int, t_end: int,
                     window: int, event_type: str, status: str) -> str:
    """The status of an announced act by its type: planned aid, asserted sanctions."""
    if event_type in PROMISED and status == "asserted" \
            and announced(lang, folded, t_start, t_end, window):
        return "planned"
    if event_type in ENACTED and status == "planned" \
            and announced(lang, folded, t_start, t_end, window):
        return "asserted"
    return status
