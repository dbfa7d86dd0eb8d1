"""Sector actors: "the police", "Iraqi troops", "la police française", "polisi Indonesia".

PLOVER codes a generic actor by the country it belongs to ("Pakistani police" = PAK + COP).
The sectors and their codes are `actors/data/sectors.toml`; their words, per language,
`lang/<xx>/sectors.toml`, matched like `actors.toml` (docs/packs.md). A sector mention is
`SEC:<KEY>` with its country: the place word right beside it (joined in
`recognize.group_atoms`), else the one country of the places its sentence sets it in
("police in Karachi" -> PAK, through the geo stage's gazetteer and location cues), else None:
"the government" alone is nobody's in particular.

A sector that acts at home (`domestic` in the data: police, courts, protesters, the
opposition, but not an army, which fights abroad) is further read as the country its report
is set in: of the body seen only at home (`scene`: police, courts, the opposition) its
sentence names with a country ("Turkish police detained students"), else of the nearest
sentence before it that sets the scene (such a body with its country, "police in Istanbul"),
else of the dateline ("ISTANBUL -- Police detained 40 students": TUR -> TUR, two
parties of one country). A government is no such sector and sets no scene: reports name
foreign ones as often as their own.

A state's own bodies are read as a reader reads them. One the pack's `[home]` names for its
country ("MSZ", "外交部", "Dışişleri Bakanlığı") is that country's; a body named again ("the
ministry", "le ministère") is the one named before with its country ("the Belarusian foreign
ministry"); one the pack lists as a home body without a country (languages of many states:
"the Foreign Ministry", "das Außenministerium", "وزارة الخارجية") is of the report's home, the
country of its dateline ("VILNIUS - The foreign ministry said").
"""

from __future__ import annotations

import math
import tomllib
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache, cached_property

from wirewatch.actors.kb import data_root
from wirewatch.lang.loader import PackError, load_pack, pack_root
from wirewatch.lang.patterns import PatternSet
from wirewatch.models import Mention
from wirewatch.text.keys import fold
from wirewatch.text.tokens import Tokens

PREFIX = "SEC:"
# How sure a reading of an ambiguous place name must be over the next one (log10 population
# equivalents) before the sector takes its country.
PLACE_MARGIN = 1.0
PLACE_PRIORS = {"country": 6.6, "admin1": 6.0, "venue": 8.0}
# How many tokens may stand between a body and a party after it that names its owner
# ("وزارت امور پناهندگان طالبان", "the ministry of refugee affairs of the Taliban").
OWNER_GAP = 3


@dataclass(frozen=True)
class Sector:
    key: str
    name: str  # English label
    code: str  # CAMEO/PLOVER agent code
    domestic: bool = False  # acts inside its own country: named alone, it is the setting's
    scene: bool = False  # seen at home only: named with its country, it sets the scene


@dataclass(frozen=True)
class SectorWords:
    patterns: PatternSet
    joiners: frozenset[str]  # words between a sector and its place: "the army of Iraq"
    # whether a place after a sector may be its owner ("polisi Indonesia"); not in Turkish,
    # whose owners stand before ("Rusya Dışişleri Bakanlığı")
    owner_after: bool
    # bodies the press of the language names without their country because they are its
    # own state's ("the Border Police", "Dışişleri Bakanlığı"); payload: that country, or None
    # where the pack's language is spoken in many states: the country of the report's dateline
    home: PatternSet


@cache
def sectors() -> dict[str, Sector]:
    data = tomllib.loads((data_root() / "sectors.toml").read_text(encoding="utf-8"))
    return {key: Sector(key, entry["name"], entry["code"], entry.get("domestic", False),
                        entry.get("scene", False))
            for key, entry in data.get("sector", {}).items()}


def sector_id(key: str) -> str:
    return PREFIX + key


@cache
def sector_words(lang: str | None) -> SectorWords:
    """The pack's sector words; a language without `sectors.toml` has none."""
    patterns = PatternSet()
    path = pack_root() / (lang or "und") / "sectors.toml"
    if not lang or not path.is_file():
        return SectorWords(patterns, frozenset(), True, PatternSet())
    where = f"{lang}/sectors.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"{where}: invalid TOML: {exc}") from exc
    known = sectors()
    for key, words in data.get("sectors", {}).items():
        if key not in known:
            raise PackError(f"{where}: sectors.{key} is not a sector of actors/data/sectors.toml")
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise PackError(f"{where}: sectors.{key}: expected a list of non-empty patterns")
        for word in words:
            try:
                patterns.add(word, key)
            except ValueError as exc:
                raise PackError(f"{where}: sectors.{key}: {exc}") from exc
    meta = data.get("meta", {})
    joiners = frozenset(fold(w) for w in meta.get("joiners", []))
    return SectorWords(patterns, joiners, meta.get("owner_after", True) is not False,
                       _home_bodies(where, data.get("home", {})))


def _home_bodies(where: str, home: dict) -> PatternSet:
    """`[home]`: the `bodies` that, named alone, are the `country`'s; without a country, the
    country of the report's dateline (a language of many states)."""
    found = PatternSet()
    if not home:
        return found
    country = home.get("country")
    if not (country is None or isinstance(country, str)) or not isinstance(home.get("bodies"), list):
        raise PackError(f"{where}: home needs a list of bodies and, if any, a country code")
    for body in home["bodies"]:
        try:
            found.add(body, country)
        except ValueError as exc:
            raise PackError(f"{where}: home.bodies: {exc}") from exc
    return found


def sector_mention(start: int, end: int, surface: str, key: str,
                   country: str | None) -> Mention:
    """A sector mention. Its key also stands in `role`, so that its words stay free for the
    event triggers that contain them ("sent troops", "protesters marched"). Without a country
    it is linked to no actor (actor_id None, as an unknown name): "the police" alone is
    nobody's in particular, and the coder takes no such mention as a party."""
    actor_id = sector_id(key) if country else None
    return Mention(start, end, surface, actor_id, sectors()[key].name, "sector", country,
                   0.8 if country else 0.6, role=key)


def place_sectors(mentions: list[Mention], text: str, tokens: Tokens, lang: str | None,
                  breaks: set[int]) -> list[Mention]:
    """Give each sector mention without a country the country its report places it in.

    A body the pack names as its own state's ("the Foreign Ministry" in Turkish) is that
    state's wherever it acts; else a sector takes the one country of the places its sentence
    sets it in. A body the pack lists as of the report's own state, in a language of many
    states, is the one named before with its country, else the dateline's: before the places
    of its sentence ("condemned the attack in Gaza" sets no ministry there). A domestic sector
    left without a country takes the country of the bodies seen only at home that its sentence
    names with theirs, else the setting of the report so far (`_Setting`); any other, the
    country of the same body named before with its country."""
    home = _home_matches(tokens, lang, mentions, text)
    setting = _Setting(text, tokens, lang, sorted(breaks | {0}), mentions)
    placed = []
    for m in mentions:
        if m.kind == "sector" and m.country is None:
            first, last = tokens.index_range(m.start, m.end)
            hit = next((h for h in home if h.start < last and first < h.end), None)
            country = None if hit is None else \
                hit.payload or _named_before(m, placed, mentions, tokens, lang) \
                or setting.dateline
            country = country or _one(setting.located(first))
            if country is None and _domestic(m):
                country = _one(setting.named(first)) or setting.before(first, placed)
            elif country is None:
                country = _named_before(m, placed, mentions, tokens, lang)
            if country is not None:
                m = replace(m, actor_id=sector_id(m.role), country=country, confidence=0.7)
        placed.append(m)
    return placed


def _named_before(m: Mention, placed: list[Mention], mentions: list[Mention],
                  tokens: Tokens, lang: str | None) -> str | None:
    """The country of the nearest earlier mention of the same body with its country: a body
    named again is the one named before ("the Belarusian foreign ministry ... the ministry
    also said", "le ministère burkinabè ... Le ministère a convoqué"). The same body is one of
    the same sector whose words hold all of this one's. A body with a party right after it, no
    event word between, names its own owner ("سخنگوی وزارت امور پناهندگان طالبان", the
    Taliban's refugee ministry): it is no body named before ("the ministry summoned Belarus's
    envoy" is)."""
    first, last = tokens.index_range(m.start, m.end)
    if any(_owner_after(last, o, tokens, lang) for o in mentions):
        return None
    words = set(tokens.folded[first:last])
    for before in reversed(placed):
        if before.kind == "sector" and before.role == m.role and before.country:
            a, b = tokens.index_range(before.start, before.end)
            if words <= set(tokens.folded[a:b]):
                return before.country
    return None


def _owner_after(end: int, other: Mention, tokens: Tokens, lang: str | None) -> bool:
    """Whether a party starts within OWNER_GAP tokens after a body ending at token `end`, with
    no event word of the pack between them."""
    start = tokens.index_range(other.start, other.end)[0]
    if not other.country or other.kind == "sector" or not end <= start <= end + OWNER_GAP:
        return False
    triggers = load_pack(lang).events
    return triggers is None or not triggers.find(tokens.folded[end:start])


def _domestic(m: Mention) -> bool:
    return m.kind == "sector" and m.role in sectors() and sectors()[m.role].domestic


def _scene(m: Mention) -> bool:
    return m.kind == "sector" and m.role in sectors() and sectors()[m.role].scene


def _one(countries: set[str]) -> str | None:
    return next(iter(countries)) if len(countries) == 1 else None


class _Setting:
    """Where a report's sentences are set: the countries of the places each cues as a location,
    and of the bodies seen only at home that each names with their country. Read only for the
    sentences a sector without a country asks about, nearest first (the gazetteer is slow)."""

    def __init__(self, text: str, tokens: Tokens, lang: str | None, starts: list[int],
                 mentions: list[Mention]):
        self.text, self.tokens, self.lang, self.starts = text, tokens, lang, starts
        self.mentions = mentions
        self._located: dict[int, set[str]] = {}

    def _sentence(self, token: int) -> int:
        """Index in `starts` of the sentence holding the token."""
        return bisect_right(self.starts, token) - 1

    def _range(self, n: int) -> tuple[int, int]:
        hi = self.starts[n + 1] if n + 1 < len(self.starts) else len(self.tokens)
        return self.starts[n], hi

    def _located_in(self, n: int) -> set[str]:
        if n not in self._located:
            lo, hi = self._range(n)
            found = _located_countries(self.text, self.tokens, self.lang, lo, hi, self.mentions)
            self._located[n] = found - {None}
        return self._located[n]

    def located(self, token: int) -> set[str]:
        """Countries of the places the token's sentence cues as locations ("in Karachi")."""
        return self._located_in(self._sentence(token))

    def named(self, token: int, mentions: list[Mention] | None = None) -> set[str]:
        """Countries of the bodies seen only at home that the token's sentence names with
        their country."""
        lo, hi = self._range(self._sentence(token))
        return {m.country for m in (mentions if mentions is not None else self.mentions)
                if _scene(m) and m.country
                and lo <= self.tokens.index_range(m.start, m.end)[0] < hi}

    def before(self, token: int, placed: list[Mention]) -> str | None:
        """The setting of the nearest earlier sentence that has one: the countries of its bodies
        seen only at home ("police in Istanbul"), else the country of the dateline. A place
        alone sets no scene: "a conference in London" is no setting of the war it discusses."""
        for n in range(self._sentence(token) - 1, -1, -1):
            found = self.named(self._range(n)[0], placed)
            if found:
                return _one(found)
        return self.dateline

    @cached_property
    def dateline(self) -> str | None:
        """The country of the place a dateline names ("ISTANBUL (Reuters) -")."""
        from wirewatch.geo.gazetteer import load_gazetteer
        from wirewatch.geo.recognize import find_places
        from wirewatch.text.clean import dateline_spans

        gazetteer = load_gazetteer()
        for a, b in dateline_spans(self.text):
            places = find_places(self.text[a:b], self.lang, None, gazetteer)
            if places:
                return _country(places[0].places, gazetteer)
        return None


def _home_matches(tokens: Tokens, lang: str | None, mentions: list[Mention], text: str) -> list:
    """The home bodies of a text, except those a country right beside them names as another
    state's ("Rusya Dışişleri Bakanlığı", "Ministerul de Externe al Ucrainei")."""
    pack_words = sector_words(lang)
    home = pack_words.home
    if not home.size or not any(m.kind == "sector" and m.country is None for m in mentions):
        return []
    countries = [tokens.index_range(m.start, m.end) for m in mentions
                 if m.country and m.kind != "sector"]
    genitive = load_pack(lang).syntax.genitive  # "Ministerul de Externe al Ucrainei"

    def beside(h, a: int, b: int) -> bool:
        """A country right before or after the body (before only where owners stand
        before: "Dışişleri Bakanlığı İsrail'i kınadı"), or after its genitive article."""
        if a >= h.end and not pack_words.owner_after:
            return False
        if a >= h.end:
            lo, hi = h.end, a
        elif b <= h.start:
            lo, hi = b, h.start
        else:
            return False
        words = tokens.folded[lo:hi]
        if len(words) > 1 or (words and words[0] not in genitive):
            return False
        gap = text[tokens.spans[lo - 1][1]:tokens.spans[hi][0]]
        return all(c.isalnum() or c.isspace() for c in gap)  # no comma between them

    return [h for h in home.find(tokens.folded)
            if not any(beside(h, a, b) for a, b in countries)]


def _located_countries(text: str, tokens: Tokens, lang: str | None, lo: int, hi: int,
                       mentions: list[Mention]) -> set[str | None]:
    """Countries of the places cued as locations ("in Karachi") in tokens [lo, hi)."""
    from wirewatch.geo.gazetteer import load_gazetteer
    from wirewatch.geo.recognize import AT, find_places

    gazetteer = load_gazetteer()
    offset = tokens.spans[lo][0]
    sentence = text[offset:tokens.spans[hi - 1][1]]
    taken = [(m.start - offset, m.end - offset) for m in mentions
             if m.kind in ("person", "sector", "role")]
    return {_country(p.places, gazetteer) for p in find_places(sentence, lang, None, gazetteer)
            if p.cue == AT and not any(a < p.end and p.start < b for a, b in taken)}


def _country(ids: tuple[int, ...], gazetteer) -> str | None:
    """The country of a place name: of its clearly most prominent reading, if it has one."""
    scored = sorted(((_prior(gazetteer.place(i)), gazetteer.place(i).country) for i in ids),
                    reverse=True)
    if len(scored) > 1 and scored[1][1] != scored[0][1] \
            and scored[0][0] - scored[1][0] < PLACE_MARGIN:
        return None
    return scored[0][1]


def _prior(place) -> float:
    prior = PLACE_PRIORS.get(place.kind, math.log10(place.population + 1))
    return prior + (0.5 if place.kind == "capital" else 0.0)
