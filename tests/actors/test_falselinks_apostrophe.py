"""An ending written after an apostrophe never reaches the letters before it (actors/names.py
`apostrophe_bound`): Turkish "Hatay'a" is the province Hatay in the dative, not Tsutomu Hata
with a dative "-ya" that takes the name's own "y"."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch.events.text import code_text

DAY = date(2024, 5, 1)


def linked(text: str, lang: str) -> list[tuple[str, str | None]]:
    _, mentions, _ = code_text(text, lang, DAY)
    return [(m.surface, m.actor_id) for m in mentions if m.actor_id]


@pytest.mark.parametrize("lang, text", [
    ("tr", "Yardım konvoyu dün Hatay'a ulaştı."),
    ("tr", "Deprem bölgesi Hatay'ın valisi açıklama yaptı."),
    ("az", "Humanitar yardım dünən Hatay'a çatdı."),  # no pack: the generic endings
])
def test_place_name_with_an_ending_after_its_apostrophe_links_no_person(lang, text):
    assert not [actor for _, actor in linked(text, lang) if actor.startswith("PER:")]


@pytest.mark.parametrize("lang, text, word, actor", [
    ("tr", "Erdoğan'ın açıklaması dün yayımlandı.", "Erdoğan'ın", "PER:recep-tayyip-erdogan"),
    ("tr", "Bakan dün Putin'e bir mektup gönderdi.", "Putin'e", "PER:vladimir-putin"),
    ("tr", "Heyet yarın Rusya'ya gidecek.", "Rusya'ya", "RUS"),
    ("tr", "Bakan dün Birleşik Arap Emirlikleri'ne gitti.", "Emirlikleri'ne", "ARE"),
    ("en", "Yesterday Putin's envoy arrived in Ankara.", "Putin's", "PER:vladimir-putin"),
])
def test_name_with_an_ending_after_its_apostrophe_still_links(lang, text, word, actor):
    assert any(word in surface and found == actor for surface, found in linked(text, lang))
