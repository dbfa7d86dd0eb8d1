"""Who does what in sentences of whole articles: an answered act keeps its own parties, "the
two leaders" are the parties of the talks before, two kinds of one act are two events."""

import pytest

from wirewatch.lang.check import code_example


def dyads(text, lang):
    return {(e.type, e.source.country, e.target.country if e.target else None)
            for e in code_example(text, lang)}


@pytest.mark.parametrize("text, lang", [
    (("La Suède va expulser trois diplomates russes, a annoncé lundi le gouvernement, en réponse "
      "à l'expulsion de trois diplomates suédois décidée par Moscou."), "fr"),
    (("In response to the expulsion of three Swedish diplomats by Moscow, Sweden expelled three "
      "Russian diplomats."), "en"),
    (("Suecia expulsó a tres diplomáticos rusos, en respuesta a la expulsión de tres diplomáticos "
      "suecos por parte de Moscú."), "es"),
    (("Szwecja wydaliła trzech rosyjskich dyplomatów w odpowiedzi na wydalenie trzech szwedzkich "
      "dyplomatów przez Moskwę."), "pl"),
])
def test_an_answered_act_and_the_answer_keep_their_own_parties(text, lang):
    found = dyads(text, lang)
    assert ("SANCTION", "SWE", "RUS") in found
    assert ("SANCTION", "RUS", "SWE") in found


@pytest.mark.parametrize("text, lang", [
    (("Venezuela desplegó tropas en la frontera, en respuesta al envío de buques de guerra "
      "estadounidenses al Caribe."), "es"),
    (("Polska od poniedziałku zamknie przejście graniczne w odpowiedzi na prowokacje białoruskich "
      "służb."), "pl"),
    ("Le Venezuela a mobilisé ses troupes en réponse aux provocations des États-Unis.", "fr"),
])
def test_an_answer_without_a_recipient_is_aimed_at_the_party_it_answers(text, lang):
    found = dyads(text, lang)
    assert any(d[2] in ("USA", "BLR") for d in found if d[1] in ("VEN", "POL"))


@pytest.mark.parametrize("text, lang, pair", [
    (("Merz traf Tusk in Warschau. Beide Regierungschefs vereinbarten, die Zusammenarbeit bei "
      "der Verteidigung zu vertiefen."), "de", {"DEU", "POL"}),
    (("Friedrich Merz spotkał się z Donaldem Tuskiem w Warszawie. Obaj szefowie rządów "
      "podpisali wspólną deklarację."), "pl", {"DEU", "POL"}),
    (("Luís Montenegro reuniu-se em Lisboa com o Presidente angolano. Os dois governos "
      "assinaram um acordo de cooperação."), "pt", {"PRT", "AGO"}),
    ("التقى وزير الخارجية المصري نظيره الأردني في عمان. ووقع الوزيران اتفاقية للتعاون.", "ar",
     {"EGY", "JOR"}),
])
def test_the_two_leaders_are_the_parties_of_the_talks_before(text, lang, pair):
    events = code_example(text, lang)
    second = [e for e in events if e.start > text.index(".")]
    assert any({e.source.country, e.target and e.target.country} == pair for e in second)


@pytest.mark.parametrize("text, lang", [
    ("Sweden expelled three Russian diplomats and recalled its ambassador from Moscow.", "en"),
    ("La Suède a expulsé trois diplomates russes et rappelle son ambassadeur à Moscou.", "fr"),
    ("Suecia expulsó a tres diplomáticos rusos y retiró a su embajador en Moscú.", "es"),
])
def test_two_kinds_of_one_act_are_two_events_of_one_subject(text, lang):
    found = [e for e in code_example(text, lang) if e.type == "SANCTION"]
    assert {(e.source.country, e.target.country if e.target else None) for e in found} \
        == {("SWE", "RUS")}
    assert len({e.mode for e in found}) == 2
