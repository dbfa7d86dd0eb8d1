"""Roles across coordinated verbs, relative asides, participle clauses and talks partners
(events/coder.py: _shared_subjects, _aside_end, _participle_clauses, Placed.partner).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from wirewatch.lang.check import code_example


def _coded(sentence: str, lang: str) -> set[tuple]:
    return {(e.type, e.source.country, e.target.country if e.target else None, e.status)
            for e in code_example(sentence, lang)}


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "Zelensky thanked Portugal for its support and asked Russia to withdraw its troops.",
     ("REQUEST", "UKR", "RUS", "asserted")),
    ("es", "El gobierno de Francia respaldó la decisión de Madrid y pidió a Rusia que retire sus tropas.",
     ("REQUEST", "FRA", "RUS", "asserted")),
    ("fr", "La France a condamné l'Iran et a appelé la Russie à cesser les frappes.",
     ("REQUEST", "FRA", "RUS", "asserted")),
    ("uk", ("Міністерство закордонних справ України звинуватило Росію в обстрілі Харкова і "
           "закликало Китай вплинути на Москву."), ("REQUEST", "UKR", "CHN", "asserted")),
    ("ro", "Ucraina a acuzat Rusia de atacuri și a cerut Chinei să intervină.",
     ("REQUEST", "UKR", "CHN", "asserted")),
])
def test_a_joined_verb_shares_the_subject_of_the_first(lang, sentence, expected):
    found = _coded(sentence, lang)
    assert expected in found
    assert not any(e[0] == expected[0] and e[1] != expected[1] for e in found)


@pytest.mark.parametrize(("lang", "sentence", "wrong"), [
    ("es", "El gobierno de Francia respaldó la decisión de Madrid y pidió a Rusia que retire sus tropas.",
     ("SUPPORT", "FRA", "RUS", "asserted")),
    ("ro", "Ucraina a acuzat Rusia de atacuri și a cerut Chinei să intervină.",
     ("ASSAULT", "RUS", "CHN", "claimed")),
])
def test_the_first_verb_takes_no_object_of_the_second(lang, sentence, wrong):
    assert wrong not in _coded(sentence, lang)


@pytest.mark.parametrize(("lang", "sentence", "first", "second"), [
    ("pl", "Polska odrzuciła zarzuty Rosji i zapowiedziała wydalenie rosyjskich dyplomatów.",
     ("REJECT", "POL", "RUS", "asserted"), ("SANCTION", "POL", "RUS", "planned")),
    ("es", ("Venezuela negó las acusaciones de Colombia y advirtió a Estados Unidos contra "
           "cualquier intervención."),
     ("REJECT", "VEN", "COL", "asserted"), ("THREATEN", "VEN", "USA", "asserted")),
])
def test_a_status_does_not_cross_the_conjunction(lang, sentence, first, second):
    assert {first, second} <= _coded(sentence, lang)


def test_a_shared_auxiliary_still_governs_both_verbs():
    found = _coded("Erdogan will meet Putin in Sochi and sign a trade agreement.", "en")
    assert ("CONSULT", "TUR", "RUS", "planned") in found
    assert ("SUPPORT", "TUR", "RUS", "planned") in found


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Israel, which has been bombing Gaza since October, accused Iran of arming Hamas."),
    ("es", "Israel, que bombardea Gaza desde octubre, acusó a Irán de armar a Hamás."),
    ("fr", "Israël, qui bombarde Gaza depuis octobre, a accusé l'Iran d'armer le Hamas."),
    ("ru", "Израиль, который бомбит Газу с октября, обвинил Иран в поставках оружия ХАМАС."),
])
def test_a_relative_aside_does_not_take_the_subject_of_the_main_verb(lang, sentence):
    found = _coded(sentence, lang)
    assert any(e[:3] == ("ACCUSE", "ISR", "IRN") for e in found)
    assert not any(e[0] == "ACCUSE" and e[1] != "ISR" for e in found)


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("it", ("L'Italia ha convocato l'ambasciatore iraniano, chiedendo a Teheran di rilasciare la "
           "giornalista."), ("REQUEST", "ITA", "IRN", "asserted")),
    ("en", ("Britain summoned the Russian ambassador, demanding that Moscow release the detained "
           "journalist."), ("REQUEST", "GBR", "RUS", "asserted")),
    ("es", "España convocó al embajador de Israel, exigiendo a Tel Aviv explicaciones por el ataque.",
     ("REQUEST", "ESP", "ISR", "asserted")),
    ("pt", "Portugal convocou o embaixador russo, exigindo a Moscovo a libertação do jornalista.",
     ("REQUEST", "PRT", "RUS", "asserted")),
])
def test_a_participle_clause_is_a_second_act_of_the_main_subject(lang, sentence, expected):
    assert expected in _coded(sentence, lang)


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "Macron discussed Ukraine with Erdogan by phone.", ("FRA", "TUR")),
    ("fr", "Poutine a discuté de l'Ukraine avec Erdogan.", ("RUS", "TUR")),
    ("it", "Meloni ha discusso dell'Ucraina con Erdogan.", ("ITA", "TUR")),
    ("pl", "Duda rozmawiał o Ukrainie z Erdoganem.", ("POL", "TUR")),
])
def test_what_is_discussed_with_someone_is_the_topic(lang, sentence, expected):
    found = _coded(sentence, lang)
    assert ("CONSULT",) + expected + ("asserted",) in found
    assert not any("UKR" in e for e in found)


def test_a_denial_governing_the_first_verb_does_not_reach_the_joined_one():
    found = _coded("An RSF spokesman denied that its fighters had attacked the camp and blamed "
                   "Sudan for the deaths.", "en")
    assert any(e[0] == "ACCUSE" and e[3] == "asserted" for e in found)


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("ru", ("Госдепартамент США осудил сделку и пригрозил новыми санкциями против иранских "
           "оборонных предприятий."), ("ACCUSE", "USA", "IRN", "asserted")),
    ("en", "Lithuania expelled two Belarusian diplomats on Tuesday, accusing them of spying.",
     ("ACCUSE", "LTU", "BLR", "asserted")),
])
def test_a_verb_without_an_object_is_aimed_at_the_party_the_joined_verb_names(lang, sentence,
                                                                               expected):
    assert expected in _coded(sentence, lang)
