"""Where an actor sits in its clause decides its role: own sentences in several languages."""

from datetime import date

import pytest

from wirewatch.events.text import code_text
from wirewatch.lang.check import code_example


def dyads(sentence, lang):
    return {(e.type, e.source.country, e.target.country if e.target else None)
            for e in code_example(sentence, lang)}


@pytest.mark.parametrize("sentence, lang", [
    ("Putin and Erdogan discussed the fighting in Syria.", "en"),
    ("Ο Πούτιν και ο Ερντογάν συζήτησαν για τις μάχες στη Συρία.", "el"),
    ("Putin şi Erdogan au discutat despre luptele din Siria.", "ro"),
])
def test_a_place_in_a_locative_phrase_is_the_setting_of_talks(sentence, lang):
    found = dyads(sentence, lang)
    assert ("CONSULT", "RUS", "TUR") in found or ("CONSULT", "TUR", "RUS") in found
    assert not any("SYR" in d for d in found)


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Σύμφωνα με την Ουκρανία, η Ρωσία επιτέθηκε στην Πολωνία.", "el", ("ASSAULT", "RUS", "POL")),
    ("According to Ukraine, Russia attacked Poland.", "en", ("ASSAULT", "RUS", "POL")),
    ("Potrivit Ucrainei, Rusia a atacat Polonia.", "ro", ("ASSAULT", "RUS", "POL")),
])
def test_an_actor_after_a_preposition_is_not_the_subject(sentence, lang, expected):
    found = dyads(sentence, lang)
    assert expected in found
    assert not any(d[1] == "UKR" for d in found)


def test_an_apposition_does_not_replace_its_head():
    events = code_example("Xi Jinping, Russia's closest partner, visited Minsk.", "en")
    visit = next(e for e in events if e.type == "CONSULT")
    assert (visit.source.country, visit.target.country) == ("CHN", "BLR")


@pytest.mark.parametrize("sentence, lang", [
    ("Η Ουκρανία κατηγόρησε τη Λευκορωσία ότι στέλνει όπλα στη Ρωσία.", "el"),
    ("Ucraina a acuzat Belarusul că trimite arme Rusiei.", "ro"),
])
def test_a_that_clause_without_subject_takes_the_accused_party(sentence, lang):
    found = dyads(sentence, lang)
    assert ("ACCUSE", "UKR", "BLR") in found
    assert ("AID", "BLR", "RUS") in found
    assert ("AID", "UKR", "RUS") not in found


def test_an_adverbial_clause_without_subject_shares_the_main_subject():
    found = dyads("Putin a vorbit cu Erdogan după ce a discutat cu Macron.", "ro")
    assert {("CONSULT", "RUS", "TUR"), ("CONSULT", "RUS", "FRA")} <= found


def test_talks_between_two_parties_pair_them():
    found = dyads("Convorbirea telefonică dintre Putin şi Erdogan a durat o oră.", "ro")
    assert ("CONSULT", "RUS", "TUR") in found or ("CONSULT", "TUR", "RUS") in found


@pytest.mark.parametrize("sentence, lang", [
    ("Οι στρατιωτικοί δεσμοί της Ρωσίας με την Κίνα ανησυχούν τη Δύση.", "el"),
    ("Hubungan militer Rusia dan China mengkhawatirkan Barat.", "id"),
])
def test_a_standing_relationship_is_not_an_event(sentence, lang):
    assert not any(d[0] == "COOPERATE" for d in dyads(sentence, lang))


def test_weapons_named_alone_are_not_an_attack():
    found = dyads("Iran telah memasok Rusia dengan drone kamikaze.", "id")
    assert ("AID", "IRN", "RUS") in found
    assert not any(d[0] == "ASSAULT" for d in found)


def test_an_unqualified_security_council_is_not_the_un_body():
    _, mentions, _ = code_text("The Russian Security Council met on Friday.", "en", date(2024, 6, 1))
    assert all(m.actor_id != "IGO:UNSC" for m in mentions)


@pytest.mark.parametrize("text, lang", [
    ("Putin spoke with Xi by phone on Monday. The two leaders signed a trade agreement.", "en"),
    ("Η Ρωσία συνομίλησε με την Κίνα. Οι δύο χώρες υπέγραψαν συμφωνία για το εμπόριο.", "el"),
    ("Rusia a discutat cu China. Cele două țări au semnat un acord comercial.", "ro"),
])
def test_the_two_countries_are_the_pair_of_the_last_event(text, lang):
    _, _, events = code_text(text, lang, date(2024, 6, 1))
    second = [e for e in events if e.start > text.index(".")]
    assert second
    assert {second[0].source.country, second[0].target.country} == {"RUS", "CHN"}
