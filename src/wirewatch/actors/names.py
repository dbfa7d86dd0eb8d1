"""An index of every actor name in every script, matched through transliteration keys.

Names are stored once as sequences of Latin keys ("pezeskian"), so a Greek, Cyrillic or
Latin spelling of one name meets the same entry. Inflected forms are reached from both ends:
a token loses the inflection endings of its language ("Путину" -> "putin", "Iranului" ->
"iran", "Mayová" -> "mai"), and each name token also stands for its stem forms: without its
final vowel ("Москва" -> "moskv", met by "Москвы") and without the vowel of its last
syllable ("Biden" -> "bidn", met by Bulgarian "Байдън" and Slovenian "Bidnove").
"""

from __future__ import annotations

import tomllib
import unicodedata
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
    def __init__(self, kb: KnowledgeBase):
        self.by_form: dict[str, list[NameEntry]] = {}
        self.acronyms: dict[str, list[NameEntry]] = {}
        self._seen: set[tuple] = set()
        self._cache: dict[tuple, tuple] = {}
        self.spelled: dict[str, set[str]] = {}  # folded name -> actors written exactly so
        self.scripts: dict[tuple[tuple[str, ...], str], set[str]] = {}  # (keys, actor) -> scripts
        for actor in kb.actors.values():
            for name in actor.names:
                self._add(name, actor.id, actor.kind)
            for acronym in actor.acronyms:
                self._acronym(acronym, actor.id, actor.kind)
        for m in kb.metonyms:
            for name in m.names:
                self._add(name, m.actor, "metonym", m.place)

    def _spelled_so(self, word: str, entry: NameEntry) -> bool:
        """A short key is too weak alone ("Isi", Indonesian "content", reads as a Yoruba
        "Jẹsì", Jersey): the word must be written as one of the actor's names."""
        return entry.actor_id in self.spelled.get(fold(_before_apostrophe(word)), ())

    def _first(self, mine: frozenset[str], long_word: bool):
        """`_first_matches`, remembered per distinct token (names repeat within a corpus)."""
        cache_key = (mine, long_word)
        found = self._cache.get(cache_key)
        if found is None:
            if len(self._cache) > 200_000:
                self._cache.clear()
            found = self._cache[cache_key] = _first_matches(self, mine, long_word)
        return found

    def _acronym(self, name: str, actor_id: str, kind: str, place: str | None = None) -> None:
        bucket = self.acronyms.setdefault(name, [])
        entry = NameEntry((name,), actor_id, kind, place)
        if entry not in bucket:
            bucket.append(entry)

    def _add(self, name: str, actor_id: str, kind: str, place: str | None = None) -> None:
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
            return
        if kind == "country" and len(keys) > 1 and _letters(words[:1]) == 1:
            return  # a Gaelic "A’ Ghearmailt", a CLDR "I Germani": an article opens it
        self.spelled.setdefault(fold(name), set()).add(actor_id)
        self.scripts.setdefault((keys, actor_id), set()).add(script_of(name))
        if (keys, actor_id, kind, place) in self._seen:
            return
        self._seen.add((keys, actor_id, kind, place))
        forms = tuple(stem_forms(k) for k in keys)
        entry = NameEntry(keys, actor_id, kind, place, forms)
        for form in forms[0]:
            self.by_form.setdefault(form, []).append(entry)

    def candidates_at(self, i: int, cand_keys: list[frozenset[str]], surface: list[str]) -> Candidate | None:
        """The longest name starting at token i."""
        best: Candidate | None = None
        acr = self.acronyms.get(surface[i]) or self.acronyms.get(_before_apostrophe(surface[i]))
        if acr:
            best = Candidate(i, i + 1, list(acr))
        long_word = len(surface[i]) >= MIN_LETTERS or _letters([surface[i]]) >= MIN_LETTERS
        singles, multis = self._first(cand_keys[i], long_word)
        script = script_of(surface[i])
        for entry, cut in singles:
            if cut == 0 and len(entry.keys[0]) <= SHORT_KEY \
                    and not self._spelled_so(surface[i], entry):
                continue
            same = script in self.scripts.get((entry.keys, entry.actor_id), ())
            if not same and len(entry.keys[0]) < CROSS_SCRIPT_KEY:
                continue
            best = _longer(best, Candidate(i, i + 1, [entry], cut, same))
        stem = _before_apostrophe(surface[i])
        if stem != surface[i] and translit_key(stem):
            # "Çin'i", "Rusya'nın": the apostrophe marks where the name ends
            for entry, _ in self._first(frozenset({translit_key(stem)}), long_word)[0]:
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
            # ("Almanya'ya": the name is what stands before the apostrophe)
            written = " ".join(surface[best.start:best.end])
            exact = self.spelled.get(fold(written), set()) \
                | self.spelled.get(fold(_before_apostrophe(written)), set())
            best.entries.sort(key=lambda e: e.actor_id not in exact)
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


def _first_matches(index: NameIndex, mine: frozenset[str], long_word: bool):
    """Entries whose first token a token with keys `mine` can be, with how far it was cut."""
    full = max(map(len, mine))
    singles, multis = [], {}
    for key in mine:
        for entry in index.by_form.get(key, ()):
            cut = full - len(key) + (key != entry.keys[0])
            if len(entry.keys) > 1:
                for form in entry.forms[1]:
                    multis.setdefault(form, []).append((entry, cut))
            elif len(entry.keys[0]) >= MIN_KEY or long_word:
                singles.append((entry, cut))
    return tuple(singles), multis


def whole_name(cand: Candidate, keys: frozenset[str], word: str) -> bool:
    """Whether a one-word candidate met a name by its whole key, an ending taken off
    ("Γαλλίας", "Rusya'da"), not only by the stem of a name ("Γάλλοι" shares France's stem)."""
    whole = set(keys) | {translit_key(_before_apostrophe(word)), _before_apostrophe(word)}
    return any(e.keys[0] in whole for e in cand.entries)  # an acronym's key is its letters


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
    return [_token_keys(key, suffixes) for key in latin]


@lru_cache(maxsize=500_000)
def _token_keys(key: str, suffixes: tuple[str, ...]) -> frozenset[str]:
    out = {key}
    for s in suffixes:
        if key.endswith(s) and len(key) - len(s) >= MIN_KEY:
            out.add(key[: -len(s)])
    return frozenset(out)


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
    """Let "وروسيا" also stand for "روسيا" (the proclitics of actors/data/inflection.toml)."""
    prefixes = proclitics(lang)
    if not prefixes:
        return keys
    out = list(keys)
    for i, word in enumerate(folded):
        for p in prefixes:
            if word.startswith(p) and len(word) - len(p) >= 3:
                out[i] = out[i] | _token_keys(translit_key(word[len(p):]), suffixes)
    return out
