"""Roles from structure (events/roles.py): passive agents, case markers after actors, actors
in a trigger's gap and instrument phrases, read from each pack's syntax.toml."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from wirewatch.events.roles import case_after, instrument_mode, literal_positions, passive_agent
from wirewatch.lang.check import code_example
from wirewatch.lang.loader import Pack, PackError, _load_syntax, load_pack
from wirewatch.text.tokens import tokens_of


@dataclass
class Span:
    start: int
    end: int


def coded(sentence: str, lang: str) -> set[tuple]:
    return {(e.type, e.source.country, e.target.country if e.target else None, e.mode)
            for e in code_example(sentence, lang)}


def test_literal_positions_leave_out_the_gap():
    keys = ["russland", "griff", "die", "ukraine", "an"]
    assert literal_positions("griff* ... an", keys, 1) == [1, 4]
    assert literal_positions("griff*", keys, 1) == [1]
    assert literal_positions("greift ... an", keys, 1) == []


def test_case_after_reads_postpositions_and_endings():
    fa = load_pack("fa").syntax
    assert case_after(fa, ["اسرائیل", "را", "تهدید"], Span(0, 1), 3) == (True, False)
    assert case_after(fa, ["اسرائیل", "تهدید"], Span(0, 1), 2) == (False, False)
    tr = load_pack("tr").syntax
    assert case_after(tr, ["ukrayna'yı"], Span(0, 1), 1) == (True, False)
    assert case_after(tr, ["suriye'de"], Span(0, 1), 1) == (True, True)
    assert case_after(tr, ["rusya'nın"], Span(0, 1), 1) == (False, False)  # genitive: a possessor


def test_passive_agent_needs_the_auxiliary_where_the_pack_asks_for_one():
    de = load_pack("de").syntax
    passive = tokens_of("die ukraine wurde von russland angegriffen").folded
    agent = Span(4, 5)
    assert passive_agent(de, passive, [Span(1, 2), agent], (0, 6, 6), 5, 6) == (True, agent)
    active = tokens_of("die ukraine erhielt von russland waffen").folded
    assert passive_agent(de, active, [Span(1, 2), Span(4, 5)], (0, 6, 6), 5, 6) == (False, None)


def test_instrument_needs_its_marker_and_the_trigger_type():
    es = load_pack("es").syntax
    keys = tokens_of("rusia ataco ucrania con drones").folded
    assert instrument_mode(es, "ASSAULT", keys, (0, 5, 5), 1, 2) == "drone"
    assert instrument_mode(es, "CONSULT", keys, (0, 5, 5), 1, 2) is None
    bare = tokens_of("rusia ataco ucrania y derribo drones").folded
    assert instrument_mode(es, "ASSAULT", bare, (0, 6, 6), 1, 2) is None


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ukrayna'yı Rusya vurdu.", ("ASSAULT", "RUS", "UKR")),          # accusative object first
    ("İran'a ABD yaptırım uyguladı.", ("SANCTION", "USA", "IRN")),   # dative target first
    ("Ukrayna Rusya'dan saldırıya uğradı.", ("ASSAULT", "RUS", "UKR")),  # ablative agent
    ("Suriye, Türkiye tarafından bombalandı.", ("ASSAULT", "TUR", "SYR")),
])
def test_turkish_case_endings_and_agents(sentence, expected):
    found = {(t, s, g) for t, s, g, _ in coded(sentence, "tr")}
    assert expected in found
    assert (expected[0], expected[2], expected[1]) not in found


@pytest.mark.parametrize(("sentence", "lang", "mode"), [
    ("Rusya Ukrayna'yı dronlarla vurdu.", "tr", "drone"),
    ("Rusya, Ukrayna'ya füzelerle saldırdı.", "tr", "missile"),
    ("قصفت تركيا سوريا بالمدفعية.", "ar", "shelling"),
    ("هاجمت إسرائيل لبنان بطائرات مسيرة.", "ar", "drone"),
    ("Russia attacked Ukraine with drones.", "en", "drone"),
    ("Russia attacked Kyiv overnight with dozens of missiles.", "en", "missile"),
])
def test_instrument_phrase_gives_the_assault_mode(sentence, lang, mode):
    assert {m for t, *_, m in coded(sentence, lang) if t == "ASSAULT"} == {mode}


def test_arabic_agent_after_the_verb():
    found = {(t, s, g) for t, s, g, _ in coded("تعرضت أوكرانيا لهجوم من قبل روسيا.", "ar")}
    assert ("ASSAULT", "RUS", "UKR") in found and ("ASSAULT", "UKR", "RUS") not in found


@pytest.mark.parametrize(("data", "key"), [
    ({"voice": {"agent": [{"before": ["by"], "side": "middle"}]}}, "voice.agent[0].side"),
    ({"instruments": {"ATTACK": {"drone": ["drone*"]}}}, "instruments.ATTACK"),
    ({"instruments": {"ASSAULT": {"drone": "drone*"}}}, "instruments.ASSAULT.drone"),
])
def test_bad_sections_name_their_key(data, key):
    with pytest.raises(PackError, match=key.replace("[", r"\[").replace("]", r"\]")):
        _load_syntax(Pack("xx"), data)


def test_content_of_a_threat_is_its_mode():
    assert ("THREATEN", "IRN", "ISR", "military") in coded("Iran threatened Israel with war.", "en")
    assert ("THREATEN", "USA", "CHN", "sanction") in coded(
        "The US threatened China with new tariffs.", "en")
