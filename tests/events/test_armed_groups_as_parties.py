"""A rebel group is a party of its own, not a side of the state it fights, but it stays one
with the territory it is named in."""

from datetime import date

import pytest

from wirewatch.events.text import code_text


def dyads(text: str, lang: str) -> list[tuple]:
    _, _, events = code_text(text, lang, date(2025, 3, 3))
    return [(e.type, e.source.id, e.target and e.target.id) for e in events]


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "El presidente Gustavo Petro acusó al ELN de traicionar la confianza del país.",
     ("ACCUSE", "PER:gustavo-petro", "MIL:ELN")),
    ("en", "The Colombian government suspended peace talks with the ELN.",
     ("REJECT", "SEC:GOVERNMENT", "MIL:ELN")),
    ("fr", "Le président congolais Félix Tshisekedi a accusé le M23 de violer le cessez-le-feu.",
     ("ACCUSE", "PER:felix-tshisekedi", "MIL:M23")),
])
def test_the_state_and_its_rebels_are_two_parties(lang, text, expected):
    assert expected in dyads(text, lang)


def test_a_group_and_its_own_territory_are_no_pair():
    found = dyads("Israelul și Hamas au convenit asupra unui armistițiu de patru zile în Fâșia "
                  "Gaza, iar Hamas a eliberat primii 13 ostatici israelieni.", "ro")
    assert ("RETREAT", "MIL:HAMAS", "ISR") in found
