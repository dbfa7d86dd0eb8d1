"""Events their own clause leaves unlocated: a retelling's place, the report's scene."""

from __future__ import annotations

from wirewatch.geo.gazetteer import load_gazetteer
from wirewatch.geo.locate import locate_document
from wirewatch.geo.names import english_place
from wirewatch.models import ActorRef, Document, EventMention
from wirewatch.text.sentences import split_sentences


def _doc(text: str, lang: str, triggers: list[tuple[str, str, str | None, tuple]]):
    sentences = split_sentences(text, lang)
    events = []
    for trigger, etype, mode, (source, target) in triggers:
        t0 = text.index(trigger)
        s = next(s for s in sentences if s.start <= t0 < s.end)
        events.append(EventMention(etype, mode, ActorRef(source, source, None),
                                   ActorRef(target, target, None) if target else None,
                                   "asserted", s.text, s.start, s.end, t0, t0 + len(trigger),
                                   0.8))
    doc = Document("d", "test", text, lang=lang, sentences=sentences, events=events)
    locate_document(doc)
    return events


def test_dateline_sets_the_scene_of_events_of_its_country():
    text = ("ANKARA, 4 March (Agency) - Police detained twelve students after a march near "
            "the university on Tuesday, the governor's office said.\n\n"
            "The governor banned all rallies for a week.")
    detained, banned = _doc(text, "en", [("detained", "COERCE", "arrest", ("TUR", None)),
                                         ("banned", "COERCE", "restrict", ("TUR", None))])
    assert (detained.location.place, detained.location.country) == ("Ankara", "TUR")
    assert banned.location.place == "Ankara"


def test_scene_does_not_locate_statements_calls_or_foreign_events():
    text = ("Thousands of people rallied in Nairobi on Thursday against the new tax law.\n\n"
            "The opposition accused the government of betraying voters. "
            "The president spoke with his Ugandan counterpart. "
            "France sent two frigates to the region.")
    rally, accused, spoke, sent = _doc(text, "en", [
        ("rallied", "PROTEST", "demo", ("KEN", None)),
        ("accused", "ACCUSE", "disapprove", ("KEN", "KEN")),
        ("spoke", "CONSULT", "phone", ("KEN", "UGA")),
        ("sent", "MOBILIZE", "troops", ("FRA", None))])
    assert rally.location.place == "Nairobi"
    assert accused.location is None and spoke.location is None and sent.location is None


def test_a_country_is_no_scene():
    text = ("Farmers blocked roads in Argentina on Monday.\n\n"
            "The minister will visit Chile next week.")
    _, visit = _doc(text, "en", [("blocked", "PROTEST", "obstruct", ("ARG", None)),
                                 ("visit", "CONSULT", "meeting", ("ARG", "CHL"))])
    assert visit.location is None


def test_a_strike_from_afar_takes_only_the_scenes_country():
    text = ("KYIV, 2 May - Russian forces launched dozens of drones overnight, officials said "
            "on Friday morning.\n\nAir defence units were active across the east.")
    (strike,) = _doc(text, "en", [("drones", "ASSAULT", "drone", ("RUS", "UKR"))])
    assert (strike.location.place, strike.location.country) == (None, "UKR")


def test_an_event_told_twice_shares_its_place():
    text = ("The two foreign ministers held talks on Monday. "
            "They had met in Vienna at the invitation of the Austrian chancellor.")
    first, second = _doc(text, "en", [("talks", "CONSULT", "meeting", ("EGY", "JOR")),
                                      ("met", "CONSULT", "meeting", ("JOR", "EGY"))])
    assert second.location.place == "Vienna"
    assert first.location.place == "Vienna"


def test_attack_told_by_its_weapon_locates_the_place_before_it():
    text = "Росія атакувала Одесу дронами вночі."
    (strike,) = _doc(text, "uk", [("дронами", "ASSAULT", "drone", ("RUS", "UKR"))])
    assert strike.location.place == "Odesa"


def test_venues_are_reported_as_their_city_and_sites_out_of_town_as_themselves():
    gazetteer = load_gazetteer()
    names = {gazetteer.place(i).name: english_place(gazetteer.place(i))
             for i in range(len(gazetteer)) if gazetteer.place(i).kind == "venue"}
    assert names["Palazzo Chigi"] == "Rome"
    assert names["Élysée Palace"] == "Paris"
    assert names["Camp David"] == "Camp David"


def test_news_spellings_of_geonames_names():
    gazetteer = load_gazetteer()
    by_name = {gazetteer.place(i).name: gazetteer.place(i) for i in range(len(gazetteer))
               if gazetteer.place(i).country in ("USA", "RUS")}
    assert english_place(by_name["New York City"]) == "New York"
    assert english_place(by_name["Ryazan’"]) == "Ryazan"
