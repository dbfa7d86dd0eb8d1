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


def _cpu_seconds() -> tuple[float, float]:
    """CPU time of this process and of its finished children: on a shared machine, wall
    time alone says little."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), \
        resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def run_bench(n_docs: int = 2000, workers: int = 1, dask: str | None = None) -> dict:
    """Ingest n_docs synthetic articles into a fresh SQLite file; dask = None, 'local' or a
    scheduler address."""
    corpus = synthetic_corpus(n_docs)
    from wirewatch.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "bench.db"))
        cpu_before = _cpu_seconds()
        started = time.perf_counter()
        if dask is not None:
            from wirewatch.scale.dask_runner import ingest_with_dask

            report = ingest_with_dask([], store, dask, workers=workers, items=corpus)
        else:
            report = ingest([], store, workers=workers, items=iter(corpus))
        seconds = time.perf_counter() - started
        cpu = [after - before for after, before in zip(_cpu_seconds(), cpu_before, strict=True)]
        store.close()
    own = _rss_mb(resource.RUSAGE_SELF)
    children = _rss_mb(resource.RUSAGE_CHILDREN)
    parallel = workers > 1 or dask is not None
    return {
        "articles": report.stored, "seconds": round(seconds, 2),
        "articles_per_s": round(report.stored / seconds, 1) if seconds else 0.0,
        "workers": workers, "dask": dask, "events": report.events,
        "peak_rss_mb_per_process": round(max(own, children), 1),
        "peak_rss_mb_total": round(own + children * workers if parallel else own, 1),
        "cpu_seconds": {"main": round(cpu[0], 2), "workers": round(cpu[1], 2)},
        "per_stage": {("dask+load+stories" if dask is not None else "ingest+pipeline+store"):
                      round(report.seconds, 2)},
    }
