"""Relations between two actors over time: counts by type and quad class, net cooperation."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from sqlalchemy import func, select

from wirewatch.analysis.queries import dyad_filter, evidence_of
from wirewatch.events.quad import QUAD_CLASS, QUADS, is_cooperation
from wirewatch.store import schema

EVIDENCE_PER_PERIOD = 3


def period_of(value: str | None, by: str) -> str | None:
    """The month or ISO week a date value falls in; None when it is coarser than that."""
    if not value:
        return None
    if "-W" in value:
        year, week = value.split("-W")
        if by == "week":
            return value
        return date.fromisocalendar(int(year), int(week), 4).isoformat()[:7]
    if by == "month":
        return value[:7] if len(value) >= 7 else None
    if len(value) < 10:
        return None
    year, week, _ = date.fromisoformat(value).isocalendar()
    return f"{year}-W{week:02d}"


def dyad_timeline(store, a: str, b: str, by: str = "month", directed: bool = False) -> dict:
    """Counts come aggregated from the database per day and type, with only the few
    best-reported events of each day as evidence candidates: the cost follows the number of
    days, not of events (a busy dyad has tens of thousands)."""
    e = schema.events
    day = func.coalesce(e.c.date, e.c.first_seen).label("day")
    where = dyad_filter(e, a, b, directed)
    periods: dict[str, dict] = defaultdict(lambda: {"counts": Counter(), "events": []})
    counts = select(day, e.c.type, func.count().label("n")).where(where).group_by(day, e.c.type)
    for r in store.rows(counts):
        periods[_period_key(r["day"], by)]["counts"][r["type"]] += r["n"]
    for r in store.rows(_evidence_candidates(e, day, where)):
        periods[_period_key(r["day"], by)]["events"].append(r)
    evidence = evidence_of(store, [r["id"] for p in periods.values() for r in _top(p["events"])])
    return {"a": a, "b": b, "by": by, "directed": directed,
            "periods": [_period(p, periods[p], evidence) for p in sorted(periods)]}


def _period_key(day: str | None, by: str) -> str:
    return period_of(day, by) or "undated"


def _evidence_candidates(e, day, where):
    """The best-reported events of each day: a period's best are among its days' best."""
    rank = func.row_number().over(partition_by=day, order_by=_ranking(e.c)).label("rank")
    ranked = select(e.c.id, e.c.type, e.c.date, e.c.n_mentions, e.c.confidence, day,
                    rank).where(where).subquery()
    return select(ranked).where(ranked.c.rank <= EVIDENCE_PER_PERIOD)


def _ranking(c):
    """Most mentions first, then most confident; date and id make ties stable."""
    return (c.n_mentions.desc(), c.confidence.desc(), c.date, c.id)


def _top(events: list[dict]) -> list[dict]:
    ranked = sorted(events, key=lambda r: (-r["n_mentions"], -r["confidence"],
                                           r["date"] or "", r["id"]))
    return ranked[:EVIDENCE_PER_PERIOD]


def _period(period: str, data: dict, evidence: dict[str, list[dict]]) -> dict:
    counts: Counter = data["counts"]
    quad = {q: 0 for q in QUADS}
    for etype, n in counts.items():
        quad[QUAD_CLASS[etype]] += n
    coop = sum(n for t, n in counts.items() if is_cooperation(t))
    conflict = sum(counts.values()) - coop
    net = (coop - conflict) / (coop + conflict) if coop + conflict else 0.0
    ev = []
    for r in _top(data["events"]):
        for mention in evidence.get(r["id"], [])[:1]:
            ev.append({"event_id": r["id"], "type": r["type"], "date": r["date"], **mention})
    return {"period": period, "counts": dict(sorted(counts.items())), "quad": quad,
            "net_cooperation": round(net, 3), "evidence": ev}
