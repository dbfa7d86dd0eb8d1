"""Criticism inside a speaker's that-clause: "Rutte said that Putin's war was reckless".

Nothing in such a sentence is an ACCUSE trigger, yet PLOVER codes it as one: the speaker
accuses the party the clause judges. The words come from the pack (`syntax.toml` [clauses]):
`speech` (verbs of saying), `blame` (words of blame or criticism), `complement` and
`reported_that` (complementisers). A neutral report ("said that Russia had agreed") holds no
blame word and yields nothing; the party judged must stand in the clause before the blame
word, as its subject or the owner of the act ("Putin's reckless actions").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from wirewatch.lang.loader import Syntax
from wirewatch.models import Mention
from wirewatch.text.tokens import Tokens, between, phrase_at

SPEECH_GAP = 4  # tokens between a verb of saying and its complementiser ("said on Monday that")
REACH = 14  # tokens of the that-clause in which a blame word judges its subject
BREAKS = set(";:?!")


class Party(Protocol):
    """A placed actor (the coder's `Placed`)."""

    mention: Mention
    start: int
    end: int
    oblique: bool
    governed: bool
    located: bool


@dataclass(frozen=True)
class Evaluation:
    """One judgment: who speaks, who is judged, and the token spans of the words."""

    speaker: Party
    judged: Party
    speech: tuple[int, int]  # the verb of saying, whose tense and negation give the status
    blame: tuple[int, int]  # the blame word: the evidence of the accusation


def evaluations(text: str, tokens: Tokens, i: int, j: int, syntax: Syntax,
                placed: list[Party], same) -> list[Evaluation]:
    """The judgments of the sentence tokens [i, j); `same(a, b)` tells one party from two."""
    if syntax.speech is None or syntax.blame is None:
        return []
    folded = tokens.folded[i:j]
    out = []
    for m in _longest(syntax.speech.find(folded)):
        s_start, s_end = i + m.start, i + m.end
        found = _clause_of(text, tokens, s_end, j, syntax, placed)
        if found is None:
            continue
        c_start, after_verb = found
        speaker = _speaker(text, tokens, i, s_start, placed) or after_verb
        c_end = _clause_end(text, tokens, c_start, j)
        blame = next(iter(syntax.blame.find(tokens.folded[c_start:c_end])), None)
        if speaker is None or blame is None:
            continue
        b_start = c_start + blame.start
        judged = next((p for p in placed if c_start <= p.start and p.end <= b_start
                       and not p.governed and not p.located), None)
        if judged is None or same(judged.mention, speaker.mention):
            continue
        out.append(Evaluation(speaker, judged, (s_start, s_end), (b_start, c_start + blame.end)))
    return out


def _longest(matches: list) -> list:
    """One match per start, the longest ("stressed that" over "stressed")."""
    best: dict[int, object] = {}
    for m in matches:
        if m.start not in best or m.end > best[m.start].end:
            best[m.start] = m
    return [best[k] for k in sorted(best)]


def _clause_of(text: str, tokens: Tokens, s_end: int, j: int, syntax: Syntax,
               placed: list[Party]) -> tuple[int, Party | None] | None:
    """(start of the that-clause, a speaker standing between the verb and its complementiser
    as in "δήλωσε ο Πούτιν ότι"), or None when nothing after the verb opens a clause. With no
    complementiser within reach the clause starts right at the verb ("said Putin was wrong")."""
    openers = syntax.complement | syntax.reported_that
    for k in range(s_end, min(j, s_end + SPEECH_GAP + 1)):
        gap = between(text, tokens, k, k)
        if BREAKS & set(gap) or (k > s_end and "," in gap
                                 and not phrase_at(tokens.folded, k, openers)):
            return None
        phrase = phrase_at(tokens.folded, k, openers)
        if phrase:
            inside = [p for p in placed if s_end <= p.start and p.end <= k and not p.oblique]
            return k + len(phrase), (inside[0] if inside else None)
    return (s_end, None) if s_end < j else None


def _speaker(text: str, tokens: Tokens, i: int, s_start: int, placed: list[Party]) -> Party | None:
    """The nearest party before the verb of saying that can be a subject, within the sentence
    part that no `;` or `:` closes ("NATO's chief, Mark Rutte, at a press conference ...,
    stressed that")."""
    lo = next((k for k in range(s_start, i, -1) if BREAKS & set(between(text, tokens, k, k))), i)
    before = [p for p in placed if lo <= p.start and p.end <= s_start
              and not p.oblique and not p.located]
    return before[-1] if before else None


def _clause_end(text: str, tokens: Tokens, c_start: int, j: int) -> int:
    for k in range(c_start + 1, min(j, c_start + REACH)):
        if BREAKS & set(between(text, tokens, k, k)):
            return k
    return min(j, c_start + REACH)

