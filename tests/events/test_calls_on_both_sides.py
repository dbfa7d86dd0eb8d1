"""A call on "both sides" addresses each of the two sides of hostilities told in the two
sentences before, when the clause names no other party (events/coder.py: code_document's
`fighting`, _both_sides). Sentences written for these tests."""

from __future__ import annotations

import pytest

from wirewatch.lang.check import code_example


def _requests(text: str, lang: str) -> set[tuple]:
    return {(e.source.country, e.target.country if e.target else None)
            for e in code_example(text, lang) if e.type == "REQUEST"}


CALLS = [
    ("en", ("Russian troops attacked Ukraine on Monday. Turkey and Germany held talks in Ankara. "
           "The UN chief called on both sides to agree to a ceasefire.")),
    ("es", ("Las fuerzas rusas atacaron Ucrania. "
           "El secretario general de la ONU exigió a las partes un alto el fuego inmediato.")),
    ("fr", ("Les forces russes ont attaqué l'Ukraine. "
           "Le secrétaire général de l'ONU a appelé les deux belligérants à cesser le feu.")),
    ("ru", ("Российские войска нанесли удар по Украине. "
           "Генсек ООН призвал обе стороны воздержаться от ударов.")),
    ("de", ("Russische Truppen griffen die Ukraine an. "
           "UN-Generalsekretär Guterres forderte beide Seiten zu einer Waffenruhe auf.")),
]


@pytest.mark.parametrize(("lang", "text"), CALLS)
def test_a_call_on_both_sides_is_a_request_to_each(lang, text):
    assert _requests(text, lang) == {("IGO:UN", "RUS"), ("IGO:UN", "UKR")}


def test_a_struck_city_stands_for_its_state():
    text = ("Russian drones struck Kharkiv overnight. "
            "The UN chief called on both sides to show restraint.")
    assert _requests(text, "en") == {("IGO:UN", "RUS"), ("IGO:UN", "UKR")}


def test_hostilities_told_long_before_are_out_of_reach():
    text = ("Russian troops attacked Ukraine on Monday. Turkey and Germany held talks in Ankara. "
            "Trade between them grew last year. Prices rose in March. "
            "The UN chief called on both sides to agree to a ceasefire.")
    assert ("IGO:UN", "UKR") not in _requests(text, "en")
