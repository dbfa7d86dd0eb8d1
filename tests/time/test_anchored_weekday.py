"""A weekday with its day of the month only ("nesta quarta-feira (25)") and a weekday named
together with today or yesterday ("ieri, lunedì 22 settembre") date the publication."""

from datetime import date, timedelta

import pytest

from wirewatch.time import find_dates, publication_date

TODAY = date(2026, 11, 26)


@pytest.mark.parametrize("text, lang, day", [
    # the latest month whose 25th is a Wednesday / a Tuesday, up to today
    ("Milhares de manifestantes marcharam nesta quarta-feira (25) pela Esplanada.", "pt",
     date(2026, 11, 25)),
    ("Polisi membubarkan massa di depan gedung DPR pada Selasa (25) malam.", "id",
     date(2026, 8, 25)),
    ("The two ministers met in Geneva on Tuesday (25) and agreed to talk again.", "en",
     date(2026, 8, 25)),
])
def test_weekday_with_day_of_month(text, lang, day):
    pub = publication_date(text, lang, None, [], TODAY)
    assert pub.basis == "inferred" and pub.earliest == day
    assert day <= pub.value <= pub.latest <= day + timedelta(days=7)
    assert [x.value for x in find_dates(text, lang, pub)] == [day.isoformat()]


@pytest.mark.parametrize("text, lang, day", [
    ("La giornata di sciopero si è conclusa ieri, lunedì 22 settembre, con scontri.", "it",
     date(2025, 9, 23)),
    ("Yesterday, Monday 22 September, police dispersed the crowd outside parliament.", "en",
     date(2025, 9, 23)),
    ("Президент сегодня, во вторник, 9 сентября, провел встречу с премьер-министром.", "ru",
     date(2025, 9, 9)),
    ("El presidente anunció hoy, martes 9 de septiembre, un nuevo paquete de ayuda.", "es",
     date(2025, 9, 9)),
])
def test_today_or_yesterday_with_a_weekday_pins_the_day(text, lang, day):
    pub = publication_date(text, lang, None, [], TODAY)
    assert (pub.value, pub.earliest, pub.latest) == (day, day, day)


def test_a_weekday_pair_alone_leaves_a_week():
    pub = publication_date("La polizia ha disperso il corteo lunedì 22 settembre.", "it",
                           None, [], TODAY)
    assert pub.earliest == date(2025, 9, 22) and pub.latest == date(2025, 9, 29)


def test_today_far_from_the_weekday_does_not_pin_it():
    text = "Oggi il governo ha risposto alle critiche. La polizia era intervenuta lunedì 22 settembre."
    pub = publication_date(text, "it", None, [], TODAY)
    assert pub.latest == date(2025, 9, 29)


@pytest.mark.parametrize("text, lang, day", [
    # the pair's own day: wire copy reports an event on the day it happens
    ("Президент Зеленський у вівторок, 9 вересня, провів зустріч із прем'єркою Данії.", "uk",
     date(2025, 9, 9)),
    # a later weekday the text names as its present moves it on
    ("Захарова в четверг обвинила Париж.\nВ среду, 3 декабря, президенты подписали договор.",
     "ru", date(2025, 12, 4)),
    (("Insurgentes atacaram no domingo, 4 de maio, a aldeia.\nO Ruanda anunciou esta "
     "segunda-feira o envio de mais militares."), "pt", date(2025, 5, 5)),
])
def test_publication_day_of_a_weekday_pair(text, lang, day):
    assert publication_date(text, lang, None, [], TODAY).value == day


def test_a_weekday_named_with_today_is_the_publication_day():
    text = ("Ο υπουργός είχε σήμερα Τρίτη συνάντηση με τον ομόλογό του στην Άγκυρα. "
            "Τη Δευτέρα (9/2) είχε μιλήσει στη Βουλή.")
    assert publication_date(text, "el", None, [], TODAY).value == date(2026, 2, 10)
    # "τρίτη" without today or an article is the ordinal "third"
    assert find_dates("Η τρίτη συνάντηση των δύο υπουργών έγινε στην Άγκυρα.", "el", None) == []
