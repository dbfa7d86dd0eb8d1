"""What the structure around a trigger says about its actors: read from pack data only.

The coder places actors by word order (docs/packs.md); some languages say the roles with
markers instead, and this module reads them from `syntax.toml`:

- a passive agent ("被美国制裁", "von Russland angegriffen", "atacada por Rusia",
  "İsrail tarafından"): the trigger is read like an English "attacked by" trigger
  (order "passive"), with the marked actor as its source;
- a case after an actor (Persian object marker را, Turkish endings 'yı 'a 'dan): the actor is
  no subject, or (locative endings) a setting;
- an actor inside the gap of a discontinuous trigger ("griff die Ukraine an", "lanzó contra
  Ucrania un ataque"): a party after the verb, not a word of the trigger;
- an instrument phrase near a trigger ("con drones", "mit Raketen", "用无人机", "dronlarla"):
  the mode of the event;
- the agent of a noun naming an act done to someone ("the shelling of Beirut by Israel",
  "обстрел Бейрута израильской авиацией", "l'offensive azerbaïdjanaise"): the noun is read
  like a passive, its agent the source and its complement the target.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from wirewatch.lang.loader import AgentMarker, Phrase, Syntax, Trigger
from wirewatch.lang.patterns import Match, literal_walk, parse_pattern
from wirewatch.text.keys import straight_apostrophe

REACH = 6  # tokens at most between a trigger and its passive agent or instrument phrase
NOUN_REACH = 8  # ... and between an act noun and its agent, past its complement ("of two French citizens")
MARKER_GAP = 2  # words at most between an agent marker and its actor ("von der russischen Armee")
INSTRUMENT_GAP = 3  # words at most between an instrument marker and its word ("con decenas de drones")
VOICED = ("svo", "sov", "passive")  # noun triggers name their agent themselves
# Acts done to someone (PLOVER's material conflict with a recipient): the complement of their
# noun is what suffers them ("the invasion of Ukraine"), not who acts, as it is of a visit.
DONE_TO = frozenset({"ASSAULT", "COERCE", "SANCTION"})


class Span(Protocol):
    """A placed actor: token span inside the text (the coder's `Placed`)."""

    start: int
    end: int


@dataclass
class Reading:
    """A trigger as its surroundings read it."""

    trigger: Trigger  # order "passive" when an agent marks it, mode from an instrument
    agent: Any | None = None  # the marked agent, the source of a passive trigger
    inside: list = field(default_factory=list)  # actors in the trigger's gap
    words: int = 0  # tokens the trigger's own words cover, its gaps left out
    gap: tuple[str, ...] = ()  # the words its gaps skip, where status cues may stand
    nominal: bool = False  # an act noun whose agent follows it: its target follows it too
    act_noun: bool = False  # an act done to someone read as a noun ("l'arrestation ... d'un agent")


def _reaches_gap(actor, literal: set[int], t_end: int) -> bool:
    """An actor opening on a word of the trigger itself and running on into its gap ("convocó
    al embajador ruso para protestar", where "embajador*" is a word of the trigger): the
    summoned envoy stands inside the trigger, as an actor in its gap does."""
    return any(k not in literal for k in range(actor.start + 1, min(actor.end, t_end)))


def read_trigger(syntax: Syntax, trigger: Trigger, match: Match, folded: list[str],
                 placed: list, clause: tuple[int, int, int], offset: int) -> Reading:
    """The reading of one trigger match (`match` indexes `folded[offset:]`, `placed` and
    `clause` index `folded`, the whole text's folded tokens)."""
    t_start, t_end = offset + match.start, offset + match.end
    mode = instrument_mode(syntax, trigger.type, folded, clause, t_start, t_end)
    if mode is not None:
        trigger = replace(trigger, mode=mode)
    passive, agent = passive_agent(syntax, folded, placed, clause, t_start, t_end) \
        if trigger.order in VOICED else (False, None)
    literal = {offset + k for k in
               literal_positions(match.pattern, folded[offset:offset + match.end], match.start)}
    inside = [p for p in placed if t_start < p.start < t_end
              and (p.start not in literal or _reaches_gap(p, literal, t_end))]
    nominal = act_noun = False  # an actor in the trigger's gap is its verb's ("أسقطت الدفاعات السورية طائرة")
    if not passive and not inside and trigger.type in DONE_TO \
            and (as_noun(syntax, trigger, folded, placed, clause[0], t_start)
                 or agent_word_follows(syntax, folded, t_end, clause[1])):
        agent = noun_agent(syntax, folded, placed, clause, t_start, t_end)
        passive = nominal = agent is not None
        act_noun = True
    if passive:
        trigger = replace(trigger, order="passive")
    gap = tuple(folded[k] for k in range(t_start, t_end) if k not in literal)
    return Reading(trigger, agent, inside, len(literal), gap, nominal, act_noun)


def as_noun(syntax: Syntax, trigger: Trigger, folded: list[str], placed: list, lo: int,
            t_start: int) -> bool:
    """Whether a trigger reads as a noun: declared one, after an article or a possessive ("the
    shelling", "l'offensive"), or with no party before it in its clause, where no subject
    makes it a verb ("Обстрел Бейрута ...")."""
    return trigger.order == "noun" \
        or (t_start > lo and folded[t_start - 1] in syntax.articles) \
        or not any(lo <= p.start and p.end <= t_start for p in placed)


def agent_word_follows(syntax: Syntax, folded: list[str], t_end: int, hi: int) -> bool:
    """Whether an agent word of an act noun stands right after the trigger ("protested an
    unprovoked attack by China", "condenó el brutal ataque por parte de Rusia"): the trigger is
    a noun naming its agent, though an adjective, not an article, stands before it and its
    clause names a party before it."""
    return any(_starts_at(folded, t_end, phrase, hi) for phrase in syntax.noun_agents)


def noun_agent(syntax: Syntax, folded: list[str], placed: list, clause: tuple[int, int, int],
               t_start: int, t_end: int):
    """The agent of an act noun, the first actor after it that is marked as one: after an agent
    word of the pack ("by Israel", "par l'Iran", "de către Iran"), in its agent case (Russian
    instrumental "иранскими властями", or the noun a country's adjective qualifies: "израильской
    авиацией"), or a country's adjective right after the noun ("l'offensive azerbaïdjanaise",
    "القصف الأذربيجاني"), when the trigger is that one noun: after "attack on" or "expulsão do
    embaixador" the adjective qualifies the one who suffers the act. The agent word may close
    the trigger itself (a pattern "attack by")."""
    _, hi, _ = clause
    for p in placed:
        if p.start < t_end or p.end > hi or p.start - t_end > NOUN_REACH:
            continue
        free = folded[p.start - 1] not in syntax.prepositions
        adjective = p.mention.demonym and p.mention.kind == "country"
        if (p.start == t_end == t_start + 1 and adjective) \
                or (free and _agent_case(syntax, folded, p, adjective, hi)) \
                or any(_ends_at(folded, p.start - gap, phrase, t_start + 1)
                       for gap in range(MARKER_GAP + 1) for phrase in syntax.noun_agents):
            return p
    return None


def after_noun_agent_word(syntax: Syntax, folded: list[str], p, lo: int) -> bool:
    """Whether an agent word of an act noun stands right before the actor ("a proposal by
    Kyiv", "une proposition de la part de Kiev")."""
    return any(_ends_at(folded, p.start - gap, phrase, lo)
               for gap in range(MARKER_GAP + 1) for phrase in syntax.noun_agents)


def _agent_case(syntax: Syntax, folded: list[str], p, adjective: bool, hi: int) -> bool:
    """The actor's last word, or the noun right after a country's adjective, ends in the
    agent case (`[cases] noun_agent_endings`)."""
    if not syntax.noun_agent_endings:
        return False
    words = [folded[p.end - 1]] + ([folded[p.end]] if adjective and p.end < hi else [])
    return any(straight_apostrophe(w).endswith(syntax.noun_agent_endings) for w in words)


def literal_positions(pattern: str, keys: list[str], start: int) -> list[int]:
    """Token positions a pattern's words match from `start`, leaving out what its gaps skip
    (the same leftmost reading as `PatternSet.find`)."""
    return literal_walk(parse_pattern(pattern), 0, keys, start) or []


def case_after(syntax: Syntax, folded: list[str], p: Span, hi: int) -> tuple[bool, bool]:
    """(non-subject, locative) from what follows an actor: a postposition right after it
    (Persian را) or a case ending on its last word (Turkish "Rusya'yı", "İran'da")."""
    last = straight_apostrophe(folded[p.end - 1])
    following = folded[p.end] if p.end < hi else ""
    locative = last.endswith(syntax.locative_endings) if syntax.locative_endings else False
    oblique = following in syntax.postpositions or locative or (
        bool(syntax.non_subject_endings) and last.endswith(syntax.non_subject_endings))
    return oblique, locative


def passive_agent(syntax: Syntax, folded: list[str], placed: list,
                  clause: tuple[int, int, int], t_start: int, t_end: int):
    """(passive, agent): whether an agent marker makes the trigger passive, and the marked
    actor nearest it. An agent-less marker right before the trigger ("乌克兰遭到袭击") still
    makes it passive: its subject is what suffers the act."""
    lo, hi, _ = clause
    best = None
    for marker in syntax.agents:
        if marker.auxiliaries is not None and not marker.auxiliaries.find(folded[lo:hi]):
            continue
        for p in placed:
            if lo <= p.start and p.end <= hi and agent_marked(marker, folded, p, lo, hi):
                distance = t_start - p.end if marker.side == "before" else p.start - t_end
                if 0 <= distance <= REACH and (best is None or distance < best[0]):
                    best = (distance, p)
    if best is not None:
        return True, best[1]
    return _bare_marker(syntax, folded, placed, lo, t_start, t_end), None


# The state organs that make an arrest whose agent a report leaves unnamed ("four people were
# detained"): PLOVER codes it as the police's (COP) of the country it happens in.
ARRESTERS = frozenset({"POLICE", "SECURITY"})


def unnamed_arrester(placed: list, t_start: int):
    """The agent of an arrest told in the passive with no agent, place or party in its clause
    ("Polis göstericilere müdahale etti; 40 kişi gözaltına alındı", "In Thessaloniki police
    used tear gas, while four people were detained"): the police or security forces its
    sentence names with their country, nearest first, else the place its sentence is set in."""
    def nearest(row: list):
        return min(row, key=lambda p: abs(p.start - t_start)) if row else None
    police = [p for p in placed if p.mention.kind == "sector" and p.mention.country
              and p.mention.role in ARRESTERS]
    places = [p for p in placed if p.located and p.mention.country]
    return nearest(police) or nearest(places)


def agent_marked(marker: AgentMarker, folded: list[str], p: Span, lo: int, hi: int) -> bool:
    if marker.endings and straight_apostrophe(folded[p.end - 1]).endswith(marker.endings):
        return True
    for gap in range(MARKER_GAP + 1):
        if any(_ends_at(folded, p.start - gap, phrase, lo) for phrase in marker.before) \
                or any(_starts_at(folded, p.end + gap, phrase, hi) for phrase in marker.after):
            return True
    return False


def _bare_marker(syntax: Syntax, folded: list[str], placed: list, lo: int, t_start: int,
                 t_end: int) -> bool:
    """A marker that needs no auxiliary opening the trigger ("被捕") or standing just before
    it, no actor between."""
    for marker in syntax.agents:
        if marker.auxiliaries is not None or marker.side != "before":
            continue
        if any(_starts_at(folded, t_start, phrase, t_end - 1) for phrase in marker.before):
            return True
        for gap in range(2):
            end = t_start - gap
            if any(_ends_at(folded, end, phrase, lo) for phrase in marker.before) \
                    and not any(end <= p.start < t_start for p in placed):
                return True
    return False


def _ends_at(folded: list[str], end: int, phrase: Phrase, lo: int) -> bool:
    start = end - len(phrase)
    return start >= lo and tuple(folded[start:end]) == phrase


def _starts_at(folded: list[str], start: int, phrase: Phrase, hi: int) -> bool:
    return start + len(phrase) <= hi and tuple(folded[start:start + len(phrase)]) == phrase


def instrument_mode(syntax: Syntax, etype: str, folded: list[str],
                    clause: tuple[int, int, int], t_start: int, t_end: int) -> str | None:
    """The mode an instrument phrase near the trigger states ("atacó Ucrania con drones"):
    the nearest instrument word of the trigger's type that a marker opens (or, in a pack
    without markers, that carries its instrumental ending itself)."""
    words = syntax.instruments.get(etype)
    if words is None:
        return None
    lo, hi, _ = clause
    best = None
    for m in words.find(folded[lo:hi]):
        start, end = lo + m.start, lo + m.end
        if syntax.instrument_markers:
            opened = [k for k in range(max(lo, start - INSTRUMENT_GAP - 1), start)
                      if any(_starts_at(folded, k, phrase, start) for phrase in syntax.instrument_markers)]
            if not opened:
                continue
            start = opened[0]
        distance = max(start - t_end, t_start - end, 0)  # 0 inside the trigger's gap
        if 0 <= distance <= REACH and (best is None or distance < best[0]):
            best = (distance, m.payload)
    return best[1] if best else None
