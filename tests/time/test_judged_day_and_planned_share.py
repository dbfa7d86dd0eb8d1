"""A statement that judges an act named with its day ("condemned the attack carried out
yesterday") is dated by the report, and the story does not move to the judged day; a planned
meeting's day does not date the meeting already held."""

from datetime import date

import pytest

from wirewatch.models import RawDocument
from wirewatch.pipeline import process

PUBLISHED = date(2025, 11, 12)  # a Wednesday


def _events(text: str, lang: str) -> list:
    doc = process(RawDocument(source="t", text=text, lang=lang, published=PUBLISHED),
                  today=date(2026, 11, 26))
    return doc.events


def _first_date(text: str, lang: str, kind: str) -> str:
    return next(e.date for e in _events(text, lang) if e.type == kind)


JUDGED_DAY = [
    ("en", ("Egypt's foreign ministry condemned the attack that Israeli forces carried out on "
            "Monday on a camp in Rafah.")),
    ("ar", "أدانت وزارة الخارجية المصرية الهجوم الذي شنته القوات الإسرائيلية أمس على مخيم في رفح."),
    ("fr", ("Le ministère égyptien des Affaires étrangères a condamné l'attaque que l'armée "
            "israélienne a menée lundi contre un camp à Rafah.")),
]


@pytest.mark.parametrize("lang,text", JUDGED_DAY)
def test_an_earlier_day_in_the_judged_clause_does_not_date_the_judgement(lang, text):
    assert _first_date(text, lang, "ACCUSE") == "2025-11-12"


def test_a_day_in_the_judgements_own_clause_still_dates_it():
    text = "Egypt's foreign ministry condemned the Israeli attack on a camp in Rafah on Monday."
    assert _first_date(text, "en", "ACCUSE") == "2025-11-10"


def test_the_story_does_not_move_to_the_judged_day():
    text = ("Egypt's foreign ministry condemned the attack that Israeli forces carried out on "
            "Monday on a camp in Rafah. The ministry urged the Security Council to act.")
    assert _first_date(text, "en", "REQUEST") == "2025-11-12"


def test_a_planned_meeting_does_not_date_the_meeting_held():
    text = ("Turkish President Erdogan met Azerbaijani President Aliyev in Ankara. Erdogan will "
            "meet Aliyev again in Istanbul on Friday.")
    dates = {(e.status, e.date) for e in _events(text, "en") if e.type == "CONSULT"}
    assert dates == {("asserted", "2025-11-12"), ("planned", "2025-11-14")}
