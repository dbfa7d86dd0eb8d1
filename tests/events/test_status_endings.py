"""Tense and negation carried by the trigger word's own ending (status.toml `word`)."""

import pytest

from wirewatch.lang.check import code_example


@pytest.mark.parametrize("sentence, lang, status", [
    ("Chile firmará un acuerdo comercial con Perú.", "es", "planned"),
    ("Chile firmó un acuerdo comercial con Perú.", "es", "asserted"),
    ("O Chile assinará um acordo comercial com o Peru.", "pt", "planned"),
    ("Le Chili signera un accord commercial avec le Pérou.", "fr", "planned"),
    ("Il Cile firmerà un accordo commerciale con il Perù.", "it", "planned"),
    ("Şili, Peru ile ticaret anlaşması imzalayacak.", "tr", "planned"),
    ("Şili, Peru ile ticaret anlaşması imzalamadı.", "tr", "negated"),
    ("Şili, Peru ile ticaret anlaşması imzaladı.", "tr", "asserted"),
])
def test_the_trigger_word_ending_sets_the_status(sentence, lang, status):
    events = code_example(sentence, lang)
    assert events and {e.status for e in events} == {status}


def test_a_later_word_of_the_trigger_is_not_read_as_its_verb():
    events = code_example("O Chile mobilizou novas tropas na fronteira com o Peru.", "pt")
    assert events and all(e.status == "asserted" for e in events)
