"""English phone calls worded with a bare verb: "X rang Y", "X called Y on <day>"; and the
uses of "called" that name or demand, which stay what they are."""

import pytest

from wirewatch.lang.check import outline


def coded(sentence):
    return outline(sentence, "en", mode=True)


@pytest.mark.parametrize("sentence, source, target", [
    ("The Kremlin said Putin rang Erdogan.", "RUS", "TUR"),
    ("Chancellor Scholz called Macron on Friday evening.", "DEU", "FRA"),
    ("Sunak called Zelensky and discussed air defence.", "GBR", "UKR"),
    ("Modi called Lula to congratulate him.", "IND", "BRA"),
])
def test_bare_call_verbs_are_phone_calls(sentence, source, target):
    assert ("CONSULT", source, target, "asserted", "phone") in coded(sentence)


@pytest.mark.parametrize("sentence", [
    "Beijing called the Japanese decision a provocation.",
    "Russia called on Japan to lift the restrictions.",
])
def test_naming_and_demanding_are_no_phone_calls(sentence):
    assert not any(e[0] == "CONSULT" for e in coded(sentence))
