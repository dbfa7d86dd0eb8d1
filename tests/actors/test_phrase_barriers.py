"""A role phrase does not run across a verb, a clause-ending comma or a possessor (issue 4)."""

from __future__ import annotations

import pytest

from wirewatch.events.text import code_text


def mentions(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    _, found, _ = code_text(text, lang, None)
    return [(m.kind, m.country, m.surface) for m in found if m.country]


@pytest.mark.parametrize("lang,text,country,surface", [
    # a verb between a role and a place
    ("pl", "Minister spraw zagranicznych oskarżył Białoruś o prowokacje.", "BLR", "Białoruś"),
    ("en", "The deputy foreign minister visited Russia last week.", "RUS", "Russia"),
    ("es", "El portavoz acusó a Rusia de mentir.", "RUS", "Rusia"),
    ("en", "Russia has sent advisers to the region.", "RUS", "Russia"),
    ("es", "Rusia habría enviado asesores a la zona.", "RUS", "Rusia"),
    # a comma that ends a clause
    ("es", "Según la oposición, Rusia habría enviado asesores.", "RUS", "Rusia"),
    ("en", "According to the spokesman, Iran rejected the offer.", "IRN", "Iran"),
    # a possessor before the sector word: the troops are the subject's own
    ("es", "Estados Unidos retiró sus tropas de Afganistán en 2021.", "AFG", "Afganistán"),
    ("en", "Washington withdrew its troops from Iraq.", "IRQ", "Iraq"),
])
def test_the_place_stands_alone(lang, text, country, surface):
    found = mentions(text, lang)
    assert ("country", country, surface) in found, found


@pytest.mark.parametrize("lang,text,country,surface", [
    ("es", "El ministro de Exteriores de Rusia llegó ayer.", "RUS",
     "ministro de Exteriores de Rusia"),
    ("en", "Russia's new foreign minister arrived on Monday.", "RUS",
     "Russia's new foreign minister"),
    ("de", "Russlands neuer Außenminister traf am Montag ein.", "RUS",
     "Russlands neuer Außenminister"),
    ("fr", "Le ministre des Affaires étrangères de la Russie est arrivé.", "RUS",
     "ministre des Affaires étrangères de la Russie"),
])
def test_role_phrases_across_function_words_stay_whole(lang, text, country, surface):
    assert ("role", country, surface) in mentions(text, lang)


def test_an_apposition_names_the_holder():
    _, found, _ = code_text("El presidente iraní, Masoud Pezeshkian, habló ayer.", "es", None)
    assert [m.actor_id for m in found if m.kind == "person"] == ["PER:masoud-pezeshkian"]


def test_a_sector_without_possessor_keeps_its_place():
    assert ("sector", "AFG", "tropas de Afganistán") in \
        mentions("Las tropas de Afganistán se rindieron.", "es")
