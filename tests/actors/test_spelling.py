"""When two countries share a transliteration key, the name written exactly wins."""

from datetime import date

import pytest

from wirewatch.events.text import code_text


@pytest.mark.parametrize("sentence, lang, country", [
    ("Almanya, Ukrayna'ya yardım gönderdi.", "tr", "DEU"),
    ("ABD, Çin'i tehdit etti.", "tr", "CHN"),
    ("Rusya'nın tutumu değişmedi.", "tr", "RUS"),
])
def test_the_exact_spelling_and_the_apostrophe_decide(sentence, lang, country):
    _, mentions, _ = code_text(sentence, lang, date(2024, 6, 1))
    assert country in {m.country for m in mentions}
    assert {"ARM", "GIN"}.isdisjoint(m.country for m in mentions)


def test_a_short_common_word_is_not_a_country_by_a_foreign_spelling():
    # "Isi" (Indonesian "content") shares its key with Yoruba and Ewe names of Jersey
    _, mentions, _ = code_text("Kremlin Ungkap Isi Telepon Putin dengan Presiden Iran", "id",
                               date(2022, 11, 14))
    assert "JEY" not in {m.country for m in mentions}
