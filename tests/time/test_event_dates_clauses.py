"""Whole-article event dates: which expression of a sentence, or of the text before it, dates
an event. A span opened by "since" does not end the day a report tells, nor date an act of
another clause; a period after publication does not date an asserted act of another clause;
a year of a later clause gives way to the story's day inside it."""

from datetime import date

import pytest

from wirewatch.models import RawDocument
from wirewatch.pipeline import process

PUBLISHED = date(2025, 11, 12)  # a Wednesday


def _dates(text: str, lang: str) -> dict[str, str]:
    """The date of the first event of each type."""
    doc = process(RawDocument(source="t", text=text, lang=lang, published=PUBLISHED),
                  today=date(2026, 11, 26))
    return {e.type: e.date for e in reversed(doc.events)}


SPAN_BETWEEN = [
    ("en", ("Britain imposed sanctions on Russian tankers on Monday. The ships have carried oil "
           "worth billions since the start of 2024, officials said. Russia's embassy condemned the "
           "measures."), "2025-11-10"),
    ("fr", ("La France a sanctionné des pétroliers russes lundi. Ces navires transportent du pétrole "
           "depuis le début de 2023, selon Paris. L'ambassade de Russie a condamné ces mesures."),
     "2025-11-10"),
    ("de", ("Deutschland hat am Montag Sanktionen gegen russische Tanker verhängt. Die Schiffe "
           "transportieren seit Anfang 2023 Öl. Die russische Botschaft verurteilte die Maßnahmen."),
     "2025-11-10"),
    ("es", ("España impuso el lunes sanciones a petroleros rusos. Los buques transportan crudo desde "
           "principios de 2023. La embajada rusa condenó las medidas."), "2025-11-10"),
    ("ru", ("Во вторник Франция ввела санкции против российских танкеров. Эти суда перевозят нефть "
           "с начала 2023 года. Посольство России осудило эти меры."), "2025-11-11"),
    ("zh", "中国外交部周一宣布对美国军工企业实施制裁。自2018年以来，美方多次对台军售。美国国务院谴责中方的措施。",
     "2025-11-10"),
]


@pytest.mark.parametrize("lang,text,day", SPAN_BETWEEN, ids=[c[0] for c in SPAN_BETWEEN])
def test_a_span_up_to_now_does_not_end_the_reported_day(lang, text, day):
    assert _dates(text, lang)["ACCUSE"] == day


SPAN_IN_LATER_CLAUSE = [
    ("en", ("Farmers protested in Bucharest on Monday. The Ukrainian ambassador rejected the "
           "accusations and recalled that Ukrainian grain has crossed Romania since 2022.")),
    ("ro", ("Fermierii au protestat luni la București. Ambasadorul Ucrainei a respins acuzațiile și "
           "a reamintit că exporturile ucrainene tranzitează România din 2022.")),
    ("pl", ("Rolnicy protestowali w poniedziałek w Warszawie. Ambasador Ukrainy odrzucił zarzuty i "
           "przypomniał, że ukraińskie zboże przejeżdża przez Polskę od 2022 roku.")),
]


@pytest.mark.parametrize("lang,text", SPAN_IN_LATER_CLAUSE, ids=[c[0] for c in SPAN_IN_LATER_CLAUSE])
def test_a_span_in_a_later_clause_does_not_date_the_main_act(lang, text):
    assert _dates(text, lang)["REJECT"] == "2025-11-10"


def test_a_clause_on_the_first_day_of_a_span_takes_it():
    text = "China has held drills near Taiwan since August 2022, when Pelosi visited Taipei."
    assert _dates(text, "en")["CONSULT"] == "2022-08"


def test_a_coming_period_of_another_clause_does_not_date_an_asserted_act():
    text = ("The two ministers met in Vienna on Monday. The Lithuanian minister thanked Poland for "
            "its support and said that next year Lithuania would send troops.")
    assert _dates(text, "en")["SUPPORT"] == "2025-11-10"


LATER_CLAUSE_YEAR = [
    ("en", ("Thai Prime Minister Anutin met Cambodian leader Hun Manet on Tuesday. Anutin held talks "
           "with Malaysian Prime Minister Anwar Ibrahim, who chairs ASEAN this year."), "2025-11-11"),
    ("es", ("El presidente Sánchez se reunió el lunes con el rey de Marruecos. Sánchez mantuvo "
           "conversaciones con el primer ministro portugués, que preside la cumbre este año."),
     "2025-11-10"),
]


@pytest.mark.parametrize("lang,text,day", LATER_CLAUSE_YEAR, ids=[c[0] for c in LATER_CLAUSE_YEAR])
def test_a_year_of_a_later_clause_gives_way_to_the_day_inside_it(lang, text, day):
    doc = process(RawDocument(source="t", text=text, lang=lang, published=PUBLISHED),
                  today=date(2026, 11, 26))
    second = [e for e in doc.events if e.type == "CONSULT" and e.start > text.index(".")]
    assert second and {e.date for e in second} == {day}


NEARER_ACT = [
    ("en", ("Li Qiang met the Singaporean prime minister in Beijing on Tuesday. The two sides "
            "signed several cooperation documents and agreed to hold a new round of talks next year.")),
    ("zh", "国务院总理李强11日在北京会见了新加坡总理。双方签署了多项合作文件，并同意明年举行新一轮磋商。"),
]


@pytest.mark.parametrize("lang,text", NEARER_ACT)
def test_a_later_year_after_another_act_is_that_acts(lang, text):
    """"signed ... and agreed to meet next year": the year dates the meeting, not the signing."""
    assert _dates(text, lang)["SUPPORT"] == "2025-11-12"


JUDGED_PERIOD = [
    ("en", ("Iran's foreign minister accused France of wrecking the nuclear deal by restoring "
            "sanctions in September."), "ACCUSE"),
    ("zh", "巴基斯坦外长强烈谴责今年3月发生的针对中国工程师的袭击。", "ACCUSE"),
    ("es", "El Gobierno de México rechazó la propuesta que Washington presentó en mayo.", "REJECT"),
]


@pytest.mark.parametrize("lang,text,kind", JUDGED_PERIOD)
def test_a_past_month_after_a_judgement_dates_what_is_judged(lang, text, kind):
    """"accused France of restoring sanctions in September": the accusation is the report's."""
    assert _dates(text, lang)[kind] == "2025-11-12"


def test_last_month_after_a_rejection_still_dates_it():
    text = "Russia's foreign ministry rejected the Ukrainian peace plan last month."
    assert _dates(text, "en")["REJECT"] == "2025-10"
