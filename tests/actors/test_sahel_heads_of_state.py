"""The heads of state of the Sahel after the REIGN list ends: a bare surname of these years
is the one in office ("Traoré" of 2025 is Burkina Faso's captain, not Mali's president of
the 1980s), in the scripts the packs write."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch.events.text import code_text


def linked(text: str, lang: str, day: date) -> set[str]:
    return {m.actor_id for m in code_text(text, lang, day)[1] if m.actor_id}


@pytest.mark.parametrize("lang, text, day, actor", [
    ("fr", "Traoré a reçu une délégation venue de Moscou.", date(2025, 4, 2),
     "PER:ibrahim-traore"),
    ("en", "Captain Ibrahim Traoré addressed the nation on Tuesday.", date(2024, 1, 9),
     "PER:ibrahim-traore"),
    ("ru", "Траоре провёл переговоры с делегацией.", date(2025, 4, 2), "PER:ibrahim-traore"),
    ("fr", "Le général Tiani a reçu le Premier ministre tchadien.", date(2024, 5, 3),
     "PER:abdourahamane-tiani"),
    ("fr", "Le colonel Goïta a présidé le conseil des ministres.", date(2024, 5, 3),
     "PER:assimi-goita"),
    ("en", "Mohamed Bazoum met the French ambassador in Niamey.", date(2022, 5, 3),
     "PER:mohamed-bazoum"),
])
def test_sahel_head_of_state_is_linked(lang, text, day, actor):
    assert actor in linked(text, lang, day)
