"""Give each event the place where it happened: the cued place governing its clause.

Only place names with a location cue count ("in Anchorage", "στην Πιονγκγιάνγκ", "在北京"),
or, for visits, the place a travel trigger governs ("visited Tehran"). In a sentence with
several events, a place belongs to the nearest trigger. When the event's place is only a
country, a city of that country cued in the next sentences is taken ("received in North
Korea ... the meetings in Pyongyang"). Ambiguous names are resolved by the event's actors,
the document's countries and states, then population. Phone calls get no location.

An attack or a siege takes the place it strikes as a visit takes the place it goes to
("attacked Kharkiv", "Harkov'a saldırdı"); when the coder found no target, the struck place's
country is the target (SCHEMA: the target is who is hit; "Russia attacked Kharkiv" hits
Ukraine), unless it is the source's own country.

An event its own clause does not locate takes, in this order: the place of the same event
told elsewhere in the report (a lead and its later detail), else the report's scene (the city
of its dateline, else the first place its lead is set in) when that scene's country is a
party to the event (an attack by it on another country: that country); talks between other
countries take the city of the dateline. Verbal events (statements, accusations, demands)
take neither.
A venue is reported as the city it stands in ("Palazzo Chigi" -> Rome), see `english_place`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from wirewatch.geo.capitals import capital_mentions
from wirewatch.geo.cues import load_cues
from wirewatch.geo.gazetteer import Gazetteer, Place, load_gazetteer
from wirewatch.geo.names import english_place
from wirewatch.geo.recognize import AT, TO, PlaceMention, find_places
from wirewatch.geo.scene import dateline_place, is_said, report_scene, same_event
from wirewatch.models import ActorRef, Document, EventMention, Location
from wirewatch.text.tokens import Tokens, tokens_of

NO_PLACE_MODES = frozenset({"phone", "letter", "video"})
PLACE_TARGETS = frozenset({"ASSAULT", "COERCE"})  # types whose trigger governs the place it hits
DELIVERIES = frozenset({"AID"})  # types that happen where they are sent ("aid reached Aleppo")
VISIT_WINDOW = 3  # tokens between a travel trigger and the place it governs
TRIP_WINDOW = 12  # tokens between a trip's destination and the meeting it is made for
WEAPON_WINDOW = 2  # tokens between a struck place and the weapon that tells the attack
REMOTE_MODES = frozenset({"aerial", "drone", "heavy-weapons"})  # strikes from afar
FOLLOW_SENTENCES = 2  # sentences searched for the city of a country-only place
BEFORE_PENALTY = 1.5  # a place before a trigger is farther from it than one after
PRIORS = {"country": 6.6, "admin1": 6.0, "venue": 8.0}  # log10(population) equivalents
FRONT_CUE_TOKENS = 3  # tokens of cue before a place that opens its sentence ("In the")
SCENE_CONFIDENCE = 0.5  # a place inferred from the report's setting, not said of the event
DESCRIBED_KINDS = frozenset({"role", "sector", "collective"})  # actors told by what they are


@dataclass(frozen=True)
class Context:
    """What a document says about where it is: countries of its actors and its states."""

    countries: tuple[tuple[int, int, str], ...]  # (start, end, country) of actor mentions
    states: frozenset[tuple[str, str]]

    def countries_besides(self, start: int, end: int) -> set[str]:
        """Countries named outside [start, end): "Georgia" must not vouch for itself."""
        return {c for a, b, c in self.countries if b <= start or a >= end}


def locate_document(doc: Document, tokens: Tokens | None = None,
                    gazetteer: Gazetteer | None = None) -> None:
    """Set `location` on every event of the document (None where the text gives none)."""
    gazetteer = gazetteer or load_gazetteer()
    tokens = tokens or tokens_of(doc.text)
    places = _usable_places(doc, find_places(doc.text, doc.lang, tokens, gazetteer), gazetteer)
    places = sorted(places + capital_mentions(doc, tokens, places, gazetteer),
                    key=lambda p: p.first)
    context = _context(doc, places, gazetteer)
    object_first = load_cues(doc.lang).object_before_verb
    bounds = [tokens.index_range(s.start, s.end) for s in doc.sentences]
    for event in doc.events:
        event.location = _locate(event, doc, tokens, places, bounds, context, gazetteer,
                                 object_first)
        _target_from_place(event)
    _share_told_places(doc.events)
    scene = report_scene(doc, places, bounds, gazetteer, _party_countries(doc.events))
    if scene is not None:
        _default_to_scene(doc.events, _location(scene, SCENE_CONFIDENCE))
    filed = dateline_place(doc, places, gazetteer)
    if filed is not None and filed.kind != "country":
        _said_where_filed(doc.events, _location(filed, SCENE_CONFIDENCE))
        _met_where_filed(doc.events, _location(filed, SCENE_CONFIDENCE))


def _party_countries(events: list[EventMention]) -> set[str]:
    """The countries of the report's actors."""
    return {r.country for e in events for r in (e.source, e.target) if r is not None and r.country}


def _share_told_places(events: list[EventMention]) -> None:
    """An event told twice (headline and lead, lead and detail) happened in one place: a
    mention its clause leaves unlocated takes the place of its located retelling."""
    for event in events:
        if event.location is not None or not _placeable(event):
            continue
        told = [e.location for e in events if e.location is not None and same_event(e, event)]
        if told:
            best = max(told, key=lambda loc: loc.confidence)
            event.location = Location(best.place, best.country, best.lat, best.lon,
                                      best.geonames_id, round(best.confidence * 0.9, 3))


def _default_to_scene(events: list[EventMention], scene: Location) -> None:
    """Events nothing nearer locates happened where the report is set, when the scene's
    country is one of their parties ("ISTANBUL - Police detained 40 students"); a strike
    from afar only in its country (a report from Kyiv tells of drones on Kharkiv)."""
    country_only = Location(None, scene.country, None, None, None, scene.confidence)
    for event in events:
        parties = {r.country for r in (event.source, event.target) if r is not None}
        if event.location is None and _placeable(event) and scene.country in parties:
            if _strikes_abroad(event, scene.country):
                event.location = Location(None, event.target.country, None, None, None,
                                          scene.confidence)
            else:
                event.location = country_only if event.mode in REMOTE_MODES else scene


def _strikes_abroad(event: EventMention, home: str) -> bool:
    """An attack by the scene's country on another country's people or ground happened
    there, not where the report is set (a report from Kharkiv on a Ukrainian strike on a
    Russian refinery)."""
    target = event.target.country if event.target is not None else None
    return event.type == "ASSAULT" and event.source is not None \
        and event.source.country == home and target is not None and target != home


def _met_where_filed(events: list[EventMention], filed: Location) -> None:
    """Talks between parties of other countries, told without a place of their own in a
    report filed from a city, were held there: the host's press files from the venue
    ("ISTANBUL - Russian and Ukrainian delegations met ...")."""
    for event in events:
        if event.location is None and event.type == "CONSULT" and event.status != "planned" \
                and event.mode not in NO_PLACE_MODES and event.target is not None:
            event.location = filed


def _said_where_filed(events: list[EventMention], filed: Location) -> None:
    """A statement of the dateline's own country was made where the report was filed
    ("BEIJING - The foreign ministry accused ..."); a foreign party's words were not."""
    for event in events:
        if event.location is None and is_said(event) and event.mode not in NO_PLACE_MODES \
                and event.source is not None and event.source.country == filed.country:
            event.location = filed


def _placeable(event: EventMention) -> bool:
    """Events that happen somewhere: not calls or letters, not things said."""
    return event.mode not in NO_PLACE_MODES and not is_said(event)


def _target_from_place(event: EventMention) -> None:
    """"Russia attacked Kharkiv": with no target named, the struck place's country is hit."""
    where = event.location
    if event.type not in PLACE_TARGETS or event.target is not None or where is None \
            or not where.country or where.country == event.source.country:
        return
    event.target = ActorRef(where.country, where.country, None)


def _usable_places(doc: Document, places: list[PlaceMention],
                   gazetteer: Gazetteer) -> list[PlaceMention]:
    """Drop names that are people ("Putin" is also a town) or inside date expressions, and
    readings that an actor's description rules out."""
    taken = [(m.start, m.end) for m in doc.mentions if m.kind == "person"]
    taken += [(d.start, d.end) for d in doc.dates]
    kept = [p for p in places if not any(a < p.end and p.start < b for a, b in taken)]
    described = [m for m in doc.mentions if m.kind in DESCRIBED_KINDS]
    return [q for q in (_of_describer(p, described, gazetteer) for p in kept) if q is not None]


def _of_describer(p: PlaceMention, described: list, gazetteer: Gazetteer) -> PlaceMention | None:
    """A name inside a description of an actor ("τον Τούρκο πρόεδρο", "the Tehran
    government", "Polícia Militar") can only be a place of that actor's country: "Τούρκο" is
    no Tourcoing, and a body with no country names no place."""
    for m in described:
        if m.start <= p.start and p.end <= m.end:
            ids = tuple(i for i in p.places if gazetteer.place(i).country == m.country)
            return replace(p, places=ids) if ids else None
    return p


def _context(doc: Document, places: list[PlaceMention], gazetteer: Gazetteer) -> Context:
    countries = tuple((m.start, m.end, m.country) for m in doc.mentions if m.country)
    states = set()
    for p in places:
        candidates = [gazetteer.place(i) for i in p.places]
        if len(candidates) == 1 and candidates[0].kind == "admin1":
            states.add((candidates[0].country, candidates[0].admin1))
    return Context(countries, frozenset(states))


def _locate(event, doc, tokens, places, bounds, context, gazetteer, object_first):
    if event.mode in NO_PLACE_MODES:
        return None
    index = next((k for k, s in enumerate(doc.sentences) if s.start <= event.start < s.end), None)
    if index is None:
        return None
    lo, hi = bounds[index]
    trigger = tokens.index_range(event.trigger_start, event.trigger_end)
    rivals = [tokens.index_range(e.trigger_start, e.trigger_end) for e in doc.events
              if doc.sentences[index].start <= e.start < doc.sentences[index].end]
    own = [p for p in places if lo <= p.first < hi
           and _governed(p, event, trigger, object_first, _actor_tokens(event, tokens))
           and _nearest(p, trigger, rivals)]
    own = own or _fronted_setting(places, lo, trigger, doc.text)
    if not own:
        return None
    mention = min(own, key=lambda p: _distance(p, trigger))
    place, confidence = _resolve(mention, event, context, gazetteer)
    if place.kind == "country":
        follow = _follow_up(place, places, bounds[index + 1:index + 1 + FOLLOW_SENTENCES],
                            event, context, gazetteer)
        if follow is not None:
            return _location(follow, confidence * 0.85)
        return Location(None, place.country, None, None, place.geonames_id, round(confidence, 3))
    return _location(place, confidence)


def _fronted_setting(places: list[PlaceMention], lo: int, trigger: tuple[int, int],
                     text: str) -> list[PlaceMention]:
    """A cued place that opens the sentence and is set off by a comma sets the scene of every
    event the sentence tells ("À Toulouse, des heurts ont éclaté ... quatre manifestants ont
    été interpellés"), not only of the trigger nearest to it."""
    return [p for p in places if p.cue == AT and lo <= p.first <= lo + FRONT_CUE_TOKENS
            and p.last <= trigger[0] and text[p.end:p.end + 1] == ","]


def _governed(p: PlaceMention, event: EventMention, trigger: tuple[int, int],
              object_first: bool, actors: set[int]) -> bool:
    """Cued "at" places locate any event; "to" places the trigger of a visit, of an attack
    (the place it strikes) or of aid (where it is sent), and of talks a trip ends in; bare
    names only a visit or an attack. The event's own actors between the verb and the place
    do not part them ("يزور وزير الخارجية الجزائري أحمد عطاف موسكو")."""
    if p.cue == AT or _trip_for_meeting(p, event, trigger):
        return True
    if p.cue == TO and event.type in DELIVERIES:
        return True
    if event.mode != "visit" and event.type not in PLACE_TARGETS:
        return False
    if p.cue == TO:
        return True
    between = set(range(trigger[1], p.first)) - actors
    after = p.first >= trigger[1] and len(between) < VISIT_WINDOW
    before = object_first and 0 <= trigger[0] - p.last < VISIT_WINDOW
    return after or before or _struck_with(p, event, trigger)


def _trip_for_meeting(p: PlaceMention, event: EventMention, trigger: tuple[int, int]) -> bool:
    """Talks held at the end of a trip told just before them ("will travel to Abu Dhabi to
    discuss", "viajará a Washington para reunirse"): the trip's destination is where they
    are held, though the trip verb itself is no event."""
    return p.cue == TO and event.type == "CONSULT" and 0 <= trigger[0] - p.last < TRIP_WINDOW


def _actor_tokens(event: EventMention, tokens: Tokens) -> set[int]:
    """The tokens of the event's source and target mentions."""
    spans = [m for m in (event.source_mention, event.target_mention) if m is not None]
    return {k for m in spans for k in range(*tokens.index_range(m.start, m.end))}


def _struck_with(p: PlaceMention, event: EventMention, trigger: tuple[int, int]) -> bool:
    """An attack told by its weapon ("атакувала Харків дронами", "struck Odesa with
    missiles"): the bare place just before the weapon is the place struck, unless it names
    the attacker ("Russia attacked")."""
    attacker = event.source_mention
    if attacker is not None and attacker.start < p.end and p.start < attacker.end:
        return False
    return event.type == "ASSAULT" and 0 <= trigger[0] - p.last < WEAPON_WINDOW


def _distance(p: PlaceMention, trigger: tuple[int, int]) -> float:
    if p.first >= trigger[1]:
        return p.first - trigger[1]
    return BEFORE_PENALTY * max(trigger[0] - p.last, 0)


def _nearest(p: PlaceMention, trigger: tuple[int, int], rivals: list[tuple[int, int]]) -> bool:
    """The place is no closer to another event's trigger than to this one's."""
    own = _distance(p, trigger)
    return all(_distance(p, r) >= own for r in rivals if r != trigger)


def _resolve(p: PlaceMention, event: EventMention, context: Context,
             gazetteer: Gazetteer) -> tuple[Place, float]:
    """The most plausible reading of an ambiguous name, and how sure that choice is."""
    actors = {r.country for r in (event.source, event.target) if r is not None and r.country}
    named = context.countries_besides(p.start, p.end)
    scored = sorted(((_score(gazetteer.place(i), actors, named, context), i)
                     for i in _capital_over_country(p.places, gazetteer)), reverse=True)
    best = gazetteer.place(scored[0][1])
    base = 0.9 if p.cue == AT else 0.8
    if len(scored) == 1:
        return best, base
    margin = scored[0][0] - scored[1][0]
    return best, base * min(1.0, 0.6 + margin / 5)


def _capital_over_country(ids: tuple[int, ...], gazetteer: Gazetteer) -> tuple[int, ...]:
    """A name read both as a country and as its capital names the capital: the country's
    own name would not have reached the city too, so the text wrote the city in a form that
    folds like the country's ("Tunisi", Italian for Tunis, against Tunisia)."""
    capitals = {gazetteer.place(i).country for i in ids if gazetteer.place(i).kind == "capital"}
    kept = tuple(i for i in ids if not (gazetteer.place(i).kind == "country"
                                        and gazetteer.place(i).country in capitals))
    return kept or ids


def _score(place: Place, actors: set[str], named: set[str], context: Context) -> float:
    prior = PRIORS.get(place.kind, math.log10(place.population + 1))
    score = prior / 1.5 + (0.5 if place.kind == "capital" else 0.0)
    score += 1.0 if place.country in actors else 0.0
    score += 0.5 if place.country in named else 0.0
    score += 2.0 if (place.country, place.admin1) in context.states else 0.0
    return score


def _follow_up(country: Place, places, following, event, context, gazetteer) -> Place | None:
    """A city of the same country cued in the next sentences: the event's place, told later."""
    for lo, hi in following:
        for p in places:
            if lo <= p.first < hi and p.cue == AT:
                place, _ = _resolve(p, event, context, gazetteer)
                if place.country == country.country and place.kind != "country":
                    return place
    return None


def _location(place: Place, confidence: float) -> Location:
    return Location(english_place(place), place.country, place.lat, place.lon,
                    place.geonames_id, round(confidence, 3))
