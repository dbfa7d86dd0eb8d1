"""The seed articles scored by the project's own eval (skips without ../shared)."""

from wirewatch.eval.run import evaluate

# Ratchets: raised whenever the seeds improve, so that a change that loses ground fails.
FLOORS = {"type+dyad": 0.93, "type+dyad+date": 0.93, "stories": 1.0, "published_in_range": 5,
          "status": 0.95, "actors": 0.95, "locations": 0.95}


def test_seed_scores_stay_above_the_floors(shared):
    result = evaluate(shared / "gold" / "seeds.jsonl", shared)
    overall = {level: data["overall"]["f1"] for level, data in result["levels"].items()}
    assert result["found_documents"] == 5
    assert overall["type+dyad"] >= FLOORS["type+dyad"], overall
    assert overall["type+dyad+date"] >= FLOORS["type+dyad+date"], overall
    assert result["stories_bcubed"]["f1"] >= FLOORS["stories"]
    assert result["published_in_range"]["correct"] >= FLOORS["published_in_range"]
    for measure in ("status", "actors", "locations"):
        assert result[measure]["accuracy"] >= FLOORS[measure], (measure, result[measure])
