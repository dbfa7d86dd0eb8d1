"""Cross-lingual actor linking on SlavicNER (cross-topic test split), per language.

Usage: python benchmarks/slavicner.py [SLAVICNER_DIR] [--misses N]

The gold mentions scored are those whose cross-lingual id is a country in the knowledge base
(`GPE-Russia` -> RUS; cities, regions and US states are left out) or a person in it
(`PER-Vladimir-Putin` -> PER:vladimir-putin). A gold mention counts as found and linked when
a wirewatch mention overlaps its span and
  - for a person: carries that person's id;
  - for a country: carries that country's id (a name, demonym or metonym), or is a role
    phrase or a person phrase of that country that contains the gold span
    ("президента США" read as one role phrase of the USA).
`strict` counts only mentions whose actor id is the gold id itself.
Text goes through `code_text`, the function the pipeline uses, with the file's language
(no pack exists for bg, cs and sl: those run on CLDR names, generic stems and keys).
Gold stays in ../shared; nothing is copied into the repository.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from wirewatch.actors.kb import load_kb
from wirewatch.events.text import code_text
from wirewatch.text.keys import translit_key

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "slavicner"
LANGS = ("bg", "cs", "pl", "ru", "sl", "uk")
# SlavicNER country ids whose English words are not a CLDR or pycountry name of the country.
GPE_ALIASES = {"Great-Britain": "GBR", "USA": "USA", "Holland": "NLD", "The-Netherlands": "NLD",
               "Czech-Republic": "CZE", "UK": "GBR", "United-Kingdom": "GBR", "Czechia": "CZE",
               "Macedonia": "MKD", "North-Macedonia": "MKD", "South-Korea": "KOR",
               "North-Korea": "PRK", "Vatican": "VAT", "Palestine": "PSE", "Ivory-Coast": "CIV"}


def gold_id_map(kb) -> tuple[dict[str, str], dict[str, str]]:
    countries = {translit_key(n.replace(" ", "")): a.id for a in kb.actors.values()
                 if a.kind == "country" for n in [a.name] + [x for x in a.names if x.isascii()]}
    people = {translit_key(a.name.replace(" ", "").replace("-", "")): a.id
              for a in kb.actors.values() if a.kind == "person"}
    return countries, people


def link_gold(gold_id: str, countries, people, kb) -> str | None:
    prefix, _, rest = gold_id.partition("-")
    if prefix == "GPE":
        if rest in GPE_ALIASES:
            return GPE_ALIASES[rest]
        return countries.get(translit_key(rest.replace("-", "")))
    if prefix == "PER":
        slug = "PER:" + rest.lower()
        if slug in kb.actors:
            return slug
        return people.get(translit_key(rest.replace("-", "")))
    return None


def read_gold(root: Path, raw: str):
    ann = root / re.sub(r"\.txt$", ".tsv", raw.replace("raw/", "ner/", 1))
    for line in ann.read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if len(f) >= 6:
            yield int(f[0]), int(f[1]), f[2], f[5]


def judge(gold_start, gold_end, target, mentions) -> tuple[bool, bool]:
    ok = strict = False
    for m in mentions:
        if m.end <= gold_start or m.start >= gold_end:
            continue
        if m.actor_id == target:
            ok = strict = True
        elif not target.startswith("PER:") and m.country == target and \
                m.kind in ("role", "counterpart", "person", "sector") and m.start <= gold_start and gold_end <= m.end:
            ok = True
    return ok, strict


def run(root: Path, show_misses: int) -> None:
    kb = load_kb()
    countries, people = gold_id_map(kb)
    found, strict_found, total = Counter(), Counter(), Counter()
    misses: dict[str, Counter] = defaultdict(Counter)
    chars, started = 0, time.perf_counter()
    for raw in (root / "SPLIT_cross-topic_test.txt").read_text(encoding="utf-8").split():
        lang = raw.split("/")[2]
        text = (root / raw).read_text(encoding="utf-8")
        chars += len(text)
        _, mentions, _ = code_text(text, lang, None, kb)
        for start, end, surface, gid in read_gold(root, raw):
            target = link_gold(gid, countries, people, kb)
            if target is None:
                continue
            ok, strict = judge(start, end, target, mentions)
            total[lang] += 1
            found[lang] += ok
            strict_found[lang] += strict
            if not ok:
                misses[lang][f"{surface} -> {target}"] += 1
    elapsed = time.perf_counter() - started
    print(f"SlavicNER cross-topic test: {sum(total.values())} gold country/person mentions, "
          f"{chars / 1e6:.2f} M chars in {elapsed:.1f} s")
    print(f"{'lang':<6}{'gold':>7}{'linked':>8}{'share':>8}{'strict':>8}")
    for lang in LANGS + ("all",):
        n = sum(total.values()) if lang == "all" else total[lang]
        k = sum(found.values()) if lang == "all" else found[lang]
        s = sum(strict_found.values()) if lang == "all" else strict_found[lang]
        if n:
            print(f"{lang:<6}{n:>7}{k:>8}{k / n:>8.3f}{s / n:>8.3f}")
    if show_misses:
        for lang in LANGS:
            print(f"-- {lang} misses:", ", ".join(f"{k} ×{v}" for k, v in misses[lang].most_common(show_misses)))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", nargs="?", default=str(DEFAULT))
    parser.add_argument("--misses", type=int, default=0, help="list the N most frequent misses per language")
    args = parser.parse_args(argv)
    root = Path(args.root)
    if not (root / "SPLIT_cross-topic_test.txt").is_file():
        sys.exit(f"no SlavicNER copy at {root}")
    run(root, args.misses)


if __name__ == "__main__":
    main()
