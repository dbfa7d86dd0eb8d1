"""Whole articles we wrote, scored by `wirewatch eval` against gold we wrote for them.

The sample corpus (src/wirewatch/sample) and the held-out articles (tests/eval/heldout)
measure the pipeline on documents rather than sentences: headlines, background clauses,
dates carried through a story, repeated reports. Each gold set has a floor file
(`floors/<name>.toml`), raised when the set improves, so that a change losing ground fails.
"""

import tomllib
from pathlib import Path

import pytest

from wirewatch.eval.run import evaluate

HERE = Path(__file__).parent
SAMPLE = Path(__file__).parents[2] / "src" / "wirewatch" / "sample"
GOLD_SETS = {"sample": SAMPLE / "gold.jsonl"} | {
    gold.stem: gold for gold in sorted((HERE / "heldout").glob("*.jsonl"))}


@pytest.mark.parametrize("name", sorted(GOLD_SETS))
def test_gold_set_stays_above_its_floors(name):
    gold = GOLD_SETS[name]
    floor = tomllib.loads((HERE / "floors" / f"{name}.toml").read_text(encoding="utf-8"))
    result = evaluate(gold, gold.parent)
    overall = {level: data["overall"]["f1"] for level, data in result["levels"].items()}
    assert result["found_documents"] == result["documents"]
    for level in ("type", "type+dyad", "type+dyad+date"):
        assert overall[level] >= floor["f1"][level], (level, overall)
    assert result["status"]["accuracy"] >= floor["status"], result["status"]
