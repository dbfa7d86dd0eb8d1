"""Objects listed with a conjunction written onto the next word, or with the ideographic
enumeration comma, are each a target of the act."""

from datetime import date

import pytest

from wirewatch.events.text import code_text


def _dyads(text: str, lang: str, etype: str) -> set[tuple[str, str | None]]:
    _, _, events = code_text(text, lang, date(2025, 5, 21))
    return {(e.source.country, e.target and e.target.country) for e in events if e.type == etype}


@pytest.mark.parametrize("lang, text, etype, expected", [
    ("ar", "وحث الرئيس اللبناني الولايات المتحدة وفرنسا على الضغط على إسرائيل.", "REQUEST",
     {("LBN", "USA"), ("LBN", "FRA")}),
    ("ar", "وانتقد وزير الخارجية الإيراني بريطانيا وألمانيا بشدة.", "ACCUSE",
     {("IRN", "GBR"), ("IRN", "DEU")}),
    ("zh", "外交部长王毅下周将访问巴西、阿根廷和智利。", "CONSULT",
     {("CHN", "BRA"), ("CHN", "ARG"), ("CHN", "CHL")}),
])
def test_each_listed_object_is_a_target(lang, text, etype, expected):
    assert expected <= _dyads(text, lang, etype)


def test_a_name_starting_with_the_conjunction_letters_joins_nothing():
    found = _dyads("استقبل الرئيس المصري السفير السعودي وليد الخريجي في القاهرة.", "ar", "CONSULT")
    assert ("EGY", "SAU") in found and len(found) == 1
