"""A verb in a quote with no subject of its own ("«Condanniamo ...», ha dichiarato la
premier") is the act of the quote's teller, in the languages that drop their subjects
(events/coder.py `_quote_teller`). Sentences written for these tests."""

import pytest

from wirewatch.lang.check import outline

TOLD = [
    ("uk", "«Засуджуємо удар Росії по Києву», — заявив президент України Володимир Зеленський.",
     ("ACCUSE", "UKR", "RUS", "asserted")),
    ("ru", "«Осуждаем удары Израиля по Ирану», — заявила представитель МИД России Мария Захарова.",
     ("ACCUSE", "RUS", "ISR", "asserted")),
    ("ro", "„Condamnăm atacul Rusiei asupra Ucrainei”, a declarat președintele României.",
     ("ACCUSE", "ROU", "RUS", "asserted")),
    ("uk", "«Закликаємо Росію припинити обстріли», — заявив міністр закордонних справ України.",
     ("REQUEST", "UKR", "RUS", "asserted")),
    ("it", ("Il ministro degli Esteri italiano ha detto: «Chiediamo alla Russia di fermare gli "
            "attacchi»."), ("REQUEST", "ITA", "RUS", "asserted")),
]


@pytest.mark.parametrize(("lang", "sentence", "event"), TOLD)
def test_a_subjectless_verb_in_a_quote_is_its_tellers_act(lang, sentence, event):
    assert event in outline(sentence, lang)


@pytest.mark.parametrize(("lang", "sentence", "teller"), [
    ("it", "«Condanniamo l'attacco dell'Iran contro Israele», ha dichiarato la premier italiana.",
     "ITA"),
    ("es", "«Condenamos el ataque de Rusia contra Ucrania», dijo el presidente de Argentina.",
     "ARG"),
    ("pt", "«Condenamos o ataque da Rússia contra a Ucrânia», afirmou o presidente do Brasil.",
     "BRA"),
])
def test_the_party_after_the_verb_is_no_subject_in_a_quote(lang, sentence, teller):
    accusers = {source for kind, source, _, _ in outline(sentence, lang) if kind == "ACCUSE"}
    assert accusers == {teller}


def test_a_noun_after_a_verb_in_a_quote_keeps_its_own_agent():
    # "atak" follows the verb that names it: the teller did not attack
    events = outline("„Potępiamy atak Rosji na Ukrainę” – oświadczył premier Polski.", "pl")
    assert not any(kind == "ASSAULT" and source == "POL" for kind, source, _, _ in events)


def test_a_phrase_quoted_inside_a_clause_keeps_the_clauses_subject():
    events = outline("Rosja zapowiedziała, że „zdecydowanie odpowie” na sankcje Polski, "
                     "powiedział rzecznik Kremla.", "pl")
    assert not any(source == "POL" for _, source, _, _ in events)


def test_a_deed_named_in_a_quote_is_not_the_tellers():
    # a statement is the teller's act; an attack named as a subject of his words is not
    events = outline("«Bombardear a la población civil de Ucrania es un crimen», afirmó el "
                     "presidente de Argentina.", "es")
    assert not any(kind == "ASSAULT" and source == "ARG" for kind, source, _, _ in events)
