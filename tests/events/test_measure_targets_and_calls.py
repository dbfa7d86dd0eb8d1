"""Who a reply, an opposition leader and a call are aimed at (events/coder.py: _own_state,
_in_opposition, _parties_to). Sentences written for these tests.

- A government rejecting or condemning a measure "against" its own state does not reject its
  state: the target is the body that adopted the measure, or none.
- An opposition leader accusing the government is a dyad of two sectors of one country
  (PLOVER: OPP -> GOV); a minister accusing his own government is still one side.
- A call on a party to cooperate is a REQUEST to that party, not cooperation; a call for
  cooperation with a partner named after "with" states the caller's own intent.
"""

from __future__ import annotations

import pytest

from wirewatch.lang.check import code_example


def _coded(sentence: str, lang: str) -> set[tuple]:
    return {(e.type, e.source.country, e.target.country if e.target else None)
            for e in code_example(sentence, lang)}


@pytest.mark.parametrize(("lang", "sentence", "state"), [
    ("zh", "外交部发言人拒绝了针对中国的指控。", "CHN"),
    ("en", "The Chinese government rejected the accusations against China.", "CHN"),
    ("ru", "Правительство России осудило резолюцию против России.", "RUS"),
    ("en", "The Iranian government condemned the resolution against Iran.", "IRN"),
])
def test_a_government_replying_to_a_measure_against_its_state_is_not_aimed_at_it(
        lang, sentence, state):
    found = _coded(sentence, lang)
    assert found and all(e[1] == state for e in found)
    assert not any(e[2] == state for e in found)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fa", ("سخنگوی وزارت خارجه قطعنامه شورای حکام آژانس بین‌المللی انرژی اتمی علیه ایران "
            "را رد کرد.")),
    ("en", "Iran's government rejected the IAEA resolution against Iran."),
])
def test_the_body_that_adopted_the_measure_is_the_target(lang, sentence):
    assert _coded(sentence, lang) == {("REJECT", "IRN", "IGO:IAEA")}


def test_a_government_still_detains_its_people():
    assert ("COERCE", "TUR", "TUR") in _coded(
        "The Turkish government detained Turkish journalists.", "en")


@pytest.mark.parametrize(("lang", "sentence", "country"), [
    ("en", ("Serbian opposition leader Dragan Djilas accused the Serbian government of "
            "rigging the vote."), "SRB"),
    ("ru", ("Лидер грузинской оппозиции Ника Мелия обвинил правительство Грузии в "
            "фальсификации выборов."), "GEO"),
    ("ru", "Лидер российской оппозиции обвинил российское правительство в коррупции.", "RUS"),
    ("tr", "Türkiye'de CHP lideri Özgür Özel hükümeti sert bir dille eleştirdi.", "TUR"),
])
def test_an_opposition_leader_accusing_the_government_is_a_domestic_dyad(
        lang, sentence, country):
    assert ("ACCUSE", country, country) in _coded(sentence, lang)


@pytest.mark.parametrize("sentence", [
    "The Serbian foreign minister accused the Serbian government of lying.",
    "Serbian President Aleksandar Vucic accused the Serbian government of lying.",
])
def test_a_minister_and_his_government_stay_one_side(sentence):
    assert ("ACCUSE", "SRB", "SRB") not in _coded(sentence, "en")


@pytest.mark.parametrize(("lang", "sentence", "asked"), [
    ("ro", "România a cerut Germaniei să coopereze mai strâns.", ("ROU", "DEU")),
    ("en", "Poland urged Germany to expand cooperation.", ("POL", "DEU")),
    ("en", "Poland called on its NATO allies to step up cooperation.", ("POL", "IGO:NATO")),
    ("ru", "Германия призвала Францию углубить сотрудничество.", ("DEU", "FRA")),
    ("es", "Alemania pidió a Francia profundizar la cooperación.", ("DEU", "FRA")),
    ("fa", "اتحادیه اروپا خواستار ازسرگیری همکاری کامل ایران با بازرسان آژانس شد.",
     ("IGO:EU", "IRN")),
])
def test_a_call_on_a_party_to_cooperate_is_a_request(lang, sentence, asked):
    found = _coded(sentence, lang)
    assert ("REQUEST",) + asked in found
    assert not any(e[0] == "COOPERATE" for e in found)


@pytest.mark.parametrize(("lang", "sentence", "pair"), [
    ("fa", "ایران خواستار گسترش همکاری با روسیه شد.", ("IRN", "RUS")),
    ("es", "Alemania pidió intensificar la cooperación con Francia.", ("DEU", "FRA")),
])
def test_a_call_for_cooperation_with_a_partner_is_the_callers_intent(lang, sentence, pair):
    assert _coded(sentence, lang) == {("COOPERATE",) + pair}
