"""A reply naming an earlier act ("condemned the attack") targets the one who did it."""

from datetime import date

import pytest

from wirewatch.events.text import code_text


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Rusia lanzó un ataque contra Kiev el lunes. La Unión Europea condenó el ataque.",
     ("ACCUSE", "IGO:EU", "RUS")),
    ("fr", "La Russie a lancé une attaque massive contre Kiev. La France a condamné l'attaque.",
     ("ACCUSE", "FRA", "RUS")),
    ("ru", "Россия нанесла удар по Киеву. Франция осудила удар.", ("ACCUSE", "FRA", "RUS")),
    ("de", ("Berlin und Kiew unterzeichneten eine Vereinbarung über Drohnen. Der Kreml "
           "kritisierte die Vereinbarung als Eskalation."), ("ACCUSE", "RUS", "DEU")),
])
def test_the_judged_act_names_the_target(lang, text, expected):
    _, _, events = code_text(text, lang, date(2025, 5, 21))
    assert expected in [(e.type, e.source.country, e.target and e.target.country)
                        for e in events]


def test_a_reply_to_an_act_on_the_replier_still_answers_its_actor():
    _, _, events = code_text("Poland expelled two Russian diplomats. Moscow condemned the "
                             "decision.", "en", date(2025, 5, 21))
    assert ("ACCUSE", "RUS", "POL") in [(e.type, e.source.country, e.target and e.target.country)
                                        for e in events]


@pytest.mark.parametrize("lang, text, expected", [
    ("ar", "شنت إسرائيل غارة جوية على جنوب لبنان. ودان وزير الخارجية الفرنسي جان نويل بارو الغارة.",
     ("ACCUSE", "FRA", "ISR")),
    ("ar", "هاجمت روسيا مدينة خاركيف بالصواريخ. وأدان المستشار الألماني فريدريش ميرتس بشدة الهجوم.",
     ("ACCUSE", "DEU", "RUS")),
])
def test_a_subject_after_the_verb_does_not_hide_the_judged_act(lang, text, expected):
    _, _, events = code_text(text, lang, date(2025, 5, 21))
    assert expected in [(e.type, e.source.country, e.target and e.target.country)
                        for e in events]


@pytest.mark.parametrize("lang, text", [
    ("en", ("Thousands of Italian protesters marched through Rome on Friday against the "
            "government. Italy's prime minister criticised the protest.")),
    ("it", ("Migliaia di manifestanti hanno protestato a Roma venerdì. Il ministro "
            "dell'Interno italiano ha criticato la protesta.")),
])
def test_a_domestic_reply_answers_the_domestic_act_it_names(lang, text):
    _, _, events = code_text(text, lang, date(2025, 5, 21))
    assert ("ACCUSE", "ITA", "ITA") in [(e.type, e.source.country, e.target and e.target.country)
                                        for e in events]
