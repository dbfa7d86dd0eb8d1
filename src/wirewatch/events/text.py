"""Code a plain text: sentences, actor mentions and undated event mentions.

The part of the pipeline that needs no publication date; the pack checker and the
sentence-level evaluations call it directly. Cities and regions the actor mentions leave out
join them as parties of their country (actors/places_as_parties.py) before events are coded.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from wirewatch.actors.kb import KnowledgeBase, load_kb
from wirewatch.actors.places_as_parties import place_parties
from wirewatch.actors.recognize import recognize
from wirewatch.events.coder import PLACE_AGENTS, PLACE_TARGETS, code_document, sentence_triggers
from wirewatch.events.speakers import voiced
from wirewatch.lang.loader import load_pack
from wirewatch.models import EventMention, Mention, Sentence
from wirewatch.text.clean import dateline_spans, mark_boilerplate
from wirewatch.text.sentences import split_sentences
from wirewatch.text.tokens import Tokens, tokens_of


def sentence_breaks(tokens: Tokens, sentences: list[Sentence]) -> set[int]:
    return {tokens.index_range(s.start, s.end)[0] for s in sentences}


def _place_sentences(sentences: list[Sentence], tokens: Tokens,
                     triggers: dict[int, list]) -> list[tuple[int, int]]:
    """Token ranges of the sentences with a trigger a place may be a party of: looking the
    gazetteer up elsewhere finds no party and costs a sixth of the coder's time."""
    types = PLACE_TARGETS | PLACE_AGENTS
    return [tokens.index_range(s.start, s.end) for s in sentences
            if any(m.payload.type in types for m in triggers.get(s.start, ()))]


def _after_datelines(sentences: list[Sentence], text: str) -> list[Sentence]:
    """The sentences to code, a lead opening with a dateline cut after it: "Kuala Lumpur
    (ANTARA) - Indonesia sent aid" is Indonesia's act, filed from Kuala Lumpur, and the
    agency's name is no word of the sentence (Indonesian "antara" is "between")."""
    spans = dateline_spans(text)
    out = []
    for s in sentences:
        cut = next((b for a, b in spans if a <= s.start < b < s.end), None)
        out.append(s if cut is None else replace(s, start=cut, text=text[cut:s.end]))
    return out


def code_text(text: str, lang: str | None, day: date | None,
              kb: KnowledgeBase | None = None
              ) -> tuple[list[Sentence], list[Mention], list[EventMention]]:
    kb = kb or load_kb()
    pack = load_pack(lang)
    sentences = split_sentences(text, lang)
    mark_boilerplate(text, sentences)
    tokens = tokens_of(text)
    coded = _after_datelines(sentences, text)
    breaks = sentence_breaks(tokens, coded)
    mentions = recognize(text, tokens, pack, breaks, day, kb)
    triggers = sentence_triggers(coded, tokens, pack) if pack.has_events else {}
    places = place_parties(text, tokens, lang, mentions, breaks, kb,
                           within=_place_sentences(coded, tokens, triggers))
    mentions = sorted(mentions + places, key=lambda m: m.start)
    events = code_document(text, coded, tokens, mentions, pack, triggers)
    return sentences, mentions, voiced(events, mentions, kb, day)
