"""Latency of the HTTP API over a large store: p50/p95 of the events list, a dyad timeline
and a search, through the real server (`wirewatch serve` in a subprocess).

    .venv/bin/python benchmarks/api_latency.py [--events 200000] [--requests 200] [--db FILE]

The store is filled with synthetic rows inserted directly into `documents`, `event_mentions`
and `events` (and the search index), not by the pipeline: this measures the read side only.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "api"))

COUNTRIES = ["RUS", "UKR", "TUR", "USA", "CHN", "FRA", "DEU", "GBR", "GRC", "ROU", "POL",
             "IRN", "ISR", "EGY", "IND", "IDN", "JPN", "BRA", "ZAF", "SYR"]
TYPES = ["CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "CONCEDE", "RETREAT"]
WORDS = ["talks", "ceasefire", "minister", "summit", "sanctions", "border", "troops", "aid", "grain", "pipeline", "treaty", "embassy", "drones", "shipping", "election", "protest", "envoy", "visit", "agreement"]
MENTIONS_PER_DOC = 10


def fill(db: Path, n_events: int, seed: int = 7) -> None:
    from wirewatch.store import Store

    Store(str(db)).close()  # schema and search index as the app creates them
    rng = random.Random(seed)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    n_docs = max(1, n_events // MENTIONS_PER_DOC)
    docs, fts, mentions, events = [], [], [], []
    for d in range(n_docs):
        doc_id = f"d{d:015x}"
        day = f"20{rng.randint(20, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        sentences = []
        for k in range(MENTIONS_PER_DOC):
            i = d * MENTIONS_PER_DOC + k
            if i >= n_events:
                break
            a, b = rng.sample(COUNTRIES, 2)
            etype = rng.choice(TYPES)
            words = " ".join(rng.choices(WORDS, k=8))
            sentence = f"{a} and {b} {etype.lower()} over {words}."
            start = sum(len(s) + 1 for s in sentences)
            sentences.append(sentence)
            eid = f"e{i:015x}"
            mentions.append((f"m{i:015x}", doc_id, etype, a, a, a, b, b, b, day, "day",
                             "asserted", sentence, start, start + len(sentence),
                             start + len(f"{a} and {b} "),
                             start + len(f"{a} and {b} {etype.lower()}"), 0.8, "bench", eid))
            events.append((eid, etype, a, a, a, b, b, b, day, "day", "asserted", 0.8, 1, 1,
                           "en", day, day, doc_id))
        text = " ".join(sentences)
        docs.append((doc_id, f"bench://{d}", f"Bench article {d}", "en", text, day, "stated",
                     "2025-01-01T00:00:00", doc_id))
        fts.append((doc_id, f"Bench article {d}", text))
    conn.executemany(
        "INSERT INTO documents (id, source, title, lang, text, published, published_basis, "
        "ingested_at, story_id) VALUES (?,?,?,?,?,?,?,?,?)", docs)
    conn.executemany("INSERT INTO documents_fts (doc_id, title, text) VALUES (?,?,?)", fts)
    conn.executemany(
        "INSERT INTO event_mentions (id, doc_id, type, source_id, source_country, source_actor,"
        " target_id, target_country, target_actor, date, date_precision, status, evidence,"
        ' start, "end", trigger_start, trigger_end, confidence, coder, event_id)'
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", mentions)
    conn.executemany(
        "INSERT INTO events (id, type, source_id, source_country, source_actor, target_id,"
        " target_country, target_actor, date, date_precision, status, confidence, n_mentions,"
        " n_documents, languages, first_seen, last_seen, story_id)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", events)
    conn.executemany("INSERT INTO stories (id, label, first_seen, last_seen, languages,"
                     " n_documents) VALUES (?,?,?,?,?,?)",
                     [(d[0], d[2], d[5], d[5], "en", 1) for d in docs])
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()


def serve(db: Path, port: int) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("wirewatch")
    proc = subprocess.Popen([str(exe), "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/stories?limit=1", timeout=2)
            return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start")


def measure(client: httpx.Client, make_request, n: int) -> list[float]:
    make_request()  # warm-up
    out = []
    for i in range(n):
        t0 = time.perf_counter()
        r = make_request(i)
        out.append((time.perf_counter() - t0) * 1000)
        r.raise_for_status()
    return out


def scenarios(client: httpx.Client, rng: random.Random) -> dict:
    first = client.get("/api/events", params={"limit": 100}).json()
    cursors = [first["next_cursor"]]
    for _ in range(20):
        cursors.append(client.get("/api/events", params={"limit": 100, "cursor": cursors[-1]})
                       .json()["next_cursor"])
    deep = client.get("/api/events", params={"limit": 1000}).json()["next_cursor"]
    pair = lambda: rng.sample(COUNTRIES, 2)
    return {
        "events, first page (limit 100)": lambda i=0: client.get("/api/events",
                                                                   params={"limit": 100}),
        "events, next pages (cursor)": lambda i=0: client.get(
            "/api/events", params={"limit": 100, "cursor": cursors[i % len(cursors)]}),
        "events, type+actor filter": lambda i=0: client.get("/api/events", params={
            "limit": 100, "type": rng.choice(TYPES), "actor": rng.choice(COUNTRIES)}),
        "events, since/until filter": lambda i=0: client.get("/api/events", params={
            "limit": 100, "since": "2023-03", "until": "2023-04", "cursor": deep}),
        "dyad timeline (month)": lambda i=0: client.get("/api/dyads/{}/{}".format(*pair())),
        "dyad timeline (week, directed)": lambda i=0: client.get(
            "/api/dyads/{}/{}".format(*pair()), params={"by": "week", "directed": "true"}),
        "search (one word)": lambda i=0: client.get("/api/search", params={
            "q": rng.choice(WORDS), "limit": 50}),
        "search (two words + filter)": lambda i=0: client.get("/api/search", params={
            "q": " ".join(rng.sample(WORDS, 2)), "since": "2024-01", "limit": 50}),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--db", type=Path, help="reuse (or create) this store")
    args = parser.parse_args()
    db = args.db or Path(tempfile.mkdtemp(prefix="wirewatch-bench-")) / "bench.db"
    if not db.exists():
        t0 = time.perf_counter()
        fill(db, args.events)
        print(f"filled {db} with {args.events:,} events in {time.perf_counter() - t0:.1f} s")
    from live_server import free_port

    port = free_port()
    proc = serve(db, port)
    try:
        rng = random.Random(1)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            table = {name: measure(client, fn, args.requests)
                     for name, fn in scenarios(client, rng).items()}
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(f"\n{'request':34} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for name, ms in table.items():
        q = statistics.quantiles(ms, n=20)
        print(f"{name:34} {statistics.median(ms):8.1f} {q[18]:8.1f} {max(ms):8.1f}")


if __name__ == "__main__":
    main()
