"""The rule coder: triggers from the language pack, actors from the mentions, status from cues.

Works sentence by sentence. Where the actors sit around a trigger is the trigger's `order`
(docs/packs.md); the nearest plausible actors win, a dyad never pairs an actor with itself,
boilerplate sentences are never coded, and negated or denied events are kept with their
status rather than dropped.
"""

from __future__ import annotations

import itertools
import unicodedata
from bisect import bisect_right, insort
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from wirewatch.actors.context import territory_nouns
from wirewatch.actors.quoted import quote_spans, quote_teller, teller_candidates
from wirewatch.actors.sectors import home_reader, sector_mention, sector_words, sectors
from wirewatch.events.announcement import announced_status
from wirewatch.events.coordination import clitic_conjunctions, conjunctions
from wirewatch.events.evaluative import Evaluation, evaluations
from wirewatch.events.person_names import named_unknowns
from wirewatch.events.quad import QUAD_CLASS, is_cooperation
from wirewatch.events.refusal import refusal
from wirewatch.events.roles import (
    after_noun_agent_word,
    agent_marked,
    case_after,
    literal_positions,
    read_trigger,
    unnamed_arrester,
)
from wirewatch.events.targets import fill_missing_targets
from wirewatch.lang.loader import Pack, Phrase, Syntax, Trigger, pack_table
from wirewatch.lang.patterns import longest_non_overlapping, parse_pattern
from wirewatch.models import ActorRef, EventMention, Mention, Sentence
from wirewatch.text.keys import fold, pattern_tokens
from wirewatch.text.tokens import Tokens, between, opening_words, phrase_at

CODER = "rules/0.2"
STATUS_PRECEDENCE = ("denied", "negated", "claimed", "planned")
CLAUSE_BREAKS = set(";:")
COMMAS = frozenset(",\uff0c\u060c")  # Latin, Chinese and Arabic commas
# Commas that join listed names ("انگلیس، فرانسه و آلمان", "埃及、坦桑尼亚和塞内加尔").
LIST_COMMAS = frozenset(",\u060c\u3001")
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
JOINT_MODES = frozenset({"treaty", "ceasefire", "discontinue"})  # acts between the two parties
# Types whose coordinated subjects act side by side on a third party, never on each other
# ("Poland and Lithuania condemned the decision"); a signing or a talk joins them, and two
# sides named with fighting and no third party fight each other ("A and B clashed").
PARALLEL = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "PROTEST", "SANCTION", "AID",
                      "COERCE", "MOBILIZE", "CONCEDE", "RETREAT"})


# Types whose event needs a recipient (PLOVER manual); the others may stand alone.
# A demand or a pledge may name no one it is made to ("demanded early elections", "promised to
# democratize the country").
TARGETLESS = frozenset({"PROTEST", "MOBILIZE", "REJECT", "RETREAT", "CONCEDE", "THREATEN",
                        "ACCUSE", "COERCE", "ASSAULT", "REQUEST", "AGREE"})
# Types a party may direct at an organ of its own country, or an organ at its own people:
# domestic politics ("police arrested protesters", "the opposition accused the government").
# Aid, talks, deployments or support between a country and its own army or government, or
# its minister and his own government, are acts of one side, no event of two.
DOMESTIC = frozenset({"PROTEST", "COERCE", "ASSAULT", "ACCUSE", "REQUEST", "REJECT",
                      "THREATEN", "SANCTION"})
# Sectors outside the state (CAMEO agent codes: rebels, civilians, opposition, students,
# labour): a domestic party of their own whatever the act ("the government agreed with the
# rebels").
NONSTATE = frozenset({"REB", "CVL", "OPP", "EDU", "LAB"})
# Sectors that are organs of a state: their country is a state's, never a body's code ("NGO:",
# "IGO:", "MIL:").
STATE_ORGANS = frozenset({"GOV", "COP", "MIL", "LEG", "JUD"})
# A place after a locative preposition is the setting of talks ("discussed the war in
# Syria", "the summit in Jakarta"), never their party; for other types it may still be the
# target when no other party is named ("a ceasefire in Lebanon", "aid delivered to Gaza").
SETTING_ONLY = frozenset({"CONSULT"})
# Types whose unnamed agent is the place where they happen ("was arrested in Iran",
# "demonstrators in Baghdad protested").
PLACE_AGENTS = frozenset({"COERCE", "PROTEST"})
# Types whose target a city or region may be, as its country (actors/places_as_parties.py):
# acts done to the place ("struck Kharkiv", "aid delivered to Gaza"); a place never acts.
PLACE_TARGETS = frozenset({"ASSAULT", "COERCE", "SANCTION", "AID"})
APPOSITION_HEADS = frozenset({"person", "role"})
# A verb whose object names the kind of act: "supplied Iran with intelligence" is
# intelligence cooperation, not material aid (PLOVER: COOPERATE covers intelligence sharing).
OBJECT_DECIDES = frozenset({("AID", "COOPERATE")})
# Talks an agreement may take as its object, planned beside it (_agreed_visit), and how many
# words ("to", "de", an article) may stand between them.
PLANNED_VISITS = frozenset({"visit"})
VISIT_REACH = 3
COMPOUND_PART = 4  # letters of a participle in a compound; shorter are clitics ("i-a prezentat")
# Types whose object is an act that has not happened, and how far (tokens) that object runs.
UNREALISED = frozenset({"REJECT", "REQUEST", "THREATEN"})
CONTENT_REACH = 6
# Calls and welcomes whose object may be cooperation the caller takes part in (_intents);
# signing is SUPPORT too, and a treaty signed is no intent.
CALLS = frozenset({"REQUEST"})
WELCOMES = frozenset({("SUPPORT", "endorse")})
PARTNER_REACH = 4  # tokens after a cooperation word that name its partners ("between A and B")
BACKGROUND_REACH = 4  # tokens between "amid" and the trigger of the circumstance it names
TOPIC_REACH = 6  # tokens between talks and their partner after a topic ("discussed the war in Ukraine with")


@dataclass
class Placed:
    """A mention with its token span inside one sentence, and its grammatical marking."""

    mention: Mention
    start: int
    end: int
    oblique: bool = False  # after a preposition or a non-subject article: never the subject
    governed: bool = False  # after a preposition: never the possessor of a noun trigger
    located: bool = False  # a place after a locative preposition: the setting, not a party
    seat: bool = False  # an institution after a locative preposition opening the sentence ("В МИД России")
    possessed: int | None = None  # token of the noun this genitive qualifies ("rivals of the West")
    bare: bool = False  # lacks the subject article its pack requires: no subject after a verb
    partner: bool = False  # after a comitative preposition ("with Erdogan"): who talks are with
    side: bool = False  # one of "both sides" of hostilities told before (_pair_anaphors)


@dataclass
class Candidates:
    """The actors of a trigger's clause, sorted by what they can be."""

    subjects: list[Placed]  # before the trigger, not oblique: possible sources
    before: list[Placed]  # before the trigger, any party (not a setting)
    after: list[Placed]  # after the trigger, any party
    places: list[Placed]  # settings: last-resort targets, except of talks
    own_end: int  # end of the trigger's own clause, before a that-clause it governs
    settings: list[Placed]  # every located place of the clause, nearest first
    verb_first: bool = True  # the language may put a subject after its verb ("a declarat Putin")
    agent: Placed | None = None  # the marked agent of a passive (roles.py)
    nominal: bool = False  # that agent follows an act noun, whose target follows it too
    reported: bool = False  # a noun trigger whose content clause follows: no act of the subject
    subject_first: bool = False  # the language never puts a subject after its verb (zh, id)
    finite: bool = True  # no infinitive marker before the trigger or its last word ("zu liefern")


def code_document(text: str, sentences: list[Sentence], tokens: Tokens,
                  mentions: list[Mention], pack: Pack,
                  triggers: dict[int, list] | None = None) -> list[EventMention]:
    """`triggers`: the pack's trigger matches of each sentence by its start, when the caller
    has looked them up already (sentence_triggers)."""
    if not pack.has_events:
        return []
    triggers = triggers if triggers is not None else {}
    mentions = named_unknowns(mentions)
    events: list[EventMention] = []
    pair = talks = speaker = None
    fighting: list[tuple[Mention, Mention] | None] = []  # the sides of each recent sentence
    home = _on_first_use(lambda: home_reader(
        text, tokens, pack.lang, {tokens.index_range(s.start, s.end)[0] for s in sentences},
        mentions))
    for sentence in sentences:
        if not sentence.boilerplate:
            sides = next((f for f in reversed(fighting) if f is not None), None)
            found = code_sentence(text, sentence, tokens, mentions, pack, talks or pair,
                                  triggers.get(sentence.start), speaker, sides, home)
            events.extend(found)
            pair = _last_pair(found) or pair
            talks = _last_pair([e for e in found if e.type in SYMMETRIC]) or talks
            speaker = found[0].source_mention if found else None
            fighting = (fighting + [_sides(_last_pair([e for e in found
                                                       if e.type in HOSTILITIES]))])[-SIDES_REACH:]
    return fill_missing_targets(_answered(events, tokens, pack), mentions, tokens, pack)


# Acts of hostility whose two sides a call on "both sides" after them addresses, and how many
# sentences back that call may reach.
HOSTILITIES = frozenset({"ASSAULT", "COERCE"})
SIDES_REACH = 2


def _sides(pair: tuple[Mention, Mention] | None) -> tuple[Mention, Mention] | None:
    """The sides of hostilities as parties: a city struck ("struck Kharkiv") stands for its
    state, which a call on both sides addresses."""
    if pair is None:
        return None
    return tuple(_as_state(m) if m.kind == "place" else m for m in pair)


# Replies a party gives to what was done to it; named without a recipient they answer it.
# A welcome or thanks with no recipient ("Kyiv welcomed the sanctions", WELCOMES) answers the
# act it names too, and is no event when nothing told before answers to it.
REACTIONS = frozenset({"ACCUSE", "REJECT", "THREATEN", "SUPPORT"})
# Words between a reply and the act it names ("condemned the attack", "kritisierte die
# geplante Vereinbarung"): an article and an adjective or two.
JUDGED_REACH = 3


def _answered(events: list[EventMention], tokens: Tokens, pack: Pack) -> list[EventMention]:
    """A reply that names no recipient answers what an earlier sentence of the article told:
    the act it names ("the UN condemned the attack", "the Kremlin criticised the agreement")
    was done by the source of the last such act; else ("the embassy rejected the
    accusations", "Moscow condemned the decision") the party that acted on the replier."""
    out: list[EventMention] = []
    for e in events:
        if e.type in VERDICTS and e.target is not None and e.source.country:
            e = _to_author(e, events, tokens, pack)
        if e.type in REACTIONS and e.target is None and e.source.country:
            judged = _judged_type(e, tokens, pack)
            earlier = [p for p in reversed(out) if p.start < e.start
                       and p.source.country not in (None, e.source.country)]
            on_replier = [p for p in earlier if p.target and p.target.country == e.source.country
                          and _may_answer(e, p)]
            # the accusations it rejects are first those made against it
            actor = next((p for p in on_replier + earlier if _same_act(p.type, judged)), None) \
                if judged else None
            actor = actor or next(iter(on_replier), None) or _domestic_act(e, out, judged)
            if actor is not None:
                e = replace(e, target=actor.source, target_mention=actor.source_mention)
        if _awaits_answer(e.type, e.mode, e.target) or any(_restated(e, p) for p in out):
            continue
        out.append(e)
    return out


def _may_answer(reply: EventMention, act: EventMention) -> bool:
    """A welcome or thanks answers a friendly act done to its author (aid, an agreement), never
    the blows it suffered ("thanked the Emirates for their help" after a strike)."""
    return (reply.type, reply.mode) not in WELCOMES or is_cooperation(act.type)


def _awaits_answer(kind: str, mode: str | None, target: object) -> bool:
    """A welcome that names no recipient: kept apart from the acts of its sentence until
    `_answered` finds what it answers, and dropped when nothing does. A treaty signed alone
    answers nothing."""
    return (kind, mode) in WELCOMES and target is None


# Replies that judge an act another party did; a threat names its own act instead
# ("threatened sanctions against Iran").
VERDICTS = frozenset({"ACCUSE", "REJECT"})


def _to_author(e: EventMention, events: list[EventMention], tokens: Tokens, pack: Pack
               ) -> EventMention:
    """A reply that names an act ("condemned the attack on Lebanon", "rejected the
    criticism, saying Taiwan ...") judges the act's author, not a party named after it: the
    victim, a place, a party of the next clause. The author is the source of the act of that
    kind told there or before it, by another country than the replier's. A recipient named
    before the act ("condemned Israel for its attacks", "Israel's strikes") or as its agent
    right after it ("the Russian attack", "l'attaque de la Russie", "the attack by Russia")
    stays, and so does a party of the replier's own country: a domestic dispute ("the
    opposition criticised the agreement, calling the government ...") has no foreign author."""
    act = _judged_act(e, tokens, pack)
    if act is None or e.target_mention is None or e.target.country == e.source.country:
        return e
    kind, a, b = act
    first, last = tokens.index_range(e.target_mention.start, e.target_mention.end)
    if first < b and last > a or first < a or _agent_of_act(first, last, b, tokens, pack):
        return e
    act_end = tokens.spans[b - 1][1]
    author = next((p for p in sorted(events, key=lambda p: -p.trigger_start)
                   if p is not e and p.trigger_start < act_end and _same_act(p.type, kind)
                   and p.source.country not in (None, e.source.country)), None)
    if author is None:
        return e
    return replace(e, target=author.source, target_mention=author.source_mention)


def _agent_of_act(first: int, last: int, act_end: int, tokens: Tokens, pack: Pack) -> bool:
    """Whether a party after an act noun is its agent: an adjective or a genitive right after
    it ("the attacks of Russia" reads "of" as no preposition of place), or one an agent marker
    names ("by Russia"); a party a preposition governs is the act's victim or setting."""
    folded = tokens.folded
    between = folded[act_end - 1:first]
    if first - act_end <= AGENT_AFTER_ACT and not any(w in pack.syntax.prepositions
                                                       for w in between):
        return True
    span = Placed(None, first, last)
    return after_noun_agent_word(pack.syntax, folded, span, act_end) \
        or any(agent_marked(marker, folded, span, act_end, len(folded))
               for marker in pack.syntax.agents)


def _restated(e: EventMention, p: EventMention) -> bool:
    """Two replies of one sentence that now judge the same author are one event."""
    return e.type in VERDICTS and e.start == p.start and (e.type, e.mode) == (p.type, p.mode) \
        and e.target is not None and (e.source, e.target) == (p.source, p.target)


def _domestic_act(e: EventMention, told: list[EventMention], judged: str | None
                  ) -> EventMention | None:
    """The last act of the named kind by another party of the replier's own country, when no
    foreign one was told ("the prime minister criticised the protest", "the opposition
    condemned the police violence"): domestic replies answer domestic acts."""
    if judged is None:
        return None
    return next((p for p in reversed(told) if p.start < e.start and _same_act(p.type, judged)
                 and p.source.country == e.source.country and p.source_mention is not None
                 and e.source_mention is not None
                 and not _same(p.source_mention, e.source_mention)), None)


def _same_act(told: str, named: str) -> bool:
    """Whether an act told earlier is the kind a reply names: an agreement named is an
    agreement made or signed (AGREE, SUPPORT)."""
    return told == named or {told, named} <= AGREEMENTS


AGREEMENTS = frozenset({"AGREE", "SUPPORT"})


def _judged_type(e: EventMention, tokens: Tokens, pack: Pack) -> str | None:
    """The type of the act a reply names in or right after its trigger ("condemned the
    attack": ASSAULT), if it names one."""
    act = _judged_act(e, tokens, pack)
    return act[0] if act is not None else None


def _judged_act(e: EventMention, tokens: Tokens, pack: Pack) -> tuple[str, int, int] | None:
    """The act a reply names in or right after its trigger: its type and its tokens. Another
    reading of the reply's own verb ("welcomed" a visit) names no act."""
    a, b = tokens.index_range(e.trigger_start, e.trigger_end)
    start = _object_start(e, tokens, b)
    window = tokens.folded[a:b] + tokens.folded[start:start + JUDGED_REACH + 1]
    found = [m for m in pack.events.find(window) if m.payload.type != e.type and m.start > 0]
    if not found:
        return None
    m = min(found, key=lambda m: m.start)
    offset = a if m.start < b - a else start - (b - a)
    return m.payload.type, offset + m.start, offset + m.end


SUBJECT_AFTER_REACH = 6  # tokens between a verb and a subject that follows it ("ودان رئيس ...")


def _object_start(e: EventMention, tokens: Tokens, verb_end: int) -> int:
    """Where a reply's object starts: right after its verb, or after its subject when the
    subject follows the verb ("ودان الرئيس جوزاف عون الغارة"), so that the act named after
    the subject is still the one judged."""
    m = e.source_mention
    if m is None or m.start < e.trigger_end:
        return verb_end
    first, last = tokens.index_range(m.start, m.end)
    return last if first - verb_end <= SUBJECT_AFTER_REACH else verb_end


def _last_pair(events: list[EventMention]) -> tuple[Mention, Mention] | None:
    """The two parties of the last event that has two, for "the two sides" after it. The
    parties of talks come first (code_document): "the two leaders agreed" after a call
    between them speaks of them, not of the war they discussed."""
    for e in reversed(events):
        if e.target_mention is not None and _party(e.source_mention) \
                and _party(e.target_mention) and not _same(e.source_mention, e.target_mention):
            return e.source_mention, e.target_mention
    return None


def _on_first_use(build: Callable[[], Callable[[int], str | None]]) -> Callable[[int], str | None]:
    """A reader built when first read: most documents tell no arrest that needs the report's
    setting, and reading the setting costs a pass over the document."""
    built: list = []

    def read(at: int) -> str | None:
        if not built:
            built.append(build())
        return built[0](at)
    return read


def sentence_triggers(sentences: list[Sentence], tokens: Tokens, pack: Pack) -> dict[int, list]:
    """The pack's trigger matches in each coded sentence, by the sentence's start."""
    out = {}
    for sentence in sentences:
        if not sentence.boilerplate:
            i, j = tokens.index_range(sentence.start, sentence.end)
            out[sentence.start] = pack.events.find(tokens.folded[i:j]) if i < j else []
    return out


def code_sentence(text: str, sentence: Sentence, tokens: Tokens, mentions: list[Mention],
                  pack: Pack, pair: tuple[Mention, Mention] | None = None,
                  matches: list | None = None, speaker: Mention | None = None,
                  fighting: tuple[Mention, Mention] | None = None,
                  home: Callable[[int], str | None] | None = None) -> list[EventMention]:
    """`speaker`: the party that acted first in the sentence before, the subject of a verb
    that opens this one with no subject of its own ("He also urged ...", "Ha chiesto ...").
    `fighting`: the two sides of hostilities told in the sentences just before, whom a call on
    "both sides" addresses, whoever talked since ("called on both sides to hold fire").
    `home`: the country the report sets a token in (`sectors.home_reader`), whose police make
    the arrests it tells with no agent, place or police of their own."""
    i, j = tokens.index_range(sentence.start, sentence.end)
    if i == j:
        return []
    folded = tokens.folded[i:j]
    matches = matches if matches is not None else pack.events.find(folded)
    calls_on_sides = fighting is not None and any(m.payload.type in CALLS for m in matches)
    if calls_on_sides:
        pair = fighting
    placed = _place(mentions, tokens, sentence, pack, i)
    if pair is not None:
        placed = sorted(placed + _pair_anaphors(pair, text, tokens, pack, folded, i, placed,
                                                calls_on_sides),
                        key=lambda p: (p.start, p.end))
    mention_tokens = {k for p in placed if p.mention.role is None and p.mention.kind != "counterpart"
                      for k in range(p.start, p.end)}
    name_tokens = mention_tokens - _territory_words(placed, folded, pack.lang, i)
    found = [m for m in matches
             if not any(i + k in name_tokens for k in literal_positions(m.pattern, folded, m.start))
             and not _in_compound(m, text, tokens, i) and not _in_title(m, text, tokens, i)]
    longest = _troops_sent_to_help(longest_non_overlapping(found), placed, i)
    triggers = _outer_triggers(longest, folded, pack.syntax,
                               {k - i for k in mention_tokens}, placed, i, text, tokens)
    forces = [m for m in longest if m.payload.type in FORCE]
    visits = {m.start for outer, m in itertools.pairwise(triggers) if _agreed_visit(outer, m)}
    intents = _intents(triggers)
    condemned = {m.start: outer.start for outer, m in itertools.pairwise(triggers)
                 if outer.payload.type in ALLEGING and m.payload.type in FORCE
                 and 0 <= m.start - outer.end <= CONTENT_REACH}
    condemned_before = _condemned_before(triggers, folded)
    judged_attacks = _judged_attacks(triggers, folded)
    stops = _background_stops(triggers, folded, text, tokens, i)
    triggers, denials = _unrealised_contents(
        [m for m in triggers
         if not _in_background(m, folded, pack.syntax, stops)
         and not _as_purpose(m, folded, pack.syntax) and not _generic(m, folded, pack)],
        folded, pack.syntax,
        lambda m: _status(pack, folded, m.start, m.end, pattern=m.pattern,
                          surface=tokens.surface[i:j]) == "denied")
    triggers, replies = _in_kind(triggers, folded, pack.syntax)
    judgments = evaluations(text, tokens, i, j, pack.syntax,
                            [p for p in placed if not _city(p)], _same)
    if not triggers and not judgments:
        return []
    bounds, complements, subordinates = _clause_starts(text, tokens, i, j, pack.syntax,
                                                       {p.end for p in placed})
    participles = _participle_clauses(bounds, subordinates, triggers, text, tokens, i, pack.syntax) \
        | _comma_chains(bounds, triggers, text, tokens, i, pack.syntax, placed)
    _verbal_clauses(bounds, subordinates, triggers, text, tokens, i, j, pack.syntax, placed)
    restating = {m.start for prev, m in itertools.pairwise(triggers)
                 if m.payload.type == prev.payload.type
                 and not _kinds_differ(prev.payload.mode, m.payload.mode)}
    _close_reporter(bounds, text, tokens, i, j, pack.syntax, placed,
                    {i + m.start for m in triggers})
    asides = _relative_asides(bounds, text, tokens, j, pack.syntax, placed)
    answered, answer_bounds = _responses(bounds, text, tokens, i, j, pack.syntax, placed, asides)
    conditions = _conditions(text, tokens, i, j, pack.syntax, placed)
    conditional = {k for a, b in conditions for k in range(a, b)}
    depends = _depending(conditions, triggers, bounds, i)
    narrator = _attributed_party(pack, folded, placed, i, text, tokens)
    contents = _alleged_contents(triggers, folded, pack.syntax, placed, i)
    acts, openers = _second_acts(triggers, folded, pack.syntax, placed, i, contents)
    shared, closed = _shared_subjects(triggers, folded, pack.syntax, placed, i, openers, bounds,
                                      participles)
    # joined verbs, participle and response clauses are acts of their own
    acts = sorted(set(acts) | set(shared) | participles | answer_bounds | set(denials) | visits)
    partners = _denied_partners(denials)
    best: dict[tuple, tuple] = {}
    sources: dict[int, Placed] = {}  # the source of each trigger's first event, by its start
    exchanges: set[int] = set()  # the events (by id) of a mutual act, to be given both ways
    for match in sorted(triggers, key=lambda m: m.start not in answered):  # answered acts first
        trigger: Trigger = match.payload
        t_start, t_end = i + match.start, i + match.end
        if t_start in conditional:
            continue  # "will retaliate if it is attacked": a condition is no event
        condition = depends.get(match.start)
        leading = condition if condition is not None and condition[1] <= t_start else None
        clause = _clause(bounds, t_start, j, complements)
        content, opener = contents.get(match.start), openers.get(match.start)
        if opener is not None:  # a second act's clause opens at its own subject
            clause = (opener.start,) + clause[1:]
        close, lead = closed.get(match.start), shared.get(match.start)
        whole = clause
        if close is not None:  # "thanked Portugal ... and asked Russia": "thanked" ends at "and"
            clause = (clause[0], min(clause[1], i + close), min(clause[2], i + close))
        reading = read_trigger(pack.syntax, trigger, match, tokens.folded, placed, clause, i)
        status = _status(pack, folded, match.start, match.end, trigger.order == "sov", reading.gap,
                         skip=lead or ((leading[0] - i, leading[1] - i) if leading else (0, 0)),
                         lo=_after_subject(placed, folded, pack.syntax, clause[0], lead, i),
                         hi=close if close is not None else len(folded), pattern=match.pattern,
                         surface=tokens.surface[i:j])
        trigger = reading.trigger
        if _reciprocal(pack.lang, folded[max(match.start - RECIPROCAL_REACH, 0):
                                         match.end + RECIPROCAL_REACH]):
            trigger = replace(trigger, mutual=True)  # "accused each other": both ways
        if trigger.type == "REJECT" and status == "negated":
            continue  # "does not rule out" opens a door; it rejects nothing
        inherited = opener if opener is not None \
            else _complement_subject(placed, bounds, clause) if clause[0] in complements \
            else _main_subject(placed, bounds, clause) if clause[0] in subordinates \
            else asides.get(clause[0])
        if lead is not None:
            inherited = inherited or sources.get(lead[0])
        if inherited is None and QUAD_CLASS[trigger.type].startswith("verbal"):
            # what a teller does in his own words is a statement ("«Condanniamo ...»"); a
            # deed named in a quote ("«Bombardear a civiles es un crimen»") is not his
            inherited = _quote_teller(text, tokens, mentions, placed, clause[0], t_start, i,
                                      pack.lang)
        carried = None
        if inherited is None and speaker is not None and clause[0] == i \
                and trigger.type not in PLACE_AGENTS \
                and _subject_dropped(pack.lang, folded[:match.start]):
            inherited = carried = Placed(speaker, i, i)
        if content is not None and status == "asserted":
            status = "claimed"  # what a party alleges is claimed (gold/SCHEMA.md)
        if match.start in visits and status == "asserted":
            status = "planned"  # the visit an accepted invitation is to
        trigger, status = refusal(pack.lang, folded, match.start, match.end, pack.status_window,
                                  trigger, status)
        status = announced_status(pack.lang, folded, match.start, match.end, pack.status_far_window,
                                  trigger.type, status)
        if trigger.type == "THREATEN" and status == "planned":
            status = "asserted"  # "will retaliate": a threat is made now about the future
        if trigger.type == "REJECT" and trigger.mode == "meet" and status == "planned":
            status = "asserted"  # "will not attend the summit": the refusal is made now
        own = _own_settings(placed, triggers, match, i, j)
        if leading is not None:  # the subject of a condition before the clause is none of it
            own = [p for p in own if not leading[0] <= p.start < leading[1]]
        pairs = _dyads(trigger, own, clause, t_start, t_end, tokens, text, pack.syntax, inherited,
                       reading, (i + lead[0], i + lead[1]) if lead is not None else None, home)
        if close is not None and content is None and all(t is None for _, t in pairs):
            # "condemned the deal and threatened sanctions against Iran": a verb with no object
            # of its own is aimed at the party the verb joined to it names
            pairs = _dyads(trigger, own, whole, t_start, t_end, tokens, text, pack.syntax,
                           inherited, reading) or pairs
        if match.start in restating and lead is not None \
                and not any(t_end <= p.start and p.end <= clause[1] for p in placed):
            # "召见日本大使，提出严正交涉", "was summoned to the ministry and handed a protest
            # note": a joined verb of the act before it, naming no party of its own, restates it
            continue
        if not pairs:
            pairs = _denied_by(placed, t_end, j, tokens.folded, pack)
            status = "denied" if pairs else status
        if match.start in partners:
            act_start, cooperation = partners[match.start]
            pairs = [(source, _denial_target(source, target, i + act_start, cooperation))
                     for source, target in pairs]
        judged_act = next((m for m in triggers if condemned.get(m.start) == match.start), None)
        if judged_act is not None:
            pairs = _accused_agents(pairs, (i + judged_act.start, i + judged_act.end), speaker, i)
        if match.start in condemned_before or match.start in condemned_before.values():
            pairs = _condemned_parties(pairs, match, condemned_before, sources, placed, t_start, i)
        acted, stated = trigger, status
        for source, target in pairs:
            trigger, status, target = _threat(acted, stated, source, target, condition, t_start,
                                              placed, tokens.folded, pack)
            if trigger.type in ALLEGING and target is not None \
                    and _suffered(forces, match, target, tokens.folded, pack.syntax, i, j):
                target = None
            if target is None and match.start not in answered:
                target = _answering(source, answered, sources, placed, i)
            if target is None and replies.get(match.start) in sources:  # "and Moldova
                target = _first_other(source, [sources[replies[match.start]]])  # responded in kind"
            if target is None:
                target = _own_people(trigger, source, text, tokens, t_start, t_end)
            if sources.get(condemned.get(match.start)) is source:
                continue  # "осудила удар по Киеву": who condemns a strike did not strike
            if content is None \
                    and _caller_in_attack(sources.get(judged_attacks.get(match.start)), source):
                continue  # "called for an end to the shelling": the caller did not shell
            if target is None and trigger.type not in TARGETLESS and trigger.mode != "ceasefire" \
                    and not _awaits_answer(trigger.type, trigger.mode, target):
                continue  # a truce accepted with an unnamed side is still agreed
            if source is carried and not _carried_target(trigger, source, target):
                continue  # "Convorbirea are loc ...": a noun opening the sentence, no verb
            if narrator and source is narrator:
                continue  # "according to Ukrainian sources, Russia ...": the teller is no actor
            if target is not None and (source.start, source.end) == (target.start, target.end) \
                    and trigger.type not in SYMMETRIC and trigger.mode != "treaty":
                continue  # "the two countries face sanctions" names no sanctioner
            sources.setdefault(match.start, source)
            if content is not None and target is None:
                target = _on_accuser(trigger, source, sources.get(content.outer))
                if target is None:
                    continue  # "accused the US of ignoring international law": no dyad
            told = _told_by(narrator, source, status)
            intent = intents.get(match.start)
            if intent is not None and _parties_to(intent, source, target, placed, i):
                cooperation = intent[1]
                event = _event(text, sentence, tokens, cooperation.payload, source, target,
                               "planned" if told == "asserted" else told,
                               i + cooperation.start, i + cooperation.end)
            else:
                event = _event(text, sentence, tokens, trigger, source, target, told,
                               t_start, t_end)
            # an arrest is an act of its own beside the force of its sentence ("fired tear gas
            # and detained 40 people"), not a reading of the same words
            key = _dyad_key(source, target) + (bisect_right(acts, match.start),
                                               _awaits_answer(trigger.type, trigger.mode, target),
                                               (trigger.type, trigger.mode) == ARREST)
            # the act an accusation alleges ("accused Chinese ships of using water cannon")
            # speaks for the pair after the accusation, whatever its weight
            rank = (match.start not in condemned, trigger.weight, trigger.mode is not None,
                    reading.words, -t_start)
            if key not in best or rank > best[key][0]:
                best[key] = (rank, event)
                if trigger.mutual and target is not None:
                    exchanges.add(id(event))
    best = _one_per_act(_arrests_apart(best))
    for judged in judgments:
        _judgment(best, judged, text, sentence, tokens, pack, folded, i)
    events = [(_at_own_state(e, text), id(e) in exchanges)
              for e in _terms_of_sentences([e for _, e in best.values()])]
    events += [(_returned(e), False) for e, mutual in events if mutual]
    return sorted((e for e, _ in events), key=lambda e: e.trigger_start)


def _quote_teller(text: str, tokens: Tokens, mentions: list[Mention], placed: list[Placed],
                  clause_start: int, t_start: int, i: int, lang: str) -> Placed | None:
    """The unsaid subject of a verb in a quote is the quote's teller: officials speak for
    their state in the first person plural, and a language that drops its subjects leaves
    only the verb ("«Żądamy uwolnienia ...» – powiedział rzecznik MSZ", "«Condenamos ...»,
    afirmó el canciller"). Only when the trigger's clause opens inside the quote, so that a
    phrase quoted within a sentence ("vowed to «respond firmly» against Israel") keeps its
    own subject, and when only adverbs and auxiliaries stand before the verb there: a word
    before it may be the verb whose object the trigger names ("«Potępiamy atak ...»"), a
    pronoun someone else. The teller is the party named beside the quote (actors/quoted.py)."""
    quote = next(((a, b) for a, b in _quotes(text)
                  if a <= tokens.spans[t_start][0] < b), None)
    if quote is None or tokens.spans[clause_start][0] < quote[0] \
            or not _verb_opens(lang, tokens.folded[clause_start:t_start]):
        return None
    teller = quote_teller(teller_candidates(mentions), text, quote)
    if teller is None:
        return None
    here = next((p for p in placed if (p.mention.start, p.mention.end) == (teller.start, teller.end)),
                None)
    if here is not None or not (teller.country or teller.actor_id):
        return here
    return Placed(teller, i, i)  # told in a sentence of its own after the quote


def _verb_opens(lang: str, opening: list[str]) -> bool:
    """Whether a verb with no subject before it opens its clause in a language that drops
    its subjects: only adverbs and auxiliaries (the pack's [carried] fillers) before it."""
    _, fillers, drops = _carried_words(lang)
    return drops and all(w in fillers for w in opening)


@lru_cache(maxsize=4)
def _quotes(text: str) -> list[tuple[int, int]]:
    """The quotes of the article being coded, found once for all its sentences."""
    return quote_spans(text)


def _carried_target(trigger: Trigger, source: Placed, target: Placed | None) -> bool:
    """Whether a subject carried from the sentence before fits the act: it meets a party of
    another country, or of its own in domestic politics; alone, it may only make an act that
    needs no recipient."""
    if target is None:
        return trigger.type in TARGETLESS
    return trigger.type in DOMESTIC or target.mention.country != source.mention.country


def _subject_dropped(lang: str, opening: list[str]) -> bool:
    """Whether the words before a sentence's first verb leave its subject unsaid, so that it
    is the one of the sentence before: only a subject pronoun ("He urged", "Er forderte"),
    auxiliaries and adverbs ("Il a également appelé"), or nothing at all in a language that
    drops its subjects ("Ha chiesto", "Закликав"). Off in a pack without a [carried] table."""
    pronouns, fillers, drops = _carried_words(lang)
    if not pronouns and not drops:
        return False
    if any(w not in pronouns and w not in fillers for w in opening):
        return False
    return drops or any(w in pronouns for w in opening)


RECIPROCAL_REACH = 3  # tokens around a trigger where "each other" names its parties' exchange


def _reciprocal(lang: str, words: list[str]) -> bool:
    """Whether a reciprocal pronoun ("each other", "друг друга", "birbirini") makes the act
    one that its coordinated parties do to each other."""
    phrases = _reciprocals(lang)
    return any(tuple(words[k:k + len(p)]) == p for p in phrases for k in range(len(words)))


@cache
def _reciprocals(lang: str) -> frozenset[tuple[str, ...]]:
    table = pack_table(lang, "syntax.toml", "carried")
    return frozenset(tuple(fold(w) for w in pattern_tokens(p)) for p in table.get("reciprocal", []))


@cache
def _carried_words(lang: str) -> tuple[frozenset[str], frozenset[str], bool]:
    table = pack_table(lang, "syntax.toml", "carried")
    return (frozenset(fold(w) for w in table.get("pronouns", [])),
            frozenset(fold(w) for w in table.get("fillers", [])),
            bool(table.get("drops_subject", False)))


def _returned(e: EventMention) -> EventMention:
    """The other half of an exchange ("Russia and Ukraine swapped prisoners"): PLOVER codes
    the exchange of prisoners as RETREAT, and each side releases the other's people."""
    return replace(e, source=e.target, target=e.source, source_mention=e.target_mention,
                   target_mention=e.source_mention)


# The modes of a threat by the kind of act it threatens (PLOVER THREATEN: of force, of sanctions).
THREAT_MODES = {"ASSAULT": "military", "SANCTION": "sanction"}


def _threat(trigger: Trigger, status: str, source: Placed, target: Placed | None,
            condition: tuple[int, int] | None, t_start: int, placed: list[Placed],
            folded: list[str], pack: Pack) -> tuple[Trigger, str, Placed | None]:
    """An act of force that waits on a condition the other side must meet ("If the journalist
    is not released by Friday, Poland will close the border crossing", "Poland will impose
    sanctions if Belarus does not free him") is a threat (PLOVER THREATEN: coercive or
    forceful warnings), made now. The condition is on another party when it names one, or
    demands something when it is negated; the threat's source is the main clause's actor,
    its target the act's own, else the party the condition is on. A threat that names no
    target is made to that party too ("threatened to leave if the US deploys")."""
    if condition is None or trigger.type not in FORCE | {"THREATEN"}:
        return trigger, status, target
    a, b = condition
    party = _first_other(source, [p for p in placed if a <= p.start and p.end <= b
                                  and not p.located])
    if trigger.type in FORCE:
        negated = pack.status_before.get("negated")
        demand = party is not None or bool(negated and negated.size and negated.find(folded[a:b]))
        # after its condition the main clause is unrealised whatever its tense; an act told
        # before one must be planned ("struck Gaza, if the reports are true" threatens nothing)
        unrealised = ("planned", "asserted") if b <= t_start else ("planned",)
        if not demand or status not in unrealised:
            return trigger, status, target
        trigger, status = Trigger("THREATEN", THREAT_MODES.get(trigger.type), trigger.order,
                                  trigger.weight), "asserted"
    return trigger, status, target or party


def _own_settings(placed: list[Placed], triggers: list, match, i: int, j: int) -> list[Placed]:
    """A place set after later talks is where they are held (SETTING_ONLY), no party of an
    earlier act: "since Russia's invasion ... and hosted talks in Istanbul" invaded no
    Istanbul. After other acts it may still be the earlier one's ("rejected a call for troops
    to be deployed in East Timor")."""
    following = next((i + m.start for m in triggers if m.start >= match.end
                      and m.payload.type in SETTING_ONLY), j)
    return [p for p in placed if not (p.located and p.start >= following)]


JUDGMENT = Trigger("ACCUSE", None, "svo", 0.6)


def _judgment(best: dict, judged: Evaluation, text, sentence, tokens, pack: Pack,
              folded: list[str], i: int) -> None:
    """Criticism in a speaker's that-clause (evaluative.py) is an ACCUSE of the party judged,
    an act of its own beside what the clause reports ("said that Russia's shelling was
    reckless"); an ACCUSE trigger of the same pair speaks for it."""
    (s_start, s_end), (b_start, b_end) = judged.speech, judged.blame
    pair = _dyad_key(judged.speaker, judged.judged)
    if any(k[:2] == pair and e.type == JUDGMENT.type for k, (_, e) in best.items()):
        return
    status = _status(pack, folded, s_start - i, s_end - i)
    event = _event(text, sentence, tokens, JUDGMENT, judged.speaker, judged.judged, status,
                   b_start, b_end)
    best[pair + (JUDGMENT.type,)] = ((JUDGMENT.weight, False, 0, -b_start), event)


ATTRIBUTION_REACH = 6  # tokens after "according to" where the narrating party may stand


def _attributed_party(pack: Pack, folded: list[str], placed: list[Placed], i: int,
                      text: str, tokens: Tokens):
    """For a sentence opening "According to X, ...": X (a Placed, or None for unnamed media
    and sources); False when the sentence is not attributed. X stands before the comma that
    closes the opening ("According to intelligence, North Korea ..." names no teller)."""
    opening = [m for m in pack.attribution.find(folded[:4]) if m.start <= 1]
    if not opening:
        return False
    end = i + opening[0].end
    return next((p for p in placed if end <= p.start < end + ATTRIBUTION_REACH
                 and not {",", "，", "،"} & set(between(text, tokens, end, p.start))),
                None)


def _told_by(narrator, source: Placed, status: str) -> str:
    """An asserted event in someone else's account is claimed; a party telling of its own
    acts asserts them ("according to the Kremlin, Putin spoke with ...")."""
    if narrator is False or status != "asserted":
        return status
    if narrator is not None and (narrator is source or _same(narrator.mention, source.mention)):
        return status
    return "claimed"


def _outer_triggers(triggers: list, folded: list[str], syntax: Syntax,
                    mention_tokens: set[int], placed: list[Placed], i: int,
                    text: str, tokens: Tokens) -> list:
    """Drop a trigger that is the object of the one before it: "discussed the fighting",
    "threatened to strike" state one event, the outer one. Over a recipient ("asked Russia
    and Ukraine to resume talks") the object gives the outer its mode, or its type when it
    names the kind of act ("supplied Iran with intelligence"). A comma between them closes
    the outer's clause ("Lavrov, who is visiting Pyongyang, discussed ...": two acts)."""
    kept = []
    for m in triggers:
        outer = kept[-1] if kept else None
        if outer is None or not 0 < m.start - outer.end <= 3 \
                or {",", "，", "،"} & set(between(text, tokens, i + outer.end, i + m.start)):
            kept.append(m)
            continue
        gap = list(enumerate(folded[outer.end:m.start], outer.end))
        if _agreed_visit(outer, m):
            kept.append(m)  # "accepted an invitation to visit Tokyo": the visit is planned too
            continue
        if m.payload.order == "svo" \
                and _new_subject(folded, outer.end, m.start, placed, i, syntax) is not None:
            kept.append(m)  # "attacked Ukraine and Ukraine hit back": a clause of its own
            continue
        if m.payload.type != outer.payload.type \
                and all(w in syntax.articles or w in syntax.prepositions for _, w in gap):
            continue
        over_recipient = outer.payload.order == "svo" and all(
            w in syntax.articles or w in syntax.prepositions or w in conjunctions()
            or k in mention_tokens for k, w in gap)
        qualifier = m.start - 1 in mention_tokens and all(
            k in mention_tokens or w in syntax.articles for k, w in gap)  # "the Peruvian proposal"
        if over_recipient and m.payload.type == outer.payload.type and not qualifier:
            kept[-1] = replace(outer, payload=replace(
                outer.payload, mode=m.payload.mode or outer.payload.mode))
            continue
        if over_recipient and (outer.payload.type, m.payload.type) in OBJECT_DECIDES:
            kept[-1] = replace(outer, payload=replace(
                m.payload, order=outer.payload.order,
                weight=max(m.payload.weight, outer.payload.weight)))
            continue
        kept.append(m)
    return kept


def _agreed_visit(outer, m) -> bool:
    """"accepted an invitation to visit Tokyo", "aceptó visitar Madrid": a visit that an
    agreement (an accepted invitation, a promise to come) takes as its object is an event of
    its own beside it, the visit planned (the golds' CONSULT, dated by the visit)."""
    return outer.payload.type == "AGREE" and m.payload.type == "CONSULT" \
        and m.payload.mode in PLANNED_VISITS and 0 < m.start - outer.end <= VISIT_REACH


def _in_compound(m, text: str, tokens: Tokens, i: int) -> bool:
    """"land-launched missiles", "Iranian-supplied drones": a verb glued to the word before
    it by a hyphen is an adjective, not the act; a clitic is not ("i-a prezentat")."""
    if m.payload.order == "noun":
        return False
    start, end = tokens.spans[i + m.start]
    return start >= 3 and end - start >= COMPOUND_PART and text[start - 1] in "-\u2010\u2011" \
        and text[start - 3:start - 1].isalnum()


def _in_title(m, text: str, tokens: Tokens, i: int) -> bool:
    """"《印度河水条约》机制": a word inside the title marks of Chinese names a document (a
    treaty, a law), not an act; signing one is told by its own verb ("签署了《...条约》")."""
    start = tokens.spans[i + m.start][0]
    before = text[text.rfind("\n", 0, start) + 1:start]
    return before.rfind("\u300a") > before.rfind("\u300b")


def _as_purpose(m, folded: list[str], syntax: Syntax) -> bool:
    """"στρέφεται σε συμμάχους για στήριξη" (turns to allies for support): a bare noun right
    after a purpose word names what another act seeks, not an act of its own."""
    return any(tuple(folded[m.start - len(p):m.start]) == p for p in syntax.purpose)


def _generic(m, folded: list[str], pack: Pack) -> bool:
    """"prêtes à répondre à toute attaque", "any attack": an act noun right after a
    determiner of any or every names a kind of act that may come, not an act that happened.
    Denied or negated, it is an act after all ("dément toute livraison d'armes")."""
    return any(tuple(folded[m.start - len(p):m.start]) == p for p in pack.syntax.generic) \
        and _status(pack, folded, m.start, m.end, pattern=m.pattern) not in ("denied", "negated")


CLAUSE_COMMAS = frozenset(",，、،;")  # marks that close a background phrase's reach


def _background_stops(triggers: list, folded: list[str], text: str, tokens: Tokens,
                      i: int) -> tuple[set[int], set[int]]:
    """Where a background phrase's reach ends, by relative token: the starts of the acts (the
    phrase governs only the first act it introduces) and the tokens after a comma ("After the
    talks, Turkey signed ..." reports the signing)."""
    commas = {k + 1 for k in range(len(folded) - 1)
              if not CLAUSE_COMMAS.isdisjoint(between(text, tokens, i + k, i + k + 1))}
    return {m.start for m in triggers}, commas


def _in_background(m, folded: list[str], syntax: Syntax, stops: tuple[set[int], set[int]]) -> bool:
    """"amid Western sanctions", "на фоне санкций": the circumstance of another report,
    not an event reported. The phrase governs the first act after it and stops at a comma:
    in "the most massive since the start of the invasion attack" and "after the talks, Turkey
    signed" the attack and the signing are reported."""
    starts, commas = stops
    before, after = _by_first_word(syntax.background_before), _by_first_word(syntax.background_after)
    for k in range(max(0, m.start - BACKGROUND_REACH - 3), m.start):
        for phrase in before.get(folded[k], ()):
            end = k + len(phrase)
            if tuple(folded[k:end]) == phrase and 0 <= m.start - end <= BACKGROUND_REACH \
                    and not any(end <= s < m.start for s in starts) \
                    and not any(end < c <= m.start for c in commas):
                return True
    for k in range(m.end, min(len(folded), m.end + BACKGROUND_REACH + 1)):
        if any(tuple(folded[k:k + len(p)]) == p for p in after.get(folded[k], ())):
            return True
    return False


@lru_cache(maxsize=64)
def _by_first_word(phrases: frozenset[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by their first word: a sentence is scanned word by word, not phrase by phrase."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            index.setdefault(phrase[0], []).append(phrase)
    return index


def _unrealised_contents(triggers: list, folded: list[str], syntax: Syntax,
                         denied=lambda m: False) -> tuple[list, dict]:
    """Drop a trigger that a refusal, a demand or a threat just before it governs ("refused
    to respond to a demand", "demanded that Hamas renounce its armed struggle"): what is
    refused, demanded or threatened has not happened; the outer act is the event. A trigger
    after a conjunction (and an auxiliary or a verb governing it) is a second act of its own
    ("rejected the plan and attacked");
    one of the outer's own type restates it, with its mode ("asked Germany for more arms").
    A rejection that denies what the trigger states ("denied reports that it supplied drones")
    keeps it beside itself: the denial is a REJECT, the supply an event with status denied
    (gold/SCHEMA.md; the dev golds code both). Returns the kept triggers and each denied one
    by its start, with the denial that governs it: each is an act of its own beside it."""
    kept, reach, outer, denials = [], -1, None, {}
    for m in triggers:
        # Polish "a" is "and", English "a" no; "i zapowiedziała wydalenie" announces a second act
        joined = _joining(folded, 0, m.start, syntax) is not None
        if m.start <= reach and m.payload.type != outer.payload.type and not joined:
            if outer.payload.type == "REJECT" and denied(m):
                kept.append(m)
                denials[m.start] = (outer, m)
            continue
        kept.append(m)
        if m.payload.type in UNREALISED and m.payload.order != "noun":
            reach, outer = m.end + CONTENT_REACH, m
    return kept, denials


def _intents(triggers: list) -> dict:
    """Cooperation triggers that a call or a welcome just before them takes as its object, by
    the call's start: "urged closer Russia-Iran cooperation", "welcomed Moscow's wish to expand
    cooperation with Iran". When the caller is a party to that cooperation (_parties_to), the
    call is no request of, or praise for, another party's act: it states the caller's own
    intent to cooperate (PLOVER codes such calls by a party as AGREE, the way a party's call to
    end its own conflict is; wirewatch keeps the type, planned: gold/SCHEMA.md)."""
    return {outer.start: (outer, m) for outer, m in itertools.pairwise(triggers)
            if (outer.payload.type in CALLS or (outer.payload.type, outer.payload.mode) in WELCOMES)
            and m.payload.type == "COOPERATE"
            and 0 <= m.start - outer.end <= CONTENT_REACH}


def _parties_to(intent: tuple, source: Placed, target: Placed | None, placed: list[Placed],
                i: int) -> bool:
    """Whether the call's dyad are the parties to the cooperation it calls for. The target is
    named in it (between the call and the cooperation word, or as its partner just after);
    the caller is named in it too ("Russia-Iran cooperation"), or is its implied side when
    the target is named as the partner, after a comitative word ("urged closer cooperation
    with Iran"). A target asked to cooperate ("urged Germany to expand cooperation", "a cerut
    aliaților din NATO să coopereze") or named as the one who cooperates ("called for Iran's
    cooperation with the inspectors") is the recipient of a request (PLOVER: a call for an act
    is REQUEST, not the act)."""
    call, cooperation = intent
    if target is None or not target.mention.country:
        return False
    named = {p.mention.country for p in placed
             if i + call.end <= p.start and p.end <= i + cooperation.end + PARTNER_REACH}
    if target.mention.country not in named:
        return False
    return source.mention.country in named \
        or (target.partner and target.start >= i + cooperation.end)


# Speech acts whose content is another party's act, coded beside them with status claimed
# (gold/SCHEMA.md): "accused Azerbaijan of opening fire" is also an ASSAULT by Azerbaijan.
# The contents of refusals, demands and threats are unrealised (_unrealised_contents).
ALLEGING = frozenset({"ACCUSE"})
FORCE = frozenset({"ASSAULT", "COERCE", "SANCTION"})  # alleged acts done to the accuser
NEW_CLAUSE_REACH = 3  # words between a new clause's subject and its trigger ("нанесла ответный удар")


@dataclass
class Content:
    """A trigger stating what an accusation alleges: the accused party is its subject."""

    outer: int  # token where the accusation's trigger starts (sentence-relative)
    accused: Placed


# Troops sent with a purpose of help named right after them are military aid (PLOVER AID:
# "military assistance including arms and personnel"), not a show of force: the help word
# within HELP_REACH tokens of the sending, the helped party within HELPED_REACH of it.
TROOPS = frozenset({("MOBILIZE", "troops"), ("MOBILIZE", "police")})
HELPING = frozenset({"AID", "SUPPORT"})
HELP_REACH = 3
HELPED_REACH = 2


def _troops_sent_to_help(triggers: list, placed: list[Placed], i: int) -> list:
    """"Rwanda sent 1,000 troops to help Mozambique", "desplegó tropas para apoyar al Gobierno
    libio": the sending is AID mode military to the party helped, and the help word is its
    purpose, no act of its own. "deployed troops to support the offensive against Hamas"
    names no party helped: the sending stays a mobilisation."""
    out, purposes = list(triggers), set()
    for n, (sent, helping) in enumerate(itertools.pairwise(triggers)):
        if (sent.payload.type, sent.payload.mode) not in TROOPS \
                or helping.payload.type not in HELPING \
                or not 0 <= helping.start - sent.end <= HELP_REACH \
                or any(i + sent.end <= p.start < i + helping.start for p in placed):
            continue
        helped = next((p for p in placed if p.start >= i + helping.end), None)
        if helped is None or helped.start - (i + helping.end) > HELPED_REACH:
            continue
        out[n] = replace(sent, payload=replace(sent.payload, type="AID", mode="military"))
        purposes.add(helping.start)
    return [m for m in out if m.start not in purposes]


def _in_kind(triggers: list, folded: list[str], syntax: Syntax) -> tuple[list, dict[int, int]]:
    """"... and Moldova responded in kind": a reply (`clauses.in_kind`) repeats the act of the
    trigger before it, so it is a trigger of that type and mode, read as a verb. Returns the
    triggers with the replies among them, and the start of the act each reply answers, by
    the reply's start: its target is that act's source."""
    replies: dict[int, int] = {}
    if not syntax.in_kind or not triggers:
        return triggers, replies
    out = list(triggers)
    for k in range(triggers[0].end, len(folded)):
        phrase = phrase_at(folded, k, syntax.in_kind)
        if phrase is None or any(m.start <= k < m.end for m in triggers):
            continue
        prev = [m for m in triggers if m.end <= k][-1]
        out.append(replace(prev, start=k, end=k + len(phrase),
                           payload=replace(prev.payload, order="svo")))
        replies[k] = prev.start
    return sorted(out, key=lambda m: m.start), replies


def _alleged_contents(triggers: list, folded: list[str], syntax: Syntax,
                      placed: list[Placed], i: int) -> dict[int, Content]:
    """Triggers (by sentence-relative start) that state what the accusation just before them
    alleges: "accused Azerbaijan of opening fire", "обвинила Азербайджан в обстреле",
    "κατηγόρησε το Αζερμπαϊτζάν ότι άνοιξε πυρ". The accused stands between the two, then a
    content word of the pack (`clauses.content`) or a complementiser, the words other than
    the accused's within CONTENT_REACH. A verb-final accusation states its content before it,
    a passive one has its accused as subject: neither is read here."""
    out: dict[int, Content] = {}
    openers = syntax.content | syntax.complement
    if not openers:
        return out
    for outer, m in itertools.pairwise(triggers):
        if outer.payload.type not in ALLEGING or outer.payload.order != "svo" \
                or m.payload.type in ALLEGING:
            continue
        lo, hi = i + outer.end, i + m.start
        parties = [p for p in placed if lo <= p.start and p.end <= hi and not p.located]
        if not parties:
            continue
        accused = parties[0]
        words = hi - lo - sum(p.end - p.start for p in parties)
        if words <= CONTENT_REACH and any(_opens(folded, k, m.start, openers)
                                          for k in range(accused.end - i, m.start)) \
                and not _joined_to_accusation(m, accused, folded, syntax, placed, i):
            out[m.start] = Content(outer.start, accused)
    return _continued_contents(out, triggers, folded, syntax, placed, i)


def _joined_to_accusation(m, accused: Placed, folded: list[str], syntax: Syntax,
                          placed: list[Placed], i: int) -> bool:
    """"oskarżyła Warszawę o militaryzację regionu i ostrzegła", "accused Moscow of
    obstruction and called on Ankara": a verb a conjunction joins to the accusation is the
    accuser's next act (_shared_subjects), not what the accusation alleges."""
    taken = {k - i for p in placed for k in range(p.start, p.end)}
    return _joining(folded, accused.end - i, m.start, syntax, taken) is not None


def _continued_contents(out: dict[int, Content], triggers: list, folded: list[str],
                        syntax: Syntax, placed: list[Placed], i: int) -> dict[int, Content]:
    """A trigger that goes on the phrase of an alleged act is alleged too, by the same
    accused: "accused Minsk of helping to organise an arson attack", "of plotting a drone
    attack". Not past a party, a conjunction or a clause opener, which may open an act of
    another subject ("of supplying the drones that struck Port Sudan")."""
    joins = _clause_joins(syntax)
    clauses = syntax.relative | syntax.complement | syntax.reported_that | syntax.always
    for prev, m in itertools.pairwise(triggers):
        content = out.get(prev.start)
        if content is None or m.payload.type in ALLEGING or m.start in out:
            continue
        gap = folded[prev.end:m.start]
        if len(gap) <= CONTENT_REACH and not any(w in joins for w in gap) \
                and not any(_opens(folded, k, m.start, clauses) for k in range(prev.end, m.start)) \
                and not any(i + prev.end <= p.start < i + m.start for p in placed):
            out[m.start] = content
    return out


CONDEMNED_REACH = 8  # tokens between a condemned act and the verb-final accusation after it


def _condemned_before(triggers: list, folded: list[str]) -> dict[int, int]:
    """Acts of force a verb-final accusation right after them condemns ("Türkiye, İsrail'in
    ... saldırıyı kınadı", "حملات اسرائیل به لبنان را محکوم کرد"): force start -> accusation
    start. Not across a conjunction: "attacked ... and Moscow condemned" are two acts."""
    return {m.start: outer.start for m, outer in itertools.pairwise(triggers)
            if m.payload.type in FORCE and outer.payload.type in ALLEGING
            and outer.payload.order == "sov" and 0 <= outer.start - m.end <= CONDEMNED_REACH
            and not any(w in conjunctions() for w in folded[m.end:outer.start])}


JUDGING = frozenset({"ACCUSE", "REQUEST"})  # verbs whose object may name an attack


def _judged_attacks(triggers: list, folded: list[str]) -> dict[int, int]:
    """Attack nouns in the object of a call, a condemnation or a demand ("urged
    Israel to halt the airstrikes", "exigió el cese de los bombardeos", "condemned the
    shelling"): attack start -> start of the nearest judging verb before it. Not across a
    conjunction: "condemned the deal and shelled the border" are two acts."""
    out = {}
    for m in triggers:
        if m.payload.type != "ASSAULT":
            continue
        outer = next((o for o in reversed(triggers) if o.payload.type in JUDGING
                      and o.payload.order != "sov" and o.end <= m.start), None)
        if outer is not None and m.start - outer.end <= CONTENT_REACH \
                and not any(w in conjunctions() for w in folded[outer.end:m.start]):
            out[m.start] = outer.start
    return out


def _caller_in_attack(caller: Placed | None, source: Placed) -> bool:
    """Whether an attack named in a call or a condemnation is read as done by the caller: the
    call is the caller's act, the attack is not."""
    return caller is not None and _same(caller.mention, source.mention)


def _condemned_parties(pairs: list, match, condemned: dict[int, int], sources: dict,
                       placed: list[Placed], t_start: int, i: int) -> list:
    """The clause subject of a verb-final condemnation condemns; the act it condemns is that
    of the party named next, and that party is the accused. An object the accusation marks
    before the act ("Mısır, İsrail'i Refah saldırısı nedeniyle eleştirdi") is the accused
    itself, and the act is left as read."""
    if match.start in condemned:  # the act
        out = []
        for source, target in pairs:
            agent = next((p for p in placed if source.end <= p.start and p.end <= t_start
                          and not p.located and not _same(p.mention, source.mention)), None)
            if agent is None and _genitive_agent(target, i + match.end):
                agent, target = target, _party_after(placed, target, i + condemned[match.start])
            if agent is None or agent.oblique:
                out.append((source, target))
            else:
                out.append((agent, None if target is agent else target))
        return out
    act = next(f for f, a in condemned.items() if a == match.start)
    agent = sources.get(act)
    # the read target may be the act's own victim, named between its agent and the act
    # ("İsrail'in Lübnan'a yönelik saldırılarını kınadı"): the agent is still the accused
    return [(source, agent if agent is not None and not _same(agent.mention, source.mention)
             and (target is None or target.start >= min(i + act, agent.end)) else target)
            for source, target in pairs]


def _genitive_agent(target: Placed | None, act_end: int) -> bool:
    """Whether the party read as the victim of a condemned act noun stands right after it with
    no preposition, its genitive: the act's agent ("حمله اسرائیل به سوریه را محکوم کرد")."""
    return target is not None and not target.oblique and target.start == act_end


def _party_after(placed: list[Placed], agent: Placed, verb_start: int) -> Placed | None:
    """The party named after an act's agent and before the verb that condemns it: the victim."""
    return next((p for p in placed if agent.end <= p.start and p.end <= verb_start
                 and not _same(p.mention, agent.mention)), None)


AGENT_AFTER_ACT = 2  # tokens after an act noun where an adjective or genitive names its agent


def _accused_agents(pairs: list, act: tuple[int, int], speaker: Mention | None,
                    i: int) -> list:
    """"وأدان ... الاعتداءات الإسرائيلية", "осудил атаки России": a party read as the subject
    of an accusation that stands inside the act it condemns or right after it (an adjective or
    a genitive of the act noun) is that act's agent, and so the accused. Who accuses is then
    the party of the sentence before (a verb with no subject of its own), or unknown: no
    event. A subject between the verb and the act ("ودانت الحكومة اللبنانية الغارة") stays."""
    act_start, act_end = act
    out = []
    for source, target in pairs:
        if not act_start <= source.start or source.end > act_end + AGENT_AFTER_ACT:
            out.append((source, target))
        elif speaker is not None and not _same(speaker, source.mention):
            out.append((Placed(speaker, i, i), source))
    return out


def _suffered(forces: list, accusation, target: Placed, folded: list[str], syntax: Syntax,
              i: int, j: int) -> bool:
    """Whether an accusation's target is the party that suffered the act of force it condemns
    ("condemned the attack on Kyiv", "condamnă atacul asupra Kievului"): named after that
    act, neither marked as its agent ("the attack by Russia") nor right after it, where an
    adjective or a genitive names the agent ("القصف التركي", "l'attaque russe", "atacul Rusiei
    asupra"); the victim takes a preposition. Such an accusation names no accused; the victim
    is none. An act after a conjunction is a second act, not what is condemned ("accused it of
    spying and expelled France")."""
    force = next((m for m in forces if 0 <= m.start - accusation.end <= CONTENT_REACH), None)
    if force is None or target.start < i + force.end \
            or any(w in conjunctions() for w in folded[i + accusation.end:i + force.start]):
        return False
    if target.start == i + force.end and folded[target.start - 1] not in syntax.prepositions:
        return False  # a trigger may end with its preposition ("attack on", "удар по")
    return not any(agent_marked(marker, folded, target, i, j) for marker in syntax.agents)


def _denied_by(placed: list[Placed], t_end: int, j: int, folded: list[str],
               pack: Pack) -> list[tuple[Placed, Placed | None]]:
    """"... supplying Moscow with missiles from Iranian territory, a claim denied by Tehran":
    an act with no subject of its own, followed in its sentence by a denial cue and a party
    right after it, is that party's act as it denies it; the first other party after the act
    is its target. Token indices are the document's."""
    cues = pack.status_after.get("denied")
    if not cues or not cues.size:
        return []
    ends = {t_end + m.end for m in cues.find(folded[t_end:j])}
    denier = next((p for p in placed if any(0 <= p.start - e <= 1 for e in ends)), None)
    if denier is None:
        return []
    target = next((p for p in placed if t_end <= p.start < denier.start and not p.located
                   and not _same(p.mention, denier.mention)), None)
    return [(denier, target)]


def _on_accuser(trigger: Trigger, accused: Placed, accuser: Placed | None) -> Placed | None:
    """The target of an alleged act of force that names none is the accuser ("accused
    Azerbaijan of shelling its border villages"); other alleged acts name their own."""
    if trigger.type not in FORCE or accuser is None:
        return None
    return _first_other(accused, [accuser])


def _second_acts(triggers: list, folded: list[str], syntax: Syntax, placed: list[Placed],
                 i: int, contents: dict[int, Content]) -> tuple[list[int], dict[int, Placed]]:
    """Starts of triggers that open a second act of the same actors, sorted: right after a
    conjunction, of another type than the trigger before ("imposed sanctions on Iran and
    condemned its arms deliveries"); after a conjunction and a subject of its own ("expelled
    two Moldovan diplomats and Moldova expelled two Russian ones"); or an alleged act
    (`contents`). The one-event-per-dyad rule holds within each act. Beside them, the
    subject of each act that names its own (the new subject, the accused), by trigger start."""
    starts = {m.start for prev, m in itertools.pairwise(triggers)
              if m.start and folded[m.start - 1] in conjunctions()
              and m.payload.type != prev.payload.type}
    subjects = {start: content.accused for start, content in contents.items()}
    for prev, m in itertools.pairwise(triggers):
        subject = _new_subject(folded, prev.end, m.start, placed, i, syntax)
        if subject is not None:
            subjects.setdefault(m.start, subject)
    return sorted(starts | set(subjects)), subjects


AUX_GAP = 2  # words between a conjunction and the verb it joins ("et a appelé", "i zapowiedziała wydalenie")


def _denied_partners(denials: dict) -> dict[int, tuple[int, bool]]:
    """Each denial by its start, with where the act it denies starts and whether that act is
    cooperation (see _denial_target)."""
    return {outer.start: (m.start, QUAD_CLASS[m.payload.type].endswith("cooperation"))
            for outer, m in denials.values()}


def _denial_target(source: Placed, target: Placed | None, act_start: int,
                   cooperation: bool) -> Placed | None:
    """The target of a denial's REJECT. Who denies supplying Russia with drones rejects the
    report, not Russia: the partner named in denied cooperation is none ("China wies Berichte
    zurück, wonach China Drohnen an Russland geliefert habe"); nor are the denier's own agents
    ("Moskau bestritt, dass russische Truppen Kiew angegriffen hätten"). The victim of a
    denied act of force is: it is the party that complains ("Moscow denied that its aircraft
    bombed Syrian villages")."""
    if target is None:
        return None
    own = source.mention.country is not None and target.mention.country == source.mention.country
    return None if own or (cooperation and target.start >= act_start) else target


def _clause_joins(syntax: Syntax) -> frozenset[str]:
    """The words that join two clauses in the pack's language (`clauses.coordinators`), or the
    base conjunctions of every language when it lists none. Per language: the Romanian
    perfect auxiliary "a" ("a negat că a atacat") is the Polish "and"."""
    return frozenset(phrase[0] for phrase in syntax.coordinators) or conjunctions()


def _joining(folded: list[str], lo: int, hi: int, syntax: Syntax, taken: set[int] = frozenset()
             ) -> int | None:
    """The conjunction that joins the trigger at `hi` to what stands before it (`lo` at the
    earliest), with at most AUX_GAP words between it and the trigger: auxiliaries or a verb
    governing a noun trigger, no actor (`taken`), article or preposition ("and the attack on"
    coordinates two objects, "and to negotiate" an object of the earlier verb)."""
    joins = _clause_joins(syntax)
    closed = syntax.articles | syntax.prepositions | syntax.nonfinite
    for k in range(hi - 1, max(lo, hi - 1 - AUX_GAP) - 1, -1):
        if folded[k] in joins and folded[k] not in syntax.articles:
            return k
        if k in taken or folded[k] in closed:
            return None
    return None


def _shared_subjects(triggers: list, folded: list[str], syntax: Syntax, placed: list[Placed],
                     i: int, openers: dict[int, Placed], bounds: list[int],
                     participles: set[int] = frozenset()
                     ) -> tuple[dict[int, tuple[int, int]], dict[int, int]]:
    """Verbs joined by a conjunction to an earlier verb and its object, with no subject of
    their own ("Zelensky thanked Portugal for its support and asked Russia to ...", "respaldó
    la decisión de Madrid y pidió a Rusia", "звинуватило Росію ... і закликало Китай"): they
    share the subject of the first verb of their clause, and the earlier verb's object is no
    subject of theirs. Returns, by the joined verb's start, the span from that first verb to
    the conjunction (sentence-relative); and, by the start of each trigger in that span, the
    conjunction, where its clause ends. A participle clause (_participle_clauses) is joined
    the same way at its comma ("expelled two Belarusian diplomats, accusing them of ...").
    Not when nothing stands between the two verbs ("signed and ratified the treaty" share
    their object), nor when they are of one type with no object between ("un ataque con
    misiles y drones contra Járkov" is one act; _object_between), nor across a clause start
    (asides and subordinate clauses have their own readings)."""
    shared: dict[int, tuple[int, int]] = {}
    closed: dict[int, int] = {}
    taken = None
    for n, m in enumerate(triggers):
        if not n or m.start in openers or m.payload.order != "svo":
            continue
        if taken is None:
            taken = {k - i for p in placed for k in range(p.start, p.end)}
        if m.payload.type == triggers[n - 1].payload.type \
                and not _object_between(triggers[n - 1], m, taken):
            continue
        conj = m.start if m.start in participles else _joining(
            folded, triggers[n - 1].end + (0 if _after_content(
                triggers[n - 1], m, folded, syntax, openers) else 1), m.start, syntax, taken)
        if conj is None:
            continue
        opened = [b - i for b in bounds if i + triggers[n - 1].start < b <= i + m.start]
        if opened:
            continue
        lead = n - 1
        while lead and triggers[lead - 1].end <= triggers[lead].start and not any(
                i + triggers[lead - 1].start < b <= i + triggers[lead].start for b in bounds):
            lead -= 1
        shared[m.start] = (triggers[lead].start, conj)
        for t in triggers[lead:n]:
            closed[t.start] = min(closed.get(t.start, conj), conj)
    return shared, closed


def _object_between(prev, m, taken: set[int]) -> bool:
    """Two triggers of one type are two verbs when an actor stands between them, the first
    one's object: "va expulser douze agents algériens et rappelle son ambassadeur" (two kinds
    of one act), "summoned the Russian envoy and lodged a protest" (the summons restated: its
    object is no subject of the protest, code_sentence drops the restatement)."""
    return bool(taken.intersection(range(prev.end, m.start)))


def _after_subject(placed: list[Placed], folded: list[str], syntax: Syntax, lo: int,
                   lead: tuple[int, int] | None, i: int) -> int:
    """Where the words a joined verb shares with the first verb of its clause start: after
    the last actor or that-word before that verb ("Erdogan will meet Putin and sign":
    "will"), so that a verb governing the first verb's clause is not read ("denied that its
    fighters had attacked the camp and blamed" blames, it denies nothing). Sentence-relative."""
    if lead is None:
        return 0
    that = {phrase[0] for phrase in syntax.complement | syntax.reported_that}
    opened = [k + 1 for k in range(lo - i, lead[0]) if folded[k] in that]
    return max([lo - i] + opened + [p.end - i for p in placed if p.end <= i + lead[0]])


def _after_content(prev, m, folded: list[str], syntax: Syntax, openers: dict) -> bool:
    """Whether a trigger right after the conjunction that follows an alleged act (or another
    act with a subject of its own) is a verb of the outer clause ("a acuzat Rusia de atacuri
    și a cerut Chinei", "звинуватило Росію у обстрілах і закликало Китай"): of another type,
    no act of force, no gerund ("accused Russia of shelling and looting" alleges both)."""
    return prev.start in openers and m.payload.type != prev.payload.type \
        and m.payload.type not in FORCE and not folded[m.start].endswith(syntax.gerund_endings)


def _new_subject(folded: list[str], lo: int, hi: int, placed: list[Placed], i: int,
                 syntax: Syntax) -> Placed | None:
    """The subject of a new clause, or None: the words between two triggers (`lo`, `hi` index
    `folded`) end with a conjunction or a clause opener, an actor, and at most NEW_CLAUSE_REACH
    words ("... diplomats and Moldova expelled", "..., а Украина нанесла ответный удар",
    "... and announced that Moscow will respond"):
    the second trigger is the act of a new clause with a subject of its own. Not when the
    conjunction joins that actor to another party before it ("asked Russia and Ukraine to
    resume talks" names two recipients); the same party twice is a new subject ("attacked
    Ukraine and Ukraine hit back")."""
    subject = next((p for p in reversed(placed) if i + lo <= p.start and p.end <= i + hi), None)
    if subject is None or hi - (subject.end - i) > NEW_CLAUSE_REACH \
            or folded[subject.end - i] in syntax.prepositions:
        return None  # "und Teheran zur Freilassung ... aufgefordert": an object, its verb last
    k = subject.start - i - 1
    while k >= lo and folded[k] in syntax.articles:
        k -= 1
    joins = _clause_joins(syntax)
    if k < lo or folded[k] in syntax.prepositions or not (
            folded[k] in joins or (folded[k],) in syntax.after_comma
            or (folded[k],) in syntax.always or (folded[k],) in syntax.complement):
        return None  # Spanish "a", a conjunction elsewhere, is a preposition
    before = k - 1
    while before >= lo and folded[before] in syntax.articles:
        before -= 1
    joined = next((p for p in placed if p.end == i + before + 1), None)
    if joined is not None:  # a shared preposition makes no object of the same party twice
        return subject if _same(joined.mention, subject.mention) else None
    return None if subject.oblique else subject


# Readings of a pair an arrest is coded beside: the conviction that jails
BESIDE_ARREST = frozenset({("SANCTION", "convict")})


CONVICT = ("SANCTION", "convict")
TERM_REACH = 90  # characters at most between a sentencing verb and the prison term it gives


def _terms_of_sentences(events: list[EventMention]) -> list[EventMention]:
    """A prison term told after a sentencing verb ("sentenced a French citizen to six years in
    prison") is the imprisonment that conviction imposes (PLOVER codes it as COERCE "arrest"
    beside the SANCTION): it takes the conviction's parties, as the one sentenced, who stands
    before the term, does not imprison the court. Terms equal to another event once aligned
    are told once."""
    convictions = [e for e in events if (e.type, e.mode) == CONVICT]
    out: list[EventMention] = []
    for e in events:
        verdict = next((c for c in reversed(convictions)
                        if 0 <= e.trigger_start - c.trigger_end <= TERM_REACH),
                       None) if (e.type, e.mode) == ARREST else None
        if verdict is not None:
            e = replace(e, source=verdict.source, source_mention=verdict.source_mention,
                        target=verdict.target, target_mention=verdict.target_mention)
            if any(_same_report(e, o) for o in out):
                continue
        out.append(e)
    return out


def _same_report(a: EventMention, b: EventMention) -> bool:
    return (a.type, a.mode, a.source, a.target) == (b.type, b.mode, b.source, b.target)


def _beside_arrest(e: EventMention) -> bool:
    """Force, or a conviction that jails: acts of their own beside an arrest of the pair."""
    return e.type == "ASSAULT" or (e.type, e.mode) in BESIDE_ARREST


def _arrests_apart(best: dict[tuple, tuple]) -> dict[tuple, tuple]:
    """An arrest stands apart only from the force of its pair ("fired tear gas and detained 40
    people") and from the conviction that jails ("sentenced him to six years in prison": PLOVER
    codes a conviction that imprisons also as COERCE arrest); beside any other reading of the
    pair ("a detained citizen was released", "arrested a photographer who covered a protest")
    the strongest one speaks, as for any pair."""
    for key in [k for k in best if k[-1]]:
        other = key[:-1] + (False,)
        if other in best and not _beside_arrest(best[other][1]):
            del best[key if best[key][0] < best[other][0] else other]
    return best


def _one_per_act(best: dict[tuple, tuple]) -> dict[tuple, tuple]:
    """Two acts of a pair are two events only when they differ in type, direction or measure
    (MEASURES: "shelled Ukraine on Monday and Russian troops shelled it again" is one event,
    "expelled twelve agents and recalled its ambassador" two); talks and treaties have no
    direction."""
    kept: dict[tuple, list] = {}
    for key, (rank, event) in best.items():
        directed = event.type not in SYMMETRIC and event.mode != "treaty"
        row = kept.setdefault(
            (key[:2], event.type, _party(event.source_mention) if directed else None), [])
        twin = next((n for n, (_, (_, e)) in enumerate(row) if not _other_kind(e, event)), None)
        if twin is None:
            row.append((key, (rank, event)))
        elif rank > row[twin][1][0]:
            row[twin] = (key, (rank, event))
    return dict(item for row in kept.values() for item in row)


# Types whose modes are measures of their own, each decided apart ("expelled twelve agents and
# recalled its ambassador"); the modes of force are the manner of one operation ("shelled
# Juba, killing 20").
MEASURES = frozenset({"SANCTION"})


def _other_kind(a: EventMention, b: EventMention) -> bool:
    """Two stated measures of one type ("expel", "withdraw"); an act with no kind is none."""
    return a.type in MEASURES and _kinds_differ(a.mode, b.mode)


def _kinds_differ(a: str | None, b: str | None) -> bool:
    """Two modes that both name a kind of act, and not the same one."""
    return a is not None and b is not None and a != b


def _dyad_key(source: Placed, target: Placed | None) -> tuple:
    """One event per sentence and pair of actors: the strongest trigger speaks for them."""
    ids = [_party(source.mention), _party(target.mention) if target else None]
    return tuple(sorted(ids, key=lambda x: x or ""))


def _party(m: Mention) -> str | None:
    """A named person is a party of their own (Shoigu's visit is not Putin's); anyone else
    speaks for their country."""
    return m.actor_id if m.kind == "person" else m.country or m.actor_id


def _coordinated(a: Placed, b: Placed, tokens: Tokens, text: str,
                 syntax: Syntax | None = None) -> bool:
    """True when a and b are joined by a conjunction or a comma ("Russia and China"), or
    stand for one phrase ("the two countries"), or b singles out a member of a
    ("its Western backers, particularly the Americans")."""
    if (a.start, a.end) == (b.start, b.end):
        return True
    specifiers = syntax.specifiers if syntax else frozenset()
    words = [w for w in tokens.folded[a.end:b.start] if not syntax or w not in syntax.articles]
    singled = [n for n, w in enumerate(words) if w in specifiers]
    if singled and singled[0] == 1:  # the noun an adjective actor qualifies ("Western backers")
        words = words[1:]
    if len(words) > 3:
        return False
    joins = conjunctions() | specifiers
    if words and not any(w in joins for w in words):
        return False
    if any(w not in joins and len(w) > 5 for w in words):
        return False
    gap = between(text, tokens, a.end, b.start)
    return bool(words) or bool(LIST_COMMAS & set(gap)) or _clitic_joined(a, b, tokens, gap)


CLITIC_HOST = 3  # letters a word keeps after a conjunction written onto it


def _clitic_joined(a: Placed, b: Placed, tokens: Tokens, gap: str) -> bool:
    """"الولايات المتحدة وفرنسا": b's first word carries the conjunction. A name that merely
    starts with those letters ("السفير السعودي وليد") is a person's, so persons are left out."""
    if a.end != b.start or gap.strip() or "person" in (a.mention.kind, b.mention.kind):
        return False
    word = tokens.folded[b.start]
    return any(word.startswith(c) and len(word) - len(c) >= CLITIC_HOST
               for c in clitic_conjunctions())


def _dyads(trigger: Trigger, placed, clause, t_start, t_end, tokens, text, syntax: Syntax,
           inherited=None, reading=None, objects: tuple[int, int] | None = None, home=None):
    """The (source, target) pairs of a trigger: one, or one per coordinated source and per
    coordinated target. `objects`: the span of an earlier verb coordinated with this one and
    of its object (_shared_subjects), whose actors are no subject of this verb. `home`: the
    reader of the report's setting (code_sentence)."""
    found = _candidates(trigger, placed, clause, t_start, t_end, reading.inside if reading else [])
    if objects is not None:
        found.subjects = [p for p in found.subjects
                          if not (objects[0] <= p.start and p.end <= objects[1])]
    found.agent = reading.agent if reading else None
    found.nominal = reading.nominal if reading else False
    # a trigger after an article is a noun: no subject follows it ("the offensive in Ukraine
    # was marked by defeats of the army"); a protest's unnamed crowd is still read from the
    # party it concerns ("continued their hunger strike against the Russian government")
    determined = syntax.articles if trigger.type not in PLACE_AGENTS else frozenset()
    found.verb_first = syntax.subject_after_verb and not (
        t_start > clause[0] and tokens.folded[t_start - 1] in syntax.nonfinite | determined)
    found.reported = trigger.order == "noun" \
        and _content_follows(clause, t_end, tokens, text, syntax)
    found.subject_first = not syntax.subject_after_verb
    found.finite = not {tokens.folded[k] for k in (t_start - 1, t_end - 2)
                        if clause[0] <= k < t_end} & syntax.nonfinite
    if inherited is not None and not found.subjects and trigger.order in ("svo", "sov"):
        found.subjects = [inherited]
    found = _city_roles(trigger, found)
    named = next((p for p in placed if p.start <= t_start < p.end), None)
    if named is not None:  # "police arrested protesters": the protesters protest
        return [(named, _first_other(named, found.after + found.places))]
    source, target = _dyad(trigger, found, t_start, tokens, text)
    if source is None and (trigger.type, trigger.mode, trigger.order) == ("COERCE", "arrest", "passive"):
        source = unnamed_arrester(placed, t_start) or _home_police(home, text, tokens, t_start, t_end)
        target = _first_other(source, found.before[::-1] + found.after)
    elif reading is not None and reading.act_noun and found.agent is None \
            and (trigger.type, trigger.mode) == ARREST:
        source, target = _noun_arrest(placed, found, t_start, source, target)
    if source is not None and _city(source) and not (source.located
                                                      and trigger.type in PLACE_AGENTS):
        found, (source, target) = _city_target(trigger, found, t_start, tokens, text)
    if source is None:
        return []
    pairs = _subject_chain(trigger, found, source, target, tokens, text, syntax) \
        or _coordinated_sources(trigger, found, source, target, tokens, text) \
        or [(source, target)]
    return [(s, _foreign(trigger, s, t, found)) for s, t0 in pairs
            for t in _both_sides(trigger, t0, found.after)
            or _target_chain(t0, found.after, s, tokens, text, syntax)]


def _home_police(home, text: str, tokens: Tokens, t_start: int, t_end: int) -> Placed | None:
    """The police of the country the report is set in, at the trigger's words, as the agent of
    an arrest its sentence tells with no agent, place or police ("Twelve people were detained
    overnight", after a report set in one country): PLOVER codes it as that state's."""
    country = home(t_start) if home is not None else None
    if country is None or ":" in country:
        return None
    start, end = tokens.spans[t_start][0], tokens.spans[t_end - 1][1]  # named by no words:
    return Placed(sector_mention(start, end, text[start:end], "POLICE", country), t_start, t_start)


def _both_sides(trigger: Trigger, target: Placed | None, after: list[Placed]) -> list[Placed]:
    """"called on both sides to hold fire": a call on the two sides of hostilities told before
    is made to each, when the clause names no other party after the call."""
    if trigger.type not in CALLS or target is None or not target.side:
        return []
    if any((p.start, p.end) != (target.start, target.end) for p in after):
        return []
    return [p for p in after if p.side]


def _noun_arrest(placed: list[Placed], found: Candidates, t_start: int, source: Placed | None,
                 target: Placed | None) -> tuple[Placed | None, Placed | None]:
    """An arrest named by its noun with no agent ("l'arrestation à Paris d'un agent consulaire
    algérien", "die Festnahme eines Russen in Leipzig") is read like an agentless passive
    arrest: made by the police its sentence names, else by the state it happens in; the one
    arrested, its complement, is the target. The clause's subject only reports or answers it
    ("Alger justifie cette mesure par l'arrestation ..."). With neither police nor place the
    reading stands, unless its source is the complement ("the arrest of a Russian diplomat
    in Lyon", a city no party names): the one arrested arrests nobody, so no event. A party
    after the noun that is no setting is of its complement ("агентку російських спецслужб"):
    the one arrested, not who arrests."""
    arrester = unnamed_arrester([p for p in placed if p.located or p.end <= t_start], t_start)
    if arrester is None:
        return (None, None) if source is not None and source.start > t_start else (source, target)
    return arrester, _first_other(arrester, found.after + found.before[::-1])


def _foreign(trigger: Trigger, source: Placed, target: Placed | None,
             found: Candidates) -> Placed | None:
    """The target, unless it is an organ of the source's own country (or the source one of
    the target's) in an act that is no domestic politics, or the state whose government
    replies (_own_state): then the first other candidate that is neither ("handed over the
    Indonesian government's aid to Egypt": Egypt; "the Iranian foreign ministry rejected the
    IAEA resolution against Iran": the IAEA)."""
    def own(p: Placed) -> bool:
        return _own_organ(source.mention, p.mention, trigger.type) \
            or _own_state(source.mention, p.mention, trigger.type)
    if target is None or not own(target):
        return target
    return next((p for p in found.after + found.before[::-1] + found.places
                 if p is not source and not _same(p.mention, source.mention) and not own(p)),
                None)


def _own_organ(a: Mention, b: Mention, etype: str) -> bool:
    """True when a and b belong to one country, one of them a state organ of it (a sector
    inside the state), and the act is none a citizen or organ directs at its own state
    (DOMESTIC): "Indonesia and its armed forces" are one side."""
    if etype in DOMESTIC or not a.country or a.country != b.country \
            or "sector" not in (a.kind, b.kind):
        return False
    return not any(m.kind == "sector" and m.role in sectors()
                   and sectors()[m.role].code in NONSTATE for m in (a, b))


def _own_state(source: Mention, target: Mention, etype: str) -> bool:
    """A government acts for its own state, named by its name, not on it ("the Chinese
    government rejected the accusations against China", "外交部发言人拒绝了针对中国的指控":
    the state is what the measure rejected targets, never the rejection's target). Its
    people may suffer its force ("the government detained Turkish journalists")."""
    return etype not in FORCE and source.kind == "sector" and source.role == "GOVERNMENT" \
        and target.kind == "country" and not target.demonym \
        and source.country is not None and source.country == target.country


def _territory_words(placed: list[Placed], folded: list[str], lang: str | None,
                     i: int) -> set[int]:
    """The tokens of a territory noun inside a place ("Lebanese airspace", actors/context.py):
    no name, so a trigger may hold them ("violated Lebanese airspace")."""
    places = {k for p in placed if _city(p) for k in range(p.start, p.end)}
    return {i + k for m in territory_nouns(lang).find(folded) for k in range(m.start, m.end)
            if i + k in places}


def _city(p: Placed) -> bool:
    """A city or region standing for its country (mention kind "place")."""
    return p.mention.kind == "place"


def _city_roles(trigger: Trigger, found: Candidates) -> Candidates:
    """A city or region is never a subject; it is a party only of the types done to places
    (PLACE_TARGETS), and a setting only of those and of the types whose unnamed agent is
    where they happen (PLACE_AGENTS: "protesters in Istanbul")."""
    def keep(row: list[Placed], ok: bool) -> list[Placed]:
        return row if ok else [p for p in row if not _city(p)]
    target = trigger.type in PLACE_TARGETS
    setting = target or trigger.type in PLACE_AGENTS
    agent = found.agent if found.agent is None or not _city(found.agent) else None
    return replace(found, subjects=keep(found.subjects, False), before=keep(found.before, target),
                   after=keep(found.after, target), places=keep(found.places, setting),
                   settings=keep(found.settings, setting), agent=agent)


def _city_target(trigger: Trigger, found: Candidates, t_start: int, tokens: Tokens, text: str):
    """When a city was read as the one who acts ("the shelling of Odesa", "обстріл Одеси"):
    the dyad read without cities, the first city then the target of an act done to it."""
    bare = replace(found, before=[p for p in found.before if not _city(p)],
                   after=[p for p in found.after if not _city(p)],
                   places=[p for p in found.places if not _city(p)
                           or (p.located and trigger.type in PLACE_AGENTS)])
    source, target = _dyad(trigger, bare, t_start, tokens, text)
    if source is not None and target is None and trigger.type in PLACE_TARGETS:
        target = _first_other(source, [p for p in found.after + found.before[::-1] + found.places
                                       if _city(p)])
    return bare, (source, target)


def _chain(start: Placed, row: list[Placed], step: int, tokens, text, syntax) -> list[Placed]:
    """The actors coordinated with `start` in `row`, walking backwards (step -1) or forwards."""
    row = sorted(row, key=lambda p: p.start)
    out, k = [start], row.index(start)
    while 0 <= k + step < len(row):
        a, b = (row[k + step], row[k]) if step < 0 else (row[k], row[k + step])
        if a.end > b.start or not _coordinated(a, b, tokens, text, syntax):
            break
        k += step
        out.append(row[k])
    return out[::-1] if step < 0 else out


def _members(chain: list[Placed], tokens: Tokens, syntax: Syntax) -> list[Placed]:
    """Drop a general term whose members are singled out after it: "the West, notably the
    US" is the US; "rivals of the West, notably China" are China."""
    def general(n: int, p: Placed) -> bool:
        return n + 1 < len(chain) and (p.mention.country is None or p.possessed is not None) \
            and any(w in syntax.specifiers for w in tokens.folded[p.end:chain[n + 1].start])
    return [p for n, p in enumerate(chain) if not general(n, p)]


def _subject_chain(trigger, found, source, target, tokens, text, syntax):
    """"Kyiv and its Western backers, particularly the Americans, accuse Russia": one event
    per named subject."""
    if trigger.order != "svo" or trigger.type in SYMMETRIC or trigger.mutual or target is None \
            or not found.subjects or found.subjects[-1] is not source:
        return None
    chain = _chain(source, found.subjects, -1, tokens, text, syntax)
    if len(chain) < 2:
        return None
    members = _members(chain, tokens, syntax)
    if any(_same(p.mention, target.mention) for p in members):
        return None
    return [(p, target) for p in members]


def _target_chain(target, after, source, tokens, text, syntax) -> list:
    """"sanctioned Iran and Syria": the same act towards each coordinated direct object (not
    "the conflict between Moscow and Kyiv")."""
    if target is None or target.governed or target not in after:
        return [target]
    chain = _members(_chain(target, after, 1, tokens, text, syntax), tokens, syntax)
    return [t for t in chain if not _same(t.mention, source.mention)] or [target]


def _coordinated_sources(trigger, found, source, target, tokens, text):
    """"Russia and China agreed": a symmetric pair, or the same target for both sources. The
    two sides of an exchange are such a pair too, whoever mediated it ("A and B swapped
    prisoners with Qatar's mediation")."""
    if (trigger.type in SYMMETRIC or trigger.mutual) and trigger.order != "passive":
        pair = _joint_parties(found.before, (source, target), tokens, text)
        if pair is not None:
            return [pair]
    if trigger.order == "sov" and trigger.type not in SYMMETRIC:
        verb_final = _verb_final_rows(found, source, target, tokens, text)
        if verb_final is not None:
            return verb_final
    if trigger.order in ("svo", "sov"):
        # parties of talks may be objects of another verb: "accused Moscow and Pyongyang
        # that they cooperate"; other types need coordinated subjects
        row = found.before if trigger.type in SYMMETRIC else found.subjects
        if len(row) < 2 or (row[-1] is not source and row[-1] is not target):
            return None
        first, second = row[-2], row[-1]
    elif trigger.order == "noun" and len(found.after) >= 2 and found.after[0] is source:
        first, second = source, found.after[1]
    else:
        return None
    if not _coordinated(first, second, tokens, text):
        return None
    if _same(first.mention, second.mention):
        return None
    if trigger.type in SYMMETRIC or target is None or target is second:
        rest = [p for p in found.after + found.before[::-1] if p is not first and p is not second]
        other = _first_other(first, [p for p in rest if not _same(p.mention, second.mention)])
        if trigger.type in SYMMETRIC or other is None:
            if trigger.order == "noun" and trigger.type not in SYMMETRIC:
                return [(first, None), (second, None)]  # "attacks of the US and of Israel"
            if trigger.type in PARALLEL and trigger.mode not in JOINT_MODES and not trigger.mutual \
                    and _joined_by_word(first, second, tokens):
                return [(first, None), (second, None)]  # "Mexico and Venezuela sent aid"
            return [(first, second)]
        target = other
    if _same(first.mention, target.mention) or _same(second.mention, target.mention):
        return None
    return [(first, target), (second, target)]


def _joined_by_word(a: Placed, b: Placed, tokens: Tokens) -> bool:
    """"Poland and Lithuania", not "Poland, Lithuania": a comma alone may close a verb-final
    clause's subject before its object ("AB sözcüsü, Türk makamlarını ... çağırdı"), and a
    verb between them is no conjunction ("Ucraina a cerut Germaniei")."""
    words = tokens.folded[a.end:b.start]
    return bool(words) and all(w in conjunctions() for w in words)


def _verb_final_rows(found: Candidates, source: Placed, target: Placed | None,
                     tokens: Tokens, text: str) -> list[tuple] | None:
    """Coordinated parties before a verb-final act, a list that a conjunction closes. A row
    that ends at the object, after a subject standing apart, is the objects, one event each
    ("وزارت امور خارجه سفیران انگلیس، فرانسه و آلمان را احضار کرد": the Foreign Ministry
    summoned the ambassadors of Britain, France and Germany), not a pair of subjects acting on
    one another; a row that opens at the subject, before an object its case marks, is the
    subjects ("ایران و روسیه آمریکا را محکوم کردند": Iran and Russia condemned the US). A
    comma alone after a subject sets it off ("Türkiye, Filistin'in ... başvurusuna destek
    verdi")."""
    if target is not None and target in found.before and source.end <= target.start:
        row = [p for p in _chain(target, found.before, -1, tokens, text, None)
               if p.start >= source.end and not _same(p.mention, source.mention)]
        if len(row) > 1 and _closed(row, tokens):
            return [(source, p) for p in row]
    if source not in found.subjects or target is None or not target.oblique or target.governed:
        return None  # only a case-marked object shows the clause is the verb's own
    row = _chain(source, found.subjects, 1, tokens, text, None)
    if len(row) > 1 and _closed(row, tokens) \
            and not any(_same(p.mention, target.mention) for p in row):
        return [(p, target) for p in row]
    return None


def _closed(row: list[Placed], tokens: Tokens) -> bool:
    """A conjunction joins the last two of a row ("Britain, France and Germany")."""
    return bool(conjunctions().intersection(tokens.folded[row[-2].end:row[-1].start]))


def _joint_parties(before: list[Placed], chosen: tuple, tokens: Tokens, text: str):
    """"Putin and Erdogan discussed Ukraine by phone", "Putin ve Erdoğan Ukrayna'yı
    görüştü": coordinated parties before a symmetric act are its two sides, whichever of them
    the nearest-actor reading took; what they discuss (the topic, the object) is none. A
    conjunction joins them: a comma may open an apposition ("Xi, Russia's partner, visited")."""
    for p in chosen:
        if p is None or p not in before:
            continue
        k = before.index(p)
        for a, b in zip(before[max(k - 1, 0):k + 2], before[max(k, 1):k + 2]):
            if a.end <= b.start and conjunctions().intersection(tokens.folded[a.end:b.start]) \
                    and _coordinated(a, b, tokens, text) and not _same(a.mention, b.mention):
                return a, b
    return None


def _place(mentions: list[Mention], tokens: Tokens, sentence: Sentence, pack: Pack,
           lo: int) -> list[Placed]:
    """The parties of a sentence. A name the knowledge base lacks counts when the role word
    before it gives its country ("CHP lideri Özgür Özel" in a report from Turkey); a place
    before it does not ("ambasadorul Ucrainei la București, Ihor Prokopciuk")."""
    placed = []
    words = sector_words(pack.lang).patterns
    for n, m in enumerate(mentions):
        if sentence.start <= m.start and m.end <= sentence.end and (m.country or m.actor_id) \
                and (m.kind != "unknown" or (m.country and m.role)) and not _stateless_organ(m):
            a, b = tokens.index_range(m.start, m.end)
            m = _in_opposition(m, mentions[max(n - 1, 0):n + 2], tokens, a, b, words)
            p = Placed(m, a, max(b, a + 1))
            _mark_case(p, tokens, lo, pack)
            if placed and _conjoined(placed[-1], p, tokens, pack):
                p.oblique |= placed[-1].oblique
                p.governed |= placed[-1].governed
                p.located |= placed[-1].located and _is_place(p, tokens, pack)
            placed.append(p)
    return placed


def _stateless_organ(m: Mention) -> bool:
    """A government, ministry, police, army, parliament or court word read as of an NGO, an
    IGO or an armed group ("SOS Méditerranée ... il governo"): such organs belong to a
    state only, so the word names no party the sentence tells."""
    return m.kind == "sector" and m.role in sectors() and sectors()[m.role].code in STATE_ORGANS \
        and m.country is not None and not _a_state(m.country)


def _a_state(country: str | None) -> bool:
    """A state's code ("ITA"), not a body's of its own ("NGO:AMNESTY", "IGO:UN",
    "MIL:HEZBOLLAH"): only a state has a government."""
    return bool(country) and ":" not in country


PEOPLE = frozenset({"person", "role", "unknown"})
OPPOSITION_GAP = 2  # tokens between a person and the sector word beside it ("leader of the")


def _in_opposition(m: Mention, beside: list[Mention], tokens: Tokens, a: int, b: int,
                   words) -> Mention:
    """A person of a sector outside the state ("opposition leader Kemi Badenoch", "Лидер
    российской оппозиции", "liderul opoziției"): the sector word inside the mention's
    phrase, or the sector mention right before or after it (`beside`: the mentions around
    it). Such a person is no side of the government (_same: PLOVER codes OPP -> GOV, two
    parties of one country); the mention takes the sector as its role."""
    if m.kind not in PEOPLE or _nonstate(m):
        return m
    keys = [match.payload for match in words.find(tokens.folded[a:b])]
    for other in beside:
        if other is not m and other.kind == "sector":
            c, d = tokens.index_range(other.start, other.end)
            if 0 <= a - d <= OPPOSITION_GAP or 0 <= c - b <= OPPOSITION_GAP:
                keys.append(other.role)
    key = next((k for k in keys if k in sectors() and sectors()[k].code in NONSTATE), None)
    return replace(m, role=key) if key else m


ARREST = ("COERCE", "arrest")
# Force a state uses at home is often told without the people it is used on ("107 people had
# been detained", "police fired tear gas", "banned all gatherings"): it is done to the people of
# its own country (PLOVER's domestic dyad, COP -> CVL), not to no one; so is a court's sentence
# of someone of no other country ("sentenced a local man to six years").
ON_OWN_PEOPLE = frozenset({("COERCE", "arrest"), ("COERCE", "restrict"), ("COERCE", "ban"),
                           ("COERCE", "curfew"), ("ASSAULT", "crowd-control"),
                           ("SANCTION", "convict")})
STATELESS_KINDS = frozenset({"igo", "ngo", "armed_group", "collective"})


def _own_people(trigger: Trigger, source: Placed, text: str, tokens: Tokens, t_start: int,
                t_end: int) -> Placed | None:
    """The people of the source's country (a crowd at the trigger's words) as the target of such
    force, when the source is the state or one of its organs: a party with a country, neither a
    sector outside the state nor a body of no state. A country named as such uses its weapons
    abroad, and its blockades and bans on others, as often as at home ("Chinese ships fired
    water cannon", "Israel imposed a blockade"): only its arrests are read as done at home."""
    m = source.mention
    if (trigger.type, trigger.mode) not in ON_OWN_PEOPLE or not m.country \
            or m.kind in STATELESS_KINDS or _nonstate(m) \
            or (m.kind == "country" and (trigger.type, trigger.mode) != ARREST):
        return None
    start, end = tokens.spans[t_start][0], tokens.spans[t_end - 1][1]
    return Placed(sector_mention(start, end, text[start:end], "CROWD", m.country), t_start, t_end)


# Acts a party outside the state directs at someone; told with no one named they are aimed at
# its own state (PLOVER PROTEST: "against the recipient ... a policy, action or actor").
AT_OWN_STATE = frozenset({"PROTEST", "REQUEST", "THREATEN", "ACCUSE"})


def _at_own_state(e: EventMention, text: str) -> EventMention:
    """Such an act that names no one, by a domestic party outside the state, is aimed at the
    government of its country (named by the trigger's words): protesters, a union, students,
    the opposition or one of its leaders, an NGO of the country, never an international one ("the unions threatened a
    general strike", "the opposition demanded early elections"), or, for a protest, the country
    or place that stands for its unnamed crowd ("thousands marched in Belgrade", "ont manifesté
    dans toute la France": a state's own protest is a diplomatic one, ACCUSE). Read once the
    sentence's events are chosen: the police's arrest of the protesters is another event of
    the same two parties."""
    m = e.source_mention
    if e.target is not None or e.type not in AT_OWN_STATE or m is None or not _a_state(m.country):
        return e
    crowd = e.type == "PROTEST" and m.kind in ("country", "place")
    if not (crowd or _domestic_nonstate(m) or m.kind == "ngo"):
        return e
    state = sector_mention(e.trigger_start, e.trigger_end, text[e.trigger_start:e.trigger_end],
                           "GOVERNMENT", m.country)
    return replace(e, target=actor_ref(state), target_mention=state)


def _domestic_nonstate(m: Mention) -> bool:
    """A sector outside the state that acts at home (protesters, unions, the opposition; not
    rebels), or a person of one (_in_opposition)."""
    return _nonstate(m) and sectors()[m.role].domestic


def _nonstate(m: Mention) -> bool:
    """A sector outside the state, or a person of one (_in_opposition)."""
    return m.role in sectors() and sectors()[m.role].code in NONSTATE


def _pair_anaphors(pair, text, tokens, pack, folded, i, placed, sides=False) -> list[Placed]:
    """"The two sides signed ...": both parties of the last pair, standing coordinated where
    the phrase stands. "The two countries" (`[anaphora] countries`) are their states: after
    "Shoigu met Kim", "the two countries have embarked on a rapprochement" is Russia and
    North Korea, not the two men. `sides`: the pair are the sides of hostilities, each of
    whom a call addresses (_both_sides)."""
    taken = {k for p in placed for k in range(p.start, p.end)}
    out = []
    for m in longest_non_overlapping(pack.pair_anaphora.find(folded)):
        a, b = i + m.start, i + m.end
        if taken.intersection(range(a, b)) or not _speaks_of_pair(m, folded, placed, a, b, pack):
            continue
        start, end = tokens.spans[a][0], tokens.spans[b - 1][1]
        for party in pair:
            if m.payload == "countries":
                party = _as_state(party)
            p = Placed(replace(party, start=start, end=end, surface=text[start:end]), a, b,
                       side=sides)
            _mark_case(p, tokens, i, pack)
            out.append(p)
    return out


def _speaks_of_pair(m, folded: list[str], placed: list[Placed], a: int, b: int,
                    pack: Pack) -> bool:
    """Whether a pair phrase found in the sentence (`m`, at tokens a..b) speaks of the pair.
    Not when it opens with a bare numeral (`[anaphora] numerals` with none of `determiners`
    before it: "two ministers were sacked" is no "the two ministers"), follows a word of
    `not_after` ("с другой стороны", on the other hand; "ze strony", on the part of), or stands
    right after a party or before a demonym, whose own side it is ("the Russian side",
    "української сторони", "strony polskiej") or which it names again ("Putin and Erdogan,
    the two leaders"). Another party right after it may be its dependent ("两国政府", the two
    countries' governments). A phrase opening with a word of `both` ("obaj szefowie rządów",
    "оба министра") is no one party's side even right after a party: "z premierem Donaldem
    Tuskiem obaj szefowie rządów podpisali" (after talks with Tusk, both heads signed)."""
    numerals, determiners, not_after, both = _pair_words(pack.lang)
    before = folded[m.start - 1] if m.start else ""
    if folded[m.start] in numerals and before not in determiners or before in not_after:
        return False
    if folded[m.start] in both:
        return not any(p.start == b and p.mention.demonym for p in placed)
    return not any(p.end == a or p.start == b and p.mention.demonym for p in placed)


@cache
def _pair_words(lang: str) -> tuple[frozenset[str], ...]:
    """The folded `numerals`, `determiners`, `not_after` and `both` of the pack's
    `[anaphora]`."""
    table = pack_table(lang, "syntax.toml", "anaphora")
    return tuple(frozenset(fold(w) for w in table.get(k, []))
                 for k in ("numerals", "determiners", "not_after", "both"))


def _as_state(m: Mention) -> Mention:
    """The country a party speaks for, as a mention of the state itself; a party of no
    country (an international organisation) stays itself."""
    if m.country is None or m.kind == "country":
        return m
    return replace(m, actor_id=m.country, name=None, kind="country", role=None, demonym=False,
                   resolved=True)


def _conjoined(a: Placed, b: Placed, tokens: Tokens, pack: Pack) -> bool:
    """"between Iran and Russia": b shares a's preposition."""
    words = tokens.folded[a.end:b.start]
    return 0 < len(words) <= 2 and any(w in conjunctions() for w in words) \
        and all(w in conjunctions() or w in pack.syntax.articles for w in words)


def _mark_case(p: Placed, tokens: Tokens, lo: int, pack: Pack) -> None:
    """Read the words before a mention (a preposition or a non-subject article) and after it
    (a postposition or case ending: roles.case_after)."""
    syntax = pack.syntax
    k = p.start - 1
    p.bare = bool(syntax.subject_articles) \
        and (k < lo or tokens.folded[k] not in syntax.subject_articles)
    article = k >= lo and tokens.folded[k] in syntax.articles
    # no preposition governs a subject's article: "Στο μεταξύ ο Ζελένσκι" (meanwhile) is
    # no "between Zelensky"
    subject = article and tokens.folded[k] in syntax.nominative
    if article:
        p.oblique |= tokens.folded[k] in syntax.non_subject
        k -= 1
    word = tokens.folded[k] if k >= lo else ""
    p.governed = word in syntax.prepositions and not subject
    p.partner = word in syntax.comitative and not subject
    p.oblique |= p.governed
    p.seat = k == lo and word in syntax.locative and p.mention.kind == "sector" and not subject
    p.located = word in syntax.locative and _is_place(p, tokens, pack) \
        and not (article and word in syntax.bare_locative)  # French "à la Russie": a recipient
    oblique, locative = case_after(syntax, tokens.folded, p, len(tokens.folded))
    p.oblique |= oblique
    p.located |= locative and _is_place(p, tokens, pack)
    g = p.start - 1
    if g - 1 >= lo and tokens.folded[g] in syntax.genitive:
        head = tokens.folded[g - 1]
        if head.isalpha() and head not in conjunctions() and head not in syntax.prepositions \
                and head not in syntax.articles:
            p.possessed = g - 1


def _is_place(p: Placed, tokens: Tokens, pack: Pack) -> bool:
    """A country, capital or city by name, not a demonym ("in Iran", not "in Iranian hands")."""
    return p.mention.kind in ("country", "place") and p.mention.role is None \
        and not p.mention.demonym


def _clause_starts(text: str, tokens: Tokens, i: int, j: int, syntax: Syntax,
                   mention_ends: set[int]) -> tuple[list[int], set[int], set[int]]:
    """Token indices where a clause of the sentence starts, and which of them open a
    that-clause or an adverbial clause.

    `;` and `:` end clauses; so does a comma before a word that opens a subordinate clause
    ("..., which", "..., η οποία", "..., care"), a subordinator anywhere ("while", "αφότου"),
    a relative word that does not follow an actor ("the attack that it leads in ..."), and a
    complementiser ("ότι", "că", "bahwa").
    """
    starts, complements, subordinates = [i], set(), set()
    after_comma = syntax.after_comma | syntax.relative | syntax.always
    openers = opening_words(syntax.complement, syntax.reported_that, syntax.after_comma,
                            syntax.relative, syntax.always)
    for k in range(i + 1, j):
        gap = between(text, tokens, k, k)
        if openers is not None and tokens.folded[k] not in openers \
                and not CLAUSE_BREAKS & set(gap):
            continue  # a word that opens no phrase, after no clause break
        if _opens(tokens.folded, k, j, syntax.complement) \
                or _reported_clause(tokens.folded, k, j, syntax):
            complements.add(k)
            starts.append(k)
        elif CLAUSE_BREAKS & set(gap) \
                or ("," in gap and _opens(tokens.folded, k, j, after_comma)) \
                or (k not in mention_ends and _opens(tokens.folded, k, j, syntax.relative)) \
                or _opens(tokens.folded, k, j, syntax.always):
            starts.append(k)
            if _opens(tokens.folded, k, j, syntax.always):
                subordinates.add(k)
    return starts, complements, subordinates


def _reported_clause(folded: list[str], k: int, j: int, syntax: Syntax) -> bool:
    """"thanked Poland and said that Lithuania would deploy troops": a complementiser right
    after a verb of saying opens a that-clause, whose acts have their own subject. Only there:
    `reported_that` words ("that") are also determiners and relative words."""
    return syntax.speech is not None and bool(syntax.reported_that) \
        and _opens(folded, k, j, syntax.reported_that) and bool(syntax.speech.find(folded[k - 1:k]))


def _participle_clauses(starts: list[int], subordinates: set[int], triggers: list, text: str,
                        tokens: Tokens, i: int, syntax: Syntax) -> set[int]:
    """Triggers opening a participle clause right after a comma, their first word ending as
    a gerund (`[clauses] gerund_endings`): "convocato l'ambasciatore iraniano, chiedendo a
    Teheran di ...", "summoned the Russian ambassador, demanding that Moscow ...". Such a
    clause tells a second act of the clause before it, whose subject it shares: the object
    nearest it is no subject. Returns their sentence-relative starts; those that follow a
    trigger of their clause are joined to it (_shared_subjects), where it may also name their
    target ("accusing them of ..."), the others become a subordinate clause start (`starts`,
    `subordinates`, document indices)."""
    out: set[int] = set()
    if not syntax.gerund_endings:
        return out
    for m in triggers:
        k = i + m.start
        word = tokens.folded[k]
        if k in starts or len(word) < MIN_INFLECTED or not word.endswith(syntax.gerund_endings) \
                or "," not in between(text, tokens, k, k):
            continue
        out.add(m.start)
    for start in sorted(out):
        k = i + start
        clause = starts[bisect_right(starts, k) - 1]
        if not any(clause <= i + m.start < k for m in triggers):
            insort(starts, k)
            subordinates.add(k)
    return out


def _verbal_clauses(starts: list[int], subordinates: set[int], triggers: list, text: str,
                    tokens: Tokens, i: int, j: int, syntax: Syntax, placed: list[Placed]) -> None:
    """Participle and converb clauses whose verb is no trigger, marked as subordinate clause
    starts (document indices): a gerund right after a comma ("rejected the criticism, saying
    the Taiwan question ...", "rechazó las acusaciones, asegurando que Ucrania ...",
    "απέρριψε τις κατηγορίες, υποστηρίζοντας ότι ...") opens a clause of its own; a converb
    right before a comma ("iddiaları reddederek, Kıbrıs'ın ... bildirdi",
    `[clauses] converb_endings`) closes its clause, and the one after the comma goes on
    with its subject. The parties named past the comma are no target of the verb before it;
    a trigger there has that verb's subject. Not a word of an actor's name ("..., Beijing
    said") or of a trigger, nor a word singling out members ("..., including China"); nor a
    gerund whose clause holds a trigger, which tells the act again ("hanno lasciato il
    Niger, completando il ritiro": the withdrawal from Niger)."""
    if not (syntax.gerund_endings or syntax.converb_endings):
        return
    taken = {k for p in placed for k in range(p.start, p.end)} \
        | {i + k for m in triggers for k in range(m.start, m.end)}
    acts = sorted(i + m.start for m in triggers)
    for k in range(i + 1, j):
        if k in starts or "," not in between(text, tokens, k, k):
            continue
        word, last = tokens.folded[k], tokens.folded[k - 1]
        end = next((b for b in starts if b > k), j)
        gerund = bool(syntax.gerund_endings) and k not in taken and len(word) >= MIN_INFLECTED \
            and word.endswith(syntax.gerund_endings) and word not in syntax.specifiers \
            and not any(k <= t < end for t in acts)
        converb = bool(syntax.converb_endings) and len(last) >= MIN_INFLECTED \
            and last.endswith(syntax.converb_endings)
        if gerund or converb:
            insort(starts, k)
            subordinates.add(k)


def _comma_chains(starts: list[int], triggers: list, text: str, tokens: Tokens, i: int,
                  syntax: Syntax, placed: list[Placed]) -> set[int]:
    """Triggers after a comma with no party between it and them, following a trigger of their
    clause before that comma, where the pack's clauses chain so (`[clauses] comma_chain`:
    Chinese topic chains "菲律宾外交部召见中国大使，提出抗议", "越南外交部召见中国大使，随即要求
    中方停止..."): the verb after the comma goes on with the subject of the verb before it,
    as a participle clause does; the object of that verb is no subject of it. Returns
    sentence-relative starts."""
    if not syntax.comma_chain:
        return set()
    out = set()
    for m in triggers:
        k = i + m.start
        clause = starts[bisect_right(starts, k) - 1]
        comma = next((c for c in range(k, clause, -1)
                      if COMMAS & set(between(text, tokens, c, c))), None)
        if comma is None or any(comma <= p.start < k for p in placed):
            continue
        if any(clause <= i + t.start and i + t.end <= comma for t in triggers):
            out.add(m.start)
    return out


def _conditions(text: str, tokens: Tokens, i: int, j: int, syntax: Syntax,
                placed: list[Placed]) -> list[tuple[int, int]]:
    """Token spans of the conditions of a sentence ("if it is attacked", "unless the blockade
    is lifted"). A condition closes at its first comma, wherever it opens ("If Iran attacks,
    Israel will respond", "że jeśli dziennikarz nie zostanie zwolniony, Polska zamknie
    przejście"): the clause after it is the main clause, whose act depends on it. A comma
    between two listed parties does not close it ("if Russia, Belarus or Iran attack");
    without a comma it runs to the sentence end."""
    out: list[tuple[int, int]] = []
    firsts = {phrase[0] for phrase in syntax.conditional}
    k = i
    while k < j:
        if tokens.folded[k] not in firsts or not _opens(tokens.folded, k, j, syntax.conditional):
            k += 1
            continue
        close = next((m for m in range(k + 1, j) if COMMAS & set(between(text, tokens, m, m))
                      and not _listed(placed, m, text, tokens, j)), j)
        out.append((k, close))
        k = close
    return out


def _listed(placed: list[Placed], m: int, text: str, tokens: Tokens, j: int) -> bool:
    """The comma before token m joins two listed parties: one ends at it, and the one after it
    is followed by a conjunction or another comma ("Russia, Belarus or Iran")."""
    if not any(p.end == m for p in placed):
        return False
    after = next((p for p in placed if p.start == m), None)
    return after is not None and after.end < j and (
        tokens.folded[after.end] in conjunctions()
        or bool(LIST_COMMAS & set(between(text, tokens, after.end, after.end))))


def _depending(conditions: list[tuple[int, int]], triggers: list, starts: list[int],
               i: int) -> dict[int, tuple[int, int]]:
    """The condition each trigger's act depends on, by the trigger's sentence-relative start:
    a condition right before its clause ("If Belarus does not free him, Poland will close the
    border"; no clause opens between them) or after the trigger in its clause ("Poland will
    close the border unless Belarus frees him")."""
    out: dict[int, tuple[int, int]] = {}
    for m in triggers:
        t_start, t_end = i + m.start, i + m.end
        before = [c for c in conditions if c[1] <= t_start
                  and not any(c[1] < s <= t_start for s in starts)]
        after = [c for c in conditions if c[0] >= t_end
                 and not any(t_start < s < c[0] for s in starts)]
        if before or after:
            out[m.start] = before[-1] if before else after[0]
    return out


def _relative_asides(starts: list[int], text: str, tokens: Tokens, j: int, syntax: Syntax,
                     placed: list[Placed]) -> dict[int, Placed]:
    """"The rebels, who attacked a convoy, demanded talks": the relative clause is an aside
    whose subject is the actor before it; at the comma that closes it the main clause goes
    on, with the subject it had before the aside. Returns the subject each of these clauses
    inherits, by clause start (a closing comma becomes a clause start)."""
    out: dict[int, Placed] = {}
    for k in list(starts):
        if not _opens(tokens.folded, k, j, syntax.relative) \
                or "," not in between(text, tokens, k, k):
            continue
        antecedent = next((p for p in placed if p.end == k and not p.located), None)
        if antecedent is not None:
            out[k] = antecedent
        close = _aside_end(text, tokens, k, j)
        if close is None:
            continue
        insort(starts, close)
        main = _main_subject(placed, starts, (k,))
        if main is not None:
            out[close] = main
    return out


def _responses(starts: list[int], text: str, tokens: Tokens, i: int, j: int, syntax: Syntax,
               placed: list[Placed], asides: dict[int, Placed]) -> tuple[set[int], set[int]]:
    """"expelled twelve agents, in response to the expulsion of French officials decided by
    Algiers", "en respuesta al envío de destructores estadounidenses", "针对美国...，中方决定":
    a response phrase (`[clauses] response`) opens the act answered, an earlier act of other
    parties. It is a clause and an act of its own up to its comma or the sentence end, so
    neither act reads the other's actors; after that comma the main clause goes on with the
    subject it had before (`asides`, like a relative aside). Returns the sentence-relative
    tokens of these clauses, and where each opens and closes (act boundaries)."""
    inside: set[int] = set()
    edges: set[int] = set()
    if not syntax.response:
        return inside, edges
    firsts = {phrase[0] for phrase in syntax.response}
    for k in range(i, j):
        if k - i in inside or tokens.folded[k] not in firsts \
                or not _opens(tokens.folded, k, j, syntax.response):
            continue
        close = next((m for m in range(k + 1, j) if COMMAS & set(between(text, tokens, m, m))), j)
        if any(p.start < k < p.end or p.start < close < p.end for p in placed):
            continue
        for edge in (k, close):
            if edge < j and edge not in starts:
                insort(starts, edge)
        main = _main_subject(placed, starts, (k,)) if k > i else None
        if main is not None and close < j:
            asides.setdefault(close, main)
        inside.update(range(k - i, close - i))
        edges.update({k - i, close - i})
    return inside, edges


def _answering(source: Placed, answered: set[int], sources: dict[int, Placed],
               placed: list[Placed], i: int) -> Placed | None:
    """The target of an act that names none in its own clause is the party whose act it
    answers ("ordered the deployment of militias, in response to the dispatch of US
    destroyers"): the source of the act its response clause tells, else the first party
    that clause names ("w odpowiedzi na prowokacje białoruskich służb")."""
    agents = [sources[k] for k in sorted(sources) if k in answered]
    named = [p for p in placed if p.start - i in answered and not p.located]
    return _first_other(source, agents + named)


def _aside_end(text: str, tokens: Tokens, k: int, j: int) -> int | None:
    """The token after the comma that closes the relative clause opening at k, over the
    clauses it holds ("The army, which has been fighting the RSF since April 2023, accused"):
    its first comma, before any `;` or `:`."""
    for m in range(k + 1, j):
        gap = between(text, tokens, m, m)
        if CLAUSE_BREAKS & set(gap):
            return None
        if "," in gap:
            return m
    return None


QUOTE_CLOSES = frozenset("»”\"")
QUOTE_OPENS = frozenset("«“\"")
REPORTER_TAIL = 6  # tokens after a closing reporter's verb ("said in remarks published Sunday")
OPENING_TAIL = 12  # ... after a reporter that opens its clause ("according to a report by ...")


def _close_reporter(starts: list[int], text: str, tokens: Tokens, i: int, j: int,
                    syntax: Syntax, placed: list[Placed], trigger_starts: set[int]) -> None:
    """Make a reporter closing the sentence after its last comma ("..., the ministry said on
    Monday", "..., according to Reuters") a clause of its own: it tells of the events, it
    takes no part in them. Not when an event trigger stands in it before its reporting
    word ("..., charging Albania with what is said to be ...") unless it only qualifies the
    teller ("..., relief officials said"), nor when a mention spans the comma."""
    if not syntax.reporting:
        return
    last = next((k for k in range(j - 1, i, -1)
                 if "," in between(text, tokens, k, k)), None)
    if last is None or last in starts or any(p.start < last < p.end for p in placed):
        return
    if QUOTE_CLOSES & set(between(text, tokens, last, last)) \
            and text[:tokens.spans[i][0]].rstrip()[-1:] in QUOTE_OPENS:
        return  # "«We will send aid», said Peskov": the teller of a whole quote is its speaker
    teller = {k for p in placed for k in range(p.start - 1, p.end)}
    for r in range(last, j):
        if r in trigger_starts and r not in teller:  # "relief officials said" names a teller
            return
        for phrase in syntax.reporting:
            tail = j - r - len(phrase)
            if tuple(tokens.folded[r:r + len(phrase)]) == phrase and (
                    tail <= REPORTER_TAIL or (r == last and tail <= OPENING_TAIL
                                              and not trigger_starts & set(range(r, j)))):
                insort(starts, last)
                return


def _parties_before(placed: list[Placed], starts: list[int], clause: tuple) -> list[Placed]:
    """The parties (not settings) of the clause just before `clause`."""
    n = starts.index(clause[0])
    lo = starts[n - 1] if n else clause[0]
    return [p for p in placed if lo <= p.start and p.end <= clause[0] and not p.located]


def _main_subject(placed: list[Placed], starts: list[int], clause: tuple) -> Placed | None:
    """The unstated subject of an adverbial clause: the subject of the clause before it
    ("Putin spoke with Pezeshkian after having discussed with Trump" -> Putin)."""
    subjects = [p for p in _parties_before(placed, starts, clause) if not p.oblique]
    return subjects[0] if subjects else None


def _complement_subject(placed: list[Placed], starts: list[int], clause: tuple) -> Placed | None:
    """The unstated subject of a that-clause: the last party of the clause before it
    ("accused North Korea that it delivers shells" -> North Korea)."""
    parties = _parties_before(placed, starts, clause)
    return parties[-1] if parties else None


def _opens(folded: list[str], k: int, j: int, phrases: frozenset[Phrase]) -> bool:
    return phrase_at(folded, k, phrases, j) is not None


def _clause(starts: list[int], t: int, j: int, complements: set[int]) -> tuple[int, int, int]:
    """(start, end, own end) of the clause holding token t: the range runs on over a that-clause
    the trigger governs ("promised that it will send grain to Egypt"), the own end does not."""
    n = bisect_right(starts, t)
    start, own_end = starts[n - 1], starts[n] if n < len(starts) else j
    if n < len(starts) and starts[n] in complements:
        n += 1
    return start, starts[n] if n < len(starts) else j, own_end


def _same(a: Mention, b: Mention) -> bool:
    """One party: the same actor, or two mentions of one country. Two sectors of a country
    are not ("police dispersed protesters": PLOVER codes the domestic dyad COP -> CVL)."""
    if a.actor_id and a.actor_id == b.actor_id and (a.kind != "sector" or a.country == b.country):
        return True  # the armies of two countries are two parties
    if "place" in (a.kind, b.kind):  # a city is its country, whoever else is of it there
        return bool(a.country) and a.country == b.country
    if "sector" in (a.kind, b.kind) and a.actor_id != b.actor_id and not (
            "GOVERNMENT" in (a.role, b.role) and {a.kind, b.kind} & {"person", "role"}
            and not (_nonstate(a) or _nonstate(b))):
        return False  # a minister is one side with his government; its police, or an
        # opposition leader, are not
    if "armed_group" in (a.kind, b.kind) and "country" not in (a.kind, b.kind) \
            and a.actor_id != b.actor_id:
        return False  # rebels are no side of the state they fight ("Petro accused the ELN")
    return bool(a.country) and a.country == b.country and a.kind != "counterpart" \
        and b.kind != "counterpart"


def _candidates(trigger: Trigger, placed: list[Placed], clause: tuple[int, int, int],
                t_start: int, t_end: int, inside: list[Placed] = ()) -> Candidates:
    """`inside`: actors in the trigger's gap ("griff die Ukraine an"), which follow its verb.
    An actor whose phrase opens with the trigger's last words ("memanggil Duta Besar Rusia":
    the trigger "memanggil duta besar", the ambassador of Russia) follows it too."""
    lo, hi, own_end = clause
    before = [p for p in placed if lo <= p.start and p.end <= t_start]
    after = _parties_first(list(inside) + [p for p in placed if p.end <= hi and (
        p.start >= t_end or t_start < p.start < t_end < p.end)], t_start, t_end)
    if trigger.type == "CONSULT":  # "discussed Ukraine with Erdogan": Ukraine is the topic
        partners = [p for p in after if p.partner and p.start - t_end <= TOPIC_REACH]
        after = partners + [p for p in after if p not in partners]
    place_ok = trigger.type not in SETTING_ONLY or trigger.mode == "visit"
    return Candidates(
        subjects=[p for p in before if (not p.oblique or _agent_adjective(p, t_start))
                  and not p.located],
        before=[p for p in before if not p.located],
        after=[p for p in after if not p.located],
        places=[p for p in after + before[::-1] if p.located] if place_ok else [],
        own_end=own_end, settings=[p for p in before[::-1] + after if p.located])


def _agent_adjective(p: Placed, t_start: int) -> bool:
    """"καταδίκασε τις ισραηλινές αεροπορικές επιδρομές": an adjective of a country right
    before a trigger names who acts, whatever case the article before it marks."""
    return p.mention.demonym and p.mention.kind == "country" and p.end == t_start


def _parties_first(after: list[Placed], t_start: int, t_end: int) -> list[Placed]:
    """Actors that only qualify another noun ("courted rivals of the West") come after the
    ones the verb takes, unless they own the trigger ("the visit of Shoigu")."""
    def qualifies(p: Placed) -> bool:
        return p.possessed is not None and not t_start <= p.possessed < t_end \
            and p.possessed != t_end
    return [p for p in after if not qualifies(p)] + [p for p in after if qualifies(p)]


def _content_follows(clause: tuple[int, int, int], t_end: int, tokens: Tokens, text: str,
                     syntax: Syntax) -> bool:
    """"rejected the accusations that Russia ...", "acuzaţiile conform cărora Rusia ...": a
    clause opening right after a noun trigger (only prepositions and articles between, no
    comma) states what the noun reports; the noun refers to someone else's act, not to one
    of the clause's subject."""
    own_end = clause[2]
    if own_end < t_end or own_end >= len(tokens.spans):
        return False
    if any(w not in syntax.prepositions and w not in syntax.articles
           for w in tokens.folded[t_end:own_end]):
        return False
    gap = between(text, tokens, t_end, own_end)
    return not any(c in gap for c in ",.;:!?\n")


def _dyad(trigger: Trigger, found: Candidates, t_start: int, tokens: Tokens, text: str):
    before, after, places = found.before, found.after, found.places
    if trigger.order == "passive":
        # "was arrested in Iran, on charges of spying for Russia": a place after an agentless
        # passive, before any party, is where it acted
        here = [p for p in places[:1] if trigger.type in PLACE_AGENTS and p.start > t_start
                and (not after or p.start < after[0].start)]
        source = found.agent or (here[0] if here else after[0] if after else (
            places[0] if places and trigger.type in PLACE_AGENTS else None))
        # an act noun's target is its complement ("the shelling of Beirut by Israel")
        parties = after + before[::-1] if found.nominal else before[::-1] + after
        if found.agent is None and not here:
            parties, source = _subject_after_passive(found, parties, source)
        return source, _first_other(source, [p for p in parties if p is not source] + places)
    if trigger.order == "noun":
        owners = [p for p in after if not p.governed  # "the visit of Shoigu", not "against Ukraine"
                  and not (found.reported and p.start >= found.own_end)]
        people = [p for p in owners if p.mention.kind in ("person", "role", "counterpart")]
        source = people[0] if people else owners[0] if owners else (
            found.subjects[-1] if found.subjects and not found.reported else None)
        rest = [p for p in after if p is not source] + before[::-1] + places
        return source, _first_other(source, rest)
    if trigger.order == "sov":
        # "مقابل سفارت انگلیس در تهران تجمع کردند": with no subject, where they gathered acts
        here = found.settings if trigger.type in PLACE_AGENTS else []
        source = found.subjects[0] if found.subjects else (
            min(here, key=lambda p: p.start) if here else after[0] if after else None)
        # an object marked by its case, not by a preposition ("آمریکا را ... متهم کرد",
        # "Rusya'yı suçladı"), is the target before any nearer party
        marked = [p for p in before[::-1] if p is not source and p.oblique and not p.governed]
        rest = marked + [p for p in before[::-1] if p is not source] + after + places
        return source, _first_other(source, rest)
    if found.subjects:
        source = _apposition_head(found.subjects, t_start, tokens, text)
        between = [p for p in before if p.start >= source.end]
        target = _first_other(source, after + between[::-1] + places)
        if target is None:
            earlier = _first_other(source, [p for p in found.subjects[::-1] if p.end <= source.start])
            if earlier is not None and (found.subject_first or found.finite) \
                    and _fronted_topic(earlier, source, t_start, tokens, text):
                target = earlier
            elif earlier is not None:
                source, target = earlier, source
            elif trigger.type in PLACE_AGENTS:
                # a protest's fronted object: "Vor der iranischen Botschaft haben Hunderte
                # Menschen demonstriert"
                target = _first_other(source, [p for p in before[::-1] if p.end <= source.start])
        return source, target
    seat = _speaking_seat(found, t_start)
    if seat is not None:
        return seat, _first_other(seat, after + found.places)
    post = [p for p in after if not p.oblique and not p.bare and p.end <= found.own_end]
    if post and found.verb_first:  # verb-first clauses: "a declarat Putin", "قال بوتين"
        # a protest's fronted object is its target: "Przed ambasadą Rosji protestowało kilkaset
        # osób"
        fronted = before[::-1] if trigger.type in PLACE_AGENTS else []
        return post[0], _first_other(post[0], [p for p in after if p is not post[0]]
                                     + fronted + places)
    if trigger.type in SYMMETRIC and len(after) >= 2:  # "talks between Putin and Raisi"
        return after[0], _first_other(after[0], after[1:])
    # "protested in Athens outside the US embassy", "outside the US embassy in Athens, people
    # protested": the first place is where they stand, a later one the setting of what they
    # oppose ("in Berlin gegen den Krieg in der Ukraine demonstriert")
    if trigger.type in PLACE_AGENTS and found.settings:
        here = min(found.settings, key=lambda p: p.start)
        return here, _first_other(here, found.after + found.before[::-1])
    return None, None


def _fronted_topic(earlier: Placed, subject: Placed, t_start: int, tokens: Tokens,
                   text: str) -> bool:
    """A party told before a comma that the verb's own subject follows with no comma of its
    own ("If Washington persists, Beijing will take every necessary measure", "日方的指责纯属
    捏造，中方坚决予以驳斥"): the topic the subject answers, so its target, never the source of
    that subject's verb. A subject set off by commas on both sides is an apposition ("Mali,
    an ally of Niger, backed ...") and leaves the earlier party the source. Read for a finite
    verb, or in a language whose subject never follows its verb: before an infinitive after a
    comma the party is its object ("Peking bestritt, Russland mit Waffen zu beliefern")."""
    def comma(a: int, b: int) -> bool:
        return any(COMMAS & set(between(text, tokens, k, k)) for k in range(a, b + 1))
    return comma(earlier.end, subject.start) and not comma(subject.end, t_start)


def _speaking_seat(found: Candidates, t_start: int) -> Placed | None:
    """"В МИД России обвинили Лондон", "W MSZ podkreślono", "У МЗС заявили": an institution
    after a locative preposition opening a clause whose verb has no subject speaks through
    that impersonal verb; it is the source, not a setting, and the party after the verb is
    no subject but the object."""
    if found.subjects:
        return None
    return next((p for p in found.before if p.seat and p.end <= t_start), None)


def _subject_after_passive(found: Candidates, parties: list[Placed], source: Placed | None
                           ) -> tuple[list[Placed], Placed | None]:
    """An agentless passive's subject may follow it ("В МИД Польши был вызван посол России",
    "wurde der russische Botschafter ins Auswärtige Amt einbestellt"): a party after the verb
    that no preposition governs is that subject, who suffers the act, and the party a
    preposition governs (the ministry it was summoned to), after or before the verb, acts.
    Returns the parties with that subject first, and the source."""
    subject = next((p for p in found.after if not p.governed), None)
    actor = next((p for p in found.after + found.before[::-1]
                  if p.governed and p is not subject), None)
    if subject is None or actor is None:
        return parties, source
    return [subject] + [p for p in parties if p is not subject], actor


def _apposition_head(subjects: list[Placed], t_start: int, tokens: Tokens, text: str) -> Placed:
    """"Patrushev, secretary of the Security Council, visited": Patrushev is the subject."""
    source = subjects[-1]
    if len(subjects) < 2 or source.mention.kind == "person":
        return source
    head = subjects[-2]
    if head.mention.kind not in APPOSITION_HEADS or t_start - source.end > 4:
        return source
    opened = between(text, tokens, head.end, source.start)
    closed = between(text, tokens, source.end, t_start)
    if opened.lstrip().startswith(",") and closed.rstrip().endswith(","):
        return head
    return source


def _first_other(source: Placed | None, candidates: list[Placed]) -> Placed | None:
    """The first candidate that is another party; a setting in a sector's own country is
    none ("Kenyan police arrested protesters in Nairobi")."""
    if source is None:
        return None
    for p in candidates:
        if not _same(p.mention, source.mention) and not (
                p.located and source.mention.kind == "sector"
                and p.mention.country == source.mention.country):
            return p
    return None


MIN_INFLECTED = 5  # the trigger's first word this long is its verb, whose ending is read
# Cues read in a trigger's gap: a negation or hedge there speaks of the verb ("lieferte Russland
# keine Raketen"); a plan word there qualifies its object ("sagte den geplanten Besuch ab").
GAP_STATUSES = frozenset({"negated", "claimed"})


def _status(pack: Pack, folded: list[str], t_start: int, t_end: int,
            verb_final: bool = False, gap: tuple[str, ...] = (), skip: tuple[int, int] = (0, 0),
            lo: int = 0, hi: int | None = None, pattern: str | None = None,
            surface: list[str] | None = None) -> str:
    """Status cues before and after the trigger and in its gap ("lieferte Russland keine
    Raketen"), and endings of the trigger's own words (Spanish "firmará", Turkish "imzalamadı").
    A negation its `pattern` spells is the trigger's meaning, not a status (Turkish "kabul
    etmedi" rejects): the verb's negated endings are read only where the pattern leaves it open.
    A verb coordinated with an earlier one (_shared_subjects) does not read that verb and its
    object (`skip`: "negó las acusaciones y advirtió" warns, it denies nothing), only what
    stands before the first within its clause (`lo`: "will meet Erdogan and sign", not "denied
    that its fighters had attacked the camp and blamed"); the earlier verb reads nothing from
    its conjunction on (`hi`: "odrzuciła zarzuty i zapowiedziała" announced no rejection).
    `surface`, the words as written, tells an accented ending from its folded twin."""
    window = pack.status_window
    hi = len(folded) if hi is None else hi
    found = set()
    long_words = [k for k in range(t_start, t_end) if len(folded[k]) >= MIN_INFLECTED]
    at = (long_words[-1] if verb_final else long_words[0]) if long_words else None
    verb = folded[at] if at is not None else None
    # the verb that governs a noun trigger carries its tense ("realizarán patrullas conjuntas")
    governing = [folded[t_start - 1]] if t_start and not verb_final \
        and len(folded[t_start - 1]) >= MIN_INFLECTED else []
    before = _preceding(folded, t_start, window, skip, lo)
    after = folded[t_end:min(t_end + window, hi)]
    far = _preceding(folded, t_start, pack.status_far_window, skip, lo)
    for status in STATUS_PRECEDENCE:
        own = verb if status != "negated" or pattern is None or at is None \
            else _open_ending(pattern, folded, t_start, at)
        inflected = ([at] if own else []) + ([t_start - 1] if governing else [])
        for cues, words in ((pack.status_word.get(status), ([own] if own else []) + governing),
                            (pack.status_before.get(status),
                             before + list(gap) if status in GAP_STATUSES else before),
                            (pack.status_after.get(status), after),
                            (pack.status_far.get(status), far)):
            if cues and cues.size and words and any(
                    cues is not pack.status_word.get(status) or surface is None
                    or _spelled_as_written(m.pattern, surface[inflected[m.start]])
                    for m in cues.find(words)):
                found.add(status)
    return next((s for s in STATUS_PRECEDENCE if s in found), "asserted")


def _written(word: str) -> str:
    """A word casefolded with its accents kept (Turkish "İ" read as "i")."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", word.casefold())
                                 .replace("\u0307", ""))


def _spelled_as_written(pattern: str, word: str) -> bool:
    """Whether an ending cue agrees with the verb as written: an ending that carries an accent
    ("*irá", "*erà") is a future only with it; folded, it is also a present ("retira",
    "schiera" would read as "retirará", "schiererà"). Other cues read the folded word."""
    ending = _written(pattern)[1:]
    if not pattern.startswith("*") or pattern.endswith("*") or fold(ending) == ending:
        return True
    return _written(word).endswith(ending)


def _open_ending(pattern: str, folded: list[str], t_start: int, at: int) -> str:
    """The part of word `at` its pattern leaves open: what follows a prefix ("imzala*" leaves
    "madı" of "imzalamadı"), nothing of a word spelled whole; a word in a gap is all open."""
    word = folded[at]
    literal = [t for t in parse_pattern(pattern) if t.kind != "gap"]
    for token, k in zip(literal, literal_positions(pattern, folded, t_start), strict=False):
        if k == at:
            return "" if token.kind == "exact" \
                else word[len(token.text):] if token.kind == "prefix" else word
    return word


def _preceding(folded: list[str], t_start: int, n: int, skip: tuple[int, int],
               lo: int = 0) -> list[str]:
    """The `n` words before a trigger, the words of `skip` (a span before it) left out, and
    with a skip none before `lo`."""
    a, b = skip
    if b <= a or b > t_start:
        return folded[max(0, t_start - n):t_start]
    near = folded[b:t_start][-n:]
    return folded[max(0, lo, a - (n - len(near))):a] + near if len(near) < n else near


def actor_ref(m: Mention | None) -> ActorRef | None:
    if m is None:
        return None
    if m.kind == "person" or m.kind in ("igo", "ngo", "armed_group", "collective"):
        return ActorRef(m.actor_id, m.country, m.name)
    named = m.actor_id or m.kind == "unknown"  # an unknown person's own name (person_names.py)
    return ActorRef(m.actor_id or m.country, m.country, m.name if named else None)


def _confidence(trigger: Trigger, source: Placed, target: Placed | None, t_start: int,
                t_end: int, status: str) -> float:
    distance = min(abs(source.end - t_start), abs(source.start - t_end))
    if target is not None:
        distance = max(distance, min(abs(target.end - t_start), abs(target.start - t_end)))
    score = trigger.weight * (1.0 if distance <= 6 else 0.85 if distance <= 15 else 0.7)
    score *= min(source.mention.confidence + 0.1, 1.0)
    if status in ("claimed", "denied"):
        score *= 0.9
    return round(score, 3)


def _event(text, sentence, tokens, trigger, source, target, status, t_start, t_end):
    return EventMention(
        type=trigger.type, mode=trigger.mode,
        source=actor_ref(source.mention), target=actor_ref(target.mention if target else None),
        status=status, evidence=sentence.text, start=sentence.start, end=sentence.end,
        trigger_start=tokens.spans[t_start][0], trigger_end=tokens.spans[t_end - 1][1],
        confidence=_confidence(trigger, source, target, t_start, t_end, status), coder=CODER,
        source_mention=source.mention, target_mention=target.mention if target else None,
    )
