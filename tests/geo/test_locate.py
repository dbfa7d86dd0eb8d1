"""Event locations per pack language, on own sentences: the cued place of the event's clause."""

from __future__ import annotations

import pytest

from wirewatch.geo.locate import locate_document
from wirewatch.models import ActorRef, Document, EventMention
from wirewatch.text.sentences import split_sentences


def _located(text: str, lang: str, trigger: str, mode: str | None = None,
             actors: tuple[str | None, str | None] = (None, None)):
    sentences = split_sentences(text, lang)
    t0 = text.index(trigger)
    sentence = next(s for s in sentences if s.start <= t0 < s.end)
    source, target = (ActorRef(c, c, None) if c else None for c in actors)
    event = EventMention("CONSULT", mode, source or ActorRef(None, None, None), target,
                         "asserted", sentence.text, sentence.start, sentence.end, t0,
                         t0 + len(trigger), 0.8)
    doc = Document("d", "test", text, lang=lang, sentences=sentences, events=[event])
    locate_document(doc)
    return event.location


CASES = [
    ("en", "The two ministers met in Anchorage on Friday, a week after talks in Geneva.", "met",
     "Anchorage", "USA"),
    ("en", "Officials from Kyiv said the leaders met in Vienna.", "met", "Vienna", "AUT"),
    ("en", "The president received the prime minister at the White House.", "received",
     "Washington", "USA"),
    ("el", "Ο υπουργός συναντήθηκε με τον ομόλογό του στην Αθήνα.", "συναντήθηκε", "Athens", "GRC"),
    ("el", "Οι συνομιλίες της Τεχεράνης με τη Ρώμη έγιναν στη Βιέννη.", "συνομιλίες", "Vienna",
     "AUT"),
    ("ru", "Министры провели переговоры в Тегеране.", "переговоры", "Tehran", "IRN"),
    ("uk", "Міністри зустрілися у Києві.", "зустрілися", "Kyiv", "UKR"),
    ("pl", "Ministrowie spotkali się w Warszawie.", "spotkali", "Warsaw", "POL"),
    ("ro", "Ministrul s-a întâlnit la Teheran cu liderul de la Kremlin.", "întâlnit", "Tehran",
     "IRN"),
    ("ro", "Liderii s-au întâlnit la Casa Albă.", "întâlnit", "Washington", "USA"),
    ("id", "Menteri itu bertemu rekannya di Teheran.", "bertemu", "Tehran", "IRN"),
    ("fr", "Le président a reçu son homologue à Pékin.", "reçu", "Beijing", "CHN"),
    ("it", "I ministri si sono incontrati a Roma.", "incontrati", "Rome", "ITA"),
    ("pt", "Os ministros reuniram-se em Lisboa.", "reuniram", "Lisbon", "PRT"),
    ("es", "Los cancilleres se reunieron en Madrid.", "reunieron", "Madrid", "ESP"),
    ("de", "Die Außenminister trafen sich in Wien.", "trafen", "Vienna", "AUT"),
    ("de", "Der Kanzler empfing den Gast im Kreml.", "empfing", "Moscow", "RUS"),
    ("tr", "Bakanlar Tahran'da bir araya geldi.", "bir araya", "Tehran", "IRN"),
    ("ar", "اجتمع الوزيران في القاهرة.", "اجتمع", "Cairo", "EGY"),
    ("fa", "وزیران در تهران دیدار کردند.", "دیدار", "Tehran", "IRN"),
    ("zh", "两国领导人在北京举行会谈。", "会谈", "Beijing", "CHN"),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "place", "country"), CASES,
                         ids=[f"{c[0]}-{c[3]}" for c in CASES])
def test_place_of_the_clause(lang, text, trigger, place, country):
    location = _located(text, lang, trigger)
    assert location is not None
    assert (location.place, location.country) == (place, country)
    assert 0 < location.confidence <= 1 and location.lat is not None


@pytest.mark.parametrize(("lang", "text", "trigger", "place"), [
    ("en", "The envoy visited Tehran on Tuesday.", "visited", "Tehran"),
    ("id", "Kepala dewan keamanan mengunjungi Tehran pekan ini.", "mengunjungi", "Tehran"),
    ("en", "The minister travelled to Beijing for the summit.", "travelled", "Beijing"),
    ("el", "Η επίσκεψη του υπουργού στη Μόσχα ολοκληρώθηκε.", "επίσκεψη", "Moscow"),
])
def test_visits_locate_where_they_go(lang, text, trigger, place):
    assert _located(text, lang, trigger, mode="visit").place == place


def test_bare_names_and_trips_do_not_locate_other_events():
    assert _located("The envoy praised Tehran on Tuesday.", "en", "praised") is None
    assert _located("The minister travelled to Beijing for the summit.", "en", "travelled") is None


@pytest.mark.parametrize("lang, text, trigger", [
    ("en", "Putin spoke by phone with the prime minister, who was in Berlin.", "spoke"),
    ("el", "Ο πρόεδρος μίλησε τηλεφωνικά με τον ομόλογό του στην Αθήνα.", "μίλησε"),
    ("ru", "Президент провел телефонный разговор с коллегой в Москве.", "разговор"),
])
def test_phone_calls_get_no_location(lang, text, trigger):
    assert _located(text, lang, trigger, mode="phone") is None


def test_country_then_city_in_the_next_sentence():
    text = ("Ο πρωθυπουργός έγινε δεκτός στην Ιαπωνία από τον αυτοκράτορα. "
            "Οι συνομιλίες στο Τόκιο ήταν εποικοδομητικές.")
    location = _located(text, "el", "έγινε δεκτός", mode="visit")
    assert (location.place, location.country) == ("Tokyo", "JPN")


def test_country_alone_when_no_city_follows():
    text = "The premier arrived in Japan on Monday. Trade was the main topic."
    location = _located(text, "en", "arrived", mode="visit")
    assert (location.place, location.country) == (None, "JPN")


def test_place_belongs_to_the_nearest_trigger():
    text = "The ministers met on Monday, and protesters rallied in Milan."
    sentences = split_sentences(text, "en")
    events = []
    for word in ("met", "rallied"):
        t0 = text.index(word)
        events.append(EventMention("CONSULT", None, ActorRef(None, None, None), None,
                                   "asserted", text, 0, len(text), t0, t0 + len(word), 0.8))
    doc = Document("d", "test", text, lang="en", sentences=sentences, events=events)
    locate_document(doc)
    assert events[0].location is None
    assert events[1].location.place == "Milan"


def test_ambiguous_names_follow_actors_and_states():
    assert _located("Talks were held in Paris.", "en", "Talks").country == "FRA"
    texan = "The Texas governor met county officials in Paris."
    assert _located(texan, "en", "met", actors=("USA", None)).country == "USA"
    rally = "The president held a rally in Georgia."
    assert _located(rally, "en", "held", actors=("USA", None)).country == "USA"
    summit = "Russia and Azerbaijan held talks in Georgia."
    assert _located(summit, "en", "held", actors=("RUS", "AZE")).country == "GEO"
