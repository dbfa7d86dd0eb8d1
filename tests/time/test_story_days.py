"""Publication dates carried on by the story: bare weekdays told after a weekday pair move
the report day by day (over a weekend too), and a weekday lead dated only by a day and
month further on is dated from that day."""

from datetime import date

from wirewatch.time import publication_date

TODAY = date(2026, 11, 27)


def _pub(text: str, lang: str):
    return publication_date(text, lang, None, [], TODAY)


def test_successive_weekdays_after_a_pair_carry_the_report_to_the_last():
    # Monday 9 March 2026, then Tuesday, Wednesday, Thursday
    text = ("Nurses walked out on Monday, March 9, in a one-day strike. The health minister "
            "rejected their demands on Tuesday. The president met union leaders on Wednesday. "
            "Both sides agreed on Thursday to resume talks.")
    assert _pub(text, "en").value == date(2026, 3, 12)


def test_a_monday_after_a_saturday_pair_passes_over_the_weekend():
    text = ("Des milliers de personnes ont manifesté samedi 7 novembre à Lyon. La préfecture "
            "a annoncé lundi l'interdiction de tout rassemblement.")
    assert _pub(text, "fr").value == date(2026, 11, 9)


def test_a_weekday_two_working_days_on_does_not_move_the_report():
    # Tuesday 20 January 2026; "on Thursday" is a meeting still to come
    text = ("Farmers blocked the motorway again on Tuesday (20/1). The prime minister invited "
            "their leaders to a meeting on Thursday.")
    assert _pub(text, "en").value == date(2026, 1, 20)


def test_a_weekday_lead_takes_its_week_from_a_later_yearless_day():
    # 16 June 2026 is a Tuesday: "Wednesday" is the day after it
    text = ("Police fired tear gas at protesters on Wednesday, a day after parliament backed "
            "the budget.\n\nThe opposition called for new rallies.\n\nThe budget passed its second reading on June 16 by a wide margin.")
    pub = _pub(text, "en")
    assert pub.value == date(2026, 6, 17)
    assert pub.earliest == date(2026, 6, 16)
