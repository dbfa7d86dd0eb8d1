"""Romance packs (es, pt, it, fr): an act noun after "any" names no act, French ligatures
fold like their spelt-out letters, warships sent are a mobilisation, a verdict of blame on
another's act is an accusation, and soldiers or military equipment sent are coded."""

from wirewatch.lang.check import outline
from wirewatch.text.keys import fold


def coded(sentence, lang):
    return {(t, s, r, st) for t, s, r, st, _m in outline(sentence, lang, mode=True)}


def test_ligature_folds_like_the_letters_it_joins():
    assert fold("manœuvres") == fold("manoeuvres") == "manoeuvres"
    assert fold("Œuvre") == "oeuvre"


def test_naval_manoeuvres_written_with_the_ligature_are_a_mobilisation():
    assert coded("La marine iranienne a entamé des manœuvres navales près du détroit d'Ormuz.", "fr") == {
        ("MOBILIZE", "IRN", None, "asserted")}


def test_an_attack_after_any_is_no_attack():
    for sentence, lang in [
            ("Moscou a averti qu'elle répondrait à toute attaque contre son territoire.", "fr"),
            ("Rusia advirtió que responderá a cualquier ataque contra su territorio.", "es"),
            ("Mosca ha avvertito che risponderà a qualsiasi attacco contro il suo territorio.", "it"),
            ("A Rússia avisou que responderá a qualquer ataque contra o seu território.", "pt")]:
        assert coded(sentence, lang) == {("THREATEN", "RUS", None, "asserted")}, sentence


def test_a_denied_act_after_any_is_still_the_act_denied():
    assert ("AID", "CHN", "RUS", "denied") in coded("La Chine dément toute livraison d'armes à la Russie.", "fr")


def test_warships_sent_are_a_mobilisation():
    assert coded("Washington a dépêché deux destroyers en Méditerranée orientale.", "fr") == {
        ("MOBILIZE", "USA", None, "asserted")}
    assert coded("La Francia ha inviato una fregata nel Mediterraneo orientale.", "it") == {
        ("MOBILIZE", "FRA", None, "asserted")}


def test_calling_anothers_decision_unacceptable_is_an_accusation():
    assert coded("Il ministro degli Esteri turco ha definito inaccettabile la decisione della Grecia.", "it") == {
        ("ACCUSE", "TUR", "GRC", "asserted")}
    assert coded("El Gobierno chino calificó de inaceptable la decisión de Japón.", "es") == {
        ("ACCUSE", "CHN", "JPN", "asserted")}


def test_soldiers_and_military_equipment_sent():
    assert coded("O Ruanda anunciou o envio de mais 500 militares para Moçambique.", "pt") == {
        ("MOBILIZE", "RWA", "MOZ", "asserted")}
    assert coded("Portugal vai enviar equipamento militar para a Ucrânia.", "pt") == {
        ("AID", "PRT", "UKR", "planned")}
