"""Place names that hold a country's name or a compass word are places, not the country or
"the West" (the West Bank, Indonesia's Papua provinces); armed groups, councils and
prosecutors of 2025-2026 news are their country's (actors/data/igos.toml, bodies.toml)."""

from datetime import date

import pytest

from wirewatch.events.text import code_text

DAY = date(2026, 3, 2)


def _parties(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    _, mentions, _ = code_text(text, lang, DAY)
    return [(m.country, m.name) for m in mentions]


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "以色列军队昨天突袭了约旦河西岸的一座城镇。"),
    ("ru", "Израильская армия провела рейд на Западном берегу реки Иордан."),
    ("uk", "Ізраїльська армія провела рейд на Західному березі Йордану."),
    ("pl", "Izraelska armia przeprowadziła nalot na Zachodnim Brzegu Jordanu."),
    ("tr", "İsrail ordusu Batı Şeria'da bir baskın düzenledi."),
    ("id", "Tentara Israel menggerebek sebuah kota di Tepi Barat."),
    ("de", "Die israelische Armee führte im Westjordanland eine Razzia durch."),
    ("el", "Ο ισραηλινός στρατός έκανε επιδρομή στη Δυτική Όχθη."),
])
def test_west_bank_is_palestinian_not_jordan_or_the_west(lang, text):
    countries = [c for c, _ in _parties(text, lang)]
    assert "PSE" in countries
    assert "JOR" not in countries
    assert all(name != "Western countries" for _, name in _parties(text, lang))


@pytest.mark.parametrize("text", [
    "Aparat keamanan menangkap dua orang di Papua Barat pada Senin.",
    "Gubernur Kalimantan Barat meresmikan jembatan baru.",
])
def test_indonesian_province_with_compass_word_is_indonesia(text):
    parties = _parties(text, "id")
    assert all(name != "Western countries" for _, name in parties)
    assert all(country != "PNG" for country, _ in parties)


def test_bare_papua_is_no_papua_new_guinea():
    parties = _parties("Gunmen ambushed a convoy in the highlands of Papua on Sunday.", "en")
    assert all(country != "PNG" for country, _ in parties)


def test_papua_new_guinea_keeps_its_name():
    assert ("PNG", "Papua New Guinea") in _parties(
        "Papua New Guinea signed a defence pact with Australia.", "en")


@pytest.mark.parametrize(("lang", "text", "country", "name"), [
    ("id", "TPNPB mengklaim bertanggung jawab atas penyerangan itu.", "IDN",
     "West Papua National Liberation Army"),
    ("ar", "قال جهاز الردع إنه سيرد على أي هجوم.", "LBY", "Radaa Deterrence Apparatus"),
    ("ar", "دعا المجلس الرئاسي الليبي إلى وقف القتال.", "LBY", "Presidential Council"),
    ("de", "Die Bundesanwaltschaft ließ einen Mann in München festnehmen.", "DEU",
     "Federal Prosecutor General"),
    ("en", "The Revolutionary Guards said they had seized a tanker.", "IRN",
     "Islamic Revolutionary Guard Corps"),
    ("fr", "L'Armée nationale libyenne a repris la ville.", "LBY", "Libyan National Army"),
])
def test_bodies_and_armed_groups_take_their_country(lang, text, country, name):
    assert (country, name) in _parties(text, lang)


def test_south_african_unity_government_is_not_libyan():
    parties = _parties("South Africa's Government of National Unity survived the budget vote.",
                       "en")
    assert all(country != "LBY" for country, _ in parties)
