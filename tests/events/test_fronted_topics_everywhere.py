"""A party told before a comma that a finite verb's own subject follows is the topic that
subject answers, its target, in every language; before an infinitive after the comma it is
the infinitive's object instead. Sentences written for these tests."""

from __future__ import annotations

import pytest

from wirewatch.lang.check import code_example


def _dyads(text: str, lang: str, kind: str) -> set[tuple]:
    return {(e.source.country, e.target.country if e.target else None)
            for e in code_example(text, lang) if e.type == kind}


FRONTED = [
    ("en", "Angered by the new tariffs of Washington, Beijing imposed sanctions."),
    ("es", "Indignado por los nuevos aranceles de Washington, Pekín impuso sanciones."),
    ("de", "Verärgert über die neuen Zölle Washingtons, verhängte Peking Sanktionen."),
]


@pytest.mark.parametrize(("lang", "text"), FRONTED)
def test_a_topic_before_the_comma_is_the_target_of_a_finite_verb(lang, text):
    assert _dyads(text, lang, "SANCTION") == {("CHN", "USA")}


def test_a_party_before_an_infinitive_after_the_comma_is_its_object():
    text = "Peking bestritt, Russland Waffen zu liefern."
    assert _dyads(text, "de", "AID") == {("CHN", "RUS")}
