"""The seed articles scored by the project's own eval (skips without ../shared)."""

from wirewatch.eval.run import evaluate


def test_seed_scores_stay_above_the_floors(shared):
    result = evaluate(shared / "gold" / "seeds.jsonl", shared)
    overall = {level: data["overall"]["f1"] for level, data in result["levels"].items()}
    assert result["found_documents"] == 5
    assert overall["type+dyad"] >= FLOORS["type+dyad"], overall
    assert overall["type+dyad+date"] >= FLOORS["type+dyad+date"], overall
    assert result["stories_bcubed"]["f1"] >= FLOORS["stories"]
    assert result["published_in_range"]["correct"] >= FLOORS["published_in_range"]


FLOORS = {"type+dyad": 0.55, "type+dyad+date": 0.5, "stories": 1.0, "published_in_range": 5}
