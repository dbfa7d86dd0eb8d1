"""A verb that opens a sentence with no subject of its own ("He also urged ...", "Ha chiesto
...") acts for the first party of the sentence before, and the party after it is its target;
the victim of an act an accusation condemns is not the accused; coordinated agents of one act
are not each other's target unless "each other" says so (own sentences, several languages)."""

from datetime import date

import pytest

from wirewatch.events.text import code_text

DAY = date(2025, 11, 12)

MEETING = {
    "en": "German Foreign Minister Johann Wadephul met Turkish Foreign Minister Hakan Fidan in "
          "Ankara on Monday.",
    "de": "Außenminister Johann Wadephul traf am Montag in Ankara den türkischen Außenminister "
          "Hakan Fidan.",
    "it": "Il ministro degli Esteri tedesco Johann Wadephul ha incontrato lunedì ad Ankara il "
          "ministro turco Hakan Fidan.",
    "es": "El ministro alemán de Exteriores, Johann Wadephul, se reunió el lunes en Ankara con el "
          "ministro turco Hakan Fidan.",
}
CALL = {
    "en": "He also urged Russia to accept a ceasefire.",
    "de": "Er forderte Russland auf, einer Waffenruhe zuzustimmen.",
    "it": "Ha inoltre chiesto alla Russia di accettare un cessate il fuoco.",
    "es": "También pidió a Rusia aceptar un alto el fuego.",
}


def dyads(text, lang, etype):
    _, _, events = code_text(text, lang, DAY)
    return {(e.source.country, e.target.country if e.target else None)
            for e in events if e.type == etype}


@pytest.mark.parametrize("lang", ["en", "de", "it", "es"])
def test_a_verb_without_subject_acts_for_the_party_before(lang):
    found = dyads(f"{MEETING[lang]} {CALL[lang]}", lang, "REQUEST")
    assert ("DEU", "RUS") in found
    assert not any(source == "RUS" for source, _ in found)


def test_a_named_subject_is_not_replaced_by_the_party_before():
    text = f"{MEETING['en']} Poland urged Russia to accept a ceasefire."
    assert dyads(text, "en", "REQUEST") == {("POL", "RUS")}


def test_a_language_without_the_table_carries_no_subject():
    text = ("التقى وزير الخارجية التركي هاكان فيدان نظيره الألماني يوم الاثنين. "
            "ودعا روسيا إلى قبول وقف إطلاق النار.")
    assert not {("DEU", "RUS"), ("TUR", "RUS")} & dyads(text, "ar", "REQUEST")


def test_the_victim_of_a_condemned_act_is_not_the_accused():
    text = ("Dışişleri Bakanı Hakan Fidan, İsrail'in Lübnan'a yönelik saldırılarını da kınayarak "
            "ateşkes çağrısında bulundu.")
    assert dyads(text, "tr", "ACCUSE") == {("TUR", "ISR")}


@pytest.mark.parametrize("text, lang", [
    ("Poland and Lithuania condemned the decision.", "en"),
    ("Polonia y Lituania condenaron la decisión.", "es"),
    ("Polska i Litwa potępiły tę decyzję.", "pl"),
])
def test_coordinated_agents_are_not_each_others_target(text, lang):
    assert ("POL", "LTU") not in dyads(text, lang, "ACCUSE")
    assert ("POL", None) in dyads(text, lang, "ACCUSE")


@pytest.mark.parametrize("text, lang", [
    ("Armenia and Azerbaijan accused each other of violating the ceasefire.", "en"),
    ("Армения и Азербайджан обвинили друг друга в нарушении перемирия.", "ru"),
    ("Armenia și Azerbaidjan s-au acuzat reciproc de încălcarea armistițiului.", "ro"),
])
def test_each_other_makes_an_accusation_both_ways(text, lang):
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= dyads(text, lang, "ACCUSE")
