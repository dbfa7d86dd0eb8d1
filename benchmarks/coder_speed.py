"""Speed of the rule coder on one core: sentences per second through `code_text`.

    .venv/bin/python benchmarks/coder_speed.py [--sentences 5000] [--profile]

The sentences are the project's own: every example sentence of every language pack
(src/wirewatch/lang/*/examples.txt) and every sentence of the bundled sample corpus
(src/wirewatch/sample/corpus, read through the ingest readers). Two measures, both in one
process on one core, after a warm-up that loads the knowledge base and the packs and codes a
sentence of each language, so that tables read on first use are loaded (its time is printed
apart):

- per sentence: `code_text(sentence, lang, day)` on each sentence alone, the path of
  `python -m wirewatch.lang.check` (sentence split, tokens, actor recognition, events);
- per document: `code_text(text, lang, day)` on each sample article, counted in sentences.

Both loop over the set until at least --sentences sentences are coded; the first pass (cold
per-word caches) is printed beside the total. CPU time is process time. No figure is asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import sys
import time
from datetime import date
from pathlib import Path

DAY = date(2024, 6, 15)
NAME_LANG = re.compile(r"^\d+_([a-z]{2})_")


def example_sentences() -> list[tuple[str, str]]:
    from wirewatch.lang.check import read_examples
    from wirewatch.lang.loader import available_languages

    return [(ex.sentence, lang) for lang in available_languages() for ex in read_examples(lang)]


def sample_documents() -> list[tuple[str, str]]:
    """(text, lang) of each sample article whose language its file name states."""
    from wirewatch.ingest.files import read_sources
    from wirewatch.models import RawDocument
    from wirewatch.sample import corpus_path

    out = []
    for item in read_sources([str(corpus_path())]):
        if not isinstance(item, RawDocument):
            continue
        m = NAME_LANG.match(Path(item.source).name)
        lang = item.lang or (m.group(1) if m else None)
        if lang and item.text.strip():
            out.append((item.text, lang))
    return out


def sentences_of(docs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    from wirewatch.text.sentences import split_sentences

    return [(s.text, lang) for text, lang in docs for s in split_sentences(text, lang)
            if s.text.strip()]


def _first_of_each_language(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """One sentence per language: the warm-up then reads every table a pack loads on first
    use (status cues, quote words, target words), which is loading, not coding."""
    return list({lang: (text, lang) for text, lang in reversed(items)}.values())


def run(items: list[tuple[str, str]], units: list[int], target: int, kb) -> dict:
    """Code items round-robin until `target` units (sentences) are done; first pass apart."""
    from wirewatch.events.text import code_text

    done = events = passes = 0
    first = None
    cpu0, wall0 = time.process_time(), time.perf_counter()
    while done < target or passes == 0:
        for (text, lang), n in zip(items, units):
            events += len(code_text(text, lang, DAY, kb)[2])
            done += n
        passes += 1
        if first is None:
            first = (done, time.process_time() - cpu0)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    return {"sentences": done, "events": events, "passes": passes, "cpu": cpu, "wall": wall,
            "first_rate": first[0] / first[1] if first[1] else float("inf"),
            "rate": done / cpu if cpu else float("inf")}


def line(name: str, r: dict) -> str:
    return (f"{name:<13} {r['sentences']:>7} sentences in {r['cpu']:6.2f} s CPU "
            f"({r['wall']:.2f} s wall, {r['passes']} passes, {r['events']} events): "
            f"{r['rate']:,.0f} sentences/s  (first pass {r['first_rate']:,.0f}/s)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=5000, help="sentences to code per measure")
    ap.add_argument("--profile", action="store_true", help="print the top functions (per sentence)")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    from wirewatch.actors.kb import load_kb
    from wirewatch.events.text import code_text
    from wirewatch.lang.loader import available_languages, load_pack

    kb = load_kb()
    langs = available_languages()
    for lang in langs:
        load_pack(lang)
    examples = example_sentences()
    docs = sample_documents()
    sample = sentences_of(docs)
    for text, lang in _first_of_each_language(examples) + examples[:50] + sample[:50]:
        code_text(text, lang, DAY, kb)
    warm = time.perf_counter() - t0

    singles = examples + sample
    doc_units = [len(sentences_of([d])) for d in docs]
    print(f"rule coder speed, one process: {len(singles)} distinct sentences "
          f"({len(examples)} pack examples in {len(langs)} languages, {len(sample)} from "
          f"{len(docs)} sample articles); warm-up (KB, {len(langs)} packs) {warm:.2f} s")
    if args.profile:
        prof = cProfile.Profile(time.process_time)  # CPU time: other processes share the machine
        prof.enable()
    per_sentence = run(singles, [1] * len(singles), args.sentences, kb)
    if args.profile:
        prof.disable()
    per_document = run(docs, doc_units, args.sentences, kb)
    print(line("per sentence", per_sentence))
    print(line("per document", per_document))
    if args.profile:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
