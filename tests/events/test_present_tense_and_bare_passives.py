"""A present-tense report is no plan, and an English passive needs no "by" to be one.

Spanish, Italian and Portuguese futures are told by an accented ending ("retirará", "ritirerà",
"enviará"); folded, "*irá" or "*erà" is also the present "retira", "schiera". The ending cue
reads the verb as written. An English passive with no agent ("two diplomats were expelled from
Poland") has the one who suffers the act as its subject: its target, not its source."""

import pytest

from wirewatch.lang.check import outline


@pytest.mark.parametrize("lang, text, event", [
    ("es", "Chile retira a su embajador en Nicaragua.", ("SANCTION", "CHL", "NIC", "asserted")),
    ("es", "Chile retirará a su embajador en Nicaragua.", ("SANCTION", "CHL", "NIC", "planned")),
    ("es", "Corea del Norte dispara misiles contra Japón.", ("ASSAULT", "PRK", "JPN", "asserted")),
    ("it", "La Cina schiera navi da guerra vicino a Taiwan.", ("MOBILIZE", "CHN", "TWN", "asserted")),
    ("pt", "Portugal envia ajuda humanitária a Cabo Verde.", ("AID", "PRT", "CPV", "asserted")),
    ("pt", "Portugal enviará ajuda humanitária a Cabo Verde.", ("AID", "PRT", "CPV", "planned")),
])
def test_present_tense_is_asserted_and_accented_future_planned(lang, text, event):
    assert event in outline(text, lang)


@pytest.mark.parametrize("text, event", [
    ("Two Chinese nationals were arrested in Japan on espionage charges.",
     ("COERCE", "JPN", "CHN", "asserted")),
    ("A British aid worker has been detained in Iran since March.",
     ("COERCE", "IRN", "GBR", "asserted")),
    ("Three Russian diplomats were expelled from Norway.", ("SANCTION", "NOR", "RUS", "asserted")),
])
def test_english_passive_without_agent_has_its_subject_as_target(text, event):
    assert event in outline(text, "en")
