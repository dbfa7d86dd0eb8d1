"""Definite descriptions that name a party of the report named before them.

News names a party once and then describes it: "the Houthis said ... the group released 120
prisoners", "Russia struck Kyiv ... attacked the capital again", "NATO ... Romania asked the
allies for air defence". Each description (`lang/<xx>/actors.toml` `[anaphora]`) stands for
the last party of its class named before it:

- `group`: the last armed group or non-governmental organisation;
- `capital`: the country of the last capital city named (a `capital` metonym);
- `alliance`: the last alliance named (`actors/data/alliances.toml`).

A description that says itself whom it means stays unread: with a name after it ("the capital
Kyiv", "столица Украины", "العاصمة العمانية") or a genitive ("the allies of Ukraine"), or with
an owner right before it, an adjective ("украинская столица") or a possessive name
("Ukraine's allies", "Ukrayna'nın başkenti", "乌克兰首都") — not any name before it:
"Russland hat die Hauptstadt angegriffen" names the attacker there. A description with no
such party before it stays unread too.

An office said with its country and no name ("the Turkish minister", "der iranische
Minister", "турецкий министр", or the report's home office "the defence minister") after the report named its holder stands for that
person (`named_holders`): the last person of that country named before it, when the office
he was named with or holds in the knowledge base is that office (a bare "minister" is any
minister's). A person of that country in another office named in between is a change of
subject: the office then stays the country's, resolved by date.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cache

from wirewatch.actors.kb import KnowledgeBase, data_root
from wirewatch.lang.loader import table_patterns
from wirewatch.lang.patterns import Match, PatternSet, longest_non_overlapping
from wirewatch.models import Mention
from wirewatch.text.keys import fold, straight_apostrophe
from wirewatch.text.tokens import Tokens

CONFIDENCE = 0.7
ORGANISATION_KINDS = frozenset({"armed_group", "ngo"})
MIN_CAPITAL_KEY = 4  # letters of a capital's name an inflected form must start with


@cache
def description_words(lang: str | None) -> PatternSet:
    """The pack's descriptions, each with its class as payload."""
    return table_patterns(lang, "actors.toml", "anaphora")


@cache
def alliances() -> frozenset[str]:
    """The ids of the organisations "the alliance" and "the allies" name."""
    data = tomllib.loads((data_root() / "alliances.toml").read_text(encoding="utf-8"))
    return frozenset(data.get("alliances", ()))


@cache
def capital_keys(kb: KnowledgeBase) -> frozenset[str]:
    """Folded names of the capitals (`capital` metonyms) in all languages."""
    return frozenset(fold(n) for m in kb.metonyms if m.kind == "capital" for n in m.names)


def described_parties(mentions: list[Mention], tokens: Tokens, text: str, lang: str | None,
                      kb: KnowledgeBase, genitive: frozenset[str]) -> list[Mention]:
    """Mentions for the descriptions that stand for a party named before them; `genitive`
    are the words after which a description names its own owner ("the allies of")."""
    found = longest_non_overlapping(description_words(lang).find(tokens.folded))
    if not found:
        return []
    at = _mention_at(tokens, mentions)
    ordered = sorted(mentions, key=lambda m: m.start)
    out = []
    for match in found:
        if _owned(match, tokens, text, at, genitive):
            continue
        start, end = tokens.spans[match.start][0], tokens.spans[match.end - 1][1]
        referent = _referent(match.payload, [m for m in ordered if m.end <= start], kb)
        if referent is not None:
            out.append(replace(referent, start=start, end=end, surface=text[start:end],
                               role=None, confidence=CONFIDENCE, demonym=False))
    return out


def _mention_at(tokens: Tokens, mentions: list[Mention]) -> dict[int, Mention]:
    out: dict[int, Mention] = {}
    for m in mentions:
        a, b = tokens.index_range(m.start, m.end)
        out.update(dict.fromkeys(range(a, max(b, a + 1)), m))
    return out


def _owned(match: Match, tokens: Tokens, text: str, at: dict[int, Mention],
           genitive: frozenset[str]) -> bool:
    """The description names its own party: a mention inside or right after it, a genitive
    after it, or an adjective or possessive name right before it."""
    if any(k in at for k in range(match.start, match.end + 1)):
        return True
    if match.end < len(tokens) and tokens.folded[match.end] in genitive:
        return True
    before = at.get(match.start - 1)
    if before is None:
        return False
    start = tokens.spans[match.start][0]
    return before.demonym or before.end == start or "'" in straight_apostrophe(before.surface)


def _referent(referent: str, before: list[Mention], kb: KnowledgeBase) -> Mention | None:
    """The last mention before of the description's class, as a mention of the party itself."""
    pick = _PICKERS.get(referent)
    if pick is None:
        return None
    return next((found for m in reversed(before) if (found := pick(m, kb)) is not None), None)


def _organisation(m: Mention, kb: KnowledgeBase) -> Mention | None:
    actor = kb.get(m.actor_id)
    return m if actor is not None and actor.kind in ORGANISATION_KINDS else None


def _capital(m: Mention, kb: KnowledgeBase) -> Mention | None:
    if m.kind != "country" or m.demonym:
        return None
    key = fold(m.surface)
    named = any(key == c or (len(c) >= MIN_CAPITAL_KEY and key.startswith(c))
                for c in capital_keys(kb))
    return m if named else None


def _alliance(m: Mention, kb: KnowledgeBase) -> Mention | None:
    """An alliance, named itself or through its officers ("NATO ministers")."""
    ids = alliances()
    if m.actor_id in ids:
        return m
    actor = kb.get(m.country) if m.country in ids else None
    if actor is None:
        return None
    return replace(m, actor_id=actor.id, name=actor.name, kind="igo", country=actor.id)


_PICKERS: dict[str, Callable[[Mention, KnowledgeBase], Mention | None]] = {
    "group": _organisation, "capital": _capital, "alliance": _alliance,
}


# a description's office -> the offices of a person it may stand for besides itself
OFFICES_WITHIN = {"minister": frozenset({"foreign_minister", "defence_minister"})}


def named_holders(mentions: list[Mention], kb: KnowledgeBase, day: date | None) -> list[Mention]:
    """The mentions, each office said without a name taken as the person of its country
    and office named before it (see the module's docstring)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    out = []
    for m in mentions:
        holder = _named_holder(m, [p for p in ordered if p.end <= m.start], kb, day) \
            if m.kind == "role" and not m.resolved and m.country else None
        out.append(m if holder is None else replace(
            holder, start=m.start, end=m.end, surface=m.surface, confidence=CONFIDENCE))
    return out


def _named_holder(office: Mention, before: list[Mention], kb: KnowledgeBase,
                  day: date | None) -> Mention | None:
    """The last person of the office's country named before it, if he holds that office."""
    person = next((p for p in reversed(before) if p.kind == "person" and p.actor_id
                   and _country_of(p, kb) == office.country), None)
    if person is None or not _holds(person, office.role, kb, day):
        return None
    return person


def _country_of(person: Mention, kb: KnowledgeBase) -> str | None:
    actor = kb.get(person.actor_id)
    return person.country or (actor.country if actor else None)


def _holds(person: Mention, office: str | None, kb: KnowledgeBase, day: date | None) -> bool:
    """Whether the person was named with the office or holds it (that day, else ever); a
    person known for no office may hold any."""
    roles = kb.roles_on(person.actor_id, day) or kb.roles_on(person.actor_id, None)
    held = {r.role for r in roles} | ({person.role} - {None})
    if not held:
        return True
    return office in held or bool(held & OFFICES_WITHIN.get(office, frozenset()))
