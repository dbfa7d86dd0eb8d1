"""A welcome with no recipient answers the act it names; a scheduled meeting is planned."""

from datetime import date

import pytest

from wirewatch.events.text import code_text


def _dyads(text: str, lang: str) -> list[tuple]:
    _, _, events = code_text(text, lang, date(2025, 5, 21))
    return [(e.type, e.source.country, e.target and e.target.country) for e in events]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", ("The European Union imposed new sanctions on Belarus on Monday. Lithuania "
            "welcomed the sanctions."), ("SUPPORT", "LTU", "IGO:EU")),
    ("en", ("Japan sent two tonnes of medical supplies to Nepal. The Nepalese government "
            "thanked the gesture."), ("SUPPORT", "NPL", "JPN")),
    ("es", ("Estados Unidos impuso nuevas sanciones contra Venezuela. Colombia celebró las "
            "sanciones."), ("SUPPORT", "COL", "USA")),
])
def test_a_welcome_with_no_recipient_answers_the_act_it_names(lang, text, expected):
    assert expected in _dyads(text, lang)


def test_a_welcome_with_nothing_to_answer_makes_no_event():
    assert not [d for d in _dyads("Lithuania welcomed the decision.", "en")
                if d[0] == "SUPPORT"]


def test_thanks_answer_no_blow_suffered():
    text = "Russia shelled the Ukrainian city of Kharkiv. The Ukrainian president thanked the rescuers."
    assert ("SUPPORT", "UKR", "RUS") not in _dyads(text, "en")


def _statuses(text: str, lang: str) -> list[tuple]:
    _, _, events = code_text(text, lang, date(2025, 5, 21))
    return [(e.type, e.status) for e in events]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Следующие переговоры России и Японии состоятся в Токио в апреле."),
    ("ru", "Переговоры России и Японии пройдут в Токио 21 марта."),
    ("uk", "Переговори України та Польщі відбудуться у Варшаві в четвер."),
    ("pt", ("O presidente Lula deve viajar a Buenos Aires na próxima semana para se reunir "
            "com o presidente argentino Javier Milei.")),
    ("ar", "وبحث الجانبان ترتيبات الاجتماع القادم للجنة المشتركة بين مصر والأردن في عمان."),
])
def test_a_meeting_set_for_a_date_is_planned(lang, text):
    assert ("CONSULT", "planned") in _statuses(text, lang)
