"""German pack: inflected names and demonyms, status cues, separable verbs, a short article."""

from datetime import date

import pytest

from wirewatch.lang.check import code_example
from wirewatch.models import RawDocument
from wirewatch.pipeline import process


def coded(sentence):
    return {(e.type, e.source.country, e.target.country if e.target else None, e.status)
            for e in code_example(sentence, "de")}


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
    assert {s for *_, s in coded(sentence)} == {status}


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
