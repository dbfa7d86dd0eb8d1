from wirewatch.analysis.dyad import period_of


def test_week_dates_fall_in_their_month_when_grouping_by_month():
    assert period_of("2025-W41", "month") == "2025-10"
    assert period_of("2025-W41", "week") == "2025-W41"


def test_days_and_months():
    assert period_of("2024-12-02", "month") == "2024-12"
    assert period_of("2024-12-02", "week") == "2024-W49"
    assert period_of("2024", "month") is None
