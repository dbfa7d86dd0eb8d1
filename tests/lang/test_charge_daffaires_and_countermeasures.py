"""Summoning a chargé d'affaires is ACCUSE like summoning an ambassador (PLOVER manual), with a
gap for the day between verb and envoy; a countermeasure China takes is a SANCTION, one it
says it will take a THREATEN (own sentences)."""

import pytest

from wirewatch.lang.check import code_example


def dyads(sentence, lang, etype):
    return {(e.source.country, e.target and e.target.country) for e in code_example(sentence, lang)
            if e.type == etype}


@pytest.mark.parametrize("sentence, lang", [
    ("Польша вызвала временного поверенного в делах Белоруссии.", "ru"),
    ("Польща викликала тимчасового повіреного у справах Білорусі.", "uk"),
    ("Polska wezwała w czwartek chargé d'affaires Białorusi.", "pl"),
    ("Polonia convocó este jueves al encargado de negocios de Bielorrusia.", "es"),
])
def test_summoning_a_charge_daffaires_is_an_accusation(sentence, lang):
    assert dyads(sentence, lang, "ACCUSE") == {("POL", "BLR")}


def test_a_countermeasure_taken_is_a_sanction():
    sentence = "中方决定对参与售台武器的7家美国军工企业和3名高级管理人员采取反制措施。"
    assert dyads(sentence, "zh", "SANCTION") == {("CHN", "USA")}


def test_a_countermeasure_announced_stays_a_threat():
    assert dyads("中方将对美方采取反制措施。", "zh", "THREATEN") == {("CHN", "USA")}
