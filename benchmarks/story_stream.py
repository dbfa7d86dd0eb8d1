"""Stories and canonical events on a synthetic stream of news in six languages.

    .venv/bin/python benchmarks/story_stream.py [--docs 100000] [--batch 1000] [--seed 7]

Every story is one real event (type, pair of countries, day) reported by several outlets in
en, el, ro, id, ru and fr on the day or the day after, so its reports are known duplicates;
distractor stories put the same pair of countries in a different event a few days away, and
signatures recur weeks apart. Each distinct sentence (language, template, ordered pair, day
word) goes once through the real pipeline (`process`); reports are copies of those coded
documents with their own outlet, byline, publication date and event dates moved with it.
The stream is then written to a real SQLite store a batch at a time, each batch followed by
the real incremental `update_stories`.

Prints stories B-cubed P/R/F1, canonical-event pairwise precision/recall over the known
duplicates, and seconds per 10,000 documents for the slices ending at 10%, 50% and 100%
of the stream (10k, 50k and 100k by default): wall-clock seconds, and the process's CPU
seconds, which other work on a shared machine does not inflate. The time a document costs
the stream is both columns together (its store write, then the story and canonical-event
update); each column's own growth is printed beside it.
"""

from __future__ import annotations

import argparse
import gc
import random
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

from wirewatch.models import Document, PublishedDate, RawDocument
from wirewatch.pipeline import document_id, event_mention_id, process
from wirewatch.store.db import Store
from wirewatch.stories.update import update_stories

REFERENCE = date(2024, 6, 12)
START = date(2012, 1, 1)
STORIES_PER_DAY = 2.0
MEAN_REPORTS = 12
DISTRACTOR_SHARE = 0.3
EXCLUSION = 14  # days in which a pair's event type is not reused (talks vs a call: one story)

NAMES = {
    "en": {"RUS": "Russia", "IRN": "Iran", "CHN": "China", "TUR": "Turkey", "IND": "India",
           "FRA": "France", "DEU": "Germany", "EGY": "Egypt"},
    "el": {"RUS": "η Ρωσία", "IRN": "το Ιράν", "CHN": "η Κίνα", "TUR": "η Τουρκία",
           "IND": "η Ινδία", "FRA": "η Γαλλία", "DEU": "η Γερμανία", "EGY": "η Αίγυπτος"},
    "ro": {"RUS": "Rusia", "IRN": "Iranul", "CHN": "China", "TUR": "Turcia", "IND": "India",
           "FRA": "Franța", "DEU": "Germania", "EGY": "Egiptul"},
    "id": {"RUS": "Rusia", "IRN": "Iran", "CHN": "China", "TUR": "Turki", "IND": "India",
           "FRA": "Prancis", "DEU": "Jerman", "EGY": "Mesir"},
    "ru": {"RUS": "Россия", "IRN": "Иран", "CHN": "Китай", "TUR": "Турция", "IND": "Индия",
           "FRA": "Франция", "DEU": "Германия", "EGY": "Египет"},
    "fr": {"RUS": "la Russie", "IRN": "l'Iran", "CHN": "la Chine", "TUR": "la Turquie",
           "IND": "l'Inde", "FRA": "la France", "DEU": "l'Allemagne", "EGY": "l'Égypte"},
}
WHEN = {
    "en": ("today", "yesterday"), "el": ("σήμερα", "χθες"), "ro": ("astăzi", "ieri"),
    "id": ("hari ini", "kemarin"), "ru": ("сегодня", "вчера"), "fr": ("aujourd'hui", "hier"),
}
# (type, mode) -> language -> sentence with {a}, {b} and {when}; written for this benchmark.
TEMPLATES = {
    ("CONSULT", "meeting"): {
        "en": "{a} and {b} held talks on trade {when}.",
        "el": "{a} και {b} είχαν {when} συνομιλίες για το εμπόριο.",
        "ro": "{a} și {b} au discutat {when} despre comerț.",
        "id": "{a} dan {b} membahas perdagangan {when}.",
        "ru": "{a} и {b} {when} провели переговоры по торговле.",
        "fr": "{a} et {b} ont mené {when} des négociations sur le commerce.",
    },
    ("AGREE", None): {
        "en": "{a} and {b} agreed to expand their trade in national currencies {when}.",
        "el": "{a} και {b} συμφώνησαν {when} να αυξήσουν το εμπόριο σε εθνικά νομίσματα.",
        "ro": "{a} și {b} au convenit {when} să extindă comerțul în monede naționale.",
        "id": "{a} dan {b} sepakat {when} memperluas perdagangan dalam mata uang nasional.",
        "ru": "{a} и {b} {when} договорились о расширении торговли.",
        "fr": "{a} et {b} se sont mis d'accord {when} sur les exportations de céréales.",
    },
    ("COOPERATE", "military"): {
        "en": "{a} and {b} held joint naval exercises {when}.",
        "el": "{a} και {b} πραγματοποίησαν {when} κοινές στρατιωτικές ασκήσεις.",
        "ro": "{a} și {b} au desfășurat {when} exerciții militare comune.",
        "id": "{a} dan {b} menggelar latihan militer bersama {when}.",
        "ru": "{a} и {b} {when} провели совместные военные учения.",
        "fr": "{a} et {b} ont organisé {when} des exercices conjoints en mer.",
    },
    ("CONSULT", "phone"): {
        "en": "The leaders of {a} and {b} spoke by phone {when}.",
        "el": "{a} και {b} συζήτησαν {when} σε τηλεφωνική επικοινωνία την ενεργειακή κρίση.",
        "ro": "{a} și {b} au avut {when} o convorbire telefonică.",
        "id": "Pemimpin {a} dan {b} berbicara melalui telepon {when}.",
        "ru": "{a} и {b} {when} провели телефонный разговор.",
        "fr": "Les dirigeants de {a} et de {b} ont eu {when} un entretien téléphonique.",
    },
}
OUTLETS = [f"outlet-{i:02d}" for i in range(40)]


@dataclass
class Report:
    """One synthetic document and what it is known to report."""

    doc: Document
    story: str
    lead_event: str | None  # id of the mention that reports the story's event


def _sentence(lang: str, kind: tuple, a: str, b: str, offset: int) -> str:
    text = TEMPLATES[kind][lang].format(a=NAMES[lang][a], b=NAMES[lang][b], when=WHEN[lang][offset])
    return text[0].upper() + text[1:]


def _lead(doc: Document, kind: tuple, pair: tuple, day: date):
    """The mention that codes the template's event, or None when the pack misses it."""
    for e in doc.events:
        sides = {e.source.country, e.target.country if e.target else None}
        if (e.type, e.mode) == kind and sides == set(pair) and e.date == day.isoformat():
            return e
    return None


def code_sentences(rng_pairs: list[tuple]) -> dict[tuple, tuple[Document, int]]:
    """Each distinct sentence through the real pipeline once; keep those coded as intended."""
    coded = {}
    for lang in NAMES:
        for kind in TEMPLATES:
            for a, b in rng_pairs:
                for first, second in ((a, b), (b, a)):
                    for offset in (0, 1):
                        text = _sentence(lang, kind, first, second, offset)
                        doc = process(RawDocument("synthetic", text, lang=lang, published=REFERENCE))
                        lead = _lead(doc, kind, (a, b), REFERENCE - timedelta(days=offset))
                        if lead is not None:
                            coded[(lang, kind, first, second, offset)] = (doc, doc.events.index(lead))
    return coded


def _shift(value: str | None, precision: str, days: int) -> str | None:
    if value is None or precision != "day":
        return value
    return (date.fromisoformat(value) + timedelta(days=days)).isoformat()


def report_copy(coded: Document, lead: int, published: date, outlet: str, serial: int) -> tuple:
    """A coded document as another outlet's report on another day (same sentence)."""
    text = f"{coded.text}\n{outlet} · {serial}"
    doc_id = document_id(text)
    days = (published - REFERENCE).days
    events = []
    for e in coded.events:
        moved = replace(e, date=_shift(e.date, e.date_precision, days))
        moved.id = event_mention_id(doc_id, moved)
        events.append(moved)
    doc = replace(coded, id=doc_id, text=text, source=f"{outlet}/{serial}", outlet=outlet,
                  published=PublishedDate(published, published, published, "metadata"),
                  events=events)
    return doc, events[lead].id


@dataclass
class Plan:
    story: str
    kind: tuple
    pair: tuple
    day: date
    reports: int


def plan_stories(n_docs: int, rng: random.Random, pairs: list[tuple], kinds: list[tuple]):
    """Stories day by day until the stream is long enough; a signature rests between uses."""
    plans, last_used, total, day = [], {}, 0, START
    while total < n_docs:
        for _ in range(_poisson(rng, STORIES_PER_DAY)):
            pair = rng.choice(pairs)
            for kind, event_day in _events_of(rng, kinds, day):
                if (event_day - last_used.get((kind[0], pair), date.min)).days <= EXCLUSION:
                    continue
                last_used[(kind[0], pair)] = event_day
                n = max(1, int(rng.expovariate(1 / MEAN_REPORTS)))
                plans.append(Plan(f"s{len(plans)}", kind, pair, event_day, n))
                total += n
        day += timedelta(days=1)
    return plans


def _events_of(rng: random.Random, kinds: list[tuple], day: date) -> list[tuple]:
    """The story's event, and sometimes a distractor: same pair, other event, nearby day."""
    kind = rng.choice(kinds)
    out = [(kind, day)]
    if rng.random() < DISTRACTOR_SHARE:
        other = rng.choice([k for k in kinds if k[0] != kind[0]])
        out.append((other, day + timedelta(days=rng.randint(-2, 2))))
    return out


def _poisson(rng: random.Random, lam: float) -> int:
    n, p, limit = 0, 1.0, pow(2.718281828459045, -lam)
    while True:
        p *= rng.random()
        if p < limit:
            return n
        n += 1


def build_stream(n_docs: int, rng: random.Random, coded: dict) -> list[Report]:
    pairs = sorted({(a, b) for (_, _, a, b, _) in coded if a < b})
    plans = plan_stories(n_docs, rng, pairs, list(TEMPLATES))
    reports, serial = [], 0
    for plan in plans:
        options = [k for k in coded if k[1] == plan.kind and {k[2], k[3]} == set(plan.pair)]
        for _ in range(plan.reports):
            key = rng.choice(options)
            doc, lead = coded[key]
            serial += 1
            published = plan.day + timedelta(days=key[4])
            copy, lead_id = report_copy(doc, lead, published, rng.choice(OUTLETS), serial)
            reports.append(Report(copy, plan.story, lead_id))
    reports.sort(key=lambda r: (r.doc.published.value, r.doc.id))
    return reports[:n_docs]


def ingest_stream(store: Store, reports: list[Report], batch: int, rng: random.Random) -> list:
    """Write batch by batch (shuffled inside a batch), updating stories after each.

    Returns (documents so far, then cumulative wall seconds of store writes and of stories,
    then the same in CPU seconds).
    """
    marks, totals = [], [0.0] * 4
    batch = min(batch, max(1, len(reports) // 10))
    for i in range(0, len(reports), batch):
        docs = [r.doc for r in reports[i:i + batch]]
        rng.shuffle(docs)
        started = (time.perf_counter(), time.process_time())
        store.write_batch(docs, [])
        written = (time.perf_counter(), time.process_time())
        update_stories(store)
        done = (time.perf_counter(), time.process_time())
        for k in (0, 1):
            totals[2 * k] += written[k] - started[k]
            totals[2 * k + 1] += done[k] - written[k]
        marks.append((i + len(docs), *totals))
    return marks


def bcubed(gold: dict, system: dict) -> tuple[float, float, float]:
    """B-cubed from the contingency table: linear in the number of items."""
    both = Counter((gold[k], system[k]) for k in gold)
    g, s = Counter(gold.values()), Counter(system[k] for k in gold)
    p = sum(n * n / s[j] for (_, j), n in both.items()) / len(gold)
    r = sum(n * n / g[i] for (i, _), n in both.items()) / len(gold)
    return p, r, 2 * p * r / (p + r)


def pairwise(gold: dict, system: dict) -> tuple[float, float]:
    """Precision/recall over pairs of mentions put in one canonical event."""
    def pairs(counts: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    both = pairs(Counter((gold[k], system[k]) for k in gold))
    sys_pairs, gold_pairs = pairs(Counter(system[k] for k in gold)), pairs(Counter(gold.values()))
    return (both / sys_pairs if sys_pairs else 1.0), (both / gold_pairs if gold_pairs else 1.0)


def _slice_seconds(marks: list, end: int, size: int, column: int) -> float:
    def at(n: int) -> float:
        return next((m[column] for m in marks if m[0] >= n), marks[-1][column]) if n > 0 else 0.0
    return at(end) - at(end - size)


def evaluate(db_path: str, reports: list[Report]) -> dict:
    conn = sqlite3.connect(db_path)
    stories = dict(conn.execute("SELECT id, story_id FROM documents"))
    events = dict(conn.execute("SELECT id, event_id FROM event_mentions"))
    n_events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    n_stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    conn.close()
    gold_story = {r.doc.id: r.story for r in reports}
    gold_event = {r.lead_event: r.story for r in reports}
    return {"bcubed": bcubed(gold_story, stories), "canonical": pairwise(gold_event, events),
            "events": n_events, "stories": n_stories, "gold_stories": len(set(gold_story.values()))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    started = time.perf_counter()
    countries = list(NAMES["en"])
    coded = code_sentences(list(combinations(countries, 2)))
    total = len(NAMES) * len(TEMPLATES) * len(countries) * (len(countries) - 1) * 2
    print(f"sentences coded as intended: {len(coded)}/{total} "
          f"({time.perf_counter() - started:.1f} s through the pipeline)")
    print("  per language:", dict(sorted(Counter(k[0] for k in coded).items())))
    reports = build_stream(args.docs, rng, coded)
    # The whole prebuilt stream sits in this process's heap, which a real ingest never holds:
    # without freezing it, each full garbage collection (about 0.6 s at 100k documents)
    # scans it and lands in whichever slice it happens to fall, not in the pipeline's cost.
    gc.freeze()
    print(f"stream: {len(reports)} documents, {len({r.story for r in reports})} stories, "
          f"{len({r.doc.lang for r in reports})} languages")
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "stream.db")
        store = Store(db)
        marks = ingest_stream(store, reports, args.batch, rng)
        store.close()
        result = evaluate(db, reports)
    p, r, f = result["bcubed"]
    cp, cr = result["canonical"]
    print(f"stories B-cubed: P {p:.4f} R {r:.4f} F1 {f:.4f} "
          f"({result['stories']} stories, {result['gold_stories']} known)")
    print(f"canonical events vs known duplicates: precision {cp:.4f} recall {cr:.4f} "
          f"({result['events']} canonical events)")
    step = max(1, len(reports) // 10)
    points = [step, len(reports) // 2, len(reports)]
    per = {c: [_slice_seconds(marks, n, step, c) / step * 10_000 for n in points]
           for c in (1, 2, 3, 4)}
    for label, write, story in (("wall", 1, 2), ("CPU", 3, 4)):
        both = [w + s for w, s in zip(per[write], per[story], strict=True)]
        print(f"{label} seconds per 10,000 documents   stories+canonical   store writes   both")
        for k, n in enumerate(points):
            print(f"  at {n:>7} documents          {per[story][k]:8.2f}          "
                  f"{per[write][k]:8.2f}   {both[k]:6.2f}")
        print(f"  growth (last / first): both {both[-1] / both[0]:.2f}x (stories+canonical "
              f"{per[story][-1] / per[story][0]:.2f}x, "
              f"store writes {per[write][-1] / per[write][0]:.2f}x); "
              f"total {marks[-1][write] + marks[-1][story]:.1f} s")

if __name__ == "__main__":
    sys.exit(main())
