"""Cities and regions as parties of their country (actors/places_as_parties.py): the target of
acts done to them, where protesters stand, never one who acts or speaks, a setting after a
locative preposition. Own sentences in several languages and scripts, coded through the real
packs, gazetteer and coder."""

import pytest

from wirewatch.actors.kb import load_kb
from wirewatch.actors.places_as_parties import PLACE, place_parties
from wirewatch.actors.recognize import recognize
from wirewatch.events.text import code_text, sentence_breaks
from wirewatch.lang.check import code_example
from wirewatch.lang.loader import load_pack
from wirewatch.text.sentences import split_sentences
from wirewatch.text.tokens import tokens_of


def dyads(sentence: str, lang: str) -> set[tuple]:
    return {(e.type, e.source.country, e.target.country if e.target else None)
            for e in code_example(sentence, lang)}


def places(text: str, lang: str) -> list[tuple[str, str]]:
    """(surface, country) of the place parties of a text."""
    kb, tokens = load_kb(), tokens_of(text)
    breaks = sentence_breaks(tokens, split_sentences(text, lang))
    mentions = recognize(text, tokens, load_pack(lang), breaks, None, kb)
    return [(m.surface, m.country) for m in place_parties(text, tokens, lang, mentions, breaks, kb)]


TARGETS = [
    ("en", "Russian drones hit Zaporizhzhia before dawn.", ("ASSAULT", "RUS", "UKR")),
    ("en", "On Tuesday night Dnipro was shelled by Russia.", ("ASSAULT", "RUS", "UKR")),
    ("uk", "Росія знову атакувала Запоріжжя дронами.", ("ASSAULT", "RUS", "UKR")),
    ("uk", "Росія продовжує обстріл Дніпра.", ("ASSAULT", "RUS", "UKR")),
    ("ru", "Украинские беспилотники атаковали Курск ночью.", ("ASSAULT", "UKR", "RUS")),
    ("pl", "Rosja ostrzelała Zaporoże w nocy.", ("ASSAULT", "RUS", "UKR")),
    ("de", "Russland hat die Stadt Saporischschja mit Drohnen angegriffen.", ("ASSAULT", "RUS", "UKR")),
    ("es", "Israel bombardeó Jan Yunis durante la noche.", ("ASSAULT", "ISR", "PSE")),
    ("fr", "L'armée israélienne a bombardé Khan Younès dans la nuit.", ("ASSAULT", "ISR", "PSE")),
    ("tr", "Rusya, Zaporijya'ya saldırdı.", ("ASSAULT", "RUS", "UKR")),
    ("en", "Israeli aircraft bombed several buildings in Khan Younis.", ("ASSAULT", "ISR", "PSE")),
    ("en", "The European Union sent humanitarian aid to Gaza.", ("AID", "IGO:EU", "PSE")),
]


@pytest.mark.parametrize("lang,sentence,expected", TARGETS)
def test_place_is_the_target_of_acts_done_to_it(lang, sentence, expected):
    assert expected in dyads(sentence, lang)


def test_protesters_stand_in_their_country():
    assert ("PROTEST", "TUR", None) in {(t, s, None) for t, s, _ in dyads(
        "Thousands of people protested in Izmir against the new law.", "en")}


@pytest.mark.parametrize("lang,sentence", [
    ("en", "Zaporizhzhia said the strike killed two people."),
    ("en", "Zaporizhzhia accused Russia of shelling its power plant."),
    ("uk", "Запоріжжя заявило, що Росія обстріляла місто."),
])
def test_place_never_acts_or_speaks(lang, sentence):
    assert not any(e.source.country == "UKR" for e in code_example(sentence, lang))


def test_place_of_talks_stays_their_setting():
    assert ("CONSULT", "DEU", "FRA") in dyads("Scholz met Macron in Izmir on Monday.", "en")
    assert dyads("Germany signed a trade agreement in Kharkiv.", "en") \
        .isdisjoint({("AGREE", "DEU", "UKR"), ("SUPPORT", "DEU", "UKR")})


@pytest.mark.parametrize("text,lang,expected", [
    ("Украинские беспилотники атаковали Курск.", "ru", [("Курск", "RUS")]),
    ("Ισραηλινά αεροσκάφη βομβάρδισαν τη Χαν Γιουνίς.", "el", [("Χαν Γιουνίς", "PSE")]),
    ("Russian drones hit Odesa.", "en", [("Odesa", "UKR")]),  # not Odessa, Texas
])
def test_places_in_any_script_are_mentions_of_their_country(text, lang, expected):
    assert places(text, lang) == expected


@pytest.mark.parametrize("text", [
    "Reading the report, the minister left.",  # a common word opens the sentence
    "Victoria said the plan was sound.",  # a known given name opens the sentence
    "Police questioned Andrew Jackson. Jackson denied everything.",  # a surname, twice
    "The weather was nice. Nice hosted the summit.",  # the document writes it lower case
    "Protesters gathered in Moscow.",  # a capital is the knowledge base's metonym already
])
def test_names_that_say_more_than_a_place_are_no_party(text):
    assert places(text, "en") == []


def test_places_need_their_capital_letter():
    assert places("the nice weather and a mobile phone", "en") == []


def test_the_pipeline_text_stage_gives_place_mentions_their_kind():
    _, mentions, _ = code_text("Russian drones hit Odesa.", "en", None)
    assert [(m.kind, m.actor_id, m.country) for m in mentions if m.kind == PLACE] \
        == [(PLACE, None, "UKR")]


def test_a_sentence_opening_place_named_again_inside_a_sentence_is_one():
    text = "Dnipro was shelled overnight. Officials in Dnipro counted the damage."
    assert places(text, "en") == [("Dnipro", "UKR"), ("Dnipro", "UKR")]


def test_the_pipeline_codes_the_place_as_target_and_keeps_it_as_location():
    from datetime import date

    from wirewatch.models import RawDocument
    from wirewatch.pipeline import process

    doc = process(RawDocument("t", "Russian drones hit Zaporizhzhia on Monday, officials said.",
                              published=date(2025, 3, 4), lang="en"))
    [event] = [e for e in doc.events if e.type == "ASSAULT"]
    assert (event.source.country, event.target.country) == ("RUS", "UKR")
    assert event.location is not None and event.location.geonames_id == 687700  # Zaporizhzhia


def test_a_weekday_is_no_place():
    assert places("اتحادیه اروپا روز دوشنبه تحریم‌های تازه‌ای علیه روسیه وضع کرد.", "fa") == []


def test_without_case_a_one_word_place_needs_its_cue():
    # (Gaza itself is a name of the Palestinian territories in the Arabic pack, no city)
    assert places("الجيش الإسرائيلي شن غارات على الفلسطينيين في رفح.", "ar") == [("رفح", "PSE")]
    assert places("الجيش الإسرائيلي شن غارات في رفح.", "ar") == []  # Palestine named nowhere
    assert places("قتل مسلحون شرطيا في المدينة أمس.", "ar") == []  # "the city", not Medina
    assert places("نیروهای تازه به منطقه رسیدند.", "fa") == []


def test_han_characters_of_a_word_are_no_place_without_a_cue():
    assert ("COOPERATE", "CHN", "RUS") in dyads("中国和俄罗斯在太平洋举行联合军演。", "zh")


def test_a_city_is_no_other_party_than_a_sector_of_its_own_country():
    assert ("COERCE", "TUR", "TUR") not in dyads(
        "Turkish police raided neighbourhoods of Izmir overnight.", "en")
