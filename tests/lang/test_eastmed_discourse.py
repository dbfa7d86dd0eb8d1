"""Whole-article constructions seen in the el/ro/tr held-out articles (tests/eval/heldout):
a news-agency dateline opening the lead, and a reply that names no recipient."""

from datetime import date

import pytest

from wirewatch.actors.kb import load_kb
from wirewatch.events.text import code_text
from wirewatch.time import publication_date

TODAY = date(2026, 11, 26)


@pytest.mark.parametrize("lang, text, day", [
    ("el", ("Η Αθήνα απελαύνει διπλωμάτες\n\nΑθήνα, 14 Μαρτίου 2025 - Το υπουργείο Εξωτερικών "
           "κήρυξε σήμερα ανεπιθύμητα πρόσωπα δύο μέλη της πρεσβείας, σύμφωνα με ανακοίνωση."),
     date(2025, 3, 14)),
    ("tr", ("Türkiye ile Azerbaycan anlaşma imzaladı\n\nAnkara, 18 Haziran 2025 (AA) - Cumhurbaşkanı "
           "Erdoğan, Azerbaycan Cumhurbaşkanı'nı bugün Külliye'de resmi törenle karşıladı."),
     date(2025, 6, 18)),
    ("ro", ("Fermierii au protestat\n\nBucurești, 12 martie 2025 – Aproximativ 3.000 de fermieri au "
           "protestat miercuri în fața Guvernului, cerând limitarea importurilor."),
     date(2025, 3, 12)),
])
def test_dateline_opening_a_long_lead_is_the_publication_date(lang, text, day):
    pub = publication_date(text, lang, None, [], TODAY)
    assert (pub.value, pub.basis) == (day, "stated")


def test_a_date_later_in_a_lead_is_no_dateline():
    text = ("Titlu\n\nMinistrul a amintit că tratatul semnat la Paris, 12 martie 2025 - și ratificat "
            "apoi de parlament - prevede consultări anuale între cele două țări.")
    assert publication_date(text, "ro", None, [], TODAY).basis != "stated"


def _dyads(text: str, lang: str) -> set[tuple]:
    _, _, events = code_text(text, lang, date(2025, 3, 14), load_kb())
    return {(e.type, e.source.country, e.target.country if e.target else None) for e in events}


@pytest.mark.parametrize("lang, text, reply", [
    ("el", "Η Ελλάδα απέλασε δύο Ρώσους διπλωμάτες. Η ρωσική πρεσβεία απέρριψε τις κατηγορίες.",
     ("REJECT", "RUS", "GRC")),
    ("ro", "Uniunea Europeană a impus noi sancțiuni Rusiei. Moscova a condamnat decizia.",
     ("ACCUSE", "RUS", "IGO:EU")),
    ("tr", "Fidan, ABD'yi örgüte silah vermekle suçladı. Washington ise iddiaları reddetti.",
     ("REJECT", "USA", "TUR")),
])
def test_a_reply_naming_no_recipient_answers_who_acted_on_its_source(lang, text, reply):
    assert reply in _dyads(text, lang)


def test_a_reply_answers_nobody_when_nothing_was_done_to_its_source():
    got = _dyads("Grecia a semnat un acord cu Italia. Rusia a respins acuzațiile.", "ro")
    assert ("REJECT", "RUS", None) in got
