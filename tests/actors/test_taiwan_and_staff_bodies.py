"""Taiwan's one-character short form in Chinese, and state bodies by their generic names.

台 alone is Taiwan where the abbreviation rules read it ("美台", "对台军售"), never inside
平台, 舞台, 电视台 or 出台; 外务省 is Japan's foreign ministry. A general staff, a coast guard, a
border guard and a prosecutor's office are sectors of their state in every pack. The sentences
are written for these tests.
"""

from __future__ import annotations

import pytest

from wirewatch.events.text import code_text


def dyads(text: str, lang: str) -> set[tuple[str, str | None, str | None]]:
    _, _, events = code_text(text, lang, None)
    return {(e.type, e.source.country, e.target.country if e.target else None) for e in events}


def countries(text: str, lang: str) -> set[str | None]:
    _, mentions, _ = code_text(text, lang, None)
    return {m.country for m in mentions}


def sectors(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    _, mentions, _ = code_text(text, lang, None)
    return {(m.role, m.country) for m in mentions if m.kind == "sector"}


@pytest.mark.parametrize("text", [
    "华盛顿上月批准了一笔价值八亿美元的对台军售。",
    "美国政府宣布批准对台军售计划。",
])
def test_an_arms_sale_to_taiwan_by_its_short_form_is_aid(text):
    assert ("AID", "USA", "TWN") in dyads(text, "zh")


def test_a_pair_with_taiwan_by_its_short_form_names_both():
    assert {"USA", "TWN"} <= countries("北京方面强烈反对美台之间的任何官方往来。", "zh")


@pytest.mark.parametrize("text", [
    "该公司在其平台上发布了新的规定。",
    "市政府出台了一系列新措施。",
    "演员们在舞台上表演了一个小时。",
])
def test_tai_inside_another_word_is_no_taiwan(text):
    assert "TWN" not in countries(text, "zh")


def test_a_countermeasure_against_firms_selling_to_taiwan_targets_their_country():
    text = "中方决定对参与售台武器的四家美国企业采取反制措施。"
    assert ("SANCTION", "CHN", "USA") in dyads(text, "zh")


def test_the_japanese_foreign_ministry_by_its_own_name_is_japan():
    assert ("ACCUSE", "JPN", "CHN") in dyads("外务省发表声明谴责中国。", "zh")


@pytest.mark.parametrize("lang, text, sector", [
    ("ru", "Генштаб заявил об отражении атаки.", "MILITARY"),
    ("uk", "Генштаб повідомив про нові удари по тилу.", "MILITARY"),
    ("pl", "Sztab Generalny ogłosił zmiany w dowodzeniu.", "MILITARY"),
    ("de", "Der Generalstab meldete neue Angriffe.", "MILITARY"),
    ("es", "El Estado Mayor anunció nuevas maniobras.", "MILITARY"),
    ("it", "Lo Stato maggiore ha annunciato nuove esercitazioni.", "MILITARY"),
    ("tr", "Genelkurmay yeni bir açıklama yaptı.", "MILITARY"),
    ("zh", "总参谋部宣布举行演习。", "MILITARY"),
    ("en", "The coastguard stopped a fishing boat near the island.", "SECURITY"),
    ("fr", "Les garde-côtes ont arraisonné un navire.", "SECURITY"),
    ("ru", "Береговая охрана задержала судно.", "SECURITY"),
    ("pl", "Straż Przybrzeżna zatrzymała statek.", "SECURITY"),
    ("ar", "احتجز خفر السواحل قاربا قرب الجزيرة.", "SECURITY"),
    ("id", "Bakamla menghalau kapal asing di perairan Natuna.", "SECURITY"),
    ("en", "The prosecutor's office opened an investigation.", "JUDICIARY"),
    ("id", "Kejaksaan Agung menetapkan tiga tersangka.", "JUDICIARY"),
])
def test_state_bodies_by_their_generic_names_are_sectors(lang, text, sector):
    assert sector in {role for role, _ in sectors(text, lang)}


@pytest.mark.parametrize("lang, text, source, target", [
    ("uk", "Генштаб звинуватив Росію у нових обстрілах.", "UKR", "RUS"),
    ("pl", "Sztab Generalny oskarżył Rosję o prowokację.", "POL", "RUS"),
    ("ru", "Внешнеполитическое ведомство Венгрии осудило Украину.", "HUN", "UKR"),
])
def test_a_home_general_staff_or_a_ministry_by_its_field_speaks_for_its_state(
        lang, text, source, target):
    assert ("ACCUSE", source, target) in dyads(text, lang)
