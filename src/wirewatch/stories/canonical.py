"""Canonical events: the mentions, from one or many documents, of one real-world event.

Mentions merge when their type family and dyad agree (either order for symmetric types),
their modes do not conflict, their dates are compatible at the precision each knows (one is
a prefix of the other), and they are in the same story or both dated to the month or better;
an undated mention merges only inside its story. Planned events are linked to the asserted
event that fulfils them, never merged with it.

One exception crosses stories without a date: a treaty is signed once per dyad in a period,
so a report that only refers back to a signing ("the two had signed a defence pact") joins
the one dated signing of that dyad in the two years before it (`join_back_references`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta

from wirewatch.events.quad import SYMMETRIC_TYPES
from wirewatch.stories.signing import TREATY_TYPES, is_treaty

LINK_HORIZON = timedelta(days=365)
BACK_REFERENCE = timedelta(days=730)


@dataclass
class MentionRow:
    id: str
    doc_id: str
    story_id: str | None
    lang: str | None
    published: str | None
    type: str
    mode: str | None
    source_id: str | None
    source_country: str | None
    source_actor: str | None
    target_id: str | None
    target_country: str | None
    target_actor: str | None
    date: str | None
    date_precision: str
    status: str
    confidence: float
    location: str | None
    event_id: str | None = None
    evidence: str = ""
    start: int = 0
    trigger_start: int = 0
    trigger_end: int = 0
    date_basis: str | None = None

    @property
    def joining_date(self) -> str | None:
        """The date to compare with other reports: a report's own day standing in for a date
        its text does not give says only "in the days before this report", so it is
        compared by its month."""
        if self.date and self.date_basis == "report":
            return self.date[:7]
        return self.date


@dataclass
class Canonical:
    mentions: list[MentionRow] = field(default_factory=list)

    @property
    def first(self) -> MentionRow:
        return self.mentions[0]

    @property
    def id(self) -> str:
        return hashlib.sha256(("event:" + self.first.id).encode()).hexdigest()[:16]


def family(event_type: str, mode: str | None) -> str:
    """Signing a treaty is SUPPORT in the PLOVER manual; coders also write AGREE or COOPERATE."""
    return "TREATY" if mode == "treaty" and event_type in TREATY_TYPES else event_type


def pair_key(family_: str, source: str | None, target: str | None) -> tuple:
    pair = (source, target)
    if family_ in SYMMETRIC_TYPES or family_ == "TREATY":
        pair = tuple(sorted(pair, key=lambda x: x or ""))
    return pair


def mention_family(m: MentionRow) -> str:
    """The family of a mention, reading its sentence for a treaty cue (`signing.is_treaty`)."""
    trigger = (m.trigger_start - m.start, m.trigger_end - m.start)
    return "TREATY" if is_treaty(m.type, m.mode, m.lang, m.evidence, trigger) else m.type


def dyad_key(m: MentionRow) -> tuple:
    kind = mention_family(m)
    pair = pair_key(kind, m.source_country or m.source_id, m.target_country or m.target_id)
    return (kind, pair, m.status == "planned")


def dates_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return False
    if "-W" in a or "-W" in b:
        return a[:4] == b[:4]
    return a.startswith(b) or b.startswith(a)


def modes_compatible(a: str | None, b: str | None) -> bool:
    """A phone call and a visit between the same pair on the same day are two events."""
    return a is None or b is None or a == b


def _joins(m: MentionRow, group: Canonical) -> bool:
    for other in group.mentions:
        if m.doc_id == other.doc_id or not modes_compatible(m.mode, other.mode):
            continue
        same_story = m.story_id is not None and m.story_id == other.story_id
        if dates_compatible(m.joining_date, other.joining_date) \
                and (same_story or _precise(m, other)):
            return True
        if same_story and (m.date is None or other.date is None):
            return True
    return False


def _precise(a: MentionRow, b: MentionRow) -> bool:
    """Dated to the month or better: specific enough to merge across stories."""
    return a.date is not None and b.date is not None \
        and len(a.joining_date) >= 7 and len(b.joining_date) >= 7


def _order(m: MentionRow) -> tuple:
    return (m.published or "9999", m.doc_id, m.id)


def build_canonical(rows: list[MentionRow]) -> list[Canonical]:
    """Group mentions, taken in order of publication then id, into canonical events."""
    groups: dict[tuple, list[Canonical]] = {}
    out: list[Canonical] = []
    for m in sorted(rows, key=_order):
        bucket = groups.setdefault(dyad_key(m), [])
        target = next((g for g in bucket if _joins(m, g)), None)
        if target is None:
            target = Canonical()
            bucket.append(target)
            out.append(target)
        target.mentions.append(m)
    joined = join_back_references(groups)
    return [g for g in out if id(g) not in joined]


def stated_date(m: MentionRow) -> str | None:
    """The mention's date, unless its report's publication date only stands in for it.

    The time stage dates an asserted event that has no time expression of its own by its
    report (`date_basis` "report"; stores from before that field: the publication month):
    such a date says no more than "before this report".
    """
    if m.date_basis == "report":
        return None
    if m.date and m.date_precision != "day" and m.published and m.published.startswith(m.date):
        return None
    return m.date


def period(value: str | None) -> tuple[date, date] | None:
    """First and last day of a date known to the month or the day ("2024-06-12TMO" is a
    part of that day); None when coarser or a week."""
    if not value or len(value) < 7 or "-W" in value:
        return None
    if len(value) >= 10:
        day = date.fromisoformat(value[:10])
        return day, day
    first = date(int(value[:4]), int(value[5:7]), 1)
    following = (first + timedelta(days=31)).replace(day=1)
    return first, following - timedelta(days=1)


def _signed_in(group: Canonical) -> tuple[date, date] | None:
    """The most precise stated period of a group's mentions."""
    periods = [p for m in group.mentions if (p := period(stated_date(m)))]
    return min(periods, key=lambda p: p[1] - p[0]) if periods else None


def _referred_from(group: Canonical) -> date | None:
    """The first report of a group that only refers back to a past signing: every mention
    asserted, published and without a date of its own; else None."""
    ms = group.mentions
    if any(m.status != "asserted" or stated_date(m) or not m.published for m in ms):
        return None
    return min(date.fromisoformat(m.published) for m in ms)


def join_back_references(groups: dict[tuple, list[Canonical]]) -> set[int]:
    """Fold each undated treaty group into the one dated signing it can refer back to.

    Only treaties: a signing happens once per dyad in a period, so an undated "had signed"
    names a known signing, while an undated attack or meeting could be any of many. The
    signing must lie within `BACK_REFERENCE` before the group's first report; when two
    signings of the dyad do, the reference is ambiguous and stays its own event. Returns the
    ids (`id()`) of the groups folded away.
    """
    joined: set[int] = set()
    for (kind, _pair, planned), bucket in groups.items():
        if kind != "TREATY" or planned:
            continue
        signings = [(g, p) for g in bucket if (p := _signed_in(g))]
        for group in bucket:
            reported = _referred_from(group)
            if reported is None:
                continue
            fits = [g for g, (first, last) in signings
                    if last <= reported and first >= reported - BACK_REFERENCE]
            if len(fits) == 1:
                fits[0].mentions = sorted(fits[0].mentions + group.mentions, key=_order)
                joined.add(id(group))
    return joined


def summarise(group: Canonical) -> dict:
    """The canonical event's row: fields of its best-dated, most confident mention."""
    ms = group.mentions
    best = max(ms, key=lambda m: (len(m.joining_date or ""), len(m.date or ""), m.confidence))
    docs = {m.doc_id for m in ms}
    statuses = [m.status for m in ms]
    status = "asserted" if "asserted" in statuses else max(set(statuses), key=statuses.count)
    miss = 1.0
    for doc in docs:
        miss *= 1 - max(m.confidence for m in ms if m.doc_id == doc)
    published = sorted(m.published for m in ms if m.published)
    mode = "treaty" if mention_family(best) == "TREATY" else \
        best.mode or next((m.mode for m in ms if m.mode), None)
    return {
        "id": group.id, "type": best.type, "mode": mode,
        "source_id": best.source_id, "source_country": best.source_country,
        "source_actor": best.source_actor or next((m.source_actor for m in ms if m.source_actor), None),
        "target_id": best.target_id, "target_country": best.target_country,
        "target_actor": best.target_actor or next((m.target_actor for m in ms if m.target_actor), None),
        "date": best.date, "date_precision": best.date_precision, "status": status,
        "confidence": round(1 - miss, 3), "location": best.location or next((m.location for m in ms if m.location), None),
        "n_mentions": len(ms), "n_documents": len(docs),
        "languages": ",".join(sorted({m.lang for m in ms if m.lang})),
        "first_seen": published[0] if published else None,
        "last_seen": published[-1] if published else None,
        "story_id": group.first.story_id, "linked_planned_id": None,
    }


def link_key(summary: dict) -> tuple:
    kind = family(summary["type"], summary["mode"])
    return (kind, pair_key(kind, summary["source_country"], summary["target_country"]))


def _when(summary: dict) -> date | None:
    """When it happened (asserted, day known) or else when it was first reported."""
    day = summary["date"] if summary["date"] and len(summary["date"]) == 10 else None
    value = (day if summary["status"] != "planned" else None) or summary["first_seen"]
    return date.fromisoformat(value) if value else None


def link_planned(summaries: list[dict]) -> dict[str, str | None]:
    """Planned event linked by each asserted event: the first fulfilment, within a year.

    Each planned event is taken, oldest first, by the earliest asserted event of the same
    type family and dyad that happens on or after the day it was first reported.
    """
    links: dict[str, str | None] = {s["id"]: None for s in summaries if s["status"] != "planned"}
    asserted = sorted((s for s in summaries if s["status"] != "planned" and _when(s)),
                      key=lambda s: (_when(s), s["id"]))
    planned = sorted((s for s in summaries if s["status"] == "planned" and _when(s)),
                     key=lambda s: (_when(s), s["id"]))
    for p in planned:
        start = _when(p)
        for a in asserted:
            if links[a["id"]] is None and link_key(a) == link_key(p) \
                    and start <= _when(a) <= start + LINK_HORIZON:
                links[a["id"]] = p["id"]
                break
    return links
