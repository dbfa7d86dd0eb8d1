"""A role word and a name after it do not join across an event word ("the prime minister met
Vladimir Putin" is no Putin with a prime minister's title: actors/recognize.group_atoms).
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from wirewatch.actors.kb import load_kb
from wirewatch.events.text import code_text

DAY = date(2024, 6, 15)


def _mentions(text: str):
    _, mentions, events = code_text(text, "en", DAY, load_kb())
    return mentions, events


def test_role_does_not_swallow_the_verb_before_a_country():
    mentions, events = _mentions("Japan's deputy foreign minister visited Russia on Tuesday.")
    assert [m.surface for m in mentions] == ["Japan's", "Russia"]
    assert [(e.type, e.source.country, e.target.country) for e in events] == \
        [("CONSULT", "JPN", "RUS")]


def test_role_does_not_swallow_the_verb_before_a_person():
    mentions, _ = _mentions("The Dutch foreign minister met Vladimir Putin in Moscow.")
    surfaces = [m.surface for m in mentions]
    assert "Vladimir Putin" in surfaces
    assert not any("met" in s.split() for s in surfaces)


def test_role_of_a_country_still_joins_without_a_verb():
    mentions, _ = _mentions("The Foreign Minister of Poland arrived in Kyiv.")
    assert (mentions[0].kind, mentions[0].country) == ("role", "POL")
