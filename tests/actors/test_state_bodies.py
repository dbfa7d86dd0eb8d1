"""A state's own bodies named without their country: ministries, presidencies, spokespeople.

A pack with one home state reads its bodies as that state's ("MSZ", "МЗС", "外交部发言人"); a
language of many states reads them as the dateline's ("VILNIUS - the foreign ministry"); a
body named again is the one named before with its country ("le ministère burkinabè ... Le
ministère"); a foreign one keeps the country beside it ("MSZ Rosji", "Rusya Dışişleri
Bakanlığı"). The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from wirewatch.events.text import code_text


def sector_countries(text: str, lang: str) -> list[str | None]:
    _, mentions, _ = code_text(text, lang, None)
    return [m.country for m in mentions if m.kind == "sector" and m.role == "GOVERNMENT"]


def dyads(text: str, lang: str) -> set[tuple[str, str | None, str | None]]:
    _, _, events = code_text(text, lang, None)
    return {(e.type, e.source.country, e.target.country if e.target else None) for e in events}


@pytest.mark.parametrize("lang, text, source, target", [
    ("pl", "MSZ wezwało w środę ambasadora Rosji.", "POL", "RUS"),
    ("pl", "Ministerstwo Spraw Zagranicznych potępiło atak Rosji na Kijów.", "POL", "RUS"),
    ("uk", "МЗС засудило удар Росії по Одесі.", "UKR", "RUS"),
    ("ru", "МИД осудил удар Израиля по Ливану.", "RUS", "ISR"),
    ("zh", "外交部发言人强烈谴责日本。", "CHN", "JPN"),
    ("el", "Το υπουργείο Εξωτερικών καταδίκασε την επίθεση της Τουρκίας.", "GRC", "TUR"),
    ("it", "Il ministero degli Esteri ha convocato l'ambasciatore russo.", "ITA", "RUS"),
    ("tr", "Dışişleri Bakanlığı İsrail'i kınadı.", "TUR", "ISR"),
])
def test_a_home_body_alone_is_the_pack_state(lang, text, source, target):
    assert ("ACCUSE", source, target) in dyads(text, lang)


@pytest.mark.parametrize("lang, text, source, target", [
    ("pl", "MSZ Rosji oskarżyło Polskę o prowokację.", "RUS", "POL"),
    ("uk", "МЗС Росії звинуватило Україну у провокації.", "RUS", "UKR"),
    ("tr", "Rusya Dışişleri Bakanlığı Türkiye'yi kınadı.", "RUS", "TUR"),
    ("el", "Το ρωσικό υπουργείο Εξωτερικών καταδίκασε την Ελλάδα.", "RUS", "GRC"),
])
def test_a_foreign_body_keeps_the_country_beside_it(lang, text, source, target):
    assert ("ACCUSE", source, target) in dyads(text, lang)


@pytest.mark.parametrize("lang, text, country", [
    ("en", ("VILNIUS - The foreign ministry on Monday condemned the airspace violation by "
            "balloons and promised a firm answer."), "LTU"),
    ("de", ("Berlin, 3. März 2025 - Das Außenministerium hat am Montag den Botschafter "
            "einbestellt und eine Erklärung verlangt."), "DEU"),
    ("en", ("SEOUL, Nov. 24 (Yonhap) -- The defense ministry said the launch was a grave "
            "provocation against peace."), "KOR"),
    ("es", ("MADRID, 3 mar (EFE) - El Ministerio de Exteriores convocó este lunes al "
            "encargado de negocios para pedir explicaciones."), "ESP"),
    ("ar", ("الرياض، 15 أبريل 2025 - أدانت وزارة الخارجية الهجوم على المدنيين في غزة اليوم "
            "بأشد العبارات."), "SAU"),
])
def test_in_a_language_of_many_states_a_home_body_is_the_dateline_state(lang, text, country):
    """The dateline says whose ministry it is, before the places of its sentence ("in Gaza")."""
    assert sector_countries(text, lang)[0] == country


def test_without_a_dateline_a_home_body_of_many_states_has_no_country():
    assert sector_countries("The foreign ministry condemned the attack.", "en") == [None]


@pytest.mark.parametrize("lang, text, country", [
    ("fr", ("Selon le ministère burkinabè des Affaires étrangères, deux diplomates sont "
            "expulsés.\n\nLe ministère a également convoqué le chargé d'affaires."), "BFA"),
    ("en", ("Belarus's foreign ministry rejected the note.\n\nThe ministry also said it would "
            "respond."), "BLR"),
])
def test_a_body_named_again_is_the_one_named_before(lang, text, country):
    assert sector_countries(text, lang) == [country, country]


def test_a_body_with_its_owner_after_it_is_no_body_named_before():
    """"the Taliban's refugee ministry" is not the interior ministry named before (Iran's): it
    is its owner's, the Taliban's Afghanistan."""
    text = ("وزارت کشور اعلام کرد که اخراج ادامه دارد.\n\n"
            "سخنگوی وزارت امور پناهندگان طالبان از تهران خواست اخراج را متوقف کند.")
    assert sector_countries(text, "fa")[-1] == "AFG"


def test_a_ministry_spokesperson_with_a_name_stays_the_person():
    _, mentions, _ = code_text("外交部发言人林剑表示，中方坚决反对。", "zh", None)
    assert mentions[0].actor_id == "PER:lin-jian"


def test_a_greek_ministry_is_no_minister():
    """"υπουργείο" (ministry) meets the minister's pattern "υπουργ*"; the sector word wins,
    Greece's in a Greek report told from nowhere."""
    assert sector_countries("Το υπουργείο ανακοίνωσε νέα μέτρα.", "el") == ["GRC"]
