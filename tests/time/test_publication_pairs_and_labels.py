"""Publication days from weekday pairs still to come, from a lead dated "yesterday", and
the years written into the names of exercises and fairs."""

from datetime import date

from wirewatch.time.expressions import detect
from wirewatch.time.publication import publication_date

TODAY = date(2026, 11, 27)


def test_a_pair_still_to_come_puts_the_report_in_the_week_before_it():
    text = ("The ministers met on Tuesday in Brussels to discuss the drone incursions.\n\n"
            "The matter will also be discussed at the alliance summit on Thursday, April 9.")
    found = publication_date(text, "en", None, [], TODAY)
    assert found.value == date(2026, 4, 7)  # the Tuesday before Thursday 9 April 2026


def test_a_past_pair_outweighs_a_pair_still_to_come():
    text = ("La huelga general paralizó este miércoles 18 de febrero buena parte del país.\n\n"
            "La votación en el Senado está prevista para el jueves 26 de febrero.")
    found = publication_date(text, "es", None, [], TODAY)
    assert found.value == date(2026, 2, 18)


def test_a_lead_dated_yesterday_is_told_the_day_after_its_pair():
    text = ("Los dos líderes se reunieron ayer en Nicosia bajo los auspicios de la ONU.\n\n"
            "La reunión, celebrada el jueves 29 de enero, fue la tercera desde octubre.")
    found = publication_date(text, "es", None, [], TODAY)
    assert found.value == date(2026, 1, 30)


def test_a_year_in_the_name_of_an_exercise_sets_the_year_of_the_report():
    text = ("Ministerstwo wezwało w czwartek ambasadora w związku z kolejnymi incydentami.\n\n"
            "Rzecznik resortu poinformował, że dyplomacie wręczono notę protestacyjną, a rząd "
            "zażądał natychmiastowego zaprzestania prowokacji na granicy.\n\n"
            "Od 1 do 15 października odnotowano ponad 40 takich zdarzeń.\n\n"
            "Granicę zamknięto we wrześniu, podczas ćwiczeń Zapad-2025.")
    found = publication_date(text, "pl", None, [], TODAY)
    assert found.value.year == 2025


def test_a_year_in_a_name_is_no_date_expression():
    assert not [sp for _s, _e, sp in detect("Ćwiczenia Zapad-2025 trwały tydzień.", "pl")
                if sp.year == 2025]


def test_today_names_the_weekday_after_it_in_arabic():
    specs = [sp for _s, _e, sp in detect("استقبل الوزير اليوم الأحد نظيره في الرياض", "ar")]
    assert any(sp.kind == "weekday" and sp.weekday == 6 for sp in specs)
