"""Rules for names that say more than one thing (actors/data/ambiguity.toml).

A one-word name that is a month or weekday of the document's language (CLDR, via babel), or
a listed common word at the start of a sentence, does not link. A country whose name is also
a place or a person's name ("Georgia", "Jordan", "Chad") links unless its context says
otherwise; one whose name is mostly something else (Arabic "مالي" "financial", Spanish
"Granada" the city) links only when its context says so.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names

from wirewatch.actors.kb import data_root
from wirewatch.actors.names import VOWELS, stem_forms
from wirewatch.geo.gazetteer import load_gazetteer, word_key
from wirewatch.text.keys import fold, translit_key

PLACE_POPULATION = 50_000


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
