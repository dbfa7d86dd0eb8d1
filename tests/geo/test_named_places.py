"""Places a report names without a cue, words that only look like towns, and how a name
that reads as a country and as its capital is taken."""

from __future__ import annotations

import pytest
from tests.geo.test_scene import _doc

from wirewatch.geo.gazetteer import load_gazetteer
from wirewatch.geo.names import english_place
from wirewatch.geo.recognize import find_places


def test_a_city_named_by_its_local_body_in_the_lead_sets_the_scene():
    text = ("The Leipzig prosecutor's office opened a fraud inquiry into the city council on "
            "Monday.\n\nOfficers detained four officials at dawn. "
            "Hundreds of people later rallied outside the town hall.")
    detained, rallied = _doc(text, "en", [("detained", "COERCE", "arrest", ("DEU", "DEU")),
                                          ("rallied", "PROTEST", "demo", ("DEU", None))])
    assert (detained.location.place, detained.location.country) == ("Leipzig", "DEU")
    assert rallied.location.place == "Leipzig"


def test_a_named_city_of_a_foreign_country_or_a_capital_sets_no_scene():
    text = ("Moscow condemned the vote on Tuesday.\n\n"
            "Officers detained four activists after the rally.")
    (detained,) = _doc(text, "en", [("detained", "COERCE", "arrest", ("RUS", "RUS"))])
    assert detained.location is None


@pytest.mark.parametrize("lang,text,word", [
    ("ar", "وقالت الوزارة في بيان صدر مساء اليوم إن الاجتماع تأجل.", "بيان"),
    ("ar", "وجاء القرار في إطار اتفاق التهدئة.", "إطار"),
    ("id", "Pertemuan itu digelar pada Senin pagi di gedung kementerian.", "Senin"),
    ("tr", "Adalet Bakanı açıklamayı dün yaptı.", "Adalet"),
])
def test_common_words_are_no_towns(lang, text, word):
    found = [text[p.start:p.end] for p in find_places(text, lang)]
    assert word not in found


def test_a_name_read_as_a_country_and_its_capital_is_the_capital():
    text = "Il ministro degli Esteri è arrivato ieri a Tunisi per incontrare il suo omologo."
    (visit,) = _doc(text, "it", [("incontrare", "CONSULT", "meeting", ("ITA", "TUN"))])
    assert (visit.location.place, visit.location.country) == ("Tunis", "TUN")


def test_news_spellings_of_greek_and_ukrainian_cities():
    gazetteer = load_gazetteer()
    wanted = {"Lárisa", "Izmayil"}
    names = {gazetteer.place(i).name: english_place(gazetteer.place(i))
             for i in range(len(gazetteer)) if gazetteer.place(i).name in wanted}
    assert names == {"Lárisa": "Larissa", "Izmayil": "Izmail"}


def test_statements_of_the_datelines_country_are_made_where_the_report_was_filed():
    text = ("BERLIN, 5 March (Agency) - The foreign ministry accused Iran of spying on exiles "
            "on Thursday, a spokesman told reporters.\n\n"
            "Tehran rejected the charge as baseless.")
    accused, rejected = _doc(text, "en", [("accused", "ACCUSE", None, ("DEU", "IRN")),
                                          ("rejected", "REJECT", None, ("IRN", "DEU"))])
    assert (accused.location.place, accused.location.country) == ("Berlin", "DEU")
    assert rejected.location is None
