"""A planned act without a day of its own is dated by the report announcing it; a date after
publication in the clause of an agreement, appeal or threat dates what was agreed, not the act."""

from datetime import date

from wirewatch.models import PublishedDate, RawDocument
from wirewatch.pipeline import process
from wirewatch.time import find_dates, resolve_event_date

WED = PublishedDate(date(2024, 6, 12), date(2024, 6, 12), date(2024, 6, 12), "stated")


def _event(text, trigger, future=False, speech_act=False):
    exprs = find_dates(text, "en", WED)
    return resolve_event_date(exprs, 0, len(text), text.index(trigger), WED, future,
                              lead=False, speech_act=speech_act)


def test_planned_act_outside_the_lead_takes_the_report_day():
    text = "The ministry said the country will send forty tonnes of medicine."
    assert _event(text, "send", future=True) == ("2024-06-12", "day")


def test_agreement_on_a_future_meeting_is_dated_by_the_report():
    text = "The two ministers agreed to convene the joint council in early 2025."
    assert _event(text, "agreed", speech_act=True) == ("2024-06-12", "day")


def test_planned_act_keeps_the_future_date_of_its_clause():
    text = "The two ministers will convene the joint council in early 2025."
    assert _event(text, "convene", future=True) == ("2025", "year")


def test_past_date_in_the_clause_of_an_agreement_still_dates_it():
    text = "On Monday the two ministers agreed to convene the joint council in early 2025."
    assert _event(text, "agreed", speech_act=True) == ("2024-06-10", "day")


def test_pipeline_dates_an_accepted_invitation_by_the_report():
    text = ("Greek and Egyptian ministers met in Athens. "
            "The two ministers agreed to hold the next summit in early 2025.")
    doc = process(RawDocument(source="own", text=text, published=date(2024, 6, 12), lang="en"))
    agree = [e for e in doc.events if e.type == "AGREE"]
    assert agree and all(e.date == "2024-06-12" for e in agree)
