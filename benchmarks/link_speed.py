"""Actor linking speed: recognise and link the actors of 1 MB of text on one core.

Usage: python benchmarks/link_speed.py [--mb 1.0] [--lang en]

The text is the SlavicNER test split (../shared/eval/slavicner, 470 distinct documents in 6
languages) when present, else the bundled sample corpus repeated to the size asked;
each document goes through the same calls as `code_text` up to linking (tokens, sentences,
`recognize`), without the event coder. The knowledge base, the name index and the gazetteer
(sector actors look up the places of their sentence) are loaded before the clock starts (they
are loaded once per process, and the geo stage needs the gazetteer anyway). Printed: CPU seconds (process time,
so a busy machine does not inflate them) per MB for the text stage the pipeline runs anyway
(tokens, keys, sentences) and for linking itself.
"""

from __future__ import annotations

import argparse
import time
from importlib import resources
from pathlib import Path

from wirewatch.actors.kb import load_kb
from wirewatch.actors.recognize import name_index, recognize
from wirewatch.events.text import sentence_breaks
from wirewatch.geo.gazetteer import load_gazetteer
from wirewatch.lang.loader import load_pack
from wirewatch.text.sentences import split_sentences
from wirewatch.text.tokens import tokens_of

SLAVICNER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "slavicner"


def sample_texts() -> list[tuple[str, str | None]]:
    root = resources.files("wirewatch") / "sample"
    out = []
    for path in sorted(root.rglob("*") if hasattr(root, "rglob") else root.iterdir(), key=str):
        if path.is_file() and path.name.endswith((".txt", ".md")):
            lang = path.name.split("_")[0] if "_" in path.name else None
            out.append((path.read_text(encoding="utf-8"), lang))
    return out


def slavicner_texts(root: Path) -> list[tuple[str, str | None]]:
    """Distinct news texts (no repetition, so no warm caches): the SlavicNER test split."""
    split = root / "SPLIT_cross-topic_test.txt"
    return [((root / raw).read_text(encoding="utf-8"), raw.split("/")[2])
            for raw in split.read_text(encoding="utf-8").split()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--lang", default="en", help="pack used when a file's name gives none")
    parser.add_argument("--sample", action="store_true",
                        help="use the bundled sample corpus even when SlavicNER is there")
    args = parser.parse_args()
    if SLAVICNER.is_dir() and not args.sample:
        texts = slavicner_texts(SLAVICNER)
        print(f"corpus: SlavicNER cross-topic test split ({SLAVICNER})")
    else:
        texts = [(t, lang if lang and len(lang) == 2 else args.lang) for t, lang in sample_texts()]
        print("corpus: bundled sample, repeated")
    target = int(args.mb * 1_000_000)
    batch, size = [], 0
    while size < target:
        for text, lang in texts:
            batch.append((text, lang))
            size += len(text.encode("utf-8"))
            if size >= target:
                break
    kb = load_kb()
    name_index(kb)
    load_gazetteer()
    for _, lang in batch:
        load_pack(lang)
    started = time.process_time()
    prepared = []
    for text, lang in batch:
        tokens = tokens_of(text)
        prepared.append((text, tokens, load_pack(lang),
                         sentence_breaks(tokens, split_sentences(text, lang))))
    text_stage = time.process_time() - started
    started = time.process_time()
    mentions = sum(len(recognize(text, tokens, pack, breaks, None, kb))
                   for text, tokens, pack, breaks in prepared)
    linking = time.process_time() - started
    mb = size / 1e6
    print(f"{mb:.2f} MB, {len(batch)} documents, {mentions} mentions; CPU seconds on one core:")
    print(f"  text stage (tokens, keys, sentences): {text_stage / mb:.2f} s per MB")
    print(f"  actor linking (recognize):            {linking / mb:.2f} s per MB")
    print(f"  both:                                 {(text_stage + linking) / mb:.2f} s per MB")


if __name__ == "__main__":
    main()
