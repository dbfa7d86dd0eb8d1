"""Force a state uses on crowds at home (PLOVER manual): crowd-control weapons are ASSAULT
crowd-control, ahead of the dispersal they serve; arrests told with no agent are the police's of
the country they happen in; force on people the text does not name is done to the people of the
source's own country; a ban of gatherings is COERCE, not a protest."""

import pytest

from wirewatch.lang.check import outline


@pytest.mark.parametrize("lang, text, country", [
    ("en", "Police in Dhaka dispersed protesters with water cannon.", "BGD"),
    ("fr", "Les policiers ont dispersé la foule à Lyon avec des canons à eau.", "FRA"),
    ("es", "La policía peruana dispersó a los manifestantes con balas de goma en Lima.", "PER"),
    ("it", "La polizia italiana ha risposto con cariche e lacrimogeni contro i manifestanti a Torino.",
     "ITA"),
    ("pt", "A polícia portuguesa usou canhões de água contra os manifestantes em Lisboa.", "PRT"),
    ("de", "Die serbische Polizei setzte Tränengas und Wasserwerfer gegen Demonstranten in Belgrad ein.",
     "SRB"),
    ("el", "Η ελληνική αστυνομία έκανε χρήση χημικών κατά των διαδηλωτών στη Θεσσαλονίκη.", "GRC"),
    ("ru", "Грузинская полиция применила слезоточивый газ и водомёты против демонстрантов в Тбилиси.",
     "GEO"),
    ("uk", "Грузинська поліція застосувала сльозогінний газ і водомети проти демонстрантів у Тбілісі.",
     "GEO"),
    ("pl", "Serbska policja użyła gazu łzawiącego i armatek wodnych wobec demonstrantów w Belgradzie.",
     "SRB"),
    ("ro", "Poliția sârbă a folosit gaze lacrimogene și tunuri cu apă împotriva protestatarilor la Belgrad.",
     "SRB"),
    ("ar", "استخدمت الشرطة اللبنانية خراطيم المياه لتفريق المحتجين في بيروت.", "LBN"),
    ("fa", "پلیس ایران با گاز اشک‌آور معترضان را در تهران متفرق کرد.", "IRN"),
    ("id", "Polisi Indonesia menembakkan gas air mata ke arah demonstran di Jakarta.", "IDN"),
    ("zh", "泰国警方在曼谷向抗议者发射催泪弹。", "THA"),
])
def test_crowd_control_weapons_are_assault_not_the_dispersal(lang, text, country):
    coded = outline(text, lang, mode=True)
    assert ("ASSAULT", country, country, "asserted", "crowd-control") in coded
    assert not any(e[0] == "COERCE" and e[4] == "restrict" for e in coded)


@pytest.mark.parametrize("lang, text, country", [
    ("en", "Thirty people were detained in Tbilisi.", "GEO"),
    ("fr", "Onze personnes ont été interpellées à Marseille.", "FRA"),
    ("it", "Dieci persone sono state arrestate a Napoli.", "ITA"),
    ("el", "Τέσσερα άτομα προσήχθησαν στην Πάτρα.", "GRC"),
    ("tr", "Ankara'da 21 kişi gözaltına alındı.", "TUR"),
    ("pl", "W Warszawie zatrzymano dwadzieścia osób.", "POL"),
    ("id", "Sebanyak 87 orang diamankan di Makassar.", "IDN"),
    ("zh", "二十人在曼谷被拘留。", "THA"),
])
def test_an_arrest_with_no_agent_is_the_countrys_on_its_own_people(lang, text, country):
    assert ("COERCE", country, country, "asserted", "arrest") in outline(text, lang, mode=True)


@pytest.mark.parametrize("lang, text, country", [
    ("el", "Στη Θεσσαλονίκη, η ελληνική αστυνομία έκανε χρήση χημικών, ενώ τέσσερα άτομα προσήχθησαν.",
     "GRC"),
    ("tr", "Türk polisi göstericilere biber gazıyla müdahale etti; 40 kişi gözaltına alındı.", "TUR"),
    ("en", "Kenyan police fired tear gas and arrested dozens of people in Nairobi.", "KEN"),
])
def test_an_arrest_beside_crowd_control_is_an_event_of_its_own(lang, text, country):
    coded = outline(text, lang, mode=True)
    assert ("ASSAULT", country, country, "asserted", "crowd-control") in coded
    assert ("COERCE", country, country, "asserted", "arrest") in coded


@pytest.mark.parametrize("lang, text, country", [
    ("de", "Die georgische Regierung verbot alle Demonstrationen in Tiflis.", "GEO"),
    ("ru", "Правительство Армении запретило митинги в Ереване.", "ARM"),
    ("uk", "Уряд Грузії заборонив мітинги у Тбілісі.", "GEO"),
    ("ro", "Guvernul moldovean a interzis protestele la Chișinău.", "MDA"),
])
def test_a_ban_of_gatherings_is_coercion_of_the_countrys_people(lang, text, country):
    coded = outline(text, lang)
    assert ("COERCE", country, country, "asserted") in coded
    assert not any(e[0] == "PROTEST" for e in coded)


def test_an_accusation_speaks_for_the_pair_before_the_force_it_alleges():
    assert ("ACCUSE", "PHL", "CHN", "asserted") in outline("菲律宾外交部指责中方船只使用水炮。", "zh")


def test_a_countrys_weapons_are_not_read_as_used_on_its_own_people():
    coded = outline("The Philippines accused Chinese ships of using water cannon.", "en")
    assert not any(e[0] == "ASSAULT" and e[1] == e[2] for e in coded)
