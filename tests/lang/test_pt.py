"""Portuguese pack: future endings that folding confuses with names and weekdays, requests
to lift sanctions, rejected truces, expulsions as nouns, clause openers."""

import pytest

from wirewatch.lang.check import outline


def coded(sentence):
    return outline(sentence, "pt", mode=True)


@pytest.mark.parametrize(("sentence", "expected"), [
    # folded, the future "-rá" equals "-ra": "sexta-feira", "Vieira" and "Irão" were read as plans
    ("O Brasil condenou nesta sexta-feira a Rússia.", ("ACCUSE", "BRA", "RUS", "asserted", None)),
    ("O chanceler Mauro Vieira criticou Israel.", ("ACCUSE", "BRA", "ISR", "asserted", None)),
    ("O Irão ameaçou Israel.", ("THREATEN", "IRN", "ISR", "asserted", None)),
    ("O Brasil assinará um acordo com a Índia.", ("SUPPORT", "BRA", "IND", "planned", "treaty")),
])
def test_future_endings(sentence, expected):
    assert coded(sentence) == {expected}


def test_request_to_lift_sanctions_is_a_request():
    assert coded("O Irã pediu aos Estados Unidos que suspendam as sanções.") == {
        ("REQUEST", "IRN", "USA", "asserted", "yield")}


def test_rejected_truce_proposal_is_a_rejection():
    assert coded("A Rússia rejeitou a proposta de trégua apresentada pela Turquia.") == {
        ("REJECT", "RUS", "TUR", "asserted", None)}


def test_expulsion_as_a_noun():
    assert coded("A França respondeu com a expulsão do embaixador russo.") == {
        ("SANCTION", "FRA", "RUS", "asserted", "expel")}


def test_como_opens_a_clause_of_its_own():
    assert coded("A Índia negou ter enviado tropas para a fronteira, como afirmou a China.") == {
        ("MOBILIZE", "IND", None, "denied", "troops"), ("REJECT", "IND", None, "asserted", None)}


def test_closing_reporter_is_no_party():
    assert coded("A Rússia expulsou dois diplomatas moldavos, disse o ministério dos Negócios "
                 "Estrangeiros da Moldávia.") == {("SANCTION", "RUS", "MDA", "asserted", "expel")}


def test_being_held_is_no_arrest_of_the_releaser():
    # "que estava preso" was an arrest whose pair outweighed the release
    assert coded("O Irão libertou um jornalista francês que estava preso há dois anos.") == {
        ("RETREAT", "IRN", "FRA", "asserted", "release")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A Bielorrússia concentrou milhares de soldados junto à fronteira com a Lituânia.",
     ("MOBILIZE", "BLR", "LTU", "asserted", "troops")),
    # a denied that-clause and a future verb reach a trigger beyond the status window
    ("Pequim negou que os seus navios tenham disparado contra barcos filipinos.",
     ("ASSAULT", "CHN", "PHL", "denied", "shelling")),
    ("O Japão vai disponibilizar 300 milhões de dólares em ajuda humanitária à Ucrânia.",
     ("AID", "JPN", "UKR", "planned", "humanitarian")),
    ("Agricultores franceses protestaram contra os produtos espanhóis.",
     ("PROTEST", "FRA", "ESP", "asserted", "demo")),
])
def test_news_wording_found_by_held_out_sentences(sentence, expected):
    assert expected in coded(sentence)


def test_an_event_in_a_condition_did_not_happen():
    assert coded("O Irão ameaçou atacar Israel caso os Estados Unidos enviem tropas para a "
                 "região.") == {("THREATEN", "IRN", "ISR", "asserted", "military")}
