"""A head of state's word that governs an organisation's name is that organisation's officer
(actors/officers.py): a party of the report's home state with no holder, never its head of
state; the state's own words after it ("della Repubblica") keep the head of state."""

from datetime import date

import pytest

from wirewatch.events.text import code_text

DAY = date(2025, 6, 2)


def _roles(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    _, mentions, _ = code_text(text, lang, DAY)
    return [(m.role, m.country) for m in mentions if m.kind == "role"]


@pytest.mark.parametrize("lang,text,home", [
    ("de", "HAMBURG – Der Präsident des Reederverbands forderte neue Hilfen.", "DEU"),
    ("de", "HAMBURG – Der Präsident des Deutschen Reederverbands forderte neue Hilfen.", "DEU"),
    ("pt", "LISBOA – O presidente da Associação Nacional dos Pescadores exigiu apoios.", "PRT"),
    ("el", "ΑΘΗΝΑ – Ο πρόεδρος του Εμπορικού Συλλόγου ζήτησε στήριξη.", "GRC"),
])
def test_the_head_of_an_organisation_is_no_head_of_state(lang, text, home):
    roles = _roles(text, lang)
    assert ("head_of_state", home) not in roles, roles
    assert not any(country not in (home, None) for _, country in roles), roles


@pytest.mark.parametrize("lang,text", [
    ("it", "ROMA – Il presidente della Repubblica ha ricevuto i sindacati."),
    ("fr", "PARIS – Le président de la République a reçu les syndicats."),
    ("de", "WIEN – Der Präsident der Republik empfing die Gewerkschaften."),
])
def test_the_state_itself_keeps_its_head(lang, text):
    assert any(role == "head_of_state" for role, _ in _roles(text, lang))


def test_a_country_adjective_inside_the_organisation_names_no_party():
    _, mentions, _ = code_text("The president of the Irish Hauliers Association "
                               "criticised France.", "en", DAY)
    assert "IRL" not in {m.country for m in mentions}


def test_a_holder_named_after_the_role_is_his_own():
    assert ("head_of_state", "FRA") in [
        (m.role, m.country) for m in code_text("Le président français Emmanuel Macron a "
                                               "critiqué la Russie.", "fr", DAY)[1]]
