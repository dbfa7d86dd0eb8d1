"""Seats of government and protest squares as places; common words and inflected names that
must not be read as namesake towns; a visited place behind the visitor's own name."""

from __future__ import annotations

import pytest

from wirewatch.geo.gazetteer import load_gazetteer
from wirewatch.geo.locate import locate_document
from wirewatch.geo.recognize import find_places
from wirewatch.models import ActorRef, Document, EventMention, Mention
from wirewatch.text.sentences import split_sentences


def _located(text: str, lang: str, trigger: str, mode: str | None = None,
             source_words: str | None = None, mentions: tuple[Mention, ...] = ()):
    sentences = split_sentences(text, lang)
    t0 = text.index(trigger)
    sentence = next(s for s in sentences if s.start <= t0 < s.end)
    event = EventMention("CONSULT", mode, ActorRef("XXX", "XXX", None), None, "asserted",
                         sentence.text, sentence.start, sentence.end, t0, t0 + len(trigger), 0.8)
    if source_words:
        at = text.index(source_words)
        event.source_mention = Mention(at, at + len(source_words), source_words, None, None,
                                       "person", "XXX", 0.9)
    doc = Document("d", "test", text, lang=lang, sentences=sentences, events=[event],
                   mentions=list(mentions))
    locate_document(doc)
    return event.location


SEATS = [
    ("fr", "Le Premier ministre a reçu les syndicats à Matignon.", "reçu", "Paris", "FRA"),
    ("pt", "O Presidente recebeu o seu homólogo no Palácio de Belém.", "recebeu", "Lisbon",
     "PRT"),
    ("ro", "Președintele s-a întâlnit cu premierul la Palatul Cotroceni.", "întâlnit",
     "Bucharest", "ROU"),
    ("ro", "Mii de oameni au protestat în Piața Victoriei.", "protestat", "Bucharest", "ROU"),
    ("id", "Presiden menerima tamunya di Istana Merdeka.", "menerima", "Jakarta", "IDN"),
    ("el", "Χιλιάδες διαδηλωτές συγκεντρώθηκαν στην πλατεία Συντάγματος.", "συγκεντρώθηκαν",
     "Athens", "GRC"),
    ("it", "Il capo dello Stato ha ricevuto il premier al Quirinale.", "ricevuto", "Rome", "ITA"),
    ("es", "El presidente recibió a los gobernadores en la Casa Rosada.", "recibió",
     "Buenos Aires", "ARG"),
    ("pt", "O presidente reuniu os ministros no Palácio do Planalto.", "reuniu", "Brasília",
     "BRA"),
    ("tr", "Göstericiler akşam saatlerinde Taksim'de toplandı.", "toplandı", "Istanbul", "TUR"),
    ("tr", "Polis Beyazıt'ta öğrencilere müdahale etti.", "müdahale", "Istanbul", "TUR"),
    ("en", "Detectives arrested two men in Kent on Friday.", "arrested", "Kent", "GBR"),
    ("pl", "Rolnicy spotkali się z ministrem w Kancelarii Premiera.", "spotkali", "Warsaw", "POL"),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "place", "country"), SEATS,
                         ids=[f"{c[0]}-{c[3]}-{i}" for i, c in enumerate(SEATS)])
def test_a_seat_or_square_is_its_city(lang, text, trigger, place, country):
    location = _located(text, lang, trigger)
    assert location is not None
    assert (location.place, location.country) == (place, country)


def _readings(text: str, lang: str) -> dict[str, set[str]]:
    gazetteer = load_gazetteer()
    return {text[m.start:m.end]: {gazetteer.place(i).name for i in m.places}
            for m in find_places(text, lang)}


def test_a_town_named_like_a_word_of_a_longer_name_is_no_place():
    assert "Police" not in set().union(*_readings(
        "A Polícia Militar dispersou os manifestantes.", "pt").values())
    assert not any("Zhawa" in names for names in _readings(
        "Banjir melanda beberapa kota di Jawa Timur.", "id").values())
    assert not any("Federal" in names for names in _readings(
        "La Policía Federal detuvo a diez personas.", "es").values())
    assert _readings("Dün Cumhuriyet Halk Partisi Genel Merkezi önünde toplandılar.", "tr") == {}


def test_a_bare_word_is_no_inflected_form_of_a_city():
    found = _readings("Bakan, Halk Sarayı'nda kabul edildi.", "tr")
    assert not any("Chalco" in names for names in found.values())


def test_a_lone_small_town_is_still_found():
    assert _readings("Drones struck a market in Kutum on Tuesday.", "en") == {"Kutum": {"Kutum"}}


def test_inflected_exonyms_reach_their_city():
    assert _readings("Переговори відбулися в Гаазі.", "uk") == {"Гаазі": {"The Hague"}}
    assert _readings("Bakan yarın Şam'a gidecek.", "tr") == {"Şam'a": {"Damascus"}}


def test_a_name_in_an_actor_description_is_a_place_of_its_country_only():
    text = "Ο υπουργός έγινε δεκτός από τον Τούρκο πρόεδρο."
    words = "Τούρκο πρόεδρο"
    at = text.index(words)
    described = Mention(at, at + len(words), words, None, None, "role", "TUR", 0.9)
    assert _located(text, "el", "έγινε δεκτός", mode="visit", mentions=(described,)) is None


def test_a_visited_city_after_the_visitors_name():
    text = "ومن المقرر أن يزور وزير الخارجية المغربي ناصر بوريطة القاهرة الأسبوع المقبل."
    location = _located(text, "ar", "يزور", mode="visit",
                        source_words="وزير الخارجية المغربي ناصر بوريطة")
    assert location is not None
    assert (location.place, location.country) == ("Cairo", "EGY")


def test_without_the_visitor_between_a_far_place_is_not_the_visit():
    text = "ومن المقرر أن يزور وزير الخارجية المغربي ناصر بوريطة القاهرة الأسبوع المقبل."
    assert _located(text, "ar", "يزور", mode="visit") is None
