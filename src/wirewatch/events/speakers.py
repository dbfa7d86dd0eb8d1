"""Who voices a state's word: "Russia will respond in kind, Zakharova said".

The coder takes a statement's source from the clause that tells it, so a state said to demand,
warn or promise is its source. When the sentence also names one of that state's officials,
and nobody else of it, that official is the one speaking for it: the event keeps its country
and takes the official as its actor, as an analyst would cite it. Acts done rather than said
(strikes, deployments, arrests) stay the state's own: a minister in the sentence may only
be reporting them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from wirewatch.actors.kb import KnowledgeBase
from wirewatch.events.quad import QUAD_CLASS
from wirewatch.models import EventMention, Mention

# What a state says: its verbal acts, and any act it announces for later.
VOICED_QUADS = frozenset({"verbal_cooperation", "verbal_conflict"})
STATE_KINDS = frozenset({"country", "demonym", "capital", "metonym"})
SPEAKER_KINDS = frozenset({"person", "role"})


def voiced(events: list[EventMention], mentions: list[Mention], kb: KnowledgeBase,
           day: date | None) -> list[EventMention]:
    """Each statement of a state with the one official of it its sentence names as actor."""
    return [_with_speaker(e, mentions, kb, day) if _said_by_a_state(e) else e for e in events]


def _said_by_a_state(e: EventMention) -> bool:
    m = e.source_mention
    return (m is not None and m.kind in STATE_KINDS and e.source.country is not None
            and (QUAD_CLASS[e.type] in VOICED_QUADS or e.status == "planned")
            and e.type != "ASSAULT"
            and (e.target is None or e.target.country != e.source.country))


def _with_speaker(e: EventMention, mentions: list[Mention], kb: KnowledgeBase,
                  day: date | None) -> EventMention:
    target = e.target_mention
    found = [m for m in mentions
             if e.start <= m.start and m.end <= e.end and m.kind in SPEAKER_KINDS
             and (target is None or not _overlap(m, target))
             and _acts_for(m, kb, day) == e.source.country]
    named = [m for m in found if m.kind == "person"]
    officials = {_key(m): m for m in named or found}
    if len(officials) != 1:
        return e
    official = next(iter(officials.values()))
    return replace(e, source_mention=official)


def _acts_for(m: Mention, kb: KnowledgeBase, day: date | None) -> str | None:
    """The state a named official or an office speaks for on the day."""
    if m.kind == "person" and m.actor_id:
        return m.country if m.country and ":" in m.country else kb.affiliation(m.actor_id, day)
    return m.country


def _key(m: Mention) -> tuple:
    """One official named twice ("Zakharova ... Zakharova") is one speaker; a named one is
    preferred to an office ("the spokeswoman Maria Zakharova")."""
    return (m.actor_id or m.name or m.surface, m.role)


def _overlap(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end
