"""An attack noun in the object of a call or a condemnation is no act of the caller (own
sentences): the call is coded, the attack is at most an act of the party it is attributed to."""

import pytest

from wirewatch.lang.check import code_example


def coded(sentence, lang):
    return {(e.type, e.source.country, e.target.country if e.target else None)
            for e in code_example(sentence, lang)}


@pytest.mark.parametrize("sentence, lang, caller", [
    ("Menteri Luar Negeri Malaysia mendesak militer Myanmar menghentikan serangan udara.",
     "id", "MYS"),
    ("Chile exigió a Israel el cese de los bombardeos contra Gaza.", "es", "CHL"),
    ("Brazil called for an end to the shelling of Gaza by Israel.", "en", "BRA"),
])
def test_the_caller_does_not_attack(sentence, lang, caller):
    found = coded(sentence, lang)
    assert any(t == "REQUEST" and s == caller for t, s, _ in found)
    assert not any(t == "ASSAULT" and s == caller for t, s, _ in found)


@pytest.mark.parametrize("sentence, agent, victim, condemner", [
    ("سخنگوی وزارت خارجه ایران حمله اسرائیل به سوریه را محکوم کرد.", "ISR", "SYR", "IRN"),
    ("ترکیه حمله روسیه به اوکراین را محکوم کرد.", "RUS", "UKR", "TUR"),
])
def test_a_genitive_after_a_condemned_attack_is_its_agent(sentence, agent, victim, condemner):
    found = coded(sentence, "fa")
    assert ("ACCUSE", condemner, agent) in found
    assert not any(t == "ASSAULT" and s == condemner for t, s, _ in found)
    assert ("ASSAULT", agent, victim) in found
