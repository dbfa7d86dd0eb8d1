"""Relations between two actors over time: counts by type and quad class, net cooperation."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from sqlalchemy import select

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
    e = schema.events
    rows = store.rows(select(e).where(dyad_filter(e, a, b, directed)).order_by(e.c.date))
    evidence = evidence_of(store, [r["id"] for r in rows])
    periods: dict[str, dict] = defaultdict(lambda: {"counts": Counter(), "events": []})
    for r in rows:
        period = period_of(r["date"] or r["first_seen"], by) or "undated"
        periods[period]["counts"][r["type"]] += 1
        periods[period]["events"].append(r)
    return {"a": a, "b": b, "by": by, "directed": directed,
            "periods": [_period(p, periods[p], evidence) for p in sorted(periods)]}


def _period(period: str, data: dict, evidence: dict[str, list[dict]]) -> dict:
    counts: Counter = data["counts"]
    quad = {q: 0 for q in QUADS}
    for etype, n in counts.items():
        quad[QUAD_CLASS[etype]] += n
    coop = sum(n for t, n in counts.items() if is_cooperation(t))
    conflict = sum(counts.values()) - coop
    net = (coop - conflict) / (coop + conflict) if coop + conflict else 0.0
    top = sorted(data["events"], key=lambda r: (-r["n_mentions"], -r["confidence"]))
    ev = []
    for r in top[:EVIDENCE_PER_PERIOD]:
        for mention in evidence.get(r["id"], [])[:1]:
            ev.append({"event_id": r["id"], "type": r["type"], "date": r["date"], **mention})
    return {"period": period, "counts": dict(sorted(counts.items())), "quad": quad,
            "net_cooperation": round(net, 3), "evidence": ev}

