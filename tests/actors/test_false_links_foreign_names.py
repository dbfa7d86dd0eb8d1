"""A word not written as any name of a country, that meets it only through the name some
other locale of CLDR gives it, is no country (actors/guards.py `foreign_reading`): inflected
common nouns that key like a country's name in Yoruba, Maori or Turkmen."""

from datetime import date

import pytest

from wirewatch.events.text import code_text

DAY = date(2025, 6, 1)


def _countries(text: str, lang: str) -> set[str]:
    """Countries named as parties, or as whose a role or body is."""
    return {m.country for m in code_text(text, lang, DAY)[1]}


@pytest.mark.parametrize("lang, text, wrong", [
    # "Mării" ("of the sea") less "-i": a Yoruba "Marẽj" of Bahrain, a "Mari" of Mali
    ("ro", "Poluarea apelor Mării Negre îngrijorează pescarii din Constanța.", {"BHR", "MLI"}),
    ("ro", "Nivelul Mării Baltice a crescut anul acesta.", {"BHR", "MLI"}),
    ("pl", "Mówił o tym Bielik, ekspert od ptaków.", {"BEL"}),
    ("tr", "Barış görüşmeleri yarın başlayacak.", {"BHR"}),
    ("en", "Barren hills surround the town.", {"BHR"}),
])
def test_common_word_is_no_country(lang, text, wrong):
    assert not wrong & _countries(text, lang)


@pytest.mark.parametrize("lang, text, country", [
    ("ro", "Ministrul de externe al Rusiei a vizitat Bahrainul.", "BHR"),
    ("ro", "Mali a rupt relațiile cu Franța.", "MLI"),
    ("pl", "Rząd Brytanii protestuje przeciwko sankcjom.", "GBR"),
    ("pl", "Minister spraw zagranicznych Rosji odwiedził Węgry.", "RUS"),
    ("tr", "Bahreyn'in dışişleri bakanı Ankara'ya geldi.", "BHR"),
    ("en", "Bahrain condemned the attack.", "BHR"),
])
def test_country_names_still_link(lang, text, country):
    assert country in _countries(text, lang)
