"""A dateline without a year takes the year in which its day falls on the weekday the text
names together with "today" or "yesterday", wherever in the text that pair stands."""

from datetime import date

from wirewatch.time.publication import publication_date

TODAY = date(2026, 11, 27)


def test_yesterday_tuesday_later_in_the_text_sets_the_year():
    text = ("ROMA, 23 LUG - Il ministro degli Esteri è stato ricevuto oggi a Tunisi dal "
            "presidente tunisino.\n\n"
            "La visita segue il rilascio di tre marinai italiani, liberati ieri, martedì, a Sfax.")
    found = publication_date(text, "it", None, [], TODAY)
    assert found.value == date(2025, 7, 23)  # a Wednesday; 23 July 2026 is a Thursday


def test_today_with_its_weekday_in_another_language():
    text = ("MADRID, 2 oct (EFE).- El Gobierno español convocó al embajador argentino.\n\n"
            "El ministro dijo hoy, jueves, que la medida no tiene precedentes.")
    found = publication_date(text, "es", None, [], TODAY)
    assert found.value == date(2025, 10, 2)  # a Thursday; 2 October 2026 is a Friday


def test_a_weekday_told_after_the_news_day_moves_the_report_on():
    text = ("Die Polizei hat zwei Männer festgenommen. Sie seien bereits am 12. März in Köln "
            "gefasst worden, teilte die Staatsanwaltschaft am Montag mit.")
    found = publication_date(text, "de", None, [], TODAY)
    assert found.value.weekday() == 0  # the Monday on which the arrests were made known
    assert 0 < (found.value - found.earliest).days <= 7
