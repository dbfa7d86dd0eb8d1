"""Actor recognition on three NER gold sets: RONEC (ro), elNER (el), IndoNLU NER (id).

Usage: python benchmarks/ner_sets.py [--set ronec|elner|indonlu|all] [--misses N] [--root DIR]

Each gold sentence goes through `code_text` (the function the pipeline uses) on its own, in
the set's language, and is scored against its gold spans (character offsets after joining the
tokens: RONEC keeps its `space_after` flags, the others are joined with single spaces).
Gold types map to four classes: PER (RONEC PERSON, elNER PERSON, NERGrit PERSON, NERP PPL),
ORG (ORG, ORGANISATION, NERP IND), GPE (GPE and LOC, NERGrit PLACE, NERP PLC) and NORP
(RONEC NAT_REL_POL, elNER NORP: nationality words); every other type is OTHER.
elNER is read from its 18-type file: the same sentences as elNER-4, with GPE and NORP apart.

PER and ORG spans count only when written as names (see `is_name`: RONEC also tags pronouns
and common nouns as PERSON). NERP is written all in lower case: wirewatch reads names by their
capitals, so its NERP figures measure that limit; its spans are all kept.

Recall, per class, counts gold spans that a wirewatch mention overlaps ("found") and those
whose overlapping mention carries an actor id ("linked": a person's for PER; for GPE and NORP
also a role or sector phrase that carries the country: "Ρώσος πρόεδρος" is a Russian role). Only
country-level GPE spans are scored: a span is a country when its transliteration key is a
country's name
  - fuzzily (the same words, each keeping all but the last letter or two of the name's word
    and adding at most 5 letters of ending: "Franței", "Ρωσίας") for the CLDR country names
    in the set's language and in English (babel): a judge that wirewatch does not use itself;
  - as written for any other name of the country in the knowledge base in the set's
    script ("Marea Britanie"), and case-sensitively for its acronyms ("SUA", "S.U.A.", "ΗΠΑ").
Cities, regions and capitals are left out (a capital read as its country is a metonym, no
error, and no miss either). "GPE ok" counts country spans overlapped by a mention whose actor
id, or whose country for a phrase containing the span, is that country.

Precision: of the wirewatch mentions that name an actor (a name, a metonym, an unknown
person-like name), the share that overlap a gold span of any type. Descriptive mentions
(demonyms, roles, counterparts, sectors, collectives) may lie outside NE spans legitimately
("the president", "ελληνική": elNER tags no adjectives); those outside are counted apart
("desc.out") and kept out of precision.
elNER is CC BY-NC-SA: it is read in place for measuring only. Gold stays in ../shared.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from babel import Locale

from wirewatch.actors.kb import KnowledgeBase, data_root, load_kb
from wirewatch.actors.names import script_of
from wirewatch.events.text import code_text
from wirewatch.models import Mention
from wirewatch.text.keys import fold, tokenize, translit_key

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval"
CLASSES = ("GPE", "PER", "ORG", "NORP")
TYPE_MAP = {"PERSON": "PER", "PPL": "PER", "ORG": "ORG", "ORGANISATION": "ORG", "IND": "ORG",
            "GPE": "GPE", "LOC": "GPE", "PLACE": "GPE", "PLC": "GPE",
            "NAT_REL_POL": "NORP", "NORP": "NORP"}
DESCRIPTIVE = frozenset({"role", "counterpart", "sector", "collective"})
MAX_ENDING = 5
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str  # GPE | PER | ORG | NORP | OTHER
    surface: str


@dataclass
class Sentence:
    text: str
    spans: list[Span]


@dataclass
class Tally:
    gold: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    linked: Counter = field(default_factory=Counter)
    right: int = 0
    named: int = 0  # mentions naming an actor, or a person-like name not in the KB
    named_in: int = 0
    desc_out: int = 0
    misses: dict[str, Counter] = field(default_factory=dict)

    def miss(self, kind: str, what: str) -> None:
        self.misses.setdefault(kind, Counter())[what] += 1


# ---- readers -------------------------------------------------------------------------------

def bio_spans(tokens: list[str], tags: list[str], spaces: list[bool] | None = None) -> Sentence:
    """Join tokens into a text and turn BIO tags into character spans."""
    text, starts, ends = "", [], []
    for n, tok in enumerate(tokens):
        starts.append(len(text))
        text += tok
        ends.append(len(text))
        if spaces is None or spaces[n]:
            text += " "
    spans, open_at, label = [], None, None
    for n, tag in enumerate(tags + ["O"]):
        inside = tag.startswith("I-") and open_at is not None and tag[2:] == label
        if open_at is not None and not inside:
            spans.append(Span(starts[open_at], ends[n - 1], TYPE_MAP.get(label, "OTHER"),
                              text[starts[open_at]:ends[n - 1]]))
            open_at = None
        if tag.startswith("B-") or (tag.startswith("I-") and open_at is None):
            open_at, label = n, tag[2:]
    return Sentence(text.rstrip(), spans)


def read_ronec(root: Path) -> Iterator[Sentence]:
    for rec in json.loads((root / "ronec" / "test.json").read_text(encoding="utf-8")):
        yield bio_spans(rec["tokens"], rec["ner_tags"], rec["space_after"])


def read_columns(path: Path, sep: str | None) -> Iterator[Sentence]:
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if tokens:
                yield bio_spans(tokens, tags)
            tokens, tags = [], []
            continue
        tok, tag = line.rsplit(sep, 1) if sep else line.rsplit(None, 1)
        tokens.append(tok.strip())
        tags.append(tag.strip())


SETS = {
    "ronec": [("ronec", "ro", read_ronec)],
    "elner": [("elner18", "el", lambda r: read_columns(r / "elner" / "test_elNER18.iob2", None))],
    "indonlu": [("nergrit", "id", lambda r: read_columns(
                    r / "indonlu-ner" / "nergrit_ner-grit" / "test_preprocess.txt", "\t")),
                ("nerp", "id", lambda r: read_columns(
                    r / "indonlu-ner" / "nerp_ner-prosa" / "test_preprocess.txt", "\t"))],
}
FILES = {"ronec": "ronec/test.json", "elner": "elner/test_elNER18.iob2",
         "indonlu": "indonlu-ner/nergrit_ner-grit/test_preprocess.txt"}


# ---- country judge -------------------------------------------------------------------------

def _keys(name: str) -> tuple[str, ...]:
    return tuple(k for k in (translit_key(name[a:b]) for a, b in tokenize(name)) if k)


@dataclass(frozen=True)
class CountryJudge:
    fuzzy: dict[int, dict[tuple[str, ...], str]]  # words -> CLDR names (language, English) -> id
    exact: dict[str, str]  # other names in the language's script, as written -> id
    acronyms: dict[str, str]

    def country(self, surface: str) -> str | None:
        letters = surface.replace(" ", "").replace(".", "")  # "S.U.A." is "SUA"
        if letters in self.acronyms:
            return self.acronyms[letters]
        keys = _keys(surface)
        if not keys:
            return None
        if " ".join(surface.split()) in self.exact:
            return self.exact[" ".join(surface.split())]
        best, best_len = None, 0
        for name, actor in self.fuzzy.get(len(keys), {}).items():
            shared = _inflected(keys, name)
            if shared > best_len:
                best, best_len = actor, shared
        return best


def _inflected(keys: tuple[str, ...], name: tuple[str, ...]) -> int:
    """Letters shared when every word of `keys` is the name's word with an ending, else 0: the
    word keeps all of the name's word (of 4 letters or more) but its last letter (two for words
    of 7 or more; none for words of 4) and adds an ending of at most 5 letters, one of 3 or more
    opening with a vowel ("Franței" of "Franța", not "Belgrad" of "Belgia", "Ηράκλειο" of "Ιράκ")."""
    total = 0
    for word, form in zip(keys, name):
        common = next((n for n, (a, b) in enumerate(zip(word, form)) if a != b), min(len(word), len(form)))
        may_drop = 0 if len(form) <= 4 else 1 if len(form) <= 6 else 2
        ending = word[common:]
        if len(form) < 4 or len(form) - common > may_drop or len(ending) > MAX_ENDING \
                or (len(ending) > 2 and ending[0] not in "aeiou"):
            return 0
        total += common
    return total


@lru_cache(maxsize=8)
def country_judge(lang: str, kb: KnowledgeBase) -> CountryJudge:
    countries = json.loads((data_root() / "countries.json").read_text(encoding="utf-8"))["countries"]
    by_alpha2 = {v["alpha2"]: k for k, v in countries.items()}
    fuzzy: dict[int, dict[tuple[str, ...], str]] = {}
    for loc in (lang, "en"):
        for code, name in Locale.parse(loc).territories.items():
            if code in by_alpha2 and by_alpha2[code] in kb.actors:
                keys = _keys(name)
                fuzzy.setdefault(len(keys), {})[keys] = by_alpha2[code]
    script = script_of(Locale.parse(lang).territories["FR"])
    exact, acronyms = {}, {}
    for actor in kb.actors.values():
        if actor.kind != "country":
            continue
        for name in actor.names:
            if script_of(name) == script:
                exact.setdefault(name, actor.id)
        for acr in actor.acronyms:
            acronyms[acr.replace(" ", "")] = actor.id
    return CountryJudge(fuzzy, exact, acronyms)


# ---- scoring -------------------------------------------------------------------------------

def _over(m: Mention, s: Span) -> bool:
    return m.start < s.end and s.start < m.end


def common_words(sentences: list[Sentence]) -> frozenset[str] | None:
    """Words the set writes in lower case somewhere; None for a set written all in lower case."""
    words = [w for s in sentences for w in _WORD.findall(s.text)]
    if not any(w[0].isupper() for w in words):
        return None
    return frozenset(fold(w) for w in words if w[0].islower())


def is_name(span: Span, common: frozenset[str] | None) -> bool:
    """RONEC tags pronouns and common nouns as PERSON ("el", "copii", "președintele"): a PER or
    ORG span is scored only when written as a name, with a capital, and not as one common word
    opening the sentence ("El a spus")."""
    if span.label not in ("PER", "ORG") or common is None:
        return True
    if not any(w[0].isupper() for w in _WORD.findall(span.surface)):
        return False
    return not (span.start == 0 and " " not in span.surface and fold(span.surface) in common)


def _links(m: Mention, label: str) -> bool:
    """A person span is linked by a person only ("Elena" read as Greece links no one)."""
    if label == "PER":
        return m.kind == "person" and m.actor_id is not None
    return bool(m.actor_id or (label in ("GPE", "NORP") and m.country))


def score_sentence(sent: Sentence, mentions: list[Mention], judge: CountryJudge, t: Tally,
                   common: frozenset[str] | None = None) -> None:
    for span in sent.spans:
        if span.label not in CLASSES or not is_name(span, common):
            continue
        target = judge.country(span.surface) if span.label == "GPE" else None
        if span.label == "GPE" and target is None:
            continue
        t.gold[span.label] += 1
        over = [m for m in mentions if _over(m, span)]
        linked = any(_links(m, span.label) for m in over)
        t.found[span.label] += bool(over)
        t.linked[span.label] += linked
        if target is not None:
            right = any(m.actor_id == target or (m.country == target and m.start <= span.start
                                                 and span.end <= m.end) for m in over)
            t.right += right
            if not right:
                got = ",".join(sorted({m.actor_id or m.kind for m in over})) or "-"
                t.miss("GPE", f"{span.surface} -> {target} (got {got})")
        elif not linked:
            t.miss(span.label, span.surface + (" (unlinked)" if over else ""))
    for m in mentions:
        inside = any(_over(m, s) for s in sent.spans)
        if m.demonym or m.kind in DESCRIPTIVE:
            t.desc_out += not inside
        elif m.actor_id or m.kind == "unknown":
            t.named += 1
            t.named_in += inside
            if not inside:
                t.miss("false", f"{m.surface} -> {m.actor_id or m.kind}")


def run_set(name: str, lang: str, sentences: Iterator[Sentence], kb: KnowledgeBase) -> Tally:
    judge = country_judge(lang, kb)
    sentences = list(sentences)
    common = common_words(sentences)
    tally = Tally()
    for sent in sentences:
        _, mentions, _ = code_text(sent.text, lang, None, kb)
        score_sentence(sent, mentions, judge, tally, common)
    return tally


def _share(k: int, n: int) -> str:
    return f"{k / n:.3f}" if n else "  -  "


def print_table(rows: list[tuple[str, Tally, float]]) -> None:
    head = f"{'set':<9}" + "".join(f"{c + ' n':>8}{'found':>7}{'linked':>7}" for c in CLASSES)
    print(head + f"{'GPE ok':>8}{'prec':>7}{'named':>7}{'desc.out':>9}{'sec':>6}")
    for name, t, secs in rows:
        cells = "".join(f"{t.gold[c]:>8}{_share(t.found[c], t.gold[c]):>7}{_share(t.linked[c], t.gold[c]):>7}"
                        for c in CLASSES)
        print(f"{name:<9}{cells}{_share(t.right, t.gold['GPE']):>8}{_share(t.named_in, t.named):>7}"
              f"{t.named:>7}{t.desc_out:>9}{secs:>6.1f}")


def print_misses(name: str, t: Tally, n: int) -> None:
    for kind in ("GPE", "PER", "ORG", "NORP", "false"):
        found = t.misses.get(kind)
        if found:
            print(f"-- {name} {kind} misses:", "; ".join(f"{k} ×{v}" for k, v in found.most_common(n)))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=[*SETS, "all"], default="all")
    parser.add_argument("--misses", type=int, default=0, help="list the N most frequent misses per class")
    parser.add_argument("--root", default=str(DEFAULT), help="the shared eval folder")
    args = parser.parse_args(argv)
    root = Path(args.root)
    chosen = list(SETS) if args.set == "all" else [args.set]
    absent = [s for s in chosen if not (root / FILES[s]).is_file()]
    if absent:
        sys.exit(f"no copy of {', '.join(absent)} under {root} (../shared/eval): nothing to measure")
    kb = load_kb()
    rows = []
    for set_name in chosen:
        for name, lang, reader in SETS[set_name]:
            started = time.perf_counter()
            tally = run_set(name, lang, reader(root), kb)
            rows.append((name, tally, time.perf_counter() - started))
    print_table(rows)
    if args.misses:
        for name, tally, _ in rows:
            print_misses(name, tally, args.misses)


if __name__ == "__main__":
    main()
