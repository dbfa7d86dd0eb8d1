"""Find place names in a text and how each is cued (located there, travelled to, or neither)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from wirewatch.actors.names import generic_suffixes, suffix_keys, token_key_sets
from wirewatch.geo.cues import PlaceCues, follows_as_place, load_cues
from wirewatch.geo.gazetteer import ARABIC as _ARABIC
from wirewatch.geo.gazetteer import Gazetteer, load_gazetteer, word_key
from wirewatch.lang.loader import load_pack
from wirewatch.text.keys import fold
from wirewatch.text.tokens import Tokens, tokens_of

AT, TO = "at", "to"  # cue kinds: located there / a visit or trip to there
MIN_NAME = 3  # letters before an apostrophe that make a name of their own
ENDING = 5  # letters of the longest case ending written after an apostrophe ("'ndeki")


@dataclass(frozen=True)
class PlaceMention:
    start: int  # character offsets in the text
    end: int
    first: int  # token range [first, last)
    last: int
    places: tuple[int, ...]  # gazetteer indices of the places this name may be
    cue: str | None  # AT | TO | None


def find_places(text: str, lang: str | None, tokens: Tokens | None = None,
                gazetteer: Gazetteer | None = None,
                within: list[tuple[int, int]] | None = None) -> list[PlaceMention]:
    """Every gazetteer name in the text, leftmost-longest, with the cue that precedes it;
    only in the token ranges `within` when given (the sentences a caller reads)."""
    gazetteer = gazetteer or load_gazetteer()
    tokens = tokens or tokens_of(text)
    cues = load_cues(lang)
    common = common_words(lang)
    keys = _LazyKeys(tokens, place_suffixes(lang))
    found: list[PlaceMention] = []
    for lo, hi in within if within is not None else [(0, len(tokens))]:
        i = lo
        while i < hi:
            word = tokens.surface[i]
            first = word[0]
            match = None
            if first.isupper() or first.lower() == first.upper():  # names start upper case
                match = gazetteer.match_at(i, keys.latin, keys) or \
                    _prefixed_match(i, word, cues, gazetteer, keys)
                if match is not None and (_inside_longer_name(match, i, lo, hi, text, tokens,
                                                              gazetteer, keys)
                                           or _common_word(match, i, word, common)):
                    match = None
            elif first.isalpha():
                match = _venue_phrase(i, gazetteer, keys)
            if match is None:
                i += 1
                continue
            end, ids, prefixed = match if len(match) == 3 else (*match, False)
            cue = AT if prefixed else cue_of(tokens, i, end, cues)
            found.append(PlaceMention(tokens.spans[i][0], tokens.spans[end - 1][1], i, end,
                                      ids, cue))
            i = end
    return found


@cache
def common_words(lang: str | None) -> frozenset[str]:
    """Words of the language's running text that the gazetteer also holds as small towns."""
    text = resources.files("wirewatch.geo").joinpath("data/common_words.toml").read_text("utf-8")
    return frozenset(map(fold, tomllib.loads(text)["words"].get(lang or "", [])))


def _common_word(match, i: int, word: str, common: frozenset[str]) -> bool:
    """A one-word name spelt as a common word of the language ("Senin", "بيان")."""
    return match[0] == i + 1 and fold(_before_apostrophe(word) or word) in common


def place_suffixes(lang: str | None) -> tuple[str, ...]:
    """The endings a place name may take in the language: its pack's, or the generic list
    when the pack gives none (unlike actor names, places keep the generic endings)."""
    pack = load_pack(lang)
    return suffix_keys(pack.name_suffixes) if pack.name_suffixes else generic_suffixes()


class _LazyKeys:
    """Token keys computed on demand: only tokens that may start or continue a name are read."""

    def __init__(self, tokens: Tokens, suffixes: tuple[str, ...]):
        self.latin = _LatinKeys(tokens.surface, tokens.latin)
        self._suffixes = suffixes
        self._cache: dict[int, frozenset[str]] = {}

    def __len__(self) -> int:
        return len(self.latin)

    def __getitem__(self, k: int) -> frozenset[str]:
        keys = self._cache.get(k)
        if keys is None:
            keys = self._cache[k] = token_key_sets([self.latin[k]], self._suffixes)[0]
        return keys


class _LatinKeys:
    """`word_key` of each token: the tokens' transliteration, Arabic script kept as written,
    and a name with an ending after an apostrophe ("Şam'a", "Paris'te") read without it."""

    def __init__(self, surface: list[str], latin: list[str]):
        self._surface, self._latin = surface, latin

    def __len__(self) -> int:
        return len(self._latin)

    def __getitem__(self, k: int) -> str:
        word = self._surface[k]
        if _ARABIC.match(word):
            return word_key(word)
        name = _before_apostrophe(word)
        return word_key(name) if name else self._latin[k]


def _before_apostrophe(word: str) -> str | None:
    """The name before an apostrophe and a short ending (Turkish case endings, English
    "'s"), when it is long enough to be a name of its own ("Sana'a" keeps its apostrophe
    through the stem of "Sanaa")."""
    for mark in ("'", "’"):
        head, sep, tail = word.partition(mark)
        if sep and len(head) >= MIN_NAME and 0 < len(tail) <= ENDING and tail.isalpha():
            return head
    return None


def _venue_phrase(i: int, gazetteer: Gazetteer, keys: _LazyKeys):
    """A venue whose name starts with a common noun ("πλατεία Συντάγματος", "place Tahrir",
    "piața Victoriei"): only multi-word venue names may start lower case, as "la paz" or
    "el paso" in running text are no places."""
    if keys.latin[i] not in gazetteer.phrases:
        return None
    match = gazetteer.match_at(i, keys.latin, keys)
    if match is None or match[0] == i + 1:
        return None
    end, ids = match
    venues = tuple(k for k in ids if gazetteer.place(k).kind == "venue")
    return (end, venues) if venues else None


def _inside_longer_name(match, i: int, lo: int, hi: int, text: str, tokens: Tokens,
                        gazetteer: Gazetteer, keys: _LazyKeys) -> bool:
    """A one-word name written against other capitalised words is a word of a longer name
    the gazetteer lacks: a small town's name against one ("Polícia Militar", "Distrito
    Federal", "Jawa Timur" are not Police, Poland or Federal, Argentina), an inflected
    reading between two ("Cumhuriyet Halk Partisi" is no Chalco)."""
    end, ids = match[0], match[1]
    if end != i + 1:
        return False
    before = i - 1 > lo and _capitalised(tokens.surface[i - 1]) \
        and _joined(text, tokens.spans[i - 1], tokens.spans[i]) \
        and not _sentence_break(text, tokens.spans[i - 2], tokens.spans[i - 1])
    after = end < hi and _capitalised(tokens.surface[end]) \
        and _joined(text, tokens.spans[i], tokens.spans[end])
    if before and after and keys.latin[i] not in gazetteer.words:
        return True
    return (before or after) and not any(gazetteer.major(k) for k in ids)


def _capitalised(word: str) -> bool:
    """A capitalised word (with or without an ending after an apostrophe), not an initial."""
    head = word.replace("’", "'").split("'")[0]
    return len(head) > 1 and head[0].isupper() and head.isalpha()


def _joined(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Only spaces between two tokens: no comma, dash or line break."""
    gap = text[left[1]:right[0]]
    return gap.strip(" ") == "" and gap != ""


def _sentence_break(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """A full stop or line break between two tokens: the next word is capitalised anyway."""
    return any(c in ".!?:\n\"“«" for c in text[left[1]:right[0]])


def _prefixed_match(i: int, word: str, cues: PlaceCues, gazetteer: Gazetteer, keys: _LazyKeys):
    """A token fused with a locative prefix ("بموسكو") is a one-word name spelt exactly as the
    rest of it; anything looser reads names into ordinary words."""
    for prefix in cues.prefixes:
        if word.startswith(prefix):
            ids = gazetteer.words.get(word_key(word[len(prefix):]))
            if ids:
                return i + 1, tuple(ids), True
    return None


def cue_of(tokens: Tokens, start: int, end: int, cues: PlaceCues) -> str | None:
    """How the name in tokens [start, end) is cued: AT (located there), TO (a trip) or None."""
    ending = fold(tokens.surface[end - 1])
    if any(ending.endswith(s) for s in cues.suffixes):
        return AT
    if any(ending.endswith(s) for s in cues.visit_suffixes):
        return TO
    if _followed_as_place(tokens, end, cues):
        return AT
    for n in range(min(cues.longest, start), 0, -1):
        before = tuple(tokens.folded[start - n:start])
        if before in cues.not_before:
            return None
        if before in cues.before:
            return AT if not _vetoed(tokens, start, n, cues) else None
        if before in cues.visit_before:
            return TO if not _vetoed(tokens, start, n, cues) else None
    return None


def _followed_as_place(tokens: Tokens, end: int, cues: PlaceCues) -> bool:
    """An `after` cue right after the name, or after one capitalised word that names a part
    of it ("İstanbul'un Saraçhane semtinde"); a word with its own ending ("Şam'ın") is the
    name of another place, which the cue belongs to."""
    for k in range(end, min(end + 2, len(tokens))):
        if follows_as_place(tokens.folded[k], cues):
            return True
        word = tokens.surface[k]
        if not (word[:1].isupper() and word.isalpha()):
            return False
    return False


def _vetoed(tokens: Tokens, start: int, n: int, cues: PlaceCues) -> bool:
    """A longer sequence ending in the cue means something else ("de la" = from)."""
    for m in range(n + 1, min(cues.longest, start) + 1):
        if tuple(tokens.folded[start - m:start]) in cues.not_before:
            return True
    return False
