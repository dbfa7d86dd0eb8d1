"""Targets for acts whose clause names no party they are done to.

Applied once the coder has chosen every event's parties (`code_document`). An event with a
source of a known country (or organisation) and no target takes, in this order:

1. for an attack, an arrest or a protest, the country of the place its clause names ("RSF
   drones struck the power station in Atbara": Sudan; "police fired tear gas at marchers in
   Oruro": Bolivia), its own country included: an act at home is done to the country, but
   for a state's army, which at home fights an enemy there;
2. for a call or a condemnation that names fighting ("called for an immediate ceasefire",
   "condemned the attacks"), the country of the side that attacked in the nearest attack the
   article tells (the side attacked, when that is the speaker's own);
3. for a state's demand, accusation, rejection, threat, coercion or protest aimed at a
   domestic object (the authorities, the police, the organisers: a role or sector word of no
   country of its own, or a word the pack lists under `syntax.toml [targets] domestic`),
   the source's own country;
4. for a protest, the source's own country: people protest against their own state unless
   the clause names a foreign party.

Mobilisations keep no target: a deployment at home is aimed at a neighbour the clause
seldom names, and annotators leave it open. Seizures ("found a weapons cache") and acts a
party does with its own (withdrawing its troops, offering talks, dropping a bill) keep none
either: the domestic fallbacks serve demands, accusations, coercion and protest only.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from wirewatch.lang.loader import Pack, table_patterns
from wirewatch.lang.patterns import PatternSet
from wirewatch.models import ActorRef, EventMention, Mention
from wirewatch.text.tokens import Tokens

PLACED_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})  # acts done where they happen
CALL_TYPES = frozenset({"REQUEST", "ACCUSE"})  # calls and condemnations about fighting
HOSTILE_TYPES = frozenset({"ASSAULT"})  # the fighting such a call names
HOME_TYPES = frozenset({"PROTEST"})  # acts done at home unless told otherwise
DOMESTIC_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "COERCE", "PROTEST"})
NO_FALLBACK = frozenset({"MOBILIZE"})
UNAIMED_MODES = frozenset({"seize"})  # a cache found, a port taken: done to no one named
OBJECT_REACH = 6  # tokens on either side of a trigger where its object may stand
TOPIC_REACH = 10  # tokens on either side of a call's trigger where what it is about is told
DOMESTIC_KINDS = frozenset({"role", "sector", "collective"})  # parties told by what they are
ARMED_SECTORS = frozenset({"MILITARY", "SECURITY", "REBELS"})  # as often another side's


def fill_missing_targets(events: list[EventMention], mentions: list[Mention], tokens: Tokens,
                         pack: Pack) -> list[EventMention]:
    """The events, each one with no target given the fallback target it has, if any."""
    return [_with_target(e, events, mentions, tokens, pack) for e in events]


def _with_target(e: EventMention, events: list[EventMention], mentions: list[Mention],
                 tokens: Tokens, pack: Pack) -> EventMention:
    if e.target is not None or not e.source.country or e.type in NO_FALLBACK \
            or e.mode in UNAIMED_MODES:
        return e
    country = _place_country(e, mentions, tokens, pack) or _fighting_country(e, events, tokens, pack)
    if country is None and _state(e.source.country) and e.type in DOMESTIC_TYPES:
        country = _domestic_country(e, mentions, tokens, pack) or _home_country(e)
    if country is None:
        return e
    return replace(e, target=ActorRef(country, country, None), target_mention=None)


def _state(country: str | None) -> bool:
    """A state's code, not an organisation's ("IGO:UN"): only a state has a home."""
    return bool(country) and ":" not in country


def _place_country(e: EventMention, mentions: list[Mention], tokens: Tokens,
                   pack: Pack) -> str | None:
    """The country of the place nearest the trigger of an attack, arrest or protest."""
    if e.type not in PLACED_TYPES:
        return None
    places = [m for m in _in_sentence(e, mentions) if m.kind == "place" and _state(m.country)
              and _governed_by(e, m, tokens, pack) and not _defended(e, m)]
    if not places:
        return None
    return min(places, key=lambda m: _distance(e, m)).country


def _defended(e: EventMention, place: Mention) -> bool:
    """A state's army striking on its own soil fights an enemy there ("Russian troops
    attacked positions near Kursk"), not its own country; police, security forces and armed
    groups acting at home act against it."""
    m = e.source_mention
    return place.country == e.source.country and m is not None \
        and (m.kind in ("country", "demonym") or m.role == "MILITARY")


def _governed_by(e: EventMention, place: Mention, tokens: Tokens, pack: Pack) -> bool:
    """Whether no word of another act stands between the trigger and the place ("launched an
    offensive and held talks in Istanbul": Istanbul is where the talks are held)."""
    trigger = tokens.index_range(e.trigger_start, e.trigger_end)
    named = tokens.index_range(place.start, place.end)
    a, b = (trigger[1], named[0]) if trigger[1] <= named[0] else (named[1], trigger[0])
    return not pack.events.find(tokens.folded[a:b])


def _fighting_country(e: EventMention, events: list[EventMention], tokens: Tokens,
                      pack: Pack) -> str | None:
    """The attacker's country in the attack nearest a call or condemnation that names
    fighting, those told before it first; never the speaker's own."""
    if e.type not in CALL_TYPES or not _names_fighting(e, tokens, pack):
        return None
    attacks = [a for a in events if a.type in HOSTILE_TYPES and a is not e
               and _state(a.source.country)]
    before = [a for a in attacks if a.start <= e.start]
    after = [a for a in attacks if a.start > e.start]
    nearest = before[-1] if before else after[0] if after else None
    side = _other_side(nearest, e.source.country) if nearest else None
    return side if side != e.source.country else None


def _other_side(attack: EventMention, speaker: str) -> str | None:
    """The attacker's country, or the attacked one when the speaker is the attacker's own
    ("Russia called for a ceasefire" after Russian strikes calls on Ukraine)."""
    if attack.source.country != speaker:
        return attack.source.country
    return attack.target.country if attack.target else None


def _names_fighting(e: EventMention, tokens: Tokens, pack: Pack) -> bool:
    """Whether the words around a call's trigger name an attack or a ceasefire."""
    a, b = _span_around(e, tokens, TOPIC_REACH)
    window = tokens.folded[a:b]
    attacks = any(m.payload.type in HOSTILE_TYPES for m in pack.events.find(window))
    return attacks or bool(_wording(pack.lang, "conflict").find(window))


def _domestic_country(e: EventMention, mentions: list[Mention], tokens: Tokens,
                      pack: Pack) -> str | None:
    """The source's country when the act's object is one of its domestic institutions or
    groups: a role or sector word of no country of its own, or a domestic word of the pack.
    A body named with the source's own country ("accused the Serbian government", "denied
    that Russian troops attacked") is a side the coder chose not to oppose to it."""
    a, b = _span_around(e, tokens, OBJECT_REACH)
    home = e.source.country
    for m in _in_sentence(e, mentions):
        i, j = tokens.index_range(m.start, m.end)
        if a <= i and j <= b and m.kind in DOMESTIC_KINDS and m.country is None \
                and m.role not in ARMED_SECTORS and not _is_source(e, m):
            return home
    return home if _wording(pack.lang, "domestic").find(tokens.folded[a:b]) else None


def _home_country(e: EventMention) -> str | None:
    """The source's own country for acts a state or its people do at home."""
    return e.source.country if e.type in HOME_TYPES else None


def _span_around(e: EventMention, tokens: Tokens, reach: int) -> tuple[int, int]:
    """Token range of `reach` tokens on either side of the trigger, inside its sentence."""
    first, last = tokens.index_range(e.start, e.end)
    a, b = tokens.index_range(e.trigger_start, e.trigger_end)
    return max(first, a - reach), min(last, b + reach)


def _in_sentence(e: EventMention, mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if e.start <= m.start and m.end <= e.end]


def _is_source(e: EventMention, m: Mention) -> bool:
    s = e.source_mention
    return s is not None and s.start == m.start and s.end == m.end


def _distance(e: EventMention, m: Mention) -> int:
    return min(abs(m.start - e.trigger_end), abs(e.trigger_start - m.end))


@cache
def _wording(lang: str, key: str) -> PatternSet:
    """A word list of the pack's `syntax.toml [targets]` table."""
    return table_patterns(lang, "syntax.toml", "targets", (key,))
