"""French pack on news-style sentences: an agentless passive arrest, a closing reporter,
speech-act verbs over the nouns they govern."""

import pytest

from wirewatch.lang.check import outline


def coded(sentence):
    return outline(sentence, "fr")


def test_agentless_passive_arrest_is_by_the_place():
    assert coded("Un journaliste belge a été interpellé en Russie.") == {
        ("COERCE", "RUS", "BEL", "asserted")}


def test_closing_reporter_is_no_party():
    assert coded("Le Mali a expulsé l'ambassadeur de France, a indiqué le gouvernement algérien.") == {
        ("SANCTION", "MLI", "FRA", "asserted")}


def test_rejecting_a_proposal_of_talks_is_a_rejection():
    assert coded("Le Maroc a rejeté la proposition de l'Algérie de tenir des pourparlers.") == {
        ("REJECT", "MAR", "DZA", "asserted")}


def test_article_after_a_makes_a_recipient_not_a_place():
    # "à l'Ukraine" was read as a location, so the critic further on became the recipient
    assert coded("Le Canada a livré des drones à l'Ukraine malgré les critiques de la Hongrie.") == {
        ("AID", "CAN", "UKR", "asserted")}


def test_protest_as_purpose_of_a_recall_is_no_demonstration():
    assert coded("Le Maroc a rappelé son ambassadeur à Alger pour protester contre les propos du "
                 "président algérien.") == {("SANCTION", "MAR", "DZA", "asserted")}


def test_a_demonstration_covered_by_a_detainee_is_no_event_of_his():
    assert coded("La police russe a arrêté un photographe italien qui couvrait une manifestation "
                 "de l'opposition.") == {("COERCE", "RUS", "ITA", "asserted")}


def test_strikes_keep_their_demonym_as_source():
    assert coded("Des frappes russes ont touché la capitale ukrainienne dans la nuit.") == {
        ("ASSAULT", "RUS", "UKR", "asserted")}


def test_denied_that_clause_reaches_its_verb():
    assert coded("Moscou a nié que son aviation ait bombardé des villages syriens.") == {
        ("ASSAULT", "RUS", "SYR", "denied"), ("REJECT", "RUS", "SYR", "asserted")}


def test_closing_a_assure_is_a_reporter_not_a_pledge():
    assert coded("L'Italie n'a pas livré d'armes à l'Égypte, a assuré le ministère.") == {
        ("AID", "ITA", "EGY", "negated")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Les soldats danois ont achevé leur retrait du Mali.", ("RETREAT", "DNK", "MLI", "asserted", "withdraw")),
    ("L'Égypte et la Grèce ont mené des exercices aériens conjoints en Méditerranée.",
     ("COOPERATE", "EGY", "GRC", "asserted", "military")),
    ("L'Arménie et l'Azerbaïdjan se sont mis d'accord sur un cessez-le-feu.",
     ("AGREE", "ARM", "AZE", "asserted", "ceasefire")),
    ("L'Allemagne va accorder une aide de 500 millions d'euros à la Moldavie.",
     ("AID", "DEU", "MDA", "planned", "economic")),
])
def test_news_wording(sentence, expected):
    assert expected in outline(sentence, "fr", mode=True)


def test_an_event_in_a_condition_did_not_happen():
    assert coded("La Turquie a menacé de frapper la Syrie si les combattants kurdes ne se "
                 "retirent pas.") == {("THREATEN", "TUR", "SYR", "asserted")}
