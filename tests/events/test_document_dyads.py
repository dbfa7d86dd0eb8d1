"""Dyads of whole articles: an organ of a party's own country is no second party, the topic
of talks is no party, a place where later talks are held is no target of an earlier act, and
"the two leaders" after talks are the parties of those talks (own sentences, several
languages)."""

from datetime import date

import pytest

from wirewatch.events.text import code_text

DAY = date(2025, 11, 12)


def dyads(text, lang, etype=None):
    _, _, events = code_text(text, lang, DAY)
    return {(e.type, e.source.country, e.target.country if e.target else None)
            for e in events if etype is None or e.type == etype}


@pytest.mark.parametrize("text, lang, country, recipient", [
    ("Menteri Luar Negeri Sugiono menyerahkan bantuan pemerintah Indonesia kepada Mesir.", "id",
     "IDN", "EGY"),
    ("Министр Лавров передал гуманитарную помощь российского правительства Сирии.", "ru",
     "RUS", "SYR"),
    ("El ministro Albares entregó la ayuda del gobierno español a Gaza.", "es", "ESP", "PSE"),
])
def test_aid_of_the_own_government_goes_to_the_recipient(text, lang, country, recipient):
    found = dyads(text, lang, "AID")
    assert ("AID", country, recipient) in found
    assert ("AID", country, country) not in found


@pytest.mark.parametrize("text, lang", [
    ("Russia and the Russian army held talks with Belarus.", "en"),
    (("Tentara Nasional Indonesia (TNI) dan Angkatan Bersenjata Australia memulai latihan "
     "militer di Situbondo pada Kamis."), "id"),
])
def test_a_country_and_its_own_army_are_one_side(text, lang):
    assert not any(s == t for _, s, t in dyads(text, lang))


@pytest.mark.parametrize("text, lang, etype, country", [
    ("Kenyan police arrested protesters in Nairobi.", "en", "COERCE", "KEN"),
    ("La policía venezolana detuvo a manifestantes en Caracas.", "es", "COERCE", "VEN"),
    ("Thousands of protesters in Tbilisi protested against the Georgian government.", "en",
     "PROTEST", "GEO"),
    ("The Georgian opposition held talks with the Georgian government.", "en", "CONSULT", "GEO"),
])
def test_domestic_politics_keeps_its_domestic_dyad(text, lang, etype, country):
    assert (etype, country, country) in dyads(text, lang, etype)


@pytest.mark.parametrize("text, lang", [
    ("Putin dan Erdogan membahas Ukraina melalui telepon.", "id"),
    ("Putin dan Erdogan Bahas Ukraina dan Keamanan Laut Hitam lewat Telepon", "id"),
    ("Putin and Erdogan discuss Ukraine and Black Sea security in phone call", "en"),
    ("Путин и Эрдоган обсудили Украину по телефону.", "ru"),
    ("Putin ve Erdoğan telefonda Ukrayna'yı görüştü.", "tr"),
])
def test_coordinated_parties_of_talks_are_its_sides_not_the_topic(text, lang):
    found = dyads(text, lang, "CONSULT")
    assert found and all({s, t} == {"RUS", "TUR"} for _, s, t in found)


@pytest.mark.parametrize("text, lang", [
    ("Russia launched an offensive and held talks in Istanbul.", "en"),
    ("La Russie a lancé une offensive et a organisé des pourparlers à Istanbul.", "fr"),
    ("Rusia lanzó una ofensiva y celebró conversaciones en Estambul.", "es"),
    ("Russland startete eine Offensive und führte Gespräche in Istanbul.", "de"),
])
def test_the_place_of_later_talks_is_no_target_of_an_earlier_act(text, lang):
    assert ("ASSAULT", "RUS", "TUR") not in dyads(text, lang, "ASSAULT")


@pytest.mark.parametrize("text, lang", [
    (("Ankara has kept working relations with both Moscow and Kyiv since the start of Russia's "
     "full-scale invasion in February 2022."), "en"),
    ("Turki tetap menjalin hubungan dengan Moskow sejak dimulainya invasi Rusia ke Ukraina.",
     "id"),
    (("Seit Beginn des russischen Angriffskriegs gegen die Ukraine hat Deutschland bereits "
     "mehrere russische Diplomaten ausgewiesen."), "de"),
])
def test_the_war_since_whose_start_something_holds_is_background(text, lang):
    assert not dyads(text, lang, "ASSAULT")


@pytest.mark.parametrize("text, lang, pair", [
    (("EU leaders met Zelensky in Brussels on Thursday. Russia has attacked Ukraine for years. "
     "The two sides also agreed to set up a joint working group."), "en", {"IGO:EU", "UKR"}),
    (("Erdoğan, Putin ile telefonda görüştü. Rusya Ukrayna'ya saldırdı. İki lider ticareti "
     "geliştirme konusunda anlaştı."), "tr", {"TUR", "RUS"}),
    (("Macron a rencontré Scholz à Paris. La Russie a attaqué l'Ukraine. Les deux dirigeants "
     "ont convenu de renforcer la coopération."), "fr", {"FRA", "DEU"}),
])
def test_the_two_leaders_after_talks_are_the_parties_of_those_talks(text, lang, pair):
    found = dyads(text, lang, "AGREE")
    assert found and all({s, t} == pair for _, s, t in found)
