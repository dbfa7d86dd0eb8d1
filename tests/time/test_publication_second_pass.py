"""Publication dates and tense, second pass: the year among several that fit, the day after a
weekday pair, the day of an anniversary, and tense cues kept to their own expression."""

from datetime import date

import pytest

from wirewatch.time import publication_date
from wirewatch.time.expressions import detect

TODAY = date(2026, 11, 27)


def _pub(text: str, lang: str):
    return publication_date(text, lang, None, [], TODAY)


def test_a_yearless_day_named_before_picks_the_month_of_a_day_of_the_month_pair():
    # Mondays the 11th: May 2026 and August 2025; "30 de julho" was told as the weeks before
    text = ("O governo apresentou nesta segunda-feira (11) um recurso contra as novas tarifas, "
            "anunciadas em 30 de julho pelo governo americano.")
    assert _pub(text, "pt").value == date(2025, 8, 11)


def test_the_year_the_text_names_picks_the_year_of_a_yearless_dateline():
    text = "新华社北京9月3日电 商务部发言人3日表示，自2025年以来双边贸易稳步增长。"
    assert _pub(text, "zh").value == date(2025, 9, 3)


def test_a_year_long_past_leaves_the_latest_year_of_a_yearless_dateline():
    text = "新华社北京9月3日电 商务部发言人3日表示，自2019年以来双边贸易稳步增长。"
    assert _pub(text, "zh").value == date(2026, 9, 3)


def test_a_weekday_told_after_a_pair_for_the_next_day_moves_the_report_to_it():
    text = ("The president vetoed the bill on Tuesday, May 19. Hundreds of people protested "
            "outside the palace on Wednesday evening.")
    assert _pub(text, "en").value == date(2026, 5, 20)


def test_a_weekday_told_after_a_pair_for_an_earlier_day_leaves_the_report_on_the_pair():
    text = ("The minister met his counterpart on Wednesday, October 28. The two had spoken "
            "by phone on Tuesday.")
    assert _pub(text, "en").value == date(2026, 10, 28)


def test_a_report_marking_an_anniversary_is_dated_on_its_day():
    text = ("Thousands of people marched in the capital on Thursday on the second anniversary "
            "of the storming of parliament on 25 June 2024.")
    pub = _pub(text, "en")
    assert (pub.value, pub.earliest, pub.latest) == (date(2026, 6, 25),) * 3


def _tense_of(text: str, lang: str, word: str) -> str | None:
    return next(sp.tense for s, e, sp in detect(text, lang) if text[s:e].endswith(word))


def test_next_of_next_year_does_not_make_the_weekday_future():
    text = "The two governments agreed on Monday to hold a summit next year."
    assert _tense_of(text, "en", "Monday") is None


def test_last_of_last_year_does_not_make_a_future_weekday_past():
    text = "The ministers will meet on Friday to review last year's trade deal."
    assert _tense_of(text, "en", "Friday") == "future"


@pytest.mark.parametrize("lang, text, word", [
    ("fr", "Le ministre recevra jeudi les représentants des syndicats.", "jeudi"),
    ("it", "Il ministro riceverà giovedì i rappresentanti dei sindacati.", "giovedì"),
    ("pt", "O ministro receberá na quinta-feira os representantes dos sindicatos.", "quinta-feira"),
])
def test_a_synthetic_future_verb_makes_its_weekday_future(lang, text, word):
    assert _tense_of(text, lang, word) == "future"


def test_a_weekday_and_a_day_in_the_next_sentence_make_a_pair():
    # 14 March fell on a Friday in 2025 (and in 2014, 2008 ...); "since 2024" bounds it
    text = ("Farmers blocked the main roads into the city on Friday. The protest on 14 March "
            "was the largest since the movement began in 2024.")
    assert _pub(text, "en").value == date(2025, 3, 14)


def test_a_weekday_and_a_day_in_one_sentence_are_not_a_pair():
    text = ("Farmers blocked the main roads into the city on Friday, a month after the talks "
            "of 14 March broke down.")
    assert _pub(text, "en").value != date(2025, 3, 14)
