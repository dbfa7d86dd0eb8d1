"""A negation the trigger's own pattern spells is its meaning, not its status; a court's
sentence of someone of no other country is a SANCTION on its own country's people."""

import pytest

from wirewatch.lang.check import code_example


@pytest.mark.parametrize("sentence", [
    "Macaristan, Avusturya'nın teklifini kabul etmedi.",
    "Mısır, Sudan'ın arabuluculuk önerisini kabul etmedi.",
])
def test_a_refusal_spelled_with_a_negated_verb_is_a_rejection(sentence):
    events = code_example(sentence, "tr")
    assert [(e.type, e.status) for e in events] == [("REJECT", "asserted")]


def test_a_negated_ending_the_pattern_leaves_open_still_negates():
    events = code_example("Macaristan, Avusturya'nın teklifini reddetmedi.", "tr")
    assert all(e.type != "REJECT" for e in events)


@pytest.mark.parametrize("sentence, lang, country", [
    ("Новосибирский областной суд приговорил 52-летнего местного жителя к 9 годам колонии.",
     "ru", "RUS"),
    ("Львівський апеляційний суд засудив до 7 років позбавлення волі колишнього чиновника.",
     "uk", "UKR"),
    ("A court in Tashkent sentenced a local blogger to five years in prison.", "en", "UZB"),
])
def test_a_domestic_sentence_is_a_sanction_on_the_home_country(sentence, lang, country):
    events = code_example(sentence, lang)
    sanctions = [e for e in events if (e.type, e.mode) == ("SANCTION", "convict")]
    assert sanctions and all(e.target is not None and e.target.country == country
                             for e in sanctions)


def test_a_sentence_of_a_foreigner_keeps_his_country():
    events = code_example("A court in Tehran sentenced a French citizen to eight years in prison.",
                          "en")
    assert {(e.type, e.target.country) for e in events if e.type == "SANCTION"} == {
        ("SANCTION", "FRA")}
