"""Pack cues that make an act recalled context ("since the invasion") or a plan ("wants to",
"werde ... bereitstellen", "se comprometió a"): syntax.toml [background], status.toml [planned]."""

import pytest

from wirewatch.lang.check import code_example


@pytest.mark.parametrize("sentence, lang", [
    ("Relations between Poland and Russia have worsened since the Russian invasion of Ukraine.", "en"),
    ("Seit dem russischen Angriff auf die Ukraine sind die Beziehungen angespannt.", "de"),
    ("Hubungan Polandia dan Rusia memburuk sejak invasi Rusia ke Ukraina.", "id"),
    ("Rusya'nın Ukrayna'yı işgalinden bu yana Polonya ile Rusya arasındaki ilişkiler kötüleşti.", "tr"),
    ("Relațiile dintre Polonia și Rusia s-au deteriorat de la începutul invaziei ruse în Ucraina.", "ro"),
    ("З початку повномасштабного вторгнення Росії Польща прийняла мільйони біженців.", "uk"),
])
def test_an_act_named_as_the_start_of_a_period_is_background(sentence, lang):
    assert not [e for e in code_example(sentence, lang) if e.type == "ASSAULT"]


@pytest.mark.parametrize("sentence, lang, etype", [
    ("Iran wants to expand cooperation with Iraq.", "en", "COOPERATE"),
    ("Deutschland werde der Ukraine weitere Hilfe bereitstellen.", "de", "AID"),
    ("La France veut renforcer sa coopération avec le Maroc.", "fr", "COOPERATE"),
    ("España se comprometió a enviar ayuda militar a Ucrania.", "es", "AID"),
])
def test_a_wish_or_pledge_makes_the_act_planned(sentence, lang, etype):
    events = [e for e in code_example(sentence, lang) if e.type == etype]
    assert events and all(e.status == "planned" for e in events)


def test_a_background_phrase_does_not_reach_an_act_after_it():
    events = code_example("Poland expelled two Russian diplomats after the attack.", "en")
    assert any(e.type == "SANCTION" for e in events)


@pytest.mark.parametrize("sentence, lang, etype", [
    ("After the talks, Turkey signed a defence agreement with Qatar.", "en", "SUPPORT"),
    ("Tras la reunión, Marruecos firmó un acuerdo con Francia.", "es", "SUPPORT"),
])
def test_a_comma_closes_a_background_phrase(sentence, lang, etype):
    assert any(e.type == etype for e in code_example(sentence, lang))


@pytest.mark.parametrize("sentence, lang", [
    ("Amid the protests police arrested dozens of activists in Tehran.", "en"),
    ("Na tle protestów policja zatrzymała dziesiątki aktywistów w Mińsku.", "pl"),
])
def test_a_background_phrase_governs_only_the_first_act_after_it(sentence, lang):
    assert any(e.type == "COERCE" for e in code_example(sentence, lang))
