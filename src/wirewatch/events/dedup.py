"""One document repeating an event yields one mention (INTERFACE.md, SCHEMA.md)."""

from __future__ import annotations

from wirewatch.models import EventMention


def signature(e: EventMention) -> tuple:
    def side(ref):
        return (ref.id, ref.country) if ref else None

    return (e.type, e.mode, side(e.source), side(e.target), e.date, e.status)


def collapse_repeats(events: list[EventMention]) -> list[EventMention]:
    """Keep the most confident mention of each repeated (type, mode, dyad, date, status)."""
    best: dict[tuple, EventMention] = {}
    for e in events:
        key = signature(e)
        if key not in best or e.confidence > best[key].confidence:
            best[key] = e
    return sorted(best.values(), key=lambda e: (e.start, e.trigger_start))
