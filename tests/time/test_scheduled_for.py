"""A day a text says something is scheduled for is a day still to come."""

from wirewatch.time.expressions import detect


def test_polish_scheduled_for_a_day_is_future():
    text = "Kolejny strajk nauczycieli zaplanowano na piątek 12 czerwca."
    (_s, _e, spec), = detect(text, "pl")
    assert spec.tense == "future"
