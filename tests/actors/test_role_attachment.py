"""A role word attaches its holder when a portfolio, a compound or the word order stands in
the way: portfolio phrases of the packs ("minister spraw wewnętrznych"), roles written as one
compound word with their country ("Bundesaußenminister"), feminine forms, a name before its
office ("X, Poland's interior minister", "كامل إدريس رئيس مجلس الوزراء"), and a holder the
knowledge base lacks, of the report's home state."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch.actors.kb import load_kb
from wirewatch.actors.resolve import tenure_bounds
from wirewatch.events.text import code_text

DAY = date(2025, 9, 10)


def mentions(text: str, lang: str, day: date | None = DAY):
    return code_text(text, lang, day)[1]


def person(text: str, lang: str, actor: str):
    found = [m for m in mentions(text, lang) if m.actor_id == actor]
    assert found, f"{actor} not linked in {text!r}"
    return found[0]


@pytest.mark.parametrize("lang, text, actor, role", [
    # a portfolio between the role word and the name
    ("pl", "Minister spraw wewnętrznych Marcin Kierwiński zapowiedział nowe kontrole.",
     "PER:marcin-kierwinski", "minister"),
    ("pl", "Wczoraj minister spraw wewnętrznych i administracji Marcin Kierwiński był w Lublinie.",
     "PER:marcin-kierwinski", "minister"),
    # a feminine form
    ("uk", "Прем'єр-міністерка Юлія Свириденко провела нараду з губернаторами.",
     "PER:yulia-svyrydenko", "head_of_government"),
    # one compound word with the country in it
    ("de", "Bundesverteidigungsminister Pistorius besuchte die Truppe in Litauen.",
     "PER:boris-pistorius", "defence_minister"),
    ("de", "Am Abend traf Bundesaußenminister Wadephul seinen Amtskollegen.",
     "PER:johann-wadephul", "foreign_minister"),
    ("de", "US-Außenminister Rubio landete am Morgen in Rom.", "PER:marco-rubio", "foreign_minister"),
    # the name before its office
    ("en", "Marcin Kierwinski, Poland's interior minister, opened the new border post.",
     "PER:marcin-kierwinski", "minister"),
    ("en", "Radoslaw Sikorski, the Polish foreign minister, arrived late.",
     "PER:radosaw-sikorski", "foreign_minister"),
    ("ar", "وصل كامل إدريس رئيس مجلس الوزراء السوداني إلى الرياض مساء أمس.",
     "PER:kamil-idris", "head_of_government"),
    ("fa", "عباس عراقچی وزیر امور خارجه ایران امروز وارد پکن شد.",
     "PER:abbas-araghchi", "foreign_minister"),
])
def test_role_attaches_to_its_holder(lang, text, actor, role):
    assert person(text, lang, actor).role == role


@pytest.mark.parametrize("lang, text, role, country", [
    ("de", "Der Bundeskanzler sprach am Telefon mit dem Premier.", "head_of_government", "DEU"),
    ("de", "Der US-Außenminister wollte sich nicht äußern.", "foreign_minister", "USA"),
    ("el", "Ο επικεφαλής της ρωσικής διπλωματίας μίλησε για τις κυρώσεις.", "foreign_minister", "RUS"),
    ("en", "Poland's interior minister ordered new checks.", "minister", "POL"),
    ("ar", "قال رئيس مجلس الوزراء العراقي إن الحكومة مستعدة للحوار.", "head_of_government", "IRQ"),
])
def test_role_keeps_the_country_in_its_words(lang, text, role, country):
    roles = [(m.role, m.country) for m in mentions(text, lang) if m.kind == "role"]
    assert (role, country) in roles, roles


@pytest.mark.parametrize("lang, text, actor, other", [
    # a name before a role it never held is another party: "Putin met the Iraqi premier"
    ("ar", "التقى بوتين رئيس الوزراء العراقي في موسكو.", "PER:vladimir-putin", "IRQ"),
    ("fa", "عراقچی وزیر خارجه عمان را در تهران دید.", "PER:abbas-araghchi", "OMN"),
    ("en", "Putin thanked Erdogan, the Iranian president and others.", "PER:recep-tayyip-erdogan", "IRN"),
])
def test_role_not_held_stays_apart(lang, text, actor, other):
    found = mentions(text, lang)
    assert next(m for m in found if m.actor_id == actor).role is None
    assert any(m.kind == "role" and m.country == other for m in found), found


def test_name_before_role_bounds_the_date():
    """The tenure of an office named after its holder bounds an undated report."""
    found = mentions("Marcin Kierwinski, Poland's interior minister, opened the post.", "en", None)
    bounds = tenure_bounds(found, load_kb())
    assert bounds and all(start.year >= 2023 for start, _ in bounds[0])


@pytest.mark.parametrize("lang, text, country", [
    ("tr", "İçişleri Bakanı Mehmet Karaosmanlı göstericileri sert bir dille eleştirdi.", "TUR"),
    ("it", "Ha risposto il ministro dell'Interno Carlo Bianchetti durante il question time.", "ITA"),
    ("en", "The Polish interior minister, Piotr Wierzbowski, ordered new checks.", "POL"),
])
def test_unknown_holder_of_a_state_office_is_of_its_state(lang, text, country):
    unknown = [m for m in mentions(text, lang) if m.kind == "unknown"]
    assert unknown and unknown[0].country == country and unknown[0].role == "minister", unknown
