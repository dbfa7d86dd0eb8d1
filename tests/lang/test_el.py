"""Greek pack on news-style sentences: adverbs that share a stem with a trigger, denials with
an adverb, a closing reporter, settings of talks, charges named with an arrest, signing."""

import pytest

from wirewatch.lang.check import outline


def coded(sentence):
    return outline(sentence, "el")


def test_categorically_is_no_accusation_and_the_denial_reaches_over_it():
    assert coded("Η Τουρκία αρνήθηκε κατηγορηματικά ότι έστειλε όπλα στη Λιβύη.") == {
        ("AID", "TUR", "LBY", "denied")}


def test_a_supplier_is_no_delivery():
    assert coded("Η Κίνα είναι ο κύριος προμηθευτής όπλων του Πακιστάν.") == set()


def test_the_sidelines_of_a_summit_are_a_setting():
    assert coded("Ο Έλληνας πρωθυπουργός συναντήθηκε με τον Ιταλό ομόλογό του στο περιθώριο "
                 "της συνόδου κορυφής της ΕΕ.") == {("CONSULT", "GRC", "ITA", "asserted")}


def test_a_meeting_that_will_not_take_place_is_negated():
    assert coded("Ο Τούρκος πρόεδρος δεν θα συναντηθεί με τον Αιγύπτιο πρόεδρο.") == {
        ("CONSULT", "TUR", "EGY", "negated")}


def test_a_charge_named_with_an_arrest_is_no_accusation():
    assert coded("Οι αρχές του Ιράν συνέλαβαν έναν Γάλλο πολίτη με την κατηγορία της "
                 "κατασκοπείας.") == {("COERCE", "IRN", "FRA", "asserted")}


def test_signing_outranks_the_agreement_it_signs():
    assert coded("Η Αρμενία και η Γαλλία υπέγραψαν συμφωνία για την προμήθεια ραντάρ.") == {
        ("SUPPORT", "ARM", "FRA", "asserted")}


def test_a_closing_reporter_is_no_party():
    assert coded("Ο ρωσικός στρατός αποσύρθηκε από τη Χερσώνα, ανακοίνωσε το ουκρανικό "
                 "υπουργείο Άμυνας.") == {("RETREAT", "RUS", None, "asserted")}


@pytest.mark.parametrize("sentence, expected", [
    ("Διαδηλωτές συγκεντρώθηκαν στη Λευκωσία έξω από την πρεσβεία της Ρωσίας.",
     ("PROTEST", "CYP", "RUS", "asserted")),
    ("Η Ρουμανία ανέπτυξε 500 στρατιώτες στα σύνορα με την Ουκρανία.",
     ("MOBILIZE", "ROU", "UKR", "asserted")),
])
def test_protest_outside_an_embassy_and_deployed_soldiers(sentence, expected):
    assert coded(sentence) == {expected}
