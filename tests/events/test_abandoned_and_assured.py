"""An abandoned trip to a meeting is a REJECT mode meet (PLOVER manual: "Cancellation of
meetings are REJECT"), not a negated CONSULT; an assurance about the past is no pledge (own
sentences in several languages)."""

import pytest

from wirewatch.lang.check import code_example


def statuses(sentence, lang, etype):
    return {e.status for e in code_example(sentence, lang) if e.type == etype}


@pytest.mark.parametrize("sentence, lang", [
    ("Erdogan has given up on travelling later this month to the NATO summit in Vilnius.", "en"),
    ("Erdogan a renunțat la ideea de a merge luna viitoare la summitul NATO de la Vilnius.", "ro"),
    ("Ο Ερντογάν εγκατέλειψε το σχέδιο να ταξιδέψει τον επόμενο μήνα στη σύνοδο κορυφής του ΝΑΤΟ.",
     "el"),
    ("Erdogan mengurungkan niat untuk pergi bulan depan ke KTT NATO di Vilnius.", "id"),
])
def test_an_abandoned_trip_to_a_meeting_is_a_rejected_meeting(sentence, lang):
    events = code_example(sentence, lang)
    assert not any(e.type == "CONSULT" for e in events)
    assert any(e.type == "REJECT" and e.mode == "meet" and e.source.country == "TUR"
               and e.target is not None and e.target.country == "IGO:NATO" for e in events)


@pytest.mark.parametrize("sentence, lang", [
    ("Erdogan will not attend next week's NATO summit in Vilnius.", "en"),
    ("Erdogan nu va participa săptămâna viitoare la summitul NATO de la Vilnius.", "ro"),
    ("Erdogan no asistirá la próxima semana a la cumbre de la OTAN en Vilna.", "es"),
])
def test_a_refusal_to_attend_a_future_meeting_is_made_now(sentence, lang):
    assert statuses(sentence, lang, "REJECT") == {"asserted"}


@pytest.mark.parametrize("sentence, lang", [
    ("Erdogan will travel later this month to the NATO summit in Vilnius.", "en"),
    ("Erdogan va merge luna viitoare la summitul NATO de la Vilnius.", "ro"),
    ("Erdogan akan pergi bulan depan ke KTT NATO di Vilnius.", "id"),
])
def test_the_same_plan_not_abandoned_stays_planned(sentence, lang):
    assert statuses(sentence, lang, "CONSULT") == {"planned"}


@pytest.mark.parametrize("sentence, lang", [
    ("Iran assured that the deliveries took place before the war in Syria.", "en"),
    ("Iranul a asigurat că livrările au avut loc înainte de războiul din Siria.", "ro"),
])
def test_an_assurance_about_the_past_is_no_pledge(sentence, lang):
    assert not statuses(sentence, lang, "AGREE")


@pytest.mark.parametrize("sentence, lang", [
    ("Biden assured Zelensky of continued support.", "en"),
    ("Biden assured Kyiv that Washington would send more air defence.", "en"),
    ("Biden l-a asigurat pe Zelenski de sprijinul Statelor Unite.", "ro"),
    ("Biden a asigurat Kievul că Washingtonul va trimite arme.", "ro"),
])
def test_an_assurance_of_help_or_of_the_future_is_a_pledge(sentence, lang):
    events = code_example(sentence, lang)
    assert any(e.type == "AGREE" and e.mode == "pledge" and e.source.country == "USA"
               and e.target is not None and e.target.country == "UKR" for e in events)
