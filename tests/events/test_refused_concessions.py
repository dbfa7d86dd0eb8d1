"""A concession negated in the future or refused is a REJECT, mode yield (events/refusal.py,
status.toml [refused]); a concession reported as not made stays negated. Sentences written
for these tests."""

import pytest

from wirewatch.lang.check import code_example


def _types(sentence: str, lang: str) -> set[tuple]:
    return {(e.type, e.mode, e.source.country, e.status) for e in code_example(sentence, lang)}


@pytest.mark.parametrize("sentence, lang", [
    ("The Serbian government said it would not withdraw the bill.", "en"),
    ("El Gobierno argentino no retirará el proyecto de ley.", "es"),
    ("Rusia no levantará las sanciones contra Moldavia.", "es"),
    ("Россия не будет выводить войска из Грузии.", "ru"),
    ("A Rússia não vai retirar as suas tropas da Geórgia.", "pt"),
    ("俄罗斯不会从格鲁吉亚撤军。", "zh"),
])
def test_a_refused_concession_is_a_reject(sentence, lang):
    coded = _types(sentence, lang)
    assert any(t == "REJECT" and m == "yield" and s == "asserted" for t, m, _, s in coded)
    assert not any(t in ("CONCEDE", "RETREAT") for t, *_ in coded)


def test_a_concession_not_made_stays_negated():
    coded = _types("El Gobierno argentino no retiró el proyecto de ley.", "es")
    assert not any(t == "REJECT" for t, *_ in coded)
    assert ("RETREAT", "withdraw", "ARG", "negated") in coded
