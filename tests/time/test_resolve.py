"""Resolution rules: weekday direction, ranges, no anchor, event dates."""

from datetime import date

from wirewatch.models import PublishedDate
from wirewatch.time import dates_report, find_dates, month_names, resolve_event_date, weekday_names
from wirewatch.time.calendars import gregorian_to_jalali, jalali_to_gregorian


def stated(d):
    return PublishedDate(d, d, d, "stated")


SAT = stated(date(2024, 6, 15))
RANGE = PublishedDate(None, date(2024, 12, 2), date(2024, 12, 9), "inferred")


def values(text, lang, anchor):
    return [(x.text, x.value, x.precision) for x in find_dates(text, lang, anchor)]


def test_weekday_on_the_anchor_day_is_that_day():
    assert values("They met on Saturday.", "en", SAT) == [("Saturday", "2024-06-15", "day")]


def test_weekday_past_and_future_direction():
    assert values("They met on Friday.", "en", SAT)[0][1] == "2024-06-14"
    assert values("They will meet on Friday.", "en", SAT)[0][1] == "2024-06-21"
    assert values("They will meet on Saturday.", "en", SAT)[0][1] == "2024-06-15"
    assert values("They met last Saturday.", "en", SAT)[0][1] == "2024-06-08"
    assert values("They meet next Saturday.", "en", SAT)[0][1] == "2024-06-22"


def test_month_without_year_prefers_the_past_unless_future():
    assert values("They met in November.", "en", SAT)[0][1] == "2023-11"
    assert values("They will meet in November.", "en", SAT)[0][1] == "2024-11"
    assert values("They met in July.", "en", SAT)[0][1] == "2024-07"  # a month ahead is near


def test_day_month_without_year():
    assert values("The talks ended on 12 November.", "en", stated(date(2022, 11, 14)))[0][1] == "2022-11-12"
    assert values("Talks will open on 20 November.", "en", stated(date(2022, 11, 14)))[0][1] == "2022-11-20"


def test_weekday_with_day_month_fixes_the_year():
    got = values("Τη Δευτέρα (2/12) συναντήθηκαν.", "el", stated(date(2025, 3, 1)))
    assert got == [("Δευτέρα (2/12)", "2024-12-02", "day")]


def test_range_anchor_keeps_the_agreed_precision():
    assert values("Υπέγραψε συνθήκη τον Ιούνιο.", "el", RANGE) == [("Ιούνιο", "2024-06", "month")]
    assert values("They met yesterday.", "en", RANGE) == [("yesterday", "2024-12", "month")]
    assert values("They met on Saturday.", "en", RANGE) == [("Saturday", "2024", "year")]
    wide = PublishedDate(None, date(2021, 11, 1), date(2023, 11, 30), "inferred")
    assert values("They met on Saturday.", "en", wide) == [("Saturday", None, "day")]


def test_no_anchor():
    got = values("They met on Saturday, and signed on 12 November 2022.", "en", None)
    assert got == [("Saturday", None, "day"), ("12 November 2022", "2022-11-12", "day")]


def test_weeks_are_iso_weeks():
    assert values("They met last week.", "en", stated(date(2025, 1, 2)))[0][1] == "2024-W52"


def test_units_and_offsets():
    a = stated(date(2024, 3, 31))
    assert values("Two months ago they met.", "en", a)[0][1] == "2024-01"
    assert values("They will meet in two weeks.", "en", a)[0][1] == "2024-W15"
    assert values("A year ago they met.", "en", a)[0][1] == "2023"


def test_dates_report_shape():
    rows = dates_report("They met on Saturday.", "en", SAT)
    assert rows == [{"start": 12, "end": 20, "text": "Saturday", "value": "2024-06-15",
                     "precision": "day", "relative": True}]


def test_numeric_forms_without_language():
    got = values("Signed 2022-11-12 and 12.11.2022, at 10:00, up 2,3%.", None, None)
    assert got == [("2022-11-12", "2022-11-12", "day"), ("12.11.2022", "2022-11-12", "day")]


def test_persian_digits_and_calendar():
    assert jalali_to_gregorian(1401, 1, 1) == date(2022, 3, 21)
    assert gregorian_to_jalali(date(2024, 3, 20)) == (1403, 1, 1)
    assert values("در ۲۲ آبان ۱۴۰۱ امضا شد.", "fa", None)[0][1] == "2022-11-13"


def test_names_cover_all_forms():
    ro = {n for forms in weekday_names("ro").values() for n in forms}
    assert {"marți", "marţi", "sâmbătă"} <= ro
    el = {n for forms in month_names("el").values() for n in forms}
    assert {"Ιούνιος", "Ιουνίου"} <= el  # stand-alone and genitive (format)
    assert month_names("el") is not month_names("el")  # fresh dicts, cached names underneath


# ------------------------------------------------------------------ event dates

def _event(text, lang, anchor, trigger, future=False, lead=False):
    exprs = find_dates(text, lang, anchor)
    i = text.index(trigger)
    return resolve_event_date(exprs, 0, len(text), i, anchor, future, lead)


def test_event_takes_nearest_expression_in_its_clause():
    text = "On Monday the ministers met; on Friday they signed a deal."
    assert _event(text, "en", SAT, "met") == ("2024-06-10", "day")
    assert _event(text, "en", SAT, "signed") == ("2024-06-14", "day")


def test_future_event_reresolves_forward_in_its_own_clause():
    text = "The summit on Monday was announced."
    assert _event(text, "en", SAT, "summit", future=True) == ("2024-06-17", "day")


def test_future_event_keeps_a_date_of_the_reporting_clause():
    text = "At the end of October the minister said that the treaty will be signed soon."
    a = stated(date(2024, 12, 3))
    assert _event(text, "en", a, "signed", future=True) == ("2024-10", "month")


def test_undated_events():
    text = "The ministers discussed the crisis."
    assert _event(text, "en", SAT, "discussed", lead=True) == ("2024-06-15", "day")
    assert _event(text, "en", SAT, "discussed") == ("2024-06-15", "day")
    assert _event(text, "en", SAT, "discussed", future=True) == ("2024-06-15", "day")
    assert _event(text, "en", RANGE, "discussed", lead=True) == ("2024-12", "month")
    assert _event(text, "en", RANGE, "discussed") == ("2024-12", "month")
    wide = PublishedDate(date(2022, 11, 12), date(2021, 11, 1), date(2023, 11, 30), "inferred")
    assert _event(text, "en", wide, "discussed", lead=True) == (None, "unknown")
    assert _event(text, "en", None, "discussed", lead=True) == (None, "unknown")


def test_expression_outside_the_sentence_is_ignored():
    text = "They met on Monday. The ministers discussed the crisis."
    exprs = find_dates(text, "en", SAT)
    start = text.index("The ministers")
    got = resolve_event_date(exprs, start, len(text), text.index("discussed"), SAT, False, False)
    assert got == ("2024-06-15", "day")  # the report's day: Monday was another sentence's


def test_event_dated_by_a_week_takes_its_month():
    a = PublishedDate(date(2022, 11, 14), date(2022, 11, 14), date(2022, 11, 14), "stated")
    text = "Awal pekan ini, kepala Dewan Keamanan Rusia mengunjungi Tehran."
    assert _event(text, "id", a, "mengunjungi") == ("2022-11", "month")
    assert find_dates(text, "id", a)[0].value == "2022-W46"
