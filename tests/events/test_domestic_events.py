"""Domestic politics: police, courts, protesters and the opposition of one country are parties
of that country, told apart by their sector, and a report's setting (its dateline, the police
or protesters it has placed) gives the country to those it names without one."""

from datetime import date

import pytest

from wirewatch.events.text import code_text


def dyads(text: str, lang: str) -> list[tuple]:
    _, _, events = code_text(text, lang, date(2025, 3, 24))
    return [(e.type, e.source.id, e.source.country, e.target and e.target.id,
             e.target and e.target.country) for e in events]


@pytest.mark.parametrize("lang, text, expected", [
    # the dateline sets the scene of a report whose sentences name no place
    ("tr", ("İSTANBUL (AA) - Polis, pazar günü Saraçhane önünde düzenlenen gösteriye katılan 40 "
           "öğrenciyi gözaltına aldı."),
     ("COERCE", "SEC:POLICE", "TUR", "SEC:STUDENTS", "TUR")),
    ("en", ("TBILISI (Reuters) - Police detained dozens of students outside the university on "
           "Saturday night."),
     ("COERCE", "SEC:POLICE", "GEO", "SEC:STUDENTS", "GEO")),
    # an earlier sentence's police or protesters set it
    ("es", ("La policía venezolana detuvo el sábado a decenas de manifestantes. La oposición "
           "acusó a los tribunales de perseguir a sus dirigentes."),
     ("ACCUSE", "SEC:OPPOSITION", "VEN", "SEC:JUDICIARY", "VEN")),
    ("pl", ("Białoruska policja zatrzymała w sobotę studentów. Opozycja oskarżyła sąd o łamanie "
           "prawa."),
     ("ACCUSE", "SEC:OPPOSITION", "BLR", "SEC:JUDICIARY", "BLR")),
    ("ru", ("Грузинская полиция задержала в субботу десятки демонстрантов. Оппозиция обвинила "
           "суд в давлении на протестующих."),
     ("ACCUSE", "SEC:OPPOSITION", "GEO", "SEC:JUDICIARY", "GEO")),
])
def test_a_report_setting_gives_its_country_to_domestic_bodies(lang, text, expected):
    assert expected in dyads(text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Turkish police detained dozens of students in a dawn raid.",
     ("COERCE", "SEC:POLICE", "TUR", "SEC:STUDENTS", "TUR")),
    ("fr", "La police turque a interpellé une quarantaine d'étudiants.",
     ("COERCE", "SEC:POLICE", "TUR", "SEC:STUDENTS", "TUR")),
    ("el", "Η ελληνική αστυνομία συνέλαβε δεκάδες φοιτητές.",
     ("COERCE", "SEC:POLICE", "GRC", "SEC:STUDENTS", "GRC")),
])
def test_police_named_with_their_country_place_those_they_act_on(lang, text, expected):
    assert expected in dyads(text, lang)


def test_a_place_alone_sets_no_scene():
    found = dyads("Ministers met at a conference in London on Tuesday. Security forces fired "
                  "on the crowd.", "en")
    assert not any(e[2] == "GBR" or e[4] == "GBR" for e in found)


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "La policía dispersó con gases lacrimógenos a cientos de estudiantes en Bogotá.",
     ("ASSAULT", "SEC:POLICE", "COL", "SEC:STUDENTS", "COL")),
    ("fr", "À Paris, la police a dispersé les manifestants à coups de gaz lacrymogène.",
     ("ASSAULT", "SEC:POLICE", "FRA", "SEC:PROTESTERS", "FRA")),
    ("ru", "В Стамбуле полиция применила слезоточивый газ, чтобы разогнать демонстрантов.",
     ("ASSAULT", "SEC:POLICE", "TUR", "SEC:PROTESTERS", "TUR")),
    ("pl", "Policja rozpędziła demonstrantów w Warszawie przy użyciu gazu łzawiącego.",
     ("ASSAULT", "SEC:POLICE", "POL", "SEC:PROTESTERS", "POL")),
    ("el", "Η αστυνομία διέλυσε τους διαδηλωτές στην Αθήνα με χημικά.",
     ("ASSAULT", "SEC:POLICE", "GRC", "SEC:PROTESTERS", "GRC")),
    ("id", "Aparat keamanan menembakkan gas air mata ke arah mahasiswa di Makassar.",
     ("ASSAULT", "SEC:SECURITY", "IDN", "SEC:STUDENTS", "IDN")),
    ("en", "Police dispersed the protesters in Istanbul on Sunday.",
     ("COERCE", "SEC:POLICE", "TUR", "SEC:PROTESTERS", "TUR")),
])
def test_crowd_control_is_done_to_the_people_it_is_used_on(lang, text, expected):
    """A crowd dispersed is coerced; with a crowd-control weapon named, the act is ASSAULT
    crowd-control (PLOVER manual), its target the same people."""
    assert expected in dyads(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("ar", "حظرت السلطات المصرية التظاهرات في وسط القاهرة."),
    ("tr", "İstanbul'da valilik, kentteki tüm yürüyüşleri dört gün süreyle yasakladı."),
    ("pl", "Władze Mińska zakazały zgromadzeń w centrum miasta."),
])
def test_a_banned_protest_is_a_coercion_not_a_protest(lang, text):
    found = dyads(text, lang)
    assert any(e[0] == "COERCE" for e in found)
    assert not any(e[0] == "PROTEST" for e in found)


@pytest.mark.parametrize("lang, text, expected", [
    ("tr", "İstanbul'da bir mahkeme muhalefet liderini iki yıl hapis cezasına çarptırdı.",
     ("COERCE", "SEC:JUDICIARY", "TUR", "SEC:OPPOSITION", "TUR")),
    ("ru", "Суд в Анкаре приговорил лидера оппозиции к двум годам лишения свободы.",
     ("COERCE", "SEC:JUDICIARY", "TUR", "SEC:OPPOSITION", "TUR")),
    ("pl", "Sąd w Stambule skazał lidera opozycji na dwa lata więzienia.",
     ("COERCE", "SEC:JUDICIARY", "TUR", "SEC:OPPOSITION", "TUR")),
    ("ar", "قضت محكمة في القاهرة بسجن زعيم المعارضة خمس سنوات.",
     ("COERCE", "SEC:JUDICIARY", "EGY", "SEC:OPPOSITION", "EGY")),
])
def test_a_court_that_jails_the_opposition_coerces_it(lang, text, expected):
    assert expected in dyads(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "A court in Ankara sentenced the opposition leader to two years in prison."),
    ("pl", "Sąd w Stambule skazał lidera opozycji na dwa lata więzienia."),
    ("ar", "حكمت محكمة في القاهرة على زعيم المعارضة بالسجن خمس سنوات."),
])
def test_a_conviction_that_jails_is_also_an_arrest(lang, text):
    """PLOVER: a conviction is SANCTION convict; one that imprisons is also COERCE arrest."""
    types = {e[0] for e in dyads(text, lang)}
    assert {"SANCTION", "COERCE"} <= types


def test_a_fine_is_a_conviction_and_no_arrest():
    types = {e[0] for e in dyads("A court in Ankara fined the opposition leader 5,000 lira.", "en")}
    assert "SANCTION" in types and "COERCE" not in types


def test_a_prison_sentence_is_no_condemnation():
    found = dyads("Un tribunal de Tunis a condamné l'opposant à cinq ans de prison.", "fr")
    # the one sentenced, named by no country, is of the court's own (domestic force)
    assert ("COERCE", "SEC:JUDICIARY", "TUN", "SEC:CROWD", "TUN") in found
    assert not any(e[0] == "ACCUSE" for e in found)


@pytest.mark.parametrize("lang, text, expected", [
    ("tr", "İzmir'de liman işçileri ücretler nedeniyle greve gitti.",
     ("PROTEST", "SEC:LABOR", "TUR")),
    ("es", "Los sindicatos convocaron una huelga general en Argentina.",
     ("PROTEST", "SEC:LABOR", "ARG")),
    ("id", "Ribuan buruh di Jakarta melakukan mogok kerja.", ("PROTEST", "SEC:LABOR", "IDN")),
])
def test_strikers_are_their_unions_and_workers(lang, text, expected):
    assert expected in [e[:3] for e in dyads(text, lang)]


def test_a_sentence_opening_with_the_turkish_police_is_no_poland():
    found = dyads("İSTANBUL (AA) - Polis, pazar günü Saraçhane önünde düzenlenen eyleme katılan "
                  "40 öğrenciyi gözaltına aldı.", "tr")
    assert not any("POL" in (e[2], e[4]) for e in found)
