"""German pack: inflected names and demonyms, status cues, separable verbs, a short article."""

from datetime import date

import pytest

from wirewatch.lang.check import code_example, outline
from wirewatch.models import RawDocument
from wirewatch.pipeline import process


def coded(sentence):
    return outline(sentence, "de")


@pytest.mark.parametrize("sentence", [
    "Russlands Außenminister kritisierte die Türkei.",            # genitive of a country
    "Der russische Außenminister kritisierte die Türkei.",        # adjective, nominative
    "Die Russen kritisierten die Türkei.",                        # inhabitant noun, plural
    "Lawrow kritisierte die Türkei.",                             # German spelling of a name
    "Der Sprecher Lawrows kritisierte die Türkei.",               # genitive of a name
])
def test_inflected_russian_actor(sentence):
    assert ("ACCUSE", "RUS", "TUR", "asserted") in coded(sentence)


def test_genitive_role_is_the_target():
    assert ("ACCUSE", "TUR", "RUS", "asserted") in coded(
        "Die Türkei kritisierte die Äußerungen des russischen Außenministers.")


def test_compound_role_words():
    events = code_example("Der Bundesaußenminister telefonierte mit seinem ukrainischen Amtskollegen.", "de")
    assert [(e.type, e.mode, e.source.country, e.target.country) for e in events] == [
        ("CONSULT", "phone", "DEU", "UKR")]


@pytest.mark.parametrize("sentence, expected", [
    ("Deutschland sagte der Ukraine weitere Hilfe zu.", ("AGREE", "DEU", "UKR", "asserted")),
    ("Polen wies vier russische Diplomaten aus.", ("SANCTION", "POL", "RUS", "asserted")),
    ("Russland wies die Forderungen der Ukraine zurück.", ("REJECT", "RUS", "UKR", "asserted")),
    ("Deutschland sagte der Ukraine keine weiteren Panzer zu.", ("AGREE", "DEU", "UKR", "negated")),
])
def test_separable_verbs(sentence, expected):
    assert expected in coded(sentence)


@pytest.mark.parametrize("sentence, status", [
    ("Scholz wird in der nächsten Woche Japan besuchen.", "planned"),
    ("Russland soll dem Iran Kampfjets geliefert haben.", "claimed"),
    ("Griechenland verurteilte die Türkei nicht.", "negated"),
    ("Moskau bestritt, Kiew angegriffen zu haben.", "denied"),
])
def test_status_cues(sentence, status):
    """The status of the act; a denial is a REJECT of its own beside the act it denies."""
    assert {s for t, *_, s in coded(sentence) if t != "REJECT"} == {status}


def test_article_through_pipeline():
    text = ("Scholz reist nach Peking\n\n"
            "Bundeskanzler Olaf Scholz ist am Sonntag zu einem dreitägigen Besuch nach China gereist. "
            "In Peking traf er Staatschef Xi Jinping. "
            "Der chinesische Präsident forderte Deutschland auf, keine neuen Zölle zu verhängen. "
            "Unterdessen griff Russland erneut Kiew mit Drohnen an.")
    doc = process(RawDocument("de-test", text, lang="de", published=date(2024, 4, 16)))
    found = {(e.type, e.source.country, e.target.country if e.target else None) for e in doc.events}
    assert ("CONSULT", "DEU", "CHN") in found
    assert ("REQUEST", "CHN", "DEU") in found
    assert ("ASSAULT", "RUS", "UKR") in found
    assert not any(e.source.country == (e.target.country if e.target else None) for e in doc.events)


def coded_with_mode(sentence):
    return {(e.type, e.source.country, e.target.country if e.target else None, e.mode)
            for e in code_example(sentence, "de")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Die Ukraine wurde von Russland angegriffen.", ("ASSAULT", "RUS", "UKR")),
    ("Polen wurde von Deutschland kritisiert.", ("ACCUSE", "DEU", "POL")),
    ("Syrien wurde durch die Türkei bombardiert.", ("ASSAULT", "TUR", "SYR")),
    ("Die Ukraine ist gestern von Russland mit Drohnen angegriffen worden.", ("ASSAULT", "RUS", "UKR")),
])
def test_passive_agent_is_the_source(sentence, expected):
    found = {(t, s, g) for t, s, g, _ in coded_with_mode(sentence)}
    assert expected in found
    assert (expected[0], expected[2], expected[1]) not in found


def test_von_without_passive_auxiliary_is_no_agent():
    assert ("ACCUSE", "DEU", "RUS", "asserted") in coded(
        "Deutschland kritisierte die Angriffe von Russland auf die Ukraine.")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Die Ukraine erhielt von den Niederlanden weitere Kampfjets.", ("AID", "NLD", "UKR", "asserted")),
    ("Frankreich sicherte Polen weitere Unterstützung zu.", ("AGREE", "FRA", "POL", "asserted")),
    ("Der Iran lieferte Russland keine Raketen.", ("AID", "IRN", "RUS", "negated")),
    ("Serbien sagte den geplanten Besuch in Kosovo ab.", ("REJECT", "SRB", "XKX", "asserted")),
    ("Deutschland will weitere Waffen an die Ukraine liefern.", ("AID", "DEU", "UKR", "planned")),
])
def test_actor_inside_a_discontinuous_trigger_is_its_target(sentence, expected):
    assert expected in coded(sentence)


@pytest.mark.parametrize(("sentence", "mode"), [
    ("Russland hat die Ukraine mit Drohnen angegriffen.", "drone"),
    ("Russland griff die Ukraine mit Raketen an.", "missile"),
    ("Israel hat den Libanon mit Kampfjets angegriffen.", "airstrike"),
    ("Die Türkei griff Syrien mit Artillerie an.", "shelling"),
])
def test_instrument_gives_the_mode(sentence, mode):
    assert {m for t, *_, m in coded_with_mode(sentence) if t == "ASSAULT"} == {mode}


@pytest.mark.parametrize("sentence, expected", [
    ("Nordkorea hat Russland mit Waffen beliefert.", ("AID", "PRK", "RUS", "asserted")),
    ("In Belarus ist ein litauischer Journalist festgenommen worden.", ("COERCE", "BLR", "LTU", "asserted")),
    ("Frankreich und Spanien wollen enger zusammenarbeiten.", ("COOPERATE", "FRA", "ESP", "planned")),
])
def test_news_wording(sentence, expected):
    assert expected in coded(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Die Niederlande werden der Ukraine weitere Panzer liefern.", ("AID", "NLD", "UKR", "planned")),
    ("Präsident Macron hat die Bemühungen Georgiens um Reformen unterstützt.",
     ("SUPPORT", "FRA", "GEO", "asserted")),
    ("Aserbaidschan hat zusätzliche Einheiten an die Grenze zu Armenien verlegt.",
     ("MOBILIZE", "AZE", "ARM", "asserted")),
])
def test_verb_final_clauses_take_the_first_party_as_subject(sentence, expected):
    assert coded(sentence) == {expected}


def test_reports_rejected_are_a_denial_and_the_supply_denied():
    assert coded("Peking wies Berichte zurück, wonach China Drohnen an Russland geliefert habe.") == {
        ("AID", "CHN", "RUS", "denied"), ("REJECT", "CHN", None, "asserted")}


def test_protest_before_an_embassy_is_against_its_country():
    assert coded("Vor der iranischen Botschaft in Paris haben Hunderte Menschen gegen die "
                 "Hinrichtungen demonstriert.") == {("PROTEST", "FRA", "IRN", "asserted")}


def test_protesters_stand_at_the_first_place_named():
    assert coded("In Berlin haben Tausende gegen den Krieg in Syrien demonstriert.") == {
        ("PROTEST", "DEU", "DEU", "asserted")}


def test_a_participle_of_detention_does_not_outweigh_a_release():
    assert coded("Russland hat einen seit Monaten inhaftierten US-Bürger freigelassen.") == {
        ("RETREAT", "RUS", "USA", "asserted")}
