"""English pack on conflict and protest wording (issue 5, the kinds the CASE 2021 snippets
showed missing): force against a protest, bases set up, weapons of their own modes, ground
withdrawn from, and the words that must not fire on their own."""

import importlib.util
import sys
from pathlib import Path

import pytest

from wirewatch.lang.check import outline
from wirewatch.models import EVENT_TYPES

ROOT = Path(__file__).resolve().parents[2]


def coded(sentence, mode=False):
    return outline(sentence, "en", mode)


def test_force_against_a_protest_is_the_repression_not_a_protest_by_the_police():
    # Hebron, a city, stands for its country as "in Ramallah" would (actors/places_as_parties.py)
    assert coded("Israeli soldiers violently suppressed a peaceful demonstration in Hebron.") == {
        ("COERCE", "ISR", "PSE", "asserted")}
    assert coded("Kenyan police opened fire on demonstrators in Nairobi.") == {
        ("ASSAULT", "KEN", "KEN", "asserted")}


def test_a_base_set_up_is_a_mobilisation():
    assert coded("Turkish troops set up a new military base in northern Syria.", mode=True) == {
        ("MOBILIZE", "TUR", "SYR", "asserted", "troops")}


def test_weapons_give_their_plover_modes():
    assert coded("Syrian government forces used chlorine gas against rebels in Idlib.",
                 mode=True) == {("ASSAULT", "SYR", "SYR", "asserted", "unconventional")}
    assert coded("Ethiopian soldiers gang-raped women in Tigray.", mode=True) == {
        ("ASSAULT", "ETH", None, "asserted", "sexual")}


def test_ground_withdrawn_from_is_a_retreat_and_a_deal_left_a_sanction():
    assert coded("Russian forces withdrew from the town of Kherson.", mode=True) == {
        ("RETREAT", "RUS", None, "asserted", "withdraw")}
    assert coded("The United States withdrew from the nuclear deal with Iran.", mode=True) == {
        ("SANCTION", "USA", "IRN", "asserted", "withdraw")}


def test_a_protest_across_a_country_is_that_country_s():
    assert coded("Thousands of people rallied across Chile against the pension system.") == {
        ("PROTEST", "CHL", "CHL", "asserted")}


def test_sector_words_of_armed_groups_take_the_place_s_country():
    assert coded("Militiamen attacked a village in Mali.") == {("ASSAULT", "MLI", None, "asserted")}


@pytest.mark.parametrize("sentence, kind", [
    ("Argentina apologised to Brazil for intercepting a Brazilian fishing boat.", "SUPPORT"),
    ("The IAEA dispatched inspectors to Iran.", "ACCUSE"),
])
def test_weak_words_do_not_outrank_the_act(sentence, kind):
    assert {e[0] for e in coded(sentence)} == {kind}


def test_caught_in_a_flood_is_no_arrest():
    assert coded("Four men were caught in a flash flood in Thailand.") == set()


def _case_benchmark():
    spec = importlib.util.spec_from_file_location("case2021", ROOT / "benchmarks" / "case2021.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_case_benchmark_maps_every_label_to_plover_types():
    case = _case_benchmark()
    assert all(types and types <= set(EVENT_TYPES) for types in case.LABEL_TYPES.values())
    assert not (set(case.LABEL_TYPES) & (case.NO_EVENT | case.UNSCORED))
    if not case.DATA.is_file():
        pytest.skip("../shared/eval/case2021-task2 not present")
    labels = {row.label for row in case.load(case.DATA)}
    assert labels == set(case.LABEL_TYPES) | case.NO_EVENT | case.UNSCORED
