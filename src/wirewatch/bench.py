"""`wirewatch bench`: a synthetic corpus from the sample articles, ingested end to end.

Each synthetic article is a sample article with its sentences shuffled and a numbered
sentence added, so hash dedup keeps them all while the language work stays realistic.
"""

from __future__ import annotations

import random
import resource
import tempfile
import time
from pathlib import Path

from wirewatch.batch import ingest
from wirewatch.ingest.files import read_sources
from wirewatch.models import RawDocument
from wirewatch.sample import corpus_path


def synthetic_corpus(n: int, seed: int = 7) -> list[RawDocument]:
    base = [x for x in read_sources([str(corpus_path())]) if isinstance(x, RawDocument)]
    rng = random.Random(seed)
    out = []
    for i in range(n):
        raw = base[i % len(base)]
        lines = [ln for ln in raw.text.split("\n") if ln.strip()]
        head, body = lines[:1], lines[1:]
        rng.shuffle(body)
        text = "\n".join(head + body + [f"Ref. {i}."])
        out.append(RawDocument(source=f"bench://{i}", text=text, title=raw.title,
                               published=raw.published, lang=raw.lang))
    return out


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def run_bench(n_docs: int = 2000, workers: int = 1) -> dict:
    corpus = synthetic_corpus(n_docs)
    from wirewatch.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "bench.db"))
        started = time.perf_counter()
        report = ingest([], store, workers=workers, items=iter(corpus))
        seconds = time.perf_counter() - started
        store.close()
    own = _rss_mb(resource.RUSAGE_SELF)
    children = _rss_mb(resource.RUSAGE_CHILDREN)
    return {
        "articles": report.stored, "seconds": round(seconds, 2),
        "articles_per_s": round(report.stored / seconds, 1) if seconds else 0.0,
        "workers": workers,
        "peak_rss_mb_per_process": round(max(own, children), 1),
        "peak_rss_mb_total": round(own + children * workers if workers > 1 else own, 1),
        "per_stage": {"ingest+pipeline+store": round(report.seconds, 2)},
    }
