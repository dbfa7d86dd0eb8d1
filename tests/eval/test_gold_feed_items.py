"""Gold documents that are lines of a JSONL feed are found by URL or by line number."""

import json

from wirewatch.eval.run import evaluate


def test_feed_lines_are_scored_as_their_own_documents(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = [{"text": "Russian President Vladimir Putin spoke by phone with Turkish President "
                      "Recep Tayyip Erdogan on Tuesday.", "url": "https://news.example/call",
              "published": "2025-11-12"},
             {"text": "France condemned the Russian strike on Kyiv on Monday.",
              "published": "2025-11-10"}]
    (corpus / "feed.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    gold = [{"id": "a", "file": "corpus/feed.jsonl", "line": 1, "url": "https://news.example/call",
             "lang": "en", "events": [{"type": "CONSULT", "source": {"country": "RUS"},
                                       "target": {"country": "TUR"}, "status": "asserted",
                                       "date": None, "evidence": "spoke by phone", "core": True}]},
            {"id": "b", "file": "corpus/feed.jsonl", "line": 2, "lang": "en", "events": []}]
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text("\n".join(json.dumps(g) for g in gold), encoding="utf-8")

    result = evaluate(gold_path, tmp_path)

    assert result["found_documents"] == 2
    assert result["levels"]["type+dyad"]["overall"]["recall"] == 1.0
