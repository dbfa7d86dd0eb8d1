"""Greek pack on news-style sentences: adverbs that share a stem with a trigger, denials with
an adverb, a closing reporter, settings of talks, charges named with an arrest, signing."""

import pytest

from wirewatch.lang.check import outline


def coded(sentence):
    return outline(sentence, "el")


def test_categorically_is_no_accusation_and_the_denial_reaches_over_it():
    assert coded("Η Τουρκία αρνήθηκε κατηγορηματικά ότι έστειλε όπλα στη Λιβύη.") == {
        ("AID", "TUR", "LBY", "denied"), ("REJECT", "TUR", None, "asserted")}


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


def test_a_relative_aside_with_its_article_keeps_the_main_subject():
    # "..., ο οποίος ..., καταδίκασε": the aside closes at its comma; the minister condemns
    assert coded("Ο Τούρκος υπουργός Εξωτερικών, ο οποίος επισκέφθηκε το Κάιρο, καταδίκασε "
                 "τη Ρωσία.") == {("CONSULT", "TUR", "EGY", "asserted"),
                                  ("ACCUSE", "TUR", "RUS", "asserted")}


def test_an_adjective_before_a_condemned_act_is_its_agent():
    assert coded("Η Αίγυπτος καταδίκασε τις ισραηλινές αεροπορικές επιδρομές στον "
                 "Λίβανο.") == {("ACCUSE", "EGY", "ISR", "asserted"),
                                ("ASSAULT", "ISR", "LBN", "asserted")}


def test_an_act_in_a_condition_did_not_happen():
    assert "MOBILIZE" not in {e[0] for e in coded(
        "Η Μόσχα προειδοποίησε ότι θα αντιδράσει εάν το ΝΑΤΟ αναπτύξει στρατεύματα στη "
        "Φινλανδία.")}


@pytest.mark.parametrize("sentence, expected", [
    ("Η Αλγερία ανακάλεσε τον πρεσβευτή της από τη Γαλλία.", ("SANCTION", "DZA", "FRA", "asserted")),
    ("Το Ισραήλ αποσύρθηκε από τη Λωρίδα της Γάζας.", ("RETREAT", "ISR", "PSE", "asserted")),
    ("Ο Ισπανός πρωθυπουργός θα μεταβεί στο Μαρόκο την επόμενη εβδομάδα.",
     ("CONSULT", "ESP", "MAR", "planned")),
    ("Η Ουγγαρία θα αποστείλει πυρομαχικά στη Σερβία.", ("AID", "HUN", "SRB", "planned")),
])
def test_recalled_envoy_gaza_a_trip_and_a_shipment(sentence, expected):
    assert coded(sentence) == {expected}


def test_a_clause_after_afou_is_a_second_act():
    assert coded("Η Αλβανία απέλασε δύο Ρώσους διπλωμάτες, αφού η Ρωσία απέλασε έναν Αλβανό "
                 "πρέσβη.") == {("SANCTION", "ALB", "RUS", "asserted"),
                                ("SANCTION", "RUS", "ALB", "asserted")}
