"""Where talks are held when a trip tells it ("will fly to Nairobi to meet ..."), and a
capital named beside its country's adjective ("in der serbischen Hauptstadt Belgrad")."""

from __future__ import annotations

import pytest

from wirewatch.geo.locate import locate_document
from wirewatch.models import ActorRef, Document, EventMention, RawDocument
from wirewatch.pipeline import process
from wirewatch.text.sentences import split_sentences


def _meeting_place(text: str, lang: str, trigger: str, kind: str = "CONSULT"):
    """Locate one event of type `kind` (no visit mode) whose trigger is `trigger`."""
    sentences = split_sentences(text, lang)
    t0 = text.index(trigger)
    sentence = next(s for s in sentences if s.start <= t0 < s.end)
    event = EventMention(kind, None, ActorRef(None, None, None), None, "planned",
                         sentence.text, sentence.start, sentence.end, t0, t0 + len(trigger), 0.8)
    doc = Document("d", "test", text, lang=lang, sentences=sentences, events=[event])
    locate_document(doc)
    return event.location


TRIPS = [
    ("en", "The foreign minister will fly to Nairobi on Monday to discuss the border truce.",
     "discuss", "Nairobi"),
    ("es", "La canciller viajará a Lima la próxima semana para reunirse con su homólogo.",
     "reunirse", "Lima"),
    ("pt", "O ministro deve viajar a Luanda em março para se reunir com o Presidente.",
     "reunir", "Luanda"),
    ("fr", "Le ministre se rendra à Dakar jeudi pour s'entretenir avec le président.",
     "entretenir", "Dakar"),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "place"), TRIPS,
                         ids=[f"{c[0]}-{c[3]}" for c in TRIPS])
def test_talks_at_the_end_of_a_trip_are_held_where_it_goes(lang, text, trigger, place):
    location = _meeting_place(text, lang, trigger)
    assert location is not None and location.place == place


def test_a_destination_after_the_talks_is_not_their_place():
    text = "The ministers discussed the truce before the envoy flew to Nairobi."
    assert _meeting_place(text, "en", "discussed") is None


@pytest.mark.parametrize(("lang", "text", "trigger", "place"), [
    ("en", "The agency delivered humanitarian aid to Kharkiv on Sunday.", "humanitarian aid",
     "Kharkiv"),
    ("tr", "İnsani yardım tırları dün Gazze'ye ulaştı.", "İnsani yardım", "Gaza"),
])
def test_aid_happens_where_it_is_sent(lang, text, trigger, place):
    location = _meeting_place(text, lang, trigger, kind="AID")
    assert location is not None and location.place == place


def test_a_capital_named_after_its_country_adjective_takes_the_cue_before_both():
    text = ("Bei Protesten in der serbischen Hauptstadt Belgrad nahm die Polizei am Samstag "
            "zwanzig Menschen fest.")
    doc = process(RawDocument("t", text, lang="de"))
    places = {e.type: e.location.place for e in doc.events if e.location is not None}
    assert places.get("PROTEST") == "Belgrade"
