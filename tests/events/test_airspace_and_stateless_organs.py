"""A territory noun inside a place may belong to a trigger ("violated Estonian airspace"), and
an organ of state is never an NGO's or an IGO's (events/coder.py)."""

import pytest

from wirewatch.lang.check import code_example


@pytest.mark.parametrize("sentence, source", [
    ("Israel violated Lebanese airspace on Monday.", "ISR"),
    ("Russian jets violated Estonian airspace twice this week.", "RUS"),
])
def test_a_violation_of_a_country_s_airspace_is_coded(sentence, source):
    events = [e for e in code_example(sentence, "en") if e.type == "MOBILIZE"]
    assert events and all(e.source.country == source for e in events)


@pytest.mark.parametrize("sentence, lang", [
    ("Amnesty International said the government must release the detained journalists.", "en"),
    ("The Red Cross urged the government to allow aid into the region.", "en"),
])
def test_an_international_body_has_no_government_of_its_own(sentence, lang):
    assert not [e for e in code_example(sentence, lang)
                for ref in (e.source, e.target)
                if ref is not None and ref.id.startswith("SEC:") and ":" in (ref.country or "")]
