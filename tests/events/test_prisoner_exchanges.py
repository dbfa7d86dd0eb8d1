"""Prisoner exchanges: PLOVER codes the exchange of prisoners as RETREAT, and in a swap each
side releases the other's people, so one event goes each way (`mutual = true` entries). A
party that brings its own people home from captivity receives them. Own sentences, coded
through the real packs and coder (code_text)."""

from datetime import date

import pytest

from wirewatch.events.text import code_text

DAY = date(2024, 6, 15)


def coded(text, lang):
    return {(e.type, e.source.country, e.target.country if e.target else None)
            for e in code_text(text, lang, DAY)[2]}


BOTH_WAYS = {("RETREAT", "ARM", "AZE"), ("RETREAT", "AZE", "ARM")}


@pytest.mark.parametrize("text, lang", [
    ("Armenia and Azerbaijan exchanged 30 prisoners of war on Friday.", "en"),
    ("Армения и Азербайджан обменялись военнопленными в пятницу.", "ru"),
    ("Вірменія та Азербайджан обмінялися полоненими на кордоні.", "uk"),
    ("Armenia y Azerbaiyán intercambiaron prisioneros el viernes.", "es"),
    ("L'Arménie et l'Azerbaïdjan ont échangé des prisonniers vendredi.", "fr"),
    ("Armenien und Aserbaidschan tauschten Gefangene aus.", "de"),
    ("Armênia e Azerbaijão trocaram prisioneiros na fronteira.", "pt"),
    ("Armenia e Azerbaigian hanno scambiato prigionieri venerdì.", "it"),
    ("Armenia și Azerbaidjan au schimbat prizonieri vineri.", "ro"),
    ("Armenia i Azerbejdżan wymieniły się jeńcami w piątek.", "pl"),
    ("Ermenistan ve Azerbaycan esirleri takas etti.", "tr"),
    ("亚美尼亚和阿塞拜疆周五交换了战俘。", "zh"),
    ("تبادلت أرمينيا وأذربيجان الأسرى يوم الجمعة.", "ar"),
    ("ارمنستان و آذربایجان اسرا را مبادله کردند.", "fa"),
    ("Armenia dan Azerbaijan melakukan pertukaran tawanan pada Jumat.", "id"),
    ("Η Αρμενία και το Αζερμπαϊτζάν αντάλλαξαν αιχμαλώτους την Παρασκευή.", "el"),
])
def test_an_exchange_of_prisoners_is_a_release_by_each_side(text, lang):
    """"A and B swapped prisoners": A releases to B and B to A, not one direction only."""
    assert coded(text, lang) == BOTH_WAYS


def test_a_swap_with_a_named_partner_also_goes_both_ways():
    """"swapped ... with B": the partner after the verb is the other side of the exchange."""
    assert coded("Ethiopia and Eritrea swapped dozens of prisoners at the border.", "en") \
        == {("RETREAT", "ETH", "ERI"), ("RETREAT", "ERI", "ETH")}


def test_a_one_sided_release_stays_one_way():
    """Only an exchange is mutual: "freed 12 Azerbaijani soldiers" is Armenia's release."""
    assert coded("Armenia freed 12 Azerbaijani soldiers on Friday.", "en") \
        == {("RETREAT", "ARM", "AZE")}


@pytest.mark.parametrize("text", [
    "Armenia brought home 12 soldiers held by Azerbaijan.",
    "Armenia brought 12 soldiers home from Azerbaijani captivity.",
])
def test_who_brings_its_people_home_receives_them(text):
    """The side that held the captives releases them; the one bringing them home is the
    recipient, not the releaser."""
    assert coded(text, "en") == {("RETREAT", "AZE", "ARM")}


@pytest.mark.parametrize("text, lang", [
    ("Армения и Азербайджан провели обмен пленными при посредничестве Катара.", "ru"),
    ("Armenia and Azerbaijan exchanged prisoners with the mediation of Qatar.", "en"),
    ("Armenia y Azerbaiyán realizaron un canje de prisioneros con la mediación de Catar.", "es"),
])
def test_the_mediator_of_an_exchange_is_no_side_of_it(text, lang):
    """The coordinated subjects are the two sides of the swap; a mediator after the verb
    receives no one."""
    assert coded(text, lang) == BOTH_WAYS
