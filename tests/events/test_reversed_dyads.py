"""Source and target in their right order (own sentences): the agent an act noun names after
it ("an unprovoked attack by China") is the source of the act, even when the agent word is
part of the trigger and an adjective, not an article, stands before the noun."""

import pytest

from wirewatch.lang.check import code_example


def dyads(sentence, lang, etype):
    return {(e.source.country, e.target.country if e.target else None)
            for e in code_example(sentence, lang) if e.type == etype}


@pytest.mark.parametrize("sentence, lang", [
    ("Tokyo protested an unprovoked attack by China.", "en"),
])
def test_the_agent_after_an_act_noun_is_its_source(sentence, lang):
    found = dyads(sentence, lang, "ASSAULT")
    assert found and all(source == "CHN" for source, _ in found)


@pytest.mark.parametrize("sentence, lang", [
    ("Tokyo condemned a reckless attack by China on its fishermen.", "en"),
    ("Warszawa potępiła brutalny atak przez Rosję na Kijów.", "pl"),
])
def test_the_condemned_party_is_the_agent_of_the_act(sentence, lang):
    found = dyads(sentence, lang, "ACCUSE")
    assert found and all(target in ("CHN", "RUS") for _, target in found)
