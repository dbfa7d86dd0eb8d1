"""Sector actors in every pack language: "Iraqi troops", "la police française", "polisi
Indonesia" take the country beside them; "police in Karachi" the country its sentence is set
in; "the government" alone none."""

from __future__ import annotations

import tomllib

import pytest

from wirewatch.actors.kb import data_root
from wirewatch.actors.sectors import sector_words, sectors
from wirewatch.events.text import code_text
from wirewatch.lang.loader import available_languages, pack_root


def sector_mentions(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    _, mentions, _ = code_text(text, lang, None)
    return [(m.role, m.country) for m in mentions if m.kind == "sector"]


@pytest.mark.parametrize("lang, text, sector, country", [
    ("en", "Iraqi troops attacked the town.", "MILITARY", "IRQ"),
    ("el", "Η ελληνική αστυνομία συνέλαβε δύο άνδρες.", "POLICE", "GRC"),
    ("ro", "Poliția română a arestat doi bărbați.", "POLICE", "ROU"),
    ("id", "Polisi Indonesia menangkap dua orang.", "POLICE", "IDN"),
    ("ru", "Российские военные обстреляли позиции.", "MILITARY", "RUS"),
    ("uk", "Російські війська обстріляли місто.", "MILITARY", "RUS"),
    ("pl", "Polska policja zatrzymała dwóch mężczyzn.", "POLICE", "POL"),
    ("fr", "La police française a arrêté deux hommes.", "POLICE", "FRA"),
    ("it", "Il governo italiano ha approvato la legge.", "GOVERNMENT", "ITA"),
    ("pt", "A polícia brasileira prendeu dois homens.", "POLICE", "BRA"),
    ("tr", "Türk polisi iki kişiyi gözaltına aldı.", "POLICE", "TUR"),
    ("ar", "اعتقلت الشرطة الباكستانية رجلين.", "POLICE", "PAK"),
    ("de", "Die türkische Polizei nahm zwei Männer fest.", "POLICE", "TUR"),
    ("es", "El ejército de Colombia atacó el campamento.", "MILITARY", "COL"),
    ("fa", "پلیس ترکیه دو نفر را بازداشت کرد.", "POLICE", "TUR"),
    ("zh", "巴基斯坦警方逮捕了两名男子。", "POLICE", "PAK"),
])
def test_sector_takes_the_country_beside_it(lang, text, sector, country):
    assert (sector, country) in sector_mentions(text, lang)


@pytest.mark.parametrize("lang, text, sector, country", [
    ("en", "Police in Karachi fired tear gas at the crowd.", "POLICE", "PAK"),
    ("ru", "Полиция в Москве задержала протестующих.", "PROTESTERS", "RUS"),
    ("fr", "Les manifestants ont défilé à Marseille.", "PROTESTERS", "FRA"),
    ("id", "Demonstran berkumpul di Surabaya.", "PROTESTERS", "IDN"),
])
def test_sector_takes_the_country_of_its_sentence_place(lang, text, sector, country):
    assert (sector, country) in sector_mentions(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The government said it would respond."),
    ("de", "Die Regierung kündigte eine Antwort an."),
    ("en", "Police arrested protesters in Paris and in Berlin."),
])
def test_sector_without_a_place_has_no_country_and_no_actor(lang, text):
    _, mentions, _ = code_text(text, lang, None)
    found = [m for m in mentions if m.kind == "sector"]
    assert found and all(m.country is None and m.actor_id is None for m in found)


def test_sector_mention_is_a_party_of_an_event():
    _, _, events = code_text("Iraqi troops attacked Iranian positions.", "en", None)
    assert any(e.source.id == "SEC:MILITARY" and e.source.country == "IRQ"
               and e.target.country == "IRN" for e in events)


def test_sector_words_stay_free_for_triggers():
    """"sent troops" is still a MOBILIZE trigger although "troops" is a sector word."""
    _, _, events = code_text("Russia sent troops to Syria.", "en", None)
    assert any(e.type == "MOBILIZE" and e.source.country == "RUS"
               and e.target.country == "SYR" for e in events)


def test_a_person_keeps_their_administration():
    _, mentions, _ = code_text("The Trump administration imposed sanctions on Iran.", "en", None)
    assert mentions[0].actor_id == "PER:donald-trump"


def test_role_beats_sector_in_one_phrase():
    _, mentions, _ = code_text("The Iranian government spokesman spoke.", "en", None)
    assert [(m.kind, m.role, m.country) for m in mentions] == [("role", "spokesperson", "IRN")]


@pytest.mark.parametrize("lang", available_languages())
def test_every_pack_has_sector_words_for_every_sector(lang):
    data = tomllib.loads((pack_root() / lang / "sectors.toml").read_text(encoding="utf-8"))
    kb_sectors = tomllib.loads((data_root() / "sectors.toml").read_text(encoding="utf-8"))
    named_by_bodies_only = {k for k, s in kb_sectors["sector"].items() if s.get("bodies_only")}
    assert set(data["sectors"]) == set(sectors()) - named_by_bodies_only
    assert sector_words(lang).patterns.size >= len(sectors())


def test_sector_codes_are_plover_agents():
    data = tomllib.loads((data_root() / "sectors.toml").read_text(encoding="utf-8"))
    # the PLOVER manual's agent table (COP ... OPP)
    plover_agents = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "AGR",
                     "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP"}
    assert {s["code"] for s in data["sector"].values()} <= plover_agents


@pytest.mark.parametrize("town, country", [("Essex", "GBR"), ("Manchester", "GBR")])
def test_a_small_town_abroad_sets_no_scene_for_a_report_told_from_home(town, country):
    """Under a LONDON dateline "police in Essex" are Britain's: the gazetteer knows only an
    Essex in Maryland, and a small town of another country is likelier a home place it lacks;
    a major place keeps its own country."""
    text = ("LONDON, Nov 18 – Britain has ordered a Russian diplomat to leave the country, the "
            "Foreign Office said on Tuesday.\n\n"
            f"Police last month arrested three men in {town} on suspicion of spying.")
    assert ("POLICE", country) in sector_mentions(text, "en")


def test_a_major_city_abroad_still_sets_the_scene():
    text = ("LONDON, Nov 18 – Britain has ordered a Russian diplomat to leave the country, the "
            "Foreign Office said on Tuesday.\n\n"
            "Police last month arrested three men in Karachi on suspicion of spying.")
    assert ("POLICE", "PAK") in sector_mentions(text, "en")
