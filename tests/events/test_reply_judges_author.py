"""A reply that names an act judges the act's author, not a party named after the act."""

from datetime import date

import pytest

from wirewatch.events.text import code_text

DAY = date(2025, 5, 21)


def coded(text: str, lang: str) -> set[tuple]:
    return {(e.type, e.source.country, e.target and e.target.country)
            for e in code_text(text, lang, DAY)[2]}


@pytest.mark.parametrize("lang, text", [
    ("en", "France sent troops to Estonia on Monday. Moscow criticised the deployment in Estonia."),
    ("fr", "La France a déployé des troupes en Estonie. Moscou a critiqué le déploiement en Estonie."),
    ("es", "Francia desplegó tropas en Estonia. Moscú criticó el despliegue en Estonia."),
    ("de", ("Frankreich verlegte Truppen nach Estland. Moskau kritisierte die Stationierung in "
            "Estland.")),
])
def test_a_criticised_act_is_its_authors_not_its_settings(lang, text):
    """The place after the act names where it happened; the criticism is aimed at who acted."""
    found = coded(text, lang)
    assert ("ACCUSE", "RUS", "FRA") in found
    assert ("ACCUSE", "RUS", "EST") not in found


@pytest.mark.parametrize("text", [
    "Japan condemned Russia for its attack on Ukraine.",
    "Japan condemned the Russian attack on Ukraine.",
    "Russia attacked Kyiv. Japan condemned the attack by Russia on Ukraine.",
    "Japan condemned Russia's attack on Ukraine.",
])
def test_a_recipient_named_with_the_act_stays(text):
    """Named before the act, as its adjective or after "by", the party is the one accused."""
    found = coded(text, "en")
    assert ("ACCUSE", "JPN", "RUS") in found
    assert ("ACCUSE", "JPN", "UKR") not in found


def test_a_possessor_of_attacks_on_two_countries_is_accused_once():
    events = code_text("Iran condemned Israel's strikes on Lebanon and Syria.", "en", DAY)[2]
    accusations = [(e.source.country, e.target.country) for e in events if e.type == "ACCUSE"]
    assert accusations == [("IRN", "ISR")]


def test_a_domestic_critic_keeps_its_own_government_as_target():
    text = ("Italia e Tunisia hanno firmato un accordo sui migranti. Il Partito democratico ha "
            "criticato l'accordo e ha accusato il governo italiano di complicità.")
    found = coded(text, "it")
    assert ("ACCUSE", "ITA", "TUN") not in found


@pytest.mark.parametrize("lang, text", [
    ("en", ("Ukraine proposed a truce on energy strikes. The Kremlin rejected a proposal by Kyiv "
            "for a truce, citing talks in Turkey.")),
    ("fr", ("L'Ukraine a proposé une trêve. Le Kremlin a rejeté la proposition de la part de Kiev, "
            "évoquant des pourparlers en Turquie.")),
])
def test_an_author_named_by_an_agent_word_stays(lang, text):
    assert ("REJECT", "RUS", "TUR") not in coded(text, lang)
