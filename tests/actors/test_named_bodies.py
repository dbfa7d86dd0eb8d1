"""A sector word that names one body of a state takes that body's English name, and a
leader REIGN names by surname only keeps a full name (scripts/build_leaders.py)."""

from datetime import date

import pytest

from wirewatch.actors.kb import load_kb
from wirewatch.events.text import code_text

DAY = date(2026, 3, 2)


def _names(text: str, lang: str) -> set[str]:
    _, mentions, _ = code_text(text, lang, DAY)
    return {m.name for m in mentions if m.kind == "sector"}


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "Japan's foreign ministry summoned the ambassador on Monday.",
     "Ministry of Foreign Affairs of Japan"),
    ("ru", "МИД Японии вызвал посла в понедельник.", "Ministry of Foreign Affairs of Japan"),
    ("es", "El Ministerio de Asuntos Exteriores de Marruecos convocó al embajador.",
     "Ministry of Foreign Affairs of Morocco"),
    ("de", "Das Außenministerium in Kairo bestellte den Botschafter ein.",
     "Ministry of Foreign Affairs of Egypt"),
    ("tr", "Rusya Dışişleri Bakanlığı büyükelçiyi çağırdı.", "Ministry of Foreign Affairs of Russia"),
    ("en", "Turkey's foreign ministry condemned the raid.", "Ministry of Foreign Affairs of Turkey"),
    ("en", "India's foreign ministry rejected the report.", "Ministry of External Affairs"),
    ("pl", "Warszawa (PAP) - Policja zatrzymała w sobotę trzech mężczyzn.", "Polish Police"),
    ("en", "Chinese coast guard vessels chased a fishing boat near the shoal.",
     "China Coast Guard"),
    ("it", "La guardia costiera libica ha fermato un barcone.", "Libyan Coast Guard"),
])
def test_body_word_takes_the_body_name(lang, text, name):
    assert name in _names(text, lang)


def test_a_body_without_a_name_of_its_own_keeps_its_sector_label():
    names = _names("German police detained two men in Leipzig on Friday.", "en")
    assert "police" in names and not any("Police" in n for n in names)


def test_mauritania_president_has_his_full_name():
    kb = load_kb()
    leader = kb.get("PER:mohamed-ould-ghazouani")
    assert leader is not None and leader.name == "Mohamed Ould Ghazouani"
    assert "Ould Ghazouani" in leader.names
