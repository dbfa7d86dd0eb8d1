"""Role descriptions resolved by date: "the Iranian president" on the event's date.

Runs after the time stage: a role mention takes the holder of that office on the event's
date (the publication date when the event has none, with lower confidence), and "his Iranian
counterpart" takes the holder of the other party's own office.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from wirewatch.actors.kb import SOLE_ROLES, KnowledgeBase
from wirewatch.lang.loader import pack_table
from wirewatch.models import ActorRef, EventMention, Mention, PublishedDate
from wirewatch.text.keys import fold, tokenize

ROLE_PREFERENCE = ("head_of_state", "head_of_government", "leader", "foreign_minister",
                   "defence_minister", "security_council_secretary", "secretary_general",
                   "spokesperson", "national_security_adviser")


def day_of(value: str | None, published: PublishedDate) -> tuple[date | None, bool]:
    """A representative day for a date value, and whether it came from the event itself."""
    if value:
        try:
            if "-W" in value:
                year, week = value.split("-W")
                return date.fromisocalendar(int(year), int(week), 4), True
            parts = [int(p) for p in value.split("-")]
            if len(parts) == 3:
                return date(*parts), True
            if len(parts) == 2:
                return date(parts[0], parts[1], 15), True
            pub = published.value
            if pub and pub.year == parts[0]:
                return pub, True
            return date(parts[0], 7, 1), True
        except ValueError:
            pass
    if published.value:
        return published.value, False
    if published.earliest and published.latest:
        return published.earliest + (published.latest - published.earliest) / 2, False
    return None, False


def role_of(mention: Mention, kb: KnowledgeBase, day: date | None) -> str | None:
    """The office a mentioned party holds: its stated role, else its main role that day."""
    if mention.kind == "role" and mention.role:
        return mention.role
    if mention.kind == "person" and mention.actor_id:
        held = {r.role for r in kb.roles_on(mention.actor_id, day)}
        if mention.role in held:
            return mention.role
        return next((r for r in ROLE_PREFERENCE if r in held), None)
    return None


def _holder_ref(role: str | None, country: str | None, kb: KnowledgeBase,
                day: date | None) -> ActorRef:
    if role in SOLE_ROLES and country and day:
        holder = kb.holder(role, country, day)
        if holder is not None:
            return ActorRef(holder.id, kb.affiliation(holder.id, day) or country, holder.name)
    group = kb.get(country)
    if group is not None and group.kind == "armed_group":  # "a Hamas spokesman": Hamas, of PSE
        return ActorRef(country, group.country, None)
    return ActorRef(country, country, None)


def resolve_mention(mention: Mention | None, other: Mention | None, kb: KnowledgeBase,
                    day: date | None) -> ActorRef | None:
    if mention is None:
        return None
    if mention.kind == "person" and mention.actor_id:
        actor = kb.get(mention.actor_id)
        # named with an organisation's office ("Arab League Secretary General X"): its office
        stated = mention.country if mention.country and ":" in mention.country else None
        return ActorRef(mention.actor_id, stated or kb.affiliation(mention.actor_id, day),
                        actor.name if actor else mention.name)
    if mention.kind == "role":
        return _holder_ref(mention.role, mention.country, kb, day)
    if mention.kind == "counterpart":
        role = role_of(other, kb, day) if other is not None else None
        return _holder_ref(role, mention.country, kb, day)
    return None


def resolve_event_actors(event: EventMention, kb: KnowledgeBase, published: PublishedDate) -> None:
    day, dated = day_of(event.date, published)
    for side, mine, other in (("source", event.source_mention, event.target_mention),
                              ("target", event.target_mention, event.source_mention)):
        ref = resolve_mention(mine, other, kb, day)
        if ref is not None:
            setattr(event, side, ref)
            if mine.kind in ("role", "counterpart") and not dated:
                event.confidence = round(event.confidence * 0.9, 3)


def tenure_bounds(mentions: list[Mention], kb: KnowledgeBase, text: str = "",
                  lang: str | None = None) -> list[list[tuple[date, date | None]]]:
    """For people named with their office: the terms in which they held it, one list per
    mention (bounds the publication date). Separate terms stay apart: "President Trump" is
    2017-2021 or from 2025, never 2022. A past holder ("ex-presidente Jair Bolsonaro",
    "الرئيس السابق", "前总统") bounds it only from below: the text is written after he took
    office, not while he held it."""
    bounds = []
    past = former_words(lang)
    for m in mentions:
        if m.kind != "person" or not m.actor_id or not m.role:
            continue
        if past and _named_as_former(text, m, past):
            start = min((r.start for r in kb.get(m.actor_id).roles if r.role == m.role
                         and r.start), default=None)
            if start is not None:
                bounds.append([(start, None)])
            continue
        actor = kb.get(m.actor_id)
        roles = [r for r in actor.roles if r.role == m.role] if m.role != "counterpart" else \
            [r for r in actor.roles if r.role in SOLE_ROLES]
        if roles:
            bounds.append([(r.start or date(1900, 1, 1), r.end or date.today() + timedelta(days=1))
                           for r in roles])
    return bounds



FORMER_REACH = 2  # words before a role phrase that may mark its holder as past ("the former")


def _named_as_former(text: str, m: Mention, past: frozenset[tuple[str, ...]]) -> bool:
    """Whether a past-holder word stands in the mention, in the FORMER_REACH words before it
    or in the word after it (Arabic and Persian put the adjective after the noun)."""
    words = []
    for piece in (text[max(0, m.start - 40):m.start], m.surface, text[m.end:m.end + 20]):
        words.append([fold(piece[a:b]) for a, b in tokenize(piece)])
    before, inside, after = words
    words = before[-FORMER_REACH:] + inside + after[:1]
    return any(tuple(words[k:k + len(p)]) == p for p in past for k in range(len(words)))


@cache
def former_words(lang: str | None) -> frozenset[tuple[str, ...]]:
    """The folded word sequences of `[phrases] former` in the pack's actors.toml."""
    words = pack_table(lang, "actors.toml", "phrases").get("former", [])
    return frozenset(tuple(fold(w[a:b]) for a, b in tokenize(w)) for w in words)
