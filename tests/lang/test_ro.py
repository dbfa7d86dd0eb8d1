"""Romanian pack on news-style sentences: futures of donating, summoning envoys (not convening
sittings), expulsions with the charge named, accession as a topic, closing reporters, joint
exercises of two armies."""

import pytest

from wirewatch.lang.check import outline


def coded(sentence):
    return outline(sentence, "ro")


def test_a_promised_donation_is_planned_aid():
    assert coded("Germania va dona Republicii Moldova două elicoptere.") == {
        ("AID", "DEU", "MDA", "planned")}


@pytest.mark.parametrize("sentence, expected", [
    ("Polonia a convocat ambasadorul rus.", {("ACCUSE", "POL", "RUS", "asserted")}),
    ("Guvernul de la Sofia a avut o ședință convocată de urgență.", set()),
    ("Guvernul român a convocat o ședință extraordinară a Consiliului Suprem.", set()),
])
def test_summoning_an_envoy_not_convening_a_sitting(sentence, expected):
    assert coded(sentence) == expected


def test_an_expulsion_outranks_the_charge_named_with_it():
    assert coded("Estonia a expulzat un diplomat rus acuzat de spionaj.") == {
        ("SANCTION", "EST", "RUS", "asserted")}


def test_accession_alone_is_a_topic():
    assert coded("Aderarea Croației la spațiul Schengen a avut loc în 2023.") == set()


def test_a_closing_reporter_is_no_party():
    assert coded("Armata rusă s-a retras din Herson, a anunțat Ministerul Apărării de la "
                 "Kiev.") == {("RETREAT", "RUS", None, "asserted")}


def test_the_armies_of_two_countries_are_two_parties():
    assert coded("Forțele armate bulgare vor desfășura un exercițiu comun cu armata "
                 "greacă.") == {("COOPERATE", "BGR", "GRC", "planned")}


def test_the_margins_of_a_summit_are_a_setting():
    assert coded("Președintele român s-a întâlnit cu omologul său francez în marja "
                 "summitului NATO.") == {("CONSULT", "ROU", "FRA", "asserted")}


def test_an_aside_opened_by_aflat_keeps_the_main_subject():
    assert coded("Ministrul polonez de externe Radosław Sikorski, aflat în vizită la Kiev, a "
                 "criticat Rusia.") == {("CONSULT", "POL", "UKR", "asserted"),
                                        ("ACCUSE", "POL", "RUS", "asserted")}


@pytest.mark.parametrize("sentence, expected", [
    # a body "de la" a capital is that country's
    ("Autoritățile de la Chișinău au expulzat un diplomat rus.", ("SANCTION", "MDA", "RUS", "asserted")),
    # a diplomatic protest is an accusation, not a demonstration
    ("Polonia a transmis un protest ferm Belarusului.", ("ACCUSE", "POL", "BLR", "asserted")),
    # the charge of an arrest is no accusation of its own
    ("Poliția rusă a arestat un cetățean german sub acuzația de sabotaj.",
     ("COERCE", "RUS", "DEU", "asserted")),
    # a name in "-ului" is the embassy's country, never the protesters
    ("Sute de oameni au manifestat în fața ambasadei Israelului la București.",
     ("PROTEST", "ROU", "ISR", "asserted")),
])
def test_capital_bodies_protest_notes_charges_and_genitives(sentence, expected):
    assert coded(sentence) == {expected}


def test_an_act_in_a_condition_did_not_happen():
    assert "MOBILIZE" not in {e[0] for e in coded(
        "Rusia a avertizat că va răspunde dacă Finlanda va desfășura trupe la graniță.")}


def test_unnamed_foreign_ministry_is_romanias_own():
    assert coded("Ministerul Afacerilor Externe a condamnat atacul Rusiei asupra Kievului.") == {
        ("ACCUSE", "ROU", "RUS", "asserted"), ("ASSAULT", "RUS", "UKR", "asserted")}


def test_a_ministry_with_its_country_in_the_genitive_is_that_countrys():
    assert coded("Ministerul de Externe al Ucrainei a condamnat declarațiile Ungariei.") == {
        ("ACCUSE", "UKR", "HUN", "asserted")}


def test_the_border_police_are_romanias():
    assert coded("Poliția de Frontieră a reținut trei cetățeni moldoveni la vama Siret.") == {
        ("COERCE", "ROU", "MDA", "asserted")}


def test_protesters_outside_an_embassy_protest_against_its_country():
    assert coded("Zeci de oameni au protestat în fața ambasadei Chinei din București.") == {
        ("PROTEST", "ROU", "CHN", "asserted")}


@pytest.mark.parametrize("sentence, expected", [
    ("Armata israeliană a lovit nordul Fâșiei Gaza.", {("ASSAULT", "ISR", "PSE", "asserted")}),
    # a football tournament is no tour, Scotland no person
    ("Meciul de vineri dintre Germania și Scoția deschide turneul final.", set()),
])
def test_place_names_read_as_places(sentence, expected):
    assert coded(sentence) == expected


def test_the_agent_of_a_condemned_attack_after_its_participle():
    assert coded("Guvernul a condamnat atacul lansat de Rusia asupra Odesei.") == {
        ("ASSAULT", "RUS", "UKR", "asserted")}
