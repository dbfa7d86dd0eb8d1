"""An embassy named in the nominative is its country as a subject ("Ambasada Rusiei a
respins ..."), and its rejection answers the accusation made against it; a that-clause with
a subject of its own is an act of its own ("... and announced that Moscow will respond"); an
institution after a locative preposition opening the sentence speaks through an impersonal
verb ("В МИД России обвинили ..."); contracted futures are planned (own sentences)."""

from datetime import date

import pytest

from wirewatch.events.text import code_text

DAY = date(2025, 11, 12)


def dyads(text, lang, etype):
    _, _, events = code_text(text, lang, DAY)
    return {(e.source.country, e.target.country if e.target else None)
            for e in events if e.type == etype}


def statuses(text, lang, etype):
    _, _, events = code_text(text, lang, DAY)
    return {e.status for e in events if e.type == etype}


ACCUSATION = "Ministerul de Externe român a acuzat Rusia de atacuri cibernetice."


def test_a_nominative_embassy_rejects_for_its_country():
    text = f"{ACCUSATION} Ambasada Rusiei a respins acuzațiile."
    assert ("RUS", "ROU") in dyads(text, "ro", "REJECT")


def test_a_that_clause_with_its_own_subject_is_an_act_of_its_own():
    text = "Ambasada Rusiei a respins sancțiunile drept absurde și a anunțat că Moscova va " \
           "răspunde în oglindă."
    assert dyads(text, "ro", "REJECT") and dyads(text, "ro", "THREATEN")


def test_a_rejection_answers_the_accusation_against_the_replier_first():
    text = ("Guvernul român a acuzat Rusia de sabotaj. Ucraina a acuzat Belarusul de "
            "provocări. Ambasada Rusiei a respins acuzațiile.")
    assert ("RUS", "ROU") in dyads(text, "ro", "REJECT")


@pytest.mark.parametrize("lang, text, dyad", [
    ("ru", "В МИД России обвинили Лондон в эскалации конфликта.", ("RUS", "GBR")),
    ("uk", "У МЗС України засудили нічний удар Росії по Києву.", ("UKR", "RUS")),
])
def test_an_institution_opening_the_sentence_speaks_through_an_impersonal_verb(lang, text, dyad):
    assert dyad in dyads(text, lang, "ACCUSE")


def test_a_party_after_a_dative_preposition_inside_the_sentence_is_no_speaker():
    text = ("Il ministro Guido Crosetto ha parlato con i giornalisti, che hanno chiesto al "
            "governo israeliano garanzie.")
    assert not any(source == "ISR" for source, _ in dyads(text, "it", "AGREE"))


@pytest.mark.parametrize("lang, text, etype", [
    ("fr", "Le ministre Jean-Noël Barrot se rendra à Pékin.", "CONSULT"),
    ("it", "Il ministro Antonio Tajani terrà colloqui con il ministro turco Hakan Fidan.",
     "CONSULT"),
])
def test_contracted_futures_are_planned(lang, text, etype):
    assert statuses(text, lang, etype) == {"planned"}
