"""Rules for names that say more than one thing (actors/data/ambiguity.toml).

A one-word name that is a month or weekday of the document's language (CLDR, via babel), or
a listed common word at the start of a sentence, does not link. A country whose name is also
a place or a person's name ("Georgia", "Jordan", "Chad") links unless its context says
otherwise; one whose name is mostly something else (Arabic "مالي" "financial", Spanish
"Granada" the city) links only when its context says so.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names

from wirewatch.actors.kb import data_root
from wirewatch.actors.names import VOWELS, stem_forms, token_key_sets
from wirewatch.geo.gazetteer import load_gazetteer, word_key
from wirewatch.lang.loader import available_languages, pack_table
from wirewatch.text.keys import fold, translit_key

PLACE_POPULATION = 50_000
MIN_GIVEN = 3  # a given name's shortest key: "Al", "De" open names of every kind
SLIP_KEY = 7  # a name's key this long is still met with one letter dropped
MIN_NAME_WORD = 5  # a word of a country's longer name that may stand for it alone
ADDRESS = "address"  # a surname after a form of address (`surname_reading`)


@dataclass(frozen=True)
class Ambiguous:
    actor: str
    keys: frozenset[str]
    against: frozenset[str]
    support: frozenset[str]
    person_name: bool
    needs_support: bool = False  # the name is a common word: it links only beside a `for` word


@lru_cache(maxsize=1)
def _data() -> dict:
    return tomllib.loads((data_root() / "ambiguity.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=64)
def calendar_words(lang: str) -> frozenset[str]:
    """Month and weekday names of a language, every CLDR context and width, folded."""
    try:
        locale = Locale.parse(lang)
    except (UnknownLocaleError, ValueError, TypeError):
        return frozenset()
    words: set[str] = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for getter in (get_month_names, get_day_names):
                words.update(fold(w) for w in getter(width, context, locale).values())
    return frozenset(w for w in words if len(w) >= 3 and " " not in w)


@lru_cache(maxsize=64)
def _common(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in _data().get("common", {}).get(lang, []))


def common_word(lang: str, folded: str, sentence_start: bool) -> bool:
    """True when a one-word name here is the language's common word, not the actor."""
    if folded.rstrip(".") in calendar_words(lang):
        return True
    return sentence_start and folded in _common(lang)


@lru_cache(maxsize=100_000)
def major_place(word: str) -> bool:
    """Whether the word is the very name of a country, region, capital or city of
    PLACE_POPULATION people or more (the gazetteer's words also hold alternate names): a
    person's name weakly met there ("Sale" by the stem of "Salii") is the place."""
    gazetteer, key = load_gazetteer(), word_key(word)
    return any(word_key(place.name) == key
               and (place.kind != "city" or place.population >= PLACE_POPULATION)
               for place in map(gazetteer.place, gazetteer.words.get(key, ())))


@lru_cache(maxsize=1)
def ambiguous_countries() -> dict[str, Ambiguous]:
    """Ambiguous names by key (every stem form of each listed name)."""
    def keys(words):
        return frozenset(f for w in words for f in stem_forms(translit_key(w)))
    out: dict[str, Ambiguous] = {}
    for entry in _data().get("country", []):
        amb = Ambiguous(entry["actor"], keys(entry["names"]), keys(entry.get("against", [])),
                        keys(entry.get("for", [])), bool(entry.get("person_name")),
                        bool(entry.get("needs_support")))
        for key in amb.keys:
            out[key] = amb
    return out


@lru_cache(maxsize=1)
def shared_names() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """Names several actors bear, by key: their readings, each (actor, keys of its words)."""
    def keys(words):
        return frozenset(f for w in words for f in stem_forms(translit_key(w)))
    out = {}
    for entry in _data().get("shared", []):
        readings = tuple((r["actor"], keys(r.get("for", []))) for r in entry["reading"])
        for name in entry["names"]:
            out[translit_key(name)] = readings
    return out


def read_shared(actor_ids: list[str], token_keys: frozenset[str],
                doc_keys: set[str]) -> list[str]:
    """The actors of a shared name ("عمان": Oman or Amman, i.e. Jordan), the one the document
    vouches for first; other names keep their order."""
    readings = next((shared_names()[k] for k in token_keys if k in shared_names()), None)
    if readings is None:
        return actor_ids
    listed = [actor for actor, _ in readings]
    support = {actor: len(words & doc_keys) for actor, words in readings}
    return sorted(actor_ids, key=lambda a: (-support.get(a, -1),
                                            listed.index(a) if a in listed else len(listed)))


@lru_cache(maxsize=4)
def given_names(kb) -> frozenset[str]:
    """Keys of the first words of the knowledge base's multi-word person names ("Michael",
    "Abdullah"): a capitalised word that opens a sentence is a name only when it is one."""
    return frozenset(translit_key(name.split()[0]) for a in kb.actors.values()
                     if a.kind == "person" for name in (a.name, *a.names) if " " in name)


def ambiguous_country_dropped(atom, atoms, tokens, keys, breaks=frozenset(),
                              given=frozenset, lang: str | None = None) -> bool:
    """True when an ambiguous country name is, in this context, something else; `given()`
    gives the keys of known given names (asked for only when a sentence opens beside one)."""
    if atom.kind != "country" or atom.end - atom.start != 1:
        return False
    amb = next((ambiguous_countries()[k] for k in keys[atom.start]
                if k in ambiguous_countries()), None)
    if amb is None or amb.actor not in atom.actor_ids:
        return False
    if amb.person_name and _beside_other_capital(atom, atoms, tokens, breaks, given, lang):
        return True
    if not amb.against and not amb.needs_support:
        return False
    doc_keys = set().union(*keys) if keys else set()
    support = len(amb.support & doc_keys)
    if amb.needs_support and not support:
        return True
    return len(amb.against & doc_keys) > support


def _beside_other_capital(atom, atoms, tokens, breaks, given=frozenset, lang=None) -> bool:
    """A capitalised word right beside the name, not itself an actor: "Chad Smith", "Fans
    cheered Michael Jordan". A sentence opens with a capital anyway, so a word there counts
    only when it is a known given name ("Michael Jordan scored.", not "Neighbouring Jordan");
    a month or weekday is no name ("left Paris Tuesday")."""
    covered = {k for a in atoms if a is not atom for k in range(a.start, a.end)}
    for k in (atom.start - 1, atom.end):
        if 0 <= k < len(tokens) and k not in covered:
            word = tokens.surface[k]
            if (k in breaks or k == 0) and translit_key(word) not in given() \
                    or fold(word) in calendar_words(lang):
                continue
            gap = tokens.spans[max(k, atom.start)][0] - tokens.spans[min(k, atom.start)][1]
            if word[:1].isupper() and word.isalpha() and not word.isupper() and gap == 1:
                return True
    return False


def place_misread(atom, tokens, keys, index) -> bool:
    """True when a one-word country or capital was met only by a loose reading of one of its
    names, and the word says something else. Two loose readings are so:
    - the word is not written as any name of the actor (the index met it through a key or a
      stem) and is itself the name of a major place of another country: "Bari" (Italy) meets
      a Yoruba "Barẽi" of Bahrain, "Chita" (Russia) a Turkmen "Hytaý" of China;
    - the word is whole, no ending taken off, yet only the form of a name without a vowel
      inside it ("Bayern" keys "bairn", the Irish "Bairéin" of Bahrain less its "i"): a
      vowel falls out of a name only before an ending ("Байдън" is a name's own spelling)."""
    if atom.kind != "country" or atom.end - atom.start != 1:
        return False
    word = tokens.surface[atom.start]
    written = index.spelled.get(fold(word), set()) | index.spelled.get(
        fold(word.replace("’", "'").split("'", 1)[0]), set())
    if written & set(atom.actor_ids):
        return False
    own = translit_key(word)
    entries = [e for e in index.by_form.get(own, ()) if e.actor_id in atom.actor_ids
               and len(e.keys) == 1]
    others = [e for k in keys[atom.start] - {own} for e in index.by_form.get(k, ())
              if e.actor_id in atom.actor_ids]
    if entries and not others and all(_inner_vowel_dropped(own, e.keys[0]) for e in entries):
        return True
    return foreign_place(word, atom.actor_ids)


MAX_CAPITALS_SHORT_FORM = 3  # letters of a word in capitals read as a short form


def short_form_misread(atom, tokens, kb) -> bool:
    """True when a short word in capitals is read as a country through one of its names
    written otherwise: it is an organisation's short form ("Szef MON", Poland's defence
    ministry, is no "Mön", the Isle of Man). A country's own short forms ("UK", "США") and
    names written in capitals ("USA") stand."""
    if atom.kind != "country" or atom.end - atom.start != 1:
        return False
    word = tokens.surface[atom.start]
    if not (word.isupper() and word.isalpha() and len(word) <= MAX_CAPITALS_SHORT_FORM):
        return False
    actors = [kb.get(a) for a in atom.actor_ids]
    return not any(word in (*actor.acronyms, *actor.names) for actor in actors if actor)


def _inner_vowel_dropped(form: str, key: str) -> bool:
    """Whether `form` is `key` with one vowel inside it taken out ("bairn" of "bairin")."""
    return len(form) == len(key) - 1 and not key.startswith(form) \
        and any(key[:k] + key[k + 1:] == form for k, ch in enumerate(key) if ch in VOWELS)


@lru_cache(maxsize=100_000)
def _major_places(word: str) -> tuple[tuple[str, str], ...]:
    """(kind, country) of the major places whose (English) name the word is, as written, not
    only by its key: Polish "Indii" (of India) keys like "Yendi", a town of Ghana."""
    gazetteer, key, folded = load_gazetteer(), word_key(word), fold(word)
    return tuple((place.kind, place.country)
                 for place in map(gazetteer.place, gazetteer.words.get(key, ()))
                 if fold(place.name) == folded and place.kind in ("city", "capital", "admin1")
                 and (place.kind != "city" or place.population >= PLACE_POPULATION))


def foreign_place(word: str, actors: list[str]) -> bool:
    """Whether the word is the very name of major places, none of them in the country of
    one of `actors` ("Colombo" stays Sri Lanka's capital)."""
    places = _major_places(word)
    return bool(places) and all(country not in actors for _, country in places)


@lru_cache(maxsize=1)
def _alpha3() -> dict[str, str]:
    """ISO alpha-2 -> alpha-3 of the knowledge base's countries (CLDR names territories by
    alpha-2)."""
    data = json.loads((data_root() / "countries.json").read_text(encoding="utf-8"))
    return {entry["alpha2"]: iso3 for iso3, entry in data["countries"].items()
            if entry.get("alpha2")}


def usual_country_keys(iso3: str, lang: str | None,
                       suffixes: tuple[str, ...] = ()) -> frozenset[str] | None:
    """The stem forms of a country's names in the languages of the packs, in English and in
    `lang` (CLDR, via babel), with and without the endings `suffixes` of `lang` (Polish
    "Chiny" less its plural "-y" is what "Chinom", "Chinach" keep): the names a text in `lang`
    calls it by; None for no country CLDR names."""
    names = _usual_names().get(iso3, frozenset()) | _locale_names(lang).get(iso3, frozenset())
    return _name_forms(names, suffixes) if names else None


@lru_cache(maxsize=4096)
def _name_forms(names: frozenset[str], suffixes: tuple[str, ...]) -> frozenset[str]:
    """Built per country and language only for the countries a loose match reaches."""
    keys = {f for key in names for k in token_key_sets([key], suffixes)[0]
            for f in stem_forms(k)}
    return frozenset(keys | _slips(keys))


def _slips(keys: set[str]) -> set[str]:
    """The long keys less one letter: a name misspelt by a dropped letter ("Ethopia") is
    still that name."""
    return {k[:n] + k[n + 1:] for k in keys if len(k) >= SLIP_KEY for n in range(1, len(k))}


@lru_cache(maxsize=1)
def _usual_names() -> dict[str, frozenset[str]]:
    """Keys of the countries' names in the packs' languages and English, by country."""
    out: dict[str, set[str]] = {}
    for code in {*available_languages(), "en"}:
        for iso3, keys in _locale_names(code).items():
            out.setdefault(iso3, set()).update(keys)
    return {iso3: frozenset(keys) for iso3, keys in out.items()}


@lru_cache(maxsize=64)
def _locale_names(code: str | None) -> dict[str, frozenset[str]]:
    """The keys of one locale's country names: whole one-word names, and the words of longer
    names that no other country's name of the locale shares (Polish "Wielka Brytania" is
    "Brytania" for short, while "Korea" of "Korea Południowa" is two countries')."""
    try:
        names = Locale.parse(code).territories if code else {}
    except (UnknownLocaleError, ValueError, TypeError):
        return {}
    alpha3 = _alpha3()
    words: dict[str, set[str]] = {}
    out: dict[str, set[str]] = {}
    for alpha2, name in names.items():
        iso3 = alpha3.get(alpha2)
        if iso3 is None:
            continue
        parts = [translit_key(w) for w in name.split()]
        if len(parts) == 1:
            out.setdefault(iso3, set()).add(parts[0])
        for part in parts:
            if len(part) >= MIN_NAME_WORD:
                words.setdefault(part, set()).add(iso3)
    for part, countries in words.items():
        if len(countries) == 1:
            out.setdefault(next(iter(countries)), set()).add(part)
    return {iso3: frozenset(keys) for iso3, keys in out.items()}


def foreign_reading(atom, tokens, keys, index, lang: str | None,
                    suffixes: tuple[str, ...] = ()) -> bool:
    """True when a one-word country was met only through the name some other locale of CLDR
    gives it: the word is not written as any of its names, and none of the word's keys is a
    form of the name the packs' languages, English or the document's own language give it.
    Romanian "Mării" ("of the sea") less its "-i" keys as a Yoruba "Marẽj" of Bahrain and a
    "Mari" of Mali; the Romanian "Bahrain", "Mali" it does not meet. A metonym ("Kremla") has
    no CLDR name and is left alone."""
    if atom.kind != "country" or atom.end - atom.start != 1 or atom.place is not None:
        return False
    word = tokens.surface[atom.start]
    bare = word.replace("’", "'").split("'", 1)[0]
    if word in index.acronyms or bare in index.acronyms:
        return False  # "US", "BM'nin": met as written
    written = index.spelled.get(fold(word), set()) | index.spelled.get(fold(bare), set())
    if written & set(atom.actor_ids):
        return False
    usual = [usual_country_keys(a, lang, suffixes) for a in atom.actor_ids]
    return all(forms is not None and forms.isdisjoint(keys[atom.start]) for forms in usual)


@lru_cache(maxsize=64)
def honorifics(lang: str | None) -> frozenset[str]:
    """The pack's forms of address (`actors.toml` `[phrases] honorifics`: "Mr", "Herr",
    "pan"), folded, without a closing full stop."""
    return frozenset(fold(w).rstrip(".")
                     for w in pack_table(lang, "actors.toml", "phrases").get("honorifics", []))


def surname_reading(atom, atoms, tokens, breaks, given, lang: str | None) -> str | None:
    """How a one-word country or capital stands as a person's surname, if it does: right
    after a form of address ("Mr Montenegro", "Herrn Jordan": ADDRESS) or a known given name
    ("Mario Montenegro": the given name's key), in its sentence. `given()` gives the keys of
    known given names; a word that names an actor is no given name ("Israel Iran" are two
    countries), unless it is a one-word person met by a given name ("Pavel Jordan": the
    surname of one Pavel, the given name of another)."""
    if atom.kind != "country" or atom.end - atom.start != 1:
        return None
    k = atom.start - 1
    if k < 0 or atom.start in breaks:
        return None
    word = tokens.surface[k]
    key = translit_key(word)
    cover = next((a for a in atoms if a is not atom and a.start <= k < a.end), None)
    if cover is not None and not (cover.kind == "person" and cover.end - cover.start == 1
                                  and key in given()):
        return None
    gap = tokens.spans[atom.start][0] - tokens.spans[k][1]
    if cover is None and fold(word) in honorifics(lang):
        return ADDRESS if gap <= 2 else None  # "Mr Jordan", "M. Jordan"
    named = gap == 1 and word[:1].isupper() and word.isalpha() and not word.isupper() \
        and len(key) >= MIN_GIVEN and key in given()
    return key if named else None


@lru_cache(maxsize=4)
def written_given_names(kb) -> frozenset[str]:
    """The first words of the knowledge base's multi-word person names as written, folded
    ("νικος", "mark"): unlike their keys, no case form of a place shares them ("Rosji" keys
    as "rosi", a stem of "Rosia", but no one is named "Rosji")."""
    return frozenset(fold(name.split()[0]) for a in kb.actors.values()
                     if a.kind == "person" for name in (a.name, *a.names) if " " in name)


def given_name_read(atom, tokens, kb) -> bool:
    """True when a one-word country or capital was met only by the stem of one of its names
    and the word is written as a known given name: "Νίκος" meets the stem of "Nikosia",
    "Mark" that of a "Marok" of Morocco; each is a person's first name ("αντιπολίτευσης Νίκος
    Ανδρουλάκης"), never a way to write the place."""
    return atom.kind == "country" and atom.stem_only \
        and fold(tokens.surface[atom.start]) in written_given_names(kb)


def own_given_names(actor) -> frozenset[str]:
    """Keys of the first words of a person's multi-word names."""
    return frozenset(translit_key(n.split()[0]) for n in (actor.name, *actor.names) if " " in n)
