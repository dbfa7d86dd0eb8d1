"""A party's name that only modifies another word names one of its members, not the party
("der SPD-Politiker", "CHP'li belediye başkanı"), or something close to it ("AfD-naher
Verein"); and a place after a word or case of direction is where a role's holder goes, never
whose office it is ("وزیر دفاع به پکن رفت")."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch.events.text import code_text

DAY = date(2025, 9, 10)


def mentions(text: str, lang: str):
    return code_text(text, lang, DAY)[1]


@pytest.mark.parametrize("lang, text", [
    ("de", "Ein SPD-Politiker warf dem Minister am Dienstag Untätigkeit vor."),
    ("de", "Mehrere CDU-Abgeordnete stimmten gegen den Entwurf."),
    ("tr", "CHP'li belediye başkanı dün gözaltına alındı."),
    ("tr", "AK Partili vekiller teklifi meclise sundu."),
])
def test_party_modifier_is_a_member(lang, text):
    found = mentions(text, lang)
    assert not [m for m in found if m.role == "PARTY"], found
    member = found[0]
    assert (member.kind, member.role) == ("role", "official")
    assert member.country in ("DEU", "TUR")


def test_party_modifier_before_a_name_is_that_person():
    found = mentions("Der SPD-Politiker Boris Pistorius reiste nach Kiew.", "de")
    assert [m.actor_id for m in found if m.kind == "person"] == ["PER:boris-pistorius"]
    assert not [m for m in found if m.role == "PARTY"]


def test_party_near_something_is_no_party():
    found = mentions("Ein AfD-naher Verein klagte gegen das Verbot.", "de")
    assert not [m for m in found if m.role == "PARTY"]


def test_party_alone_stays_the_party():
    found = mentions("Die SPD forderte Neuwahlen.", "de")
    assert [(m.role, m.country) for m in found] == [("PARTY", "DEU")]


@pytest.mark.parametrize("lang, text, place", [
    ("fa", "وزیر دفاع صبح امروز به پکن رفت.", "CHN"),
    ("fa", "وزیر امور خارجه هفته آینده به مسکو سفر می‌کند.", "RUS"),
    ("ar", "توجه وزير الخارجية إلى موسكو في زيارة رسمية.", "RUS"),
    ("ar", "يصل وزير الدفاع إلى بكين غدا.", "CHN"),
    ("tr", "Dışişleri Bakanı Moskova'ya resmi ziyaret için gitti.", "RUS"),
    ("tr", "Savunma Bakanı Pekin'e bir heyetle geldi.", "CHN"),
])
def test_place_of_direction_is_not_the_roles_country(lang, text, place):
    found = mentions(text, lang)
    assert not [m for m in found if m.kind == "role" and m.country == place], found
    assert [m.country for m in found if m.kind == "country"] == [place]


def test_role_before_its_own_country_still_joins():
    found = mentions("وزیر امور خارجه روسیه به پکن رفت.", "fa")
    assert next((m.kind, m.country) for m in found) in (("role", "RUS"), ("person", "RUS"))
