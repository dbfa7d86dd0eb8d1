"""Check a language pack: validate its files and code every line of its examples.txt.

    python -m wirewatch.lang.check LANG [LANG ...]

Prints each example whose coding differs from the expected one, then a summary line.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date

from wirewatch.actors.kb import load_kb
from wirewatch.actors.resolve import resolve_event_actors
from wirewatch.events.text import code_text
from wirewatch.lang.loader import load_pack, pack_root
from wirewatch.models import EventMention, PublishedDate

EXAMPLE_DAY = date(2024, 6, 15)


@dataclass
class Example:
    line: int
    sentence: str
    expected: str  # "TYPE SRC TGT [status=S] [mode=M]" or "NONE"


def read_examples(lang: str) -> list[Example]:
    path = pack_root() / lang / "examples.txt"
    if not path.is_file():
        return []
    out = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        sentence, _, expected = raw.rpartition("\t")
        out.append(Example(n, sentence.strip(), expected.strip()))
    return out


def describe(e: EventMention) -> str:
    target = e.target.country if e.target and e.target.country else "-"
    return f"{e.type} {e.source.country or '-'} {target} status={e.status} mode={e.mode}"


def matches(expected: str, events: list[EventMention]) -> bool:
    """True when one coded event agrees with every field the expectation states."""
    if expected == "NONE":
        return not events
    etype, source, target, *extra = expected.split()
    fields = dict(x.split("=", 1) for x in extra)
    for e in events:
        dyad = (e.source.country or "-", e.target.country if e.target and e.target.country else "-")
        same_dyad = dyad == (source, target) or (
            (etype in ("CONSULT", "AGREE", "COOPERATE") or fields.get("mode") == "treaty")
            and dyad == (target, source))  # symmetric as in gold/SCHEMA.md's matching rule
        if e.type == etype and same_dyad \
                and fields.get("status", "asserted") == e.status \
                and ("mode" not in fields or fields["mode"] == e.mode):
            return True
    return False


def code_example(sentence: str, lang: str) -> list[EventMention]:
    kb = load_kb()
    _, _, events = code_text(sentence, lang, EXAMPLE_DAY, kb)
    published = PublishedDate(EXAMPLE_DAY, EXAMPLE_DAY, EXAMPLE_DAY, "stated")
    for e in events:
        resolve_event_actors(e, kb, published)
    return events


def outline(sentence: str, lang: str, mode: bool = False) -> set[tuple]:
    """Each event of a sentence as (type, source country, target country, status[, mode]):
    the shape the per-language tests compare."""
    return {(e.type, e.source.country, e.target.country if e.target else None, e.status)
            + ((e.mode,) if mode else ()) for e in code_example(sentence, lang)}


def check(lang: str) -> tuple[int, int]:
    load_pack(lang)
    examples = read_examples(lang)
    failed = 0
    for ex in examples:
        events = code_example(ex.sentence, lang)
        if not matches(ex.expected, events):
            failed += 1
            got = "; ".join(describe(e) for e in events) or "NONE"
            print(f"{lang}:{ex.line}: {ex.sentence}\n    expected {ex.expected}\n    got      {got}")
    return len(examples), failed


def main(argv: list[str]) -> int:
    total = bad = 0
    for lang in argv:
        n, failed = check(lang)
        print(f"{lang}: {n - failed}/{n} examples coded as expected")
        total, bad = total + n, bad + failed
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
