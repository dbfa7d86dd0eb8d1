"""Leaders of parties, unions and NGOs the knowledge base lacks, named after a role of their
organisation with the organisation's name between or before it ("La segretaria del Pd Marta
Rinaldi", "SPD-Chef Lars Klingbeil", "prezes PiS Jarosław Kaczyński") or before it in
apposition ("Sophie Binet, secrétaire générale de la CGT,"): a domestic party of the report's
country unless the phrase names another (actors/recognize.py `unknown_names`)."""

from __future__ import annotations

import pytest

from wirewatch.events.text import code_text


def officers(text: str, lang: str) -> list[tuple[str, str | None]]:
    _, mentions, _ = code_text(text, lang, None)
    return [(m.surface, m.country) for m in mentions if m.kind == "unknown" and m.role]


def dyads(text: str, lang: str) -> set[tuple[str, str | None, str | None]]:
    _, _, events = code_text(text, lang, None)
    return {(e.type, e.source.country if e.source else None,
             e.target.country if e.target else None) for e in events}


@pytest.mark.parametrize("lang, text, name, country", [
    ("it", "ROMA - La segretaria del Pd Marta Rinaldi ha accusato il governo di mentire.",
     "Marta Rinaldi", "ITA"),
    ("it", "(ANSA) - Il coordinatore nazionale di Avs Nicola Fratoianni ha criticato la manovra.",
     "Nicola Fratoianni", "ITA"),
    ("tr", "ANKARA - CHP Genel Başkanı Özgür Özel hükümeti yolsuzlukla suçladı.",
     "Özgür Özel", "TUR"),
    ("fr", "PARIS - La secrétaire générale de la CGT Sophie Binet a exigé le retrait de la réforme.",
     "Sophie Binet", "FRA"),
    ("en", "ANKARA - CHP leader Ozgur Ozel accused the government of lying.", "Ozgur Ozel", "TUR"),
    ("es", "MADRID - El líder del PP Alberto Núñez Feijóo acusó al Gobierno de mentir.",
     "Alberto Núñez Feijóo", "ESP"),
    ("de", "BERLIN - SPD-Chef Lars Klingbeil kritisierte die Regierung scharf.",
     "Lars Klingbeil", "DEU"),
    ("de", "BERLIN - Grünen-Chefin Ricarda Lang warf der Regierung Versagen vor.",
     "Ricarda Lang", "DEU"),
    ("pl", "Warszawa (PAP) - Prezes PiS Jarosław Kaczyński oskarżył rząd o kłamstwo.",
     "Jarosław Kaczyński", "POL"),
    ("el", "ΑΘΗΝΑ - Ο πρόεδρος του ΠΑΣΟΚ Νίκος Ανδρουλάκης κατηγόρησε την κυβέρνηση.",
     "Νίκος Ανδρουλάκης", "GRC"),
    ("id", "JAKARTA - Ketua DPP Partai Demokrat Herman Khaeron mengkritik pemerintah.",
     "Herman Khaeron", "IDN"),
])
def test_an_officer_named_with_his_organisation_is_a_party_of_the_home(lang, text, name, country):
    assert (name, country) in officers(text, lang)


@pytest.mark.parametrize("lang, text, country", [
    ("it", "ROMA - La segretaria del Pd Marta Rinaldi ha accusato il governo di mentire.", "ITA"),
    ("it", "ROMA - La segretaria del Pd Elly Schlein ha accusato il governo di mentire.", "ITA"),
    ("tr", "ANKARA - CHP Genel Başkanı Özgür Özel hükümeti yolsuzlukla suçladı.", "TUR"),
    ("pl", "Warszawa (PAP) - Prezes PiS Jarosław Kaczyński oskarżył rząd o kłamstwo.", "POL"),
    ("el", "ΑΘΗΝΑ - Ο πρόεδρος του ΠΑΣΟΚ Νίκος Ανδρουλάκης κατηγόρησε την κυβέρνηση.", "GRC"),
])
def test_the_officer_and_not_the_government_accuses(lang, text, country):
    """The government is the target, the party leader the source: X -> X."""
    assert ("ACCUSE", country, country) in dyads(text, lang)


@pytest.mark.parametrize("lang, text, name, country", [
    ("fr", ("PARIS - Le patron du syndicat, Sophie Binet, secrétaire générale de la CGT, a "
            "accusé le gouvernement."), "Sophie Binet", "FRA"),
    ("en", ("NAIROBI - Kalonzo Musyoka, the leader of the Wiper Democratic Movement, accused "
            "the government of corruption."), "Kalonzo Musyoka", "KEN"),
    ("ro", ("BUCUREȘTI - Kelemen Hunor, președintele UDMR, a criticat guvernul pentru "
            "buget."), "Kelemen Hunor", "ROU"),
])
def test_an_officer_in_apposition(lang, text, name, country):
    assert (name, country) in officers(text, lang)


def test_the_phrase_country_wins_over_the_home():
    """A foreign party's leader named with his country keeps it, in a report from Rome."""
    text = "ROMA - Il leader turco del CHP Özgür Özel ha accusato il governo di Ankara."
    assert ("Özgür Özel", "TUR") in officers(text, "it")


@pytest.mark.parametrize("lang, text", [
    # a place after the party is no person's name
    ("it", "ROMA - Il segretario del Pd Roma Nord ha criticato il governo."),
    # a known given name opens the person's name after the party's: the region is the party's
    ("it", "ROMA - Il segretario del Pd Lazio ha criticato il governo."),
    # a month or weekday after a party role is none either
    ("en", "LONDON - The party chairman Tuesday said the vote was fair."),
    # an organisation with no person after it
    ("fr", "PARIS - La secrétaire générale de la CGT a exigé le retrait de la réforme."),
])
def test_no_false_officer(lang, text):
    assert officers(text, lang) == []


def test_a_party_role_beside_a_place_names_no_one():
    """"LONDON - The chairman": a party role is no office of the place before it."""
    _, mentions, _ = code_text("LONDON - The chairman of the board said rates would rise.",
                               "en", None)
    assert all(m.kind != "role" for m in mentions)


def test_a_known_leader_stays_linked():
    _, mentions, _ = code_text("Kreml-Chef Wladimir Putin drohte der Ukraine.", "de", None)
    assert mentions[0].actor_id == "PER:vladimir-putin"
