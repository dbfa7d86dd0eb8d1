"""A that-clause after a verb of saying tells acts of its own subject."""

from datetime import date

from wirewatch.events.text import code_text

DAY = date(2025, 11, 12)


def _events(text: str) -> set[tuple]:
    return {(e.type, e.source.country, e.target.country if e.target else None)
            for e in code_text(text, "en", DAY)[2]}


def test_said_that_opens_a_clause_with_its_own_subject():
    events = _events("The Estonian minister thanked Finland for its help and said that next "
                     "year Estonia would deploy troops.")
    assert ("SUPPORT", "EST", "FIN") in events
    assert ("MOBILIZE", "EST", None) in events


def test_that_after_no_verb_of_saying_opens_no_clause():
    events = _events("Finland thanked Estonia for the aid that arrived on Monday.")
    assert ("SUPPORT", "FIN", "EST") in events
