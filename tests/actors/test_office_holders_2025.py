"""Parties a report names without the knowledge base's help or with a name it shares: office
holders of 2025 (a surname shared by two presidents resolved by the date, a sitting
president named by a spelling the press uses), a person the knowledge base lacks named again
by the surname alone, ministers of any portfolio, a state's own forces and agencies by their
own names, unions and parties by their acronyms, the UN named by its Arabic adjective and the
US State Department written in lower case."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch.actors.kb import load_kb
from wirewatch.events.text import code_text

DAY = date(2025, 9, 10)


def mentions(text: str, lang: str, day: date = DAY):
    return code_text(text, lang, day)[1]


def linked(text: str, lang: str, day: date = DAY) -> set[str]:
    return {m.actor_id for m in mentions(text, lang, day) if m.actor_id}


@pytest.mark.parametrize("day, actor", [
    (date(2019, 5, 10), "PER:michel-aoun"),
    (date(2025, 9, 10), "PER:joseph-aoun"),
])
def test_a_shared_surname_is_the_holder_on_the_day(day, actor):
    """"Aoun" alone is the president of Lebanon of the report's day; a given name of another
    script with the same transliteration key (Cyrillic "Аун") does not stop it."""
    assert actor in linked("Aoun accused Israel of violating the truce.", "en", day)


@pytest.mark.parametrize("lang, text, actor", [
    ("pt", "O Presidente angolano, João Lourenço, recebeu ontem o embaixador francês.",
     "PER:joao-lourenco"),
    ("es", "El presidente mozambiqueño, Daniel Chapo, visitó Lisboa.", "PER:daniel-chapo"),
    ("fr", "Le président Abdelmadjid Tebboune a reçu le ministre italien.",
     "PER:abdelmadjid-tebboune"),
    ("fr", "Le ministre de l'Intérieur Laurent Nuñez a visité Marseille.", "PER:laurent-nunez"),
    ("de", "Innenminister Alexander Dobrindt kündigte neue Grenzkontrollen an.",
     "PER:alexander-dobrindt"),
    ("ar", "ودان رئيس الجمهورية جوزاف عون الغارة.", "PER:joseph-aoun"),
])
def test_office_holders_of_2025_are_linked(lang, text, actor):
    assert actor in linked(text, lang)


def test_the_angolan_president_is_lourenco():
    holder = load_kb().holder("head_of_state", "AGO", DAY)
    assert holder is not None and holder.name == "João Lourenço"


@pytest.mark.parametrize("lang, text, later", [
    ("en", ("Kenya's opposition leader Joseph Mwangi addressed supporters in Mombasa. "
            "Mwangi accused the government of rigging the vote."), "Mwangi"),
    ("it", ("Il ministro dei Trasporti Carlo Bellandi ha visitato Genova. "
            "Bellandi ha accusato i sindacati."), "Bellandi"),
    ("pl", ("Minister rolnictwa Stefan Nowicki spotkał się z rolnikami. "
            "Rolnicy skrytykowali Nowickiego."), "Nowickiego"),
])
def test_an_unknown_office_holder_named_again_by_surname(lang, text, later):
    found = [m for m in mentions(text, lang) if m.kind == "unknown"]
    first, again = found[0], [m for m in found if m.surface == later]
    assert again and again[0].country == first.country and again[0].role == first.role


def test_a_surname_beside_another_given_name_is_someone_else():
    text = ("Kenya's opposition leader Joseph Mwangi addressed supporters. "
            "Maria Mwangi, a teacher, joined them.")
    assert not [m for m in mentions(text, "en") if m.surface.startswith("Mwangi")
                or m.surface == "Maria Mwangi"]


@pytest.mark.parametrize("lang, text, surface, country, sector", [
    ("el", "Το Λιμενικό συνέλαβε τρεις διακινητές στη Γαύδο.", "Λιμενικό", "GRC", "SECURITY"),
    ("el", "Το Πολεμικό Ναυτικό έστειλε δύο φρεγάτες στο Αιγαίο.", "Πολεμικό Ναυτικό", "GRC",
     "MILITARY"),
    ("el", "Η τουρκική ακτοφυλακή παρενόχλησε αλιευτικό σκάφος.", "τουρκική ακτοφυλακή", "TUR",
     "SECURITY"),
    ("zh", "东部战区在台岛周边组织联合演习。", "东部战区", "CHN", "MILITARY"),
    ("zh", "民进党当局对此表示欢迎。", "民进党", "TWN", "PARTY"),
    ("tr", "AFAD, deprem bölgesine yardım malzemesi gönderdi.", "AFAD", "TUR", "GOVERNMENT"),
    ("it", "La Cgil ha proclamato uno sciopero generale di otto ore.", "Cgil", "ITA", "LABOR"),
    ("fr", "La FNSEA a appelé les agriculteurs à manifester devant les préfectures.", "FNSEA",
     "FRA", "LABOR"),
])
def test_a_state_s_own_bodies_by_their_own_names(lang, text, surface, country, sector):
    assert (surface, country, sector) in {(m.surface, m.country, m.role)
                                          for m in mentions(text, lang) if m.kind == "sector"}


@pytest.mark.parametrize("lang, text, surface, actor", [
    ("ar", "دعا المبعوث الأممي الطرفين إلى وقف القتال.", "الأممي", "IGO:UN"),
    ("fr", "Le département d'État a dénoncé ces menaces.", "département d'État", "USA"),
    ("es", "El departamento de Estado condenó el ataque.", "departamento de Estado", "USA"),
])
def test_an_organisation_by_its_adjective_or_lower_case_name(lang, text, surface, actor):
    """The adjective may stand alone or inside its envoy's role ("المبعوث الأممي")."""
    assert any(surface in m.surface and actor in (m.actor_id, m.country)
               for m in mentions(text, lang))


def test_a_foreign_village_read_in_a_word_sets_no_scene():
    """"na Terra Indígena" is no report from Téra (Niger), a village of a country the report
    never names: the police it names are of no country rather than Niger's."""
    found = [m for m in mentions("A polícia prendeu 14 pessoas na Terra Indígena Yanomami.", "pt")
             if m.kind == "sector"]
    assert found and found[0].country != "NER"
