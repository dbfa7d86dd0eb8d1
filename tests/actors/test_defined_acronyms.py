"""A short form defined in brackets is its body wherever the report uses it again."""

from datetime import date

import pytest

from wirewatch.actors.defined_acronyms import _initials_fit
from wirewatch.events.text import code_text

DAY = date(2025, 6, 2)


def _mentions(text: str, lang: str, surface: str):
    _, mentions, _ = code_text(text, lang, DAY)
    return [m for m in mentions if m.surface == surface]


@pytest.mark.parametrize(("lang", "text", "acronym", "country", "role"), [
    ("en", ("South Korea's Joint Chiefs of Staff (JCS) reported a launch at dawn. Later the "
            "JCS said the missile flew 300 km."), "JCS", "KOR", "MILITARY"),
    ("es", "El Ministerio de Defensa (MD) informó del ataque. Después el MD publicó un vídeo.",
     "MD", None, "GOVERNMENT"),
])
def test_later_bare_use_is_the_defined_body(lang, text, acronym, country, role):
    uses = _mentions(text, lang, acronym)
    assert uses and uses[-1].country == country and uses[-1].role == role


def test_party_after_a_politician_defines_nothing():
    text = "Foreign Minister Johann Wadephul (CDU) met his Polish counterpart. The CDU then met."
    assert all(m.actor_id != "PER:johann-wadephul" for m in _mentions(text, "en", "CDU"))


@pytest.mark.parametrize(("acronym", "before", "fits"), [
    ("JCS", "the Joint Chiefs of Staff", True),
    ("TNI", "Tentara Nasional Indonesia", True),
    ("ФСБ", "Федеральная служба безопасности", True),
    ("CDU", "Außenminister Johann Wadephul", False),
    ("ANTARA", "Jakarta", False),
    ("RSF", "the Rapid Support Forces and the army of", False),
])
def test_initials_must_spell_the_acronym_up_to_the_bracket(acronym, before, fits):
    assert _initials_fit(acronym, before) is fits


def test_demonym_ending_the_expansion_defines_nothing():
    text = ("La Confederación Sindical Boliviana (CSB) convocó una huelga. "
            "El gobierno criticó a la CSB.")
    assert all(m.country != "BOL" for m in _mentions(text, "es", "CSB"))
