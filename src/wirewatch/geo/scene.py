"""Where a report is set, and which of its events are one event told twice.

A report files from its dateline ("ISTANBUL (Reuters) -", "ROMA, 18 NOV -", "القاهرة في 14
نوفمبر") or sets its scene in its lead ("Thousands rallied in Nairobi ..."); later sentences
("Police detained 40 people") happen there unless they say otherwise. The scene is the
dateline's place, else the first place the lead cues as a location, else the first city the
lead names as the seat of a local body ("İstanbul Valiliği", "the Leipzig prosecutor").
"""

from __future__ import annotations

from wirewatch.events.dedup import dates_agree
from wirewatch.geo.gazetteer import MAJOR_POPULATION, Gazetteer, Place
from wirewatch.geo.recognize import AT, PlaceMention
from wirewatch.models import Document, EventMention
from wirewatch.text.clean import dateline_spans

LEAD_SENTENCES = 3  # headline, dateline lead and one more: where a report sets its scene
SAID_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})
DEED_MODES = frozenset({"treaty"})  # a SUPPORT or AGREE that is a signing, not a word
WORDED_TYPES = frozenset({"SUPPORT", "AGREE"})


def is_said(event: EventMention) -> bool:
    """Events that are things said (statements, accusations, demands, words of support),
    which the report's setting does not locate."""
    if event.type in SAID_TYPES:
        return True
    return event.type in WORDED_TYPES and event.mode not in DEED_MODES


def same_event(a: EventMention, b: EventMention) -> bool:
    """Two mentions of one event: same type, same parties, compatible mode and date."""
    if a is b or a.type != b.type:
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False
    parties_a, parties_b = _parties(a), _parties(b)
    if not any(parties_a) or parties_a != parties_b:
        return False
    return dates_agree(a.date or None, b.date or None)


def _parties(event: EventMention) -> tuple[str | None, ...]:
    countries = [r.country if r is not None else None for r in (event.source, event.target)]
    return tuple(sorted(countries, key=lambda c: c or ""))


def report_scene(doc: Document, places: list[PlaceMention], bounds: list[tuple[int, int]],
                 gazetteer: Gazetteer, countries: set[str] | None = None) -> Place | None:
    """The dateline's place, else the first place cued as a location in the lead, else the
    first city of one of the report's `countries` that the lead names; None when that is a
    whole country."""
    filed = dateline_place(doc, places, gazetteer)
    if filed is not None:
        return _local(filed)
    lead = [(lo, hi) for k, (lo, hi) in enumerate(bounds[:LEAD_SENTENCES])
            if not doc.sentences[k].boilerplate]
    in_lead = [p for p in places if any(lo <= p.first < hi for lo, hi in lead)]
    for p in in_lead:
        if p.cue == AT:
            return _local(_likeliest(p, gazetteer))
    return _named_city(in_lead, gazetteer, countries or set())


def dateline_place(doc: Document, places: list[PlaceMention], gazetteer: Gazetteer
                   ) -> Place | None:
    """The place the report was filed from, as its dateline names it."""
    for a, b in dateline_spans(doc.text):
        named = [_likeliest(p, gazetteer) for p in places if a <= p.start and p.end <= b]
        if named:
            return named[0]
    return None


def _named_city(places: list[PlaceMention], gazetteer: Gazetteer,
                countries: set[str]) -> Place | None:
    """A city the lead names without a cue, in a country the report is about, sets its scene:
    a report names the city of its prosecutor, governor or police ("İstanbul Valiliği", "the
    Leipzig prosecutor's office") where its events happen. Capitals are left out, as they
    more often stand for their governments ("Moscow said"), and so are small towns, whose
    names are often also words or given names ("Presidente", "Lula")."""
    for p in places:
        readings = [gazetteer.place(i) for i in p.places]
        if len(readings) == 1 and readings[0].kind == "city" \
                and readings[0].population >= MAJOR_POPULATION \
                and readings[0].country in countries:
            return readings[0]
    return None


def _local(place: Place) -> Place | None:
    """A scene is a city, site or region: a whole country ("in Algeria") sets none, as a
    report set in a country tells of its events all over it and of visits abroad."""
    return None if place.kind == "country" else place


def _likeliest(p: PlaceMention, gazetteer: Gazetteer) -> Place:
    """With no event to vouch for a reading, the most populous (a capital before its
    namesakes: "ROMA" is Rome, not Roma, Queensland)."""
    readings = [gazetteer.place(i) for i in p.places]
    return max(readings, key=lambda place: (place.kind in ("capital", "country"), place.population))
