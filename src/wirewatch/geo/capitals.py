""""The capital" as a place: the capital city of the country the text ties the word to.

A report says "the Ukrainian capital", "die ukrainische Hauptstadt", "столицу Украины" or just
"rallied in the capital" where it means Kyiv or Belgrade. The word is read as that country's
capital: the country of the actor phrase it belongs to ("Ukrainian capital", which the actor
stage reads as a place of Ukraine), else of a country named right after it ("the capital of
Serbia"), else any capital of the countries the report's actors belong to, which the event's
own parties then choose between (`locate._resolve`). A city named beside the word ("the
capital Kyiv", "Kyiv, the capital") is found by its own name; the word then only lends it
its cue ("in the capital, Belgrade"). The words are the pack's `[capital] nouns`
(`lang/<code>/places.toml`).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from wirewatch.geo.cues import load_cues
from wirewatch.geo.gazetteer import Gazetteer
from wirewatch.geo.recognize import PlaceMention, cue_of
from wirewatch.lang.loader import table_patterns
from wirewatch.lang.patterns import PatternSet, longest_non_overlapping
from wirewatch.models import Document
from wirewatch.text.tokens import Tokens

NEAR = 2  # tokens between the word and the capital's own name, or a country named after it


@cache
def capital_nouns(lang: str | None) -> PatternSet:
    """The pack's words for a country's capital city."""
    return table_patterns(lang, "places.toml", "capital", ("nouns",))


def capital_mentions(doc: Document, tokens: Tokens, places: list[PlaceMention],
                     gazetteer: Gazetteer) -> list[PlaceMention]:
    """A place mention for each capital word: the capital it means, or the city named
    beside it under the word's cue."""
    cues = load_cues(doc.lang)
    found = []
    for match in longest_non_overlapping(capital_nouns(doc.lang).find(tokens.folded)):
        first, last = match.start, match.end
        named = _named_beside(first, last, places, gazetteer)
        if named is not None:
            opening = _phrase_start(first, last, doc, tokens)
            cue = cue_of(tokens, opening, last, cues)
            if named.first >= last and cue is not None:
                found.append(replace(named, first=opening, start=tokens.spans[opening][0],
                                     cue=cue))
            continue
        first, last, countries = _countries_of(first, last, doc, tokens, places, gazetteer)
        ids = tuple(i for i in (gazetteer.capital_of(c) for c in sorted(countries))
                    if i is not None)
        if ids:
            found.append(PlaceMention(tokens.spans[first][0], tokens.spans[last - 1][1], first,
                                      last, ids, cue_of(tokens, first, last, cues)))
    return found


def _named_beside(first: int, last: int, places: list[PlaceMention],
                  gazetteer: Gazetteer) -> PlaceMention | None:
    """A capital named within NEAR tokens of the word: "the capital Kyiv", "Kyiv, the
    capital" (a country there names whose capital it is: "the capital of Serbia"; another
    city is a word of a longer name: "العاصمة الإدارية الجديدة" is no El Jadida)."""
    return next((p for p in places if p.first < last + NEAR and p.last > first - NEAR
                 and any(gazetteer.place(i).kind == "capital" for i in p.places)), None)


def _phrase_start(first: int, last: int, doc: Document, tokens: Tokens) -> int:
    """Where the actor phrase holding the word starts ("in der serbischen Hauptstadt
    Belgrad": the cue stands before the adjective), else the word itself."""
    for m in doc.mentions:
        a, b = tokens.index_range(m.start, m.end)
        if m.country and a <= first and last <= b:
            return a
    return first


def _countries_of(first: int, last: int, doc: Document, tokens: Tokens,
                  places: list[PlaceMention], gazetteer: Gazetteer
                  ) -> tuple[int, int, set[str]]:
    """The word's span widened to what names its country, and that country (or the
    countries of the report's actors when nothing does)."""
    for m in doc.mentions:
        a, b = tokens.index_range(m.start, m.end)
        if m.country and a <= first and last <= b:
            return a, b, {m.country}
    for p in places:
        kinds = {gazetteer.place(i).kind for i in p.places}
        if last <= p.first < last + NEAR and kinds == {"country"}:
            return first, p.last, {gazetteer.place(p.places[0]).country}
    return first, last, {m.country for m in doc.mentions if m.country}
