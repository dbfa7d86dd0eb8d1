"""The rule coder: triggers from the language pack, actors from the mentions, status from cues.

Works sentence by sentence. Where the actors sit around a trigger is the trigger's `order`
(docs/packs.md); the nearest plausible actors win, a dyad never pairs an actor with itself,
boilerplate sentences are never coded, and negated or denied events are kept with their
status rather than dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from wirewatch.events.coordination import base_data, conjunctions
from wirewatch.lang.loader import Pack, Trigger
from wirewatch.lang.patterns import longest_non_overlapping
from wirewatch.models import ActorRef, EventMention, Mention, Sentence
from wirewatch.text.keys import fold
from wirewatch.text.tokens import Tokens

CODER = "rules/0.1"
STATUS_PRECEDENCE = ("denied", "negated", "claimed", "planned")
CLAUSE_BREAKS = set(";:")
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})


# Types whose event needs a recipient (PLOVER manual); the others may stand alone.
TARGETLESS = frozenset({"PROTEST", "MOBILIZE", "REJECT", "RETREAT", "CONCEDE"})




@lru_cache(maxsize=None)
def clause_openers(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in base_data("clauses.toml")["words"].get(lang, []))


@dataclass
class Placed:
    """A mention with its token span, inside one sentence."""

    mention: Mention
    start: int
    end: int


def code_document(text: str, sentences: list[Sentence], tokens: Tokens,
                  mentions: list[Mention], pack: Pack) -> list[EventMention]:
    if not pack.has_events:
        return []
    events: list[EventMention] = []
    for sentence in sentences:
        if not sentence.boilerplate:
            events.extend(code_sentence(text, sentence, tokens, mentions, pack))
    return events


def code_sentence(text: str, sentence: Sentence, tokens: Tokens, mentions: list[Mention],
                  pack: Pack) -> list[EventMention]:
    i, j = tokens.index_range(sentence.start, sentence.end)
    if i == j:
        return []
    folded = tokens.folded[i:j]
    placed = _place(mentions, tokens, sentence)
    mention_tokens = {k for p in placed if p.mention.role is None and p.mention.kind != "counterpart"
                      for k in range(p.start, p.end)}
    triggers = longest_non_overlapping(
        [m for m in pack.events.find(folded)
         if not any(i + k in mention_tokens for k in range(m.start, m.end))])
    best: dict[tuple, tuple] = {}
    for match in triggers:
        trigger: Trigger = match.payload
        t_start, t_end = i + match.start, i + match.end
        clause = _clause(text, tokens, i, j, t_start, clause_openers(pack.lang))
        status = _status(pack, folded, match.start, match.end)
        for source, target in _dyads(trigger, placed, clause, t_start, t_end, tokens, text):
            if target is None and trigger.type not in TARGETLESS:
                continue
            event = _event(text, sentence, tokens, trigger, source, target, status, t_start, t_end)
            key = _dyad_key(source, target)
            rank = (trigger.weight, trigger.mode is not None, match.end - match.start, -t_start)
            if key not in best or rank > best[key][0]:
                best[key] = (rank, event)
    return sorted((e for _, e in best.values()), key=lambda e: e.trigger_start)


def _dyad_key(source: Placed, target: Placed | None) -> tuple:
    """One event per sentence and pair of actors: the strongest trigger speaks for them."""
    ids = [source.mention.country or source.mention.actor_id,
           target.mention.country or target.mention.actor_id if target else None]
    return tuple(sorted(ids, key=lambda x: x or ""))


def _coordinated(a: Placed, b: Placed, tokens: Tokens, text: str) -> bool:
    """True when a and b are joined by a conjunction or a comma ("Russia and China")."""
    between = range(a.end, b.start)
    if len(between) > 3:
        return False
    words = [tokens.folded[k] for k in between]
    if words and not any(w in conjunctions() for w in words):
        return False
    if any(w not in conjunctions() and len(w) > 5 for w in words):
        return False
    gap = text[tokens.spans[a.end - 1][1]: tokens.spans[b.start][0]]
    return bool(words) or "," in gap


def _dyads(trigger: Trigger, placed, clause, t_start, t_end, tokens, text):
    """The (source, target) pairs of a trigger: one, or one per coordinated source."""
    lo, _ = clause
    before = [p for p in placed if lo <= p.start and p.end <= t_start]
    source, target = _dyad(trigger.order, placed, clause, t_start, t_end)
    if source is None:
        return []
    if trigger.order in ("svo", "sov") and len(before) >= 2 and source is before[-1] \
            and _coordinated(before[-2], before[-1], tokens, text):
        first, second = before[-2], before[-1]
        if trigger.type in SYMMETRIC or target is None:
            if not _same(first.mention, second.mention):
                return [(first, second)]
        elif not _same(first.mention, target.mention):
            return [(first, target), (second, target)]
    return [(source, target)]


def _place(mentions: list[Mention], tokens: Tokens, sentence: Sentence) -> list[Placed]:
    placed = []
    for m in mentions:
        if sentence.start <= m.start and m.end <= sentence.end and m.kind != "unknown" \
                and (m.country or m.actor_id):
            a, b = tokens.index_range(m.start, m.end)
            placed.append(Placed(m, a, max(b, a + 1)))
    return placed


def _clause(text: str, tokens: Tokens, i: int, j: int, t: int,
            openers: frozenset[str] = frozenset()) -> tuple[int, int]:
    """Token range of the clause holding token t.

    `;` and `:` end clauses, and so does a comma before a word that opens a subordinate
    clause ("..., which", "..., η οποία", "..., care").
    """
    start, end = i, j
    for k in range(i + 1, j):
        gap = text[tokens.spans[k - 1][1]: tokens.spans[k][0]]
        if CLAUSE_BREAKS & set(gap) or ("," in gap and tokens.folded[k] in openers):
            if k <= t:
                start = k
            else:
                end = k
                break
    return start, end


def _same(a: Mention, b: Mention) -> bool:
    if a.actor_id and a.actor_id == b.actor_id:
        return True
    return bool(a.country) and a.country == b.country and a.kind != "counterpart" \
        and b.kind != "counterpart"


def _dyad(order: str, placed: list[Placed], clause: tuple[int, int], t_start: int, t_end: int):
    lo, hi = clause
    before = [p for p in placed if lo <= p.start and p.end <= t_start]
    after = [p for p in placed if p.start >= t_end and p.end <= hi]
    if order == "passive":
        source = after[0] if after else None
        return source, _first_other(source, list(reversed(before)) + after[1:])
    if order == "noun":
        people = [p for p in after if p.mention.kind in ("person", "role", "counterpart")]
        source = people[0] if people else after[0] if after else (before[-1] if before else None)
        after = [p for p in after if p is not source]
        rest = after + list(reversed(before))
        return source, _first_other(source, rest)
    if order == "sov":
        source = before[0] if before else (after[0] if after else None)
        rest = list(reversed(before[1:])) + after
        return source, _first_other(source, rest)
    if before:
        source = before[-1]
        target = _first_other(source, after)
        if target is None:
            earlier = _first_other(source, list(reversed(before[:-1])))
            if earlier is not None:
                source, target = earlier, source
        return source, target
    if after:
        return after[0], _first_other(after[0], after[1:])
    return None, None


def _first_other(source: Placed | None, candidates: list[Placed]) -> Placed | None:
    if source is None:
        return None
    for p in candidates:
        if not _same(p.mention, source.mention):
            return p
    return None


def _status(pack: Pack, folded: list[str], t_start: int, t_end: int) -> str:
    window = pack.status_window
    found = set()
    for status in STATUS_PRECEDENCE:
        before = pack.status_before.get(status)
        if before and before.size:
            if before.find(folded[max(0, t_start - window):t_start]):
                found.add(status)
        after = pack.status_after.get(status)
        if after and after.size:
            segment = folded[t_end: t_end + window]
            if after.find(segment):
                found.add(status)
    return next((s for s in STATUS_PRECEDENCE if s in found), "asserted")


def actor_ref(m: Mention | None) -> ActorRef | None:
    if m is None:
        return None
    if m.kind == "person" or m.kind in ("igo", "ngo", "armed_group", "collective"):
        return ActorRef(m.actor_id, m.country, m.name)
    return ActorRef(m.actor_id or m.country, m.country, m.name if m.actor_id else None)


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
