"""A crowd before a building stands where the building is: "in front of", "devant", "przed",
"перед" are location cues like "in"; and Turkish case endings after a possessive take an "n"
("Meydanı'nda", "Sarayı'na")."""

from __future__ import annotations

import pytest
from test_locate import _located


@pytest.mark.parametrize("lang, text, trigger, place", [
    ("en", "Hundreds of farmers protested in front of the Kremlin on Sunday.", "protested",
     "Moscow"),
    ("fr", "Des enseignants ont manifesté devant la Maison Blanche mardi.", "manifesté",
     "Washington"),
    ("de", "Mehrere hundert Menschen demonstrierten vor dem Kanzleramt.", "demonstrierten",
     "Berlin"),
    ("pl", "Przed Sejmem protestowali wczoraj pielęgniarki i lekarze.", "protestowali", "Warsaw"),
    ("ru", "Несколько сотен человек протестовали перед Кремлём.", "протестовали", "Moscow"),
    ("tr", "Yüzlerce öğrenci Taksim Meydanı'nda protesto yaptı.", "protesto", "Istanbul"),
])
def test_place_in_front_of_a_building(lang, text, trigger, place):
    location = _located(text, lang, trigger)
    assert location is not None and location.place == place, location
