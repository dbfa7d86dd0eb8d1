"""An index of every actor name in every script, matched through transliteration keys.

Names are stored once as sequences of Latin keys ("pezeskian"), so a Greek, Cyrillic or
Latin spelling of one name meets the same entry. Inflected forms are reached from both ends:
a token loses the inflection endings of its language ("Путину" -> "putin", "Iranului" ->
"iran", "Mayová" -> "mai"), and each name token also stands for its stem forms: without its
final vowel ("Москва" -> "moskv", met by "Москвы") and without the vowel of its last
syllable ("Biden" -> "bidn", met by Bulgarian "Байдън" and Slovenian "Bidnove").
A person's name of four letters ending in a vowel ("Duda", "Modi") is too short for a stem:
a word that merely shares its first letters ("Dacia", "Sala", "Turului" are no forms of
"Dacko", "Salii", "Touré") would meet it. It is met as written, with an ending after it, or
through the nominative a case form of the language restores (`restore_endings`: Polish
"Dudy" -> "duda", "Ruttego" -> "rute"), the last only mid-sentence, where a common word is
not capitalised. A two-letter person's name ("Σι", "Си") is matched only as written,
mid-sentence.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from wirewatch.actors.kb import KnowledgeBase, data_root
from wirewatch.lang.loader import available_languages
from wirewatch.text.keys import fold, is_cjk, tokenize, translit_key

VOWELS = frozenset("aeiou")
MIN_KEY = 3  # shortest key a name may be matched by...
SHORT_KEY = 3  # a one-word name this short must be spelled exactly as in the text
MIN_LETTERS = 3  # ...unless it is written with at least this many letters ("Мэй" -> "mi")
# A one-word name met only through a spelling in another script needs a key this long: short
# keys of different scripts meet by chance (Russian "Китае" -> "kita", the key of "Keita").
CROSS_SCRIPT_KEY = 5
MAX_KNOWN_KEYS = 500_000  # words whose keys `token_key_sets` keeps per list of endings
SHORT_NAME = 4  # a person's key this short is met by no stem, by a restored nominative mid-sentence
# An organisation's one-word name is a word of its language ("Κομισιόν", Greek for "the
# Commission"; "Еврокомиссия"): the same letters in another script are that script's common
# noun ("Commission", "Comisión", "Komisyon"), and the data lists each script's own spelling,
# so such a name is met only in the script it is written in.
OWN_SCRIPT_KINDS = frozenset({"igo", "ngo"})
# Ukrainian writes an apostrophe inside a word ("В'єтнам", "М'янма"); CLDR spells it with the
# modifier letter U+02BC, a letter, while texts type "'" or "’", which split the word in two
# tokens: each name so spelled is indexed with the typed marks too.
APOSTROPHE_LETTER = "\u02bc"
TYPED_APOSTROPHES = ("'", "\u2019")


@dataclass(frozen=True)
class NameEntry:
    keys: tuple[str, ...]
    actor_id: str
    kind: str  # country | metonym | igo | person | ...
    place: str | None = None
    forms: tuple[frozenset[str], ...] = field(default=(), compare=False)
    exact: bool = field(default=True, compare=False)


@dataclass
class Candidate:
    start: int  # token index
    end: int
    entries: list[NameEntry]
    cut: int = 0  # letters the token lost to reach the name: fewer is a closer match
    same_script: bool = True  # the name is written in the token's script


def stem_forms(key: str) -> frozenset[str]:
    """The key and the stems an inflected form of it may be built on."""
    forms = {key}
    if len(key) >= 5 and key[-1] in VOWELS:
        forms.add(key[:-1])
        if key[-2] in VOWELS and len(key) >= 6:  # "rosiia"/"britania" -> "britan"
            forms.add(key[:-2])
    if len(key) >= 4 and key[-1] not in VOWELS:
        last = max((k for k, ch in enumerate(key) if ch in VOWELS), default=-1)
        if 0 < last and key[last - 1] not in VOWELS and len(key) - 1 >= MIN_KEY \
                and all(ch not in VOWELS for ch in key[last + 1:]):
            forms.add(key[:last] + key[last + 1:])  # a fleeting vowel: Biden -> Bidn-
    return frozenset(forms)


class NameIndex:
    """Names by key; `kb` gives every actor's names, `names` further (name, actor, kind)
    triples (actors/surnames.py indexes bare surnames so, without a knowledge base)."""

    def __init__(self, kb: KnowledgeBase | None,
                 names: Iterable[tuple[str, str, str]] = ()):
        self.by_form: dict[str, list[NameEntry]] = {}
        self.two_letter: dict[str, list[NameEntry]] = {}  # folded "σι" -> Xi, as written
        self.acronyms: dict[str, list[NameEntry]] = {}
        self._seen: set[tuple] = set()
        self._cache: dict[tuple, tuple] = {}
        self._reachable: frozenset[str] | None = None
        self.spelled: dict[str, set[str]] = {}  # folded name -> actors written exactly so
        self.written: dict[str, set[str]] = {}  # actor -> its folded names
        self.scripts: dict[tuple[tuple[str, ...], str], set[str]] = {}  # (keys, actor) -> scripts
        for actor in kb.actors.values() if kb is not None else ():
            for name in actor.names:
                self._add(name, actor.id, actor.kind)
            for acronym in actor.acronyms:
                self._acronym(acronym, actor.id, actor.kind)
        for m in kb.metonyms if kb is not None else ():
            for name in m.names:
                self._add(name, m.actor, "metonym", m.place)
        for name, actor_id, kind in names:
            self._add(name, actor_id, kind)

    def may_start(self, mine: frozenset[str], word: str) -> bool:
        """A quick test before `candidates_at`: whether a name may start at a token with the
        keys `mine` (most tokens of a text name nothing)."""
        if self._reachable is None:
            self._reachable = frozenset(self.by_form)
        return not mine.isdisjoint(self._reachable) or fold(word) in self.two_letter

    def _names_nothing(self, mine: frozenset[str], word: str, sentence_start: bool) -> bool:
        """Whether no name can start at a token with the keys `mine`: none of them, nor the
        key of the word before an apostrophe, is a name's first key, and (mid-sentence) the
        word is no two-letter name. Most capitalised words of a text are so; the look-ups
        of `candidates_at` would all come back empty."""
        if self._reachable is None:
            self._reachable = frozenset(self.by_form)
        if not mine.isdisjoint(self._reachable):
            return False
        stem = _before_apostrophe(word)
        if stem != word and translit_key(stem) in self._reachable:
            return False
        return sentence_start or fold(word) not in self.two_letter

    def _spelled_so(self, word: str, entry: NameEntry) -> bool:
        """A short key is too weak alone ("Isi", Indonesian "content", reads as a Yoruba
        "Jẹsì", Jersey): the word must be written as one of the actor's names."""
        return entry.actor_id in self.spelled.get(fold(_before_apostrophe(word)), ())

    def _first(self, mine: frozenset[str], long_word: bool, own: str):
        """`_first_matches`, remembered per distinct token (names repeat within a corpus)."""
        cache_key = (mine, long_word, own)
        found = self._cache.get(cache_key)
        if found is None:
            if len(self._cache) > 200_000:
                self._cache.clear()
            found = self._cache[cache_key] = _first_matches(self, mine, long_word, own)
        return found

    def _shared_start(self, word: str, actor_id: str) -> int:
        """How many first letters the word shares with the closest of the actor's names."""
        return max((_common_prefix(word, name) for name in self.written.get(actor_id, ())),
                   default=0)

    def _acronym(self, name: str, actor_id: str, kind: str, place: str | None = None) -> None:
        bucket = self.acronyms.setdefault(name, [])
        entry = NameEntry((name,), actor_id, kind, place)
        if entry not in bucket:
            bucket.append(entry)

    def _add(self, name: str, actor_id: str, kind: str, place: str | None = None) -> None:
        if APOSTROPHE_LETTER in name:  # CLDR "Вʼєтнам": texts write "В'єтнам", "В’єтнам"
            for mark in TYPED_APOSTROPHES:
                self._add(name.replace(APOSTROPHE_LETTER, mark), actor_id, kind, place)
        if not _readable(name):
            return
        words = [name[a:b] for a, b in tokenize(name)]
        keys = tuple(k for k in (translit_key(w) for w in words) if k)
        if not keys:
            return
        if len(keys) == 1 and words[0].isupper() and len(name.replace(".", "")) <= 4:
            self._acronym(name, actor_id, kind, place)  # "US", "РФ", "ZDA": case-sensitive
            return
        if sum(map(len, keys)) < MIN_KEY and _letters(words) < MIN_LETTERS:
            if kind == "person" and len(words) == 1 and _letters(words) == 2:
                self.spelled.setdefault(fold(name), set()).add(actor_id)
                self.scripts.setdefault((keys, actor_id), set()).add(script_of(name))
                self.two_letter.setdefault(fold(name), []).append(
                    NameEntry(keys, actor_id, kind, place, (frozenset(keys),)))
            return
        if kind == "country" and len(keys) > 1 and _letters(words[:1]) == 1 \
                and not _apostrophe_inside(name):
            return  # a Gaelic "A’ Ghearmailt", a CLDR "I Germani": an article opens it
        self.spelled.setdefault(fold(name), set()).add(actor_id)
        self.written.setdefault(actor_id, set()).add(fold(name))
        self.scripts.setdefault((keys, actor_id), set()).add(script_of(name))
        if (keys, actor_id, kind, place) in self._seen:
            return
        self._seen.add((keys, actor_id, kind, place))
        forms = tuple(stem_forms(k) for k in keys)
        entry = NameEntry(keys, actor_id, kind, place, forms)
        for form in forms[0]:
            self.by_form.setdefault(form, []).append(entry)

    def candidates_at(self, i: int, cand_keys: list[frozenset[str]], surface: list[str],
                      sentence_start: bool = False) -> Candidate | None:
        """The longest name starting at token i; at a sentence start, where any word is
        capitalised, short persons' names only by their whole key."""
        best: Candidate | None = None
        acr = self.acronyms.get(surface[i]) or self.acronyms.get(_before_apostrophe(surface[i]))
        if acr:
            best = Candidate(i, i + 1, list(acr))
        elif self._names_nothing(cand_keys[i], surface[i], sentence_start):
            return None
        long_word = len(surface[i]) >= MIN_LETTERS or _letters([surface[i]]) >= MIN_LETTERS
        singles, multis, shorts = self._first(cand_keys[i], long_word, translit_key(surface[i]))
        if not sentence_start:
            if shorts:
                singles = singles + shorts
            if len(surface[i]) == 2 and surface[i][:1].isupper() and not surface[i].isupper():
                singles = singles + tuple((e, 0) for e in self.two_letter.get(fold(surface[i]), ()))
        script = script_of(surface[i])
        for entry, cut in singles:
            if cut == 0 and len(entry.keys[0]) <= SHORT_KEY \
                    and not self._spelled_so(surface[i], entry):
                continue
            same = script in self.scripts.get((entry.keys, entry.actor_id), ())
            if not same and (len(entry.keys[0]) < CROSS_SCRIPT_KEY
                             or entry.kind in OWN_SCRIPT_KINDS):
                continue
            best = _longer(best, Candidate(i, i + 1, [entry], cut, same))
        stem = _before_apostrophe(surface[i])
        if stem != surface[i] and translit_key(stem):
            # "Çin'i", "Rusya'nın": the apostrophe marks where the name ends
            for entry, _ in self._first(frozenset({translit_key(stem)}), long_word,
                                        translit_key(stem))[0]:
                best = _longer(best, Candidate(i, i + 1, [entry], -1))
        if multis and i + 1 < len(cand_keys):
            last = len(cand_keys)
            for key in cand_keys[i + 1]:
                for entry, cut in multis.get(key, ()):
                    n = len(entry.keys)
                    if i + n > last or any(entry.forms[j].isdisjoint(cand_keys[i + j])
                                           for j in range(2, n)):
                        continue
                    best = _longer(best, Candidate(i, i + n, [entry], cut))
        if best is not None and len(best.entries) > 1:
            # two names share a key (Turkish "Almanya" and a CLDR "Almanía" of Armenia):
            # the one written exactly as in the text comes first
            # ("Almanya'ya": the name is what stands before the apostrophe), then the person
            # spelled most like it ("Ruttego" is Rutte's, not Ruto's, though both reach "rut")
            written = " ".join(surface[best.start:best.end])
            exact = self.spelled.get(fold(written), set()) \
                | self.spelled.get(fold(_before_apostrophe(written)), set())
            people = all(e.kind == "person" for e in best.entries)
            best.entries.sort(key=lambda e: (
                e.actor_id not in exact,
                -self._shared_start(fold(written), e.actor_id) if people else 0))
        return best


# Scripts of the languages wirewatch identifies (text/language.py). CLDR also names countries
# in Cherokee, Vai, Adlam ...; their Latin keys are short and collide with common words
# (a Cherokee "Jersey" reads "isi", Indonesian for "content").
READABLE_SCRIPTS = frozenset({"LATIN", "GREEK", "CYRILLIC", "ARABIC", "HEBREW", "CJK", "HANGUL",
                              "HIRAGANA", "KATAKANA"})


@cache
def _script(ch: str) -> str:
    return unicodedata.name(ch, "").split(" ")[0]


def script_of(word: str) -> str:
    """The script of a word's first letter ("LATIN", "CYRILLIC", "CJK" ...)."""
    return next((_script(ch) for ch in word if ch.isalpha()), "")


def _readable(name: str) -> bool:
    return all(_script(ch) in READABLE_SCRIPTS for ch in name if ch.isalpha())


def _letters(words: list[str]) -> int:
    """Letters of a name; a Han character is a syllable and counts two ("美国", "普京")."""
    return sum(len(w) * (2 if is_cjk(w[0]) else 1) for w in words)


def _first_matches(index: NameIndex, mine: frozenset[str], long_word: bool, own: str = ""):
    """Entries whose first token a token with keys `mine` can be, with how far it was cut:
    one-word names, multi-word names by their second key, and short persons' names by a
    nominative the token's case form restores ("Dudy" -> "duda"; `shorts`, mid-sentence
    only). A person's name is not met by a whole word that is only its stem without its last
    vowels ("Adam" is no form of "Adami", "Abbas" none of "Abbasi"): a form of the name that
    drops its vowel carries an ending instead ("Adamiego")."""
    whole = max(mine, key=lambda k: (len(k), k))  # one choice, whatever the hash seed
    full = len(whole)
    singles, multis, shorts = [], {}, []
    for key in sorted(mine, key=lambda k: (-len(k), k)):  # one order, whatever the hash seed
        for entry in index.by_form.get(key, ()):
            if key == whole and entry.kind == "person" and _vowel_stem(key, entry.keys[0]):
                continue
            cut = full - len(key) + (key != entry.keys[0])
            if _replaced(key, own or whole):  # a restored nominative that replaced the word's
                if _short_person(entry):  # ending serves short names only ("Кубы" is no Cuba)
                    shorts.append((entry, cut))
                continue
            if len(entry.keys) > 1:
                for form in entry.forms[1]:
                    multis.setdefault(form, []).append((entry, cut))
            elif len(entry.keys[0]) >= MIN_KEY or long_word:
                singles.append((entry, cut))
    return tuple(singles), multis, tuple(shorts)


def whole_name(cand: Candidate, keys: frozenset[str], word: str) -> bool:
    """Whether a one-word candidate met a name by its whole key, an ending taken off
    ("Γαλλίας", "Rusya'da"), not only by the stem of a name ("Γάλλοι" shares France's stem).
    A nominative restored in place of the word's ending is no whole key: "Dudy" meets "Duda"
    as a stem does, and the guards on stems apply (actors/person_guard.py: "Hami" is the
    city, not a form of "Khama")."""
    own = translit_key(word)
    whole = {k for k in keys if not _replaced(k, own)} \
        | {translit_key(_before_apostrophe(word)), _before_apostrophe(word)}
    return any(e.keys[0] in whole for e in cand.entries)  # an acronym's key is its letters


def _replaced(key: str, own: str) -> bool:
    """Whether `key` is a nominative restored in place of the word's ending ("duda" for
    "dudi"): not the word's own letters, and no longer (a Greek nominative adds a letter:
    "Μητσοτάκη" -> "mitsotakis", and stands for any name)."""
    return key not in own and len(key) <= len(own)


def _short_person(entry: NameEntry) -> bool:
    """A one-word person's name of at most SHORT_NAME letters ending in a vowel ("duda")."""
    key = entry.keys[0]
    return entry.kind == "person" and len(entry.keys) == 1 and len(key) <= SHORT_NAME \
        and key[-1] in VOWELS


def _vowel_stem(form: str, key: str) -> bool:
    """Whether `form` is `key` without its last vowels ("adam" of "adami")."""
    return len(form) < len(key) and key.startswith(form) \
        and all(ch in VOWELS for ch in key[len(form):])


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _apostrophe_inside(name: str) -> bool:
    """Whether an apostrophe joins the name's first letter to the rest of its word ("В'єтнам",
    "М’янма"), unlike an article set before it ("A’ Ghearmailt", "I-Germani")."""
    return len(name) > 2 and name[1] in TYPED_APOSTROPHES and name[2].isalpha()


def _before_apostrophe(word: str) -> str:
    """"BM'nin" -> "BM": an acronym with a case ending."""
    return word.replace("’", "'").split("'", 1)[0]


def _longer(best: Candidate | None, new: Candidate) -> Candidate:
    """The longer candidate; on equal length one spelled in the token's script, then the
    closer match; on a tie both."""
    if best is None or _rank(new) > _rank(best):
        return new
    if _rank(new) == _rank(best) and new.entries[0] not in best.entries:
        best.entries.extend(new.entries)
    return best


def _rank(c: Candidate) -> tuple[int, bool, int]:
    return (c.end, c.same_script, -c.cut)


def token_key_sets(latin: list[str], suffixes: tuple[str, ...]) -> list[frozenset[str]]:
    """For each token: its key and the keys left after an inflection ending."""
    known = _known_keys(suffixes)
    out = []
    for key in latin:
        keys = known.get(key)
        if keys is None:
            if len(known) >= MAX_KNOWN_KEYS:
                known.clear()
            keys = known[key] = _token_keys(key, suffixes)
        out.append(keys)
    return out


@lru_cache(maxsize=64)
def _known_keys(suffixes: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """The keys of the words met so far with these endings, looked up by the word alone: a
    cache keyed by word and endings hashed the sixty-odd endings again for every word."""
    return {}


def _token_keys(key: str, suffixes: tuple[str, ...]) -> frozenset[str]:
    out = {key}
    for length, endings in _by_length(suffixes):
        if len(key) - length < MIN_KEY:
            break
        if key[-length:] in endings:
            out.add(key[:-length])
    return frozenset(out)


@lru_cache(maxsize=64)
def _by_length(suffixes: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    """The endings grouped by length, shortest first: a word's ending of each length is one
    set look-up (a pack lists some sixty endings, and most words are new to the cache)."""
    lengths = sorted({len(s) for s in suffixes if s})  # `suffix_keys` has no empty ending
    return tuple((n, frozenset(s for s in suffixes if len(s) == n)) for n in lengths)


@lru_cache(maxsize=64)
def suffix_keys(suffixes: tuple[str, ...]) -> tuple[str, ...]:
    keys = {translit_key(s.lstrip("'’-")) for s in suffixes} | {"s"}
    return tuple(sorted((k for k in keys if k), key=len, reverse=True))


@lru_cache(maxsize=1)
def _inflection() -> dict:
    return tomllib.loads((data_root() / "inflection.toml").read_text(encoding="utf-8"))


def generic_suffixes() -> tuple[str, ...]:
    """Endings for a language whose pack has none (actors/data/inflection.toml)."""
    return suffix_keys(tuple(_inflection()["fallback"]["suffixes"]))


def pack_suffixes(pack) -> tuple[str, ...]:
    """The endings names take in the pack's language. A pack states its own, even none
    (Italian, French names do not inflect: "Francesco" must not lose a Slavic "-sko" and read
    as France); only a language without a pack gets the generic Slavic-minded list."""
    if pack.name_suffixes or pack.lang in _packed_languages():
        return suffix_keys(pack.name_suffixes)
    return generic_suffixes()


@cache
def _packed_languages() -> frozenset[str]:
    return frozenset(available_languages())


@lru_cache(maxsize=64)
def proclitics(lang: str) -> tuple[str, ...]:
    found = _inflection().get("proclitics", {}).get(lang, [])
    return tuple(sorted(found, key=len, reverse=True))


def add_proclitic_keys(keys: list[frozenset[str]], folded: list[str], lang: str,
                       suffixes: tuple[str, ...]) -> list[frozenset[str]]:
    """Let "وروسيا" also stand for "روسيا" (the proclitics of actors/data/inflection.toml), and
    "Μητσοτάκη" for "Μητσοτάκης" (`restore_endings`); an ending never reaches before an
    apostrophe (`apostrophe_bound`)."""
    keys = restore_endings(apostrophe_bound(keys, folded), lang)
    prefixes = proclitics(lang)
    if not prefixes:
        return keys
    out = list(keys)
    for i, word in enumerate(folded):
        for p in prefixes:
            if word.startswith(p) and len(word) - len(p) >= 3:
                out[i] = out[i] | token_key_sets([translit_key(word[len(p):])], suffixes)[0]
    return out


def apostrophe_bound(keys: list[frozenset[str]], folded: list[str]) -> list[frozenset[str]]:
    """Each token's keys, less those of a word with an apostrophe that cut into the letters
    before it: the apostrophe marks where the name ends (Turkish "Hatay'a" is Hatay in the
    dative; "hata", the name of Tsutomu Hata, would read the name's own "y" as an ending)."""
    out = keys
    for i, word in enumerate(folded):
        if "'" in word or "’" in word:
            out = list(keys) if out is keys else out
            out[i] = _bounded(keys[i], word)
    return out


@lru_cache(maxsize=50_000)
def _bounded(keys: frozenset[str], word: str) -> frozenset[str]:
    """`keys` no shorter than the key before the apostrophe; where the key ran letters of
    both sides together ("Cumhuriyeti'in": "i" and "ı" key as one "i"), that key too."""
    stem = translit_key(_before_apostrophe(word))
    if not stem:
        return keys
    kept = frozenset(k for k in keys if len(k) >= len(stem))
    after = translit_key(word.replace("’", "'").split("'", 1)[1])
    return kept | {stem} if len(translit_key(word)) < len(stem) + len(after) else kept or keys


MIN_RESTORED_STEM = 4  # a stem a restored nominative adds letters to; one replacing letters: MIN_KEY


@lru_cache(maxsize=64)
def restorations(lang: str) -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a, b in _inflection().get("restore", {}).get(lang, []))


def restore_endings(keys: list[frozenset[str]], lang: str) -> list[frozenset[str]]:
    """Each token's keys plus the nominative its case form stands for, where the language
    drops a name's nominative ending in other cases (inflection.toml `[restore]`: Greek
    "του Μητσοτάκη" is Μητσοτάκης)."""
    rules = restorations(lang)
    return [_restored(k, rules) for k in keys] if rules else keys


@lru_cache(maxsize=200_000)
def _restored(keys: frozenset[str], rules: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """Restored from the whole word's key only (the longest), not from a key that already
    lost an ending: "Μαρακάι" is no "Μαρακας"."""
    key = max(keys, key=len)
    return keys | {key[:len(key) - len(ending)] + nominative for ending, nominative in rules
                   if key.endswith(ending) and len(key) - len(ending) >= (
                       MIN_RESTORED_STEM if len(nominative) > len(ending) else MIN_KEY)}
