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

The report's home is its dateline's country; without a city there, the country of the news
agency it is credited to ("(ANSA) -", "/ТАСС/", "新华社": actors/agencies.py); without either,
the one country its parties are of, clearly more than any other (`DOMINANCE`), else, counting
also the places its lead is set in. The state itself (`home_state` in the data: "the government",
"il governo", "правительство", "الحكومة") named alone is first the state of the parties of its
sentence that act at home ("Serbian students protested against the government"), then the
one named before with its country, then the home's ("(ANSA) - ROMA - Il governo ha
approvato"), then its sentence's place's, then, in a report told from nowhere, the state whose
press its language is (`[home] country`: "hükümet" in Turkish news) where its sentence names
no party of another country, else the dominant country. A domestic body left without any
setting is of that state too, on the same terms.
"""

from __future__ import annotations

import math
import tomllib
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, cached_property

from wirewatch.actors.kb import data_root
from wirewatch.lang.loader import PackError, load_pack, pack_root
from wirewatch.lang.patterns import PatternSet
from wirewatch.models import Mention
from wirewatch.text.keys import fold, is_cjk
from wirewatch.text.tokens import Tokens

PREFIX = "SEC:"
# The mentions whose country votes for a report's home: the parties it names by country.
PARTY_KINDS = frozenset({"country", "person", "role", "counterpart", "unknown", "sector"})
# How sure a reading of an ambiguous place name must be over the next one (log10 population
# equivalents) before the sector takes its country.
PLACE_MARGIN = 1.0
PLACE_PRIORS = {"country": 6.6, "admin1": 6.0, "venue": 8.0}
# How many times more often the one country of a report's parties must be named than the next
# before it is the report's home, and how often at least.
DOMINANCE = 2
DOMINANT_MIN = 2
PLACE_SENTENCES = 3  # the sentences whose places vote for a report's home: its lead
# How many tokens a pair phrase may reach beyond a body's words ("both of the governments")
PAIR_REACH = 3
# How many tokens may stand between a body and a party after it that names its owner
# ("وزارت امور پناهندگان طالبان", "the ministry of refugee affairs of the Taliban").
OWNER_GAP = 3
# How many words before a body a city adjective may stand ("Московский окружной военный суд")
ADJECTIVE_REACH = 3
# The longest city name read beside a body, in words ("Rio de Janeiro")
CITY_WORDS = 3
CITY_CHARS = 7  # the same in Chinese, where every character is a token ("伊斯坦布尔")


@dataclass(frozen=True)
class Sector:
    key: str
    name: str  # English label
    code: str  # CAMEO/PLOVER agent code
    domestic: bool = False  # acts inside its own country: named alone, it is the setting's
    scene: bool = False  # seen at home only: named with its country, it sets the scene
    home_state: bool = False  # the state itself: named alone, it is the report's home state


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
    # the one state whose press the language is (`[home] country`), None for a language of many
    state: str | None = None
    # adjectives of cities that name a body's country ("Московский суд", "la police
    # parisienne"); payload: the city's country
    place_adjectives: PatternSet = field(default_factory=PatternSet)


@cache
def sectors() -> dict[str, Sector]:
    data = tomllib.loads((data_root() / "sectors.toml").read_text(encoding="utf-8"))
    return {key: Sector(key, entry["name"], entry["code"], entry.get("domestic", False),
                        entry.get("scene", False), entry.get("home_state", False))
            for key, entry in data.get("sector", {}).items()}


def sector_id(key: str) -> str:
    return PREFIX + key


def add_words(found: PatternSet, words: list[str], payload, where: str) -> None:
    """Add a pack table's patterns, a bad one reported as the pack's error at `where`."""
    for word in words:
        try:
            found.add(word, payload)
        except ValueError as exc:
            raise PackError(f"{where}: {exc}") from exc


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
        add_words(patterns, words, key, f"{where}: sectors.{key}")
    meta = data.get("meta", {})
    joiners = frozenset(fold(w) for w in meta.get("joiners", []))
    return SectorWords(patterns, joiners, meta.get("owner_after", True) is not False,
                       _home_bodies(where, data.get("home", {})),
                       data.get("home", {}).get("country"),
                       _place_adjectives(where, data.get("place_adjectives", {})))


def _place_adjectives(where: str, table: dict) -> PatternSet:
    """`[place_adjectives]`: per country code, the adjectives of its cities."""
    found = PatternSet()
    for country, words in table.items():
        if len(country) != 3 or not country.isupper() or not isinstance(words, list):
            raise PackError(f"{where}: place_adjectives.{country}: expected a country code "
                            "and a list of patterns")
        add_words(found, words, country, f"{where}: place_adjectives.{country}")
    return found


def _home_bodies(where: str, home: dict) -> PatternSet:
    """`[home]`: the `bodies` that, named alone, are the `country`'s; without a country, the
    country of the report's dateline (a language of many states)."""
    found = PatternSet()
    if not home:
        return found
    country = home.get("country")
    if not (country is None or isinstance(country, str)) or not isinstance(home.get("bodies"), list):
        raise PackError(f"{where}: home needs a list of bodies and, if any, a country code")
    add_words(found, home["bodies"], country, f"{where}: home.bodies")
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
    states, is the one named before with its country, else the report's home: before the
    places of its sentence ("condemned the attack in Gaza" sets no ministry there). The state
    itself ("the government", `home_state`), except in a pair ("the two governments"), is read
    as `_state_of` says. A domestic sector
    left without a country takes the country of the bodies seen only at home that its sentence
    names with theirs, else the setting of the report so far (`_Setting`); any other, the
    country of the same body named before with its country."""
    home = _home_matches(tokens, lang, mentions, text)
    setting = _Setting(text, tokens, lang, sorted(breaks | {0}), mentions)
    placed = []
    for m in mentions:
        if m.kind == "sector" and m.country is None:
            city = _city_beside(m, text, tokens, lang)
            if city is not None:
                placed.append(replace(m, actor_id=sector_id(m.role), country=city,
                                      confidence=0.75))
                continue
            first, last = tokens.index_range(m.start, m.end)
            hit = next((h for h in home if h.start < last and first < h.end), None)
            state = _flagged(m, "home_state") and not _in_pair(first, last, tokens, lang)
            if state and hit is None:
                country = _state_of(m, setting, first, placed, mentions, tokens, lang)
            else:
                country = _before_places(m, hit, state, setting, first, placed, mentions,
                                         tokens, lang) or _one(setting.located(first))
            if country is None and _flagged(m, "domestic"):
                country = _one(setting.named(first)) or setting.before(first, placed)
            elif country is None:
                country = setting.home_of(first) if state \
                    else _named_before(m, placed, mentions, tokens, lang)
            if country is not None:
                m = replace(m, actor_id=sector_id(m.role), country=country, confidence=0.7)
        placed.append(m)
    return placed


def _city_beside(m: Mention, text: str, tokens: Tokens, lang: str | None) -> str | None:
    """The country of the city a body is named by, right beside it: an adjective of the pack
    ("Московский городской суд", "la police parisienne") or a major place of the gazetteer as
    a noun before it ("an Istanbul court", "莫斯科法院") or as its owner after it, across the
    pack's joiners ("le tribunal de Lyon"). A city names whose court or police it is, as a
    country does."""
    first, last = tokens.index_range(m.start, m.end)
    return _city_adjective(first, last, text, tokens, lang) \
        or _city_name_before(first, text, tokens, lang) \
        or _city_name_after(last, text, tokens, lang)


def _city_adjective(first: int, last: int, text: str, tokens: Tokens,
                    lang: str | None) -> str | None:
    """The country of a city adjective of the pack within ADJECTIVE_REACH words before the body
    (its other adjectives between: "Московский городской суд") or right after it."""
    adjectives = sector_words(lang).place_adjectives
    if not adjectives.size:
        return None
    lo = first
    while lo > 0 and first - lo < ADJECTIVE_REACH and _plain_gap(text, tokens, lo - 1, lo):
        lo -= 1
    after = last + 1 if last < len(tokens) and _plain_gap(text, tokens, last - 1, last) else last
    hits = adjectives.find(tokens.folded[lo:first]) + adjectives.find(tokens.folded[last:after])
    return _one({h.payload for h in hits})


def _city_name_before(first: int, text: str, tokens: Tokens, lang: str | None) -> str | None:
    """The country of a major place named right before the body, as its noun modifier."""
    if first == 0 or not _plain_gap(text, tokens, first - 1, first):
        return None
    lo = max(first - _city_reach(tokens, first - 1), 0)
    return _major_place_country(text, lang, tokens, lo, first, lambda p: p.last == first
                                and not _name_runs_into(p.first, text, tokens))


def _name_runs_into(k: int, text: str, tokens: Tokens) -> bool:
    """Whether an acronym, or a capitalised word inside a sentence, stands right before token
    k: the place word is part of a longer name ("ABD Hazine Bakanlığı", the US Treasury), not
    its owner."""
    before = tokens.surface[k - 1] if k else ""
    if not before[:1].isupper():
        return False
    if before.isupper() and len(before) > 1:  # an acronym ("ABD", "USA") opens the name
        return True
    gap = text[tokens.spans[k - 2][1]:tokens.spans[k - 1][0]] if k >= 2 else "."
    return not any(c in gap for c in ".!?\n")


def _city_name_after(last: int, text: str, tokens: Tokens, lang: str | None) -> str | None:
    """The country of a major place named right after the body, across the pack's joiners,
    where owners may follow ("le tribunal de Lyon", "Pengadilan Negeri Bandung"), and that
    starts no longer name."""
    words = sector_words(lang)
    if not words.owner_after:
        return None
    k = last
    while k < len(tokens) and tokens.folded[k] in words.joiners and k - last < 2:
        k += 1
    if k >= len(tokens) or not all(_plain_gap(text, tokens, j - 1, j) for j in range(last, k + 1)):
        return None
    hi = min(k + _city_reach(tokens, k), len(tokens))
    return _major_place_country(text, lang, tokens, k, hi, lambda p: p.first == k
                                and not _name_goes_on(p.last, tokens))


def _name_goes_on(k: int, tokens: Tokens) -> bool:
    """Whether a capitalised word follows at token k: the place is a word of a longer name, a
    given name ("αντιπολίτευσης Νίκος Ανδρουλάκης") or a district ("Jakarta Pusat")."""
    return k < len(tokens) and tokens.surface[k][0].isupper()


def _city_reach(tokens: Tokens, k: int) -> int:
    """How many tokens a city name starting or ending at token k may span."""
    return CITY_CHARS if is_cjk(tokens.surface[k][0]) else CITY_WORDS


def _major_place_country(text: str, lang: str | None, tokens: Tokens, lo: int, hi: int,
                         keep) -> str | None:
    """The country of the one place of the gazetteer found in tokens [lo, hi) that `keep`
    accepts, if a reading of it is a major place."""
    from wirewatch.geo.gazetteer import load_gazetteer
    from wirewatch.geo.recognize import find_places

    gazetteer = load_gazetteer()
    places = [p for p in find_places(text, lang, tokens, gazetteer, within=[(lo, hi)]) if keep(p)]
    if len(places) != 1 or not any(gazetteer.major(i) for i in places[0].places):
        return None
    return _country(tuple(i for i in places[0].places if gazetteer.major(i)), gazetteer)


def _plain_gap(text: str, tokens: Tokens, a: int, b: int) -> bool:
    """Whether only spaces (or a hyphen, an apostrophe) stand between tokens a and b."""
    gap = text[tokens.spans[a][1]:tokens.spans[b][0]]
    return all(c.isspace() or c in "-'’" for c in gap)


def home_reader(text: str, tokens: Tokens, lang: str | None, breaks: set[int],
                mentions: list[Mention]):
    """A reader of the country a domestic party named without one at a token is of: a party's
    or a union's leader ("CHP Genel Başkanı Özgür Özel", "la secrétaire générale de la CGT").
    As a domestic body left without a country (`place_sectors`), it is of the bodies seen only
    at home its sentence names with their country, else of the report's setting so far; not
    of its sentence's place, as a person speaks abroad ("in Brussels, the PD leader said")."""
    setting = _Setting(text, tokens, lang, sorted(breaks | {0}), mentions)

    def home(token: int) -> str | None:
        return _one(setting.named(token)) or setting.before(token, mentions)

    return home


def _before_places(m: Mention, hit, state: bool, setting: _Setting, first: int,
                   placed: list[Mention], mentions: list[Mention], tokens: Tokens,
                   lang: str | None) -> str | None:
    """The country that reads a home body before the places of its sentence, if any: its pack
    country; the owner named right after it, where owners may follow (`_owner_after`), if it is
    the state itself ("presidency"); else the same body named before with its country; else the
    report's home."""
    if hit is None:
        return None
    if hit.payload:
        return hit.payload
    owner = _owner(m, mentions, tokens, setting.text, lang) if state else None
    if owner is not None:
        return owner
    before = _named_before(m, placed, mentions, tokens, lang)
    if before:
        return before
    return setting.home_of(first)


def _state_of(m: Mention, setting: _Setting, first: int, placed: list[Mention],
              mentions: list[Mention], tokens: Tokens, lang: str | None) -> str | None:
    """The state "the government" named alone is, nearest reading first: its owner named right
    after it; the one country of the parties of its sentence that act at home, named with
    theirs ("Gli studenti serbi hanno protestato contro il governo": Serbia's, in Italian news
    too; the Turkish opposition's own government); the same body named before with its
    country; the country the report is told from (dateline, agency); its sentence's place; the
    state whose press the language is, unless its sentence names another country's party, else
    the country the rest of the report is about (`_Setting.home_state`). A party of another
    country that is no domestic body claims nothing: "the government condemned Russia" names
    whom it acts on."""
    return _owner(m, mentions, tokens, setting.text, lang) \
        or _one(setting.claimed(first)) \
        or _named_before(m, placed, mentions, tokens, lang) \
        or setting.told_from or _one(setting.located(first)) \
        or setting.home_state(first)


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


def _owner(m: Mention, mentions: list[Mention], tokens: Tokens, text: str,
           lang: str | None) -> str | None:
    """The country of the party that names a body's owner right after it, where owners may
    follow ("وزارت خارجه ایران", Iran's foreign ministry): in its clause, nothing but words
    between them ("the government. Paris said" is no government of Paris)."""
    if not sector_words(lang).owner_after:
        return None
    last = tokens.index_range(m.start, m.end)[1]
    for other in mentions:
        if _owner_after(last, other, tokens, lang):
            gap = text[m.end:other.start]
            return other.country if all(c.isalnum() or c.isspace() for c in gap) else None
    return None


def _owner_after(end: int, other: Mention, tokens: Tokens, lang: str | None) -> bool:
    """Whether a party starts within OWNER_GAP tokens after a body ending at token `end`, with
    no event word of the pack between them."""
    start = tokens.index_range(other.start, other.end)[0]
    if not other.country or other.kind == "sector" or not end <= start <= end + OWNER_GAP:
        return False
    triggers = load_pack(lang).events
    return triggers is None or not triggers.find(tokens.folded[end:start])


def _in_pair(first: int, last: int, tokens: Tokens, lang: str | None) -> bool:
    """Whether the body is named inside a pair phrase of the pack ("the two governments",
    "os dois governos"): the two parties named before, no one state."""
    lo = max(first - PAIR_REACH, 0)
    return any(lo + p.start <= first and last <= lo + p.end
               for p in load_pack(lang).pair_anaphora.find(tokens.folded[lo:last + PAIR_REACH]))


def _flagged(m: Mention, flag: str) -> bool:
    """Whether the mention is a sector whose data sets `flag` (home_state, domestic, scene)."""
    return m.kind == "sector" and m.role in sectors() and getattr(sectors()[m.role], flag)


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
            found = _located_countries(self.text, self.tokens, self.lang, lo, hi, self.mentions,
                                       self.told_from)
            self._located[n] = found - {None}
        return self._located[n]

    def located(self, token: int) -> set[str]:
        """Countries of the places the token's sentence cues as locations ("in Karachi")."""
        return self._located_in(self._sentence(token))

    def named(self, token: int, mentions: list[Mention] | None = None) -> set[str]:
        """Countries of the bodies seen only at home that the token's sentence names with
        their country."""
        return self._flagged_in(token, "scene", mentions)

    def claimed(self, token: int) -> set[str]:
        """Countries of the parties of the token's sentence that act at home, named with their
        country: a body of a domestic sector ("Serbian students", "Turkey's opposition")."""
        return self._flagged_in(token, "domestic")

    def _flagged_in(self, token: int, flag: str, mentions: list[Mention] | None = None) -> set[str]:
        """Countries of the sectors flagged `flag` that the token's sentence names with theirs."""
        lo, hi = self._range(self._sentence(token))
        return {m.country for m in (mentions if mentions is not None else self.mentions)
                if m.country and _flagged(m, flag)
                and lo <= self.tokens.index_range(m.start, m.end)[0] < hi}

    def home_state(self, token: int) -> str | None:
        """The state a report told from nowhere reads "the government" as: the one whose press
        its language is (`own_state`), else the country the rest of the report is about."""
        return self.own_state(token) or self.dominant(self._sentence(token))

    def own_state(self, token: int) -> str | None:
        """The state whose press the language is (`[home] country`: "hükümet", "polis" in
        Turkish news are Turkey's; a foreign one is named with its country), unless the token's
        sentence names a party of another country: "ABD Hazine Bakanlığı", "Polonya ...
        Dışişleri Bakanlığına çağırdı", "agricoltori francesi ... davanti al Parlamento" are
        no bodies of the press's state."""
        state = sector_words(self.lang).state
        others = set(self._party_votes[self._sentence(token)]) - {state}
        return state if state and not others else None

    def before(self, token: int, placed: list[Mention]) -> str | None:
        """The setting of the nearest earlier sentence that has one: the countries of its bodies
        seen only at home ("police in Istanbul"), else the report's home (`home_of`), else the
        state whose press the language is (`own_state`). A place
        alone sets no scene: "a conference in London" is no setting of the war it discusses."""
        for n in range(self._sentence(token) - 1, -1, -1):
            found = self.named(self._range(n)[0], placed)
            if found:
                return _one(found)
        return self.home_of(token) or self.own_state(token)

    def home_of(self, token: int) -> str | None:
        """The country the report is told from, as a body at the token reads it: the
        dateline's, else the news agency's, else the one the rest of the report is about."""
        return self.told_from or self.dominant(self._sentence(token))

    @cached_property
    def told_from(self) -> str | None:
        """The country of the report's dateline, else of the news agency it is credited to."""
        from wirewatch.actors.agencies import agency_country

        return self.dateline or agency_country(self.text)

    def dominant(self, n: int) -> str | None:
        """The country the parties of the report's other sentences are of (with the places
        they are set in, where their parties decide nothing), if it is named DOMINANCE times
        as often as any other, and not in sentence n. A body's own sentence names the party it
        acts on ("the government condemned Russia"), the rest of the report where it acts; a
        report about Russia names Russia most, and is no less often told from elsewhere."""
        return _winner(self._party_votes, n) \
            or _winner([p + q for p, q in zip(self._party_votes, self._place_votes)], n)

    @cached_property
    def _party_votes(self) -> list[Counter]:
        """Per sentence, the countries of the parties it names by their country."""
        votes = [Counter() for _ in self.starts]
        for m in self.mentions:
            if m.country and m.kind in PARTY_KINDS:
                votes[self._sentence(self.tokens.index_range(m.start, m.end)[0])][m.country] += 1
        return votes

    @cached_property
    def _place_votes(self) -> list[Counter]:
        """Per sentence of the lead (PLACE_SENTENCES), where a report sets its scene, the
        countries of the places it is set in. The gazetteer is slow: read only for a report
        whose parties name no home, and no further than its lead."""
        return [Counter(self._located_in(n)) if n < PLACE_SENTENCES else Counter()
                for n in range(len(self.starts))]

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


def _winner(votes: list[Counter], n: int) -> str | None:
    """The country voted for outside sentence n at least DOMINANT_MIN times and DOMINANCE
    times as often as any other, if sentence n does not name it."""
    ranked = (sum(votes, Counter()) - votes[n]).most_common(2)
    if not ranked or ranked[0][1] < DOMINANT_MIN or ranked[0][0] in votes[n]:
        return None
    if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
        return None
    return ranked[0][0]


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
                       mentions: list[Mention], told_from: str | None) -> set[str | None]:
    """Countries of the places cued as locations ("in Karachi") in tokens [lo, hi). In a report
    told from one country, a name read only as a small town of another sets no scene: the
    gazetteer lacks the counties and towns of every country, so "police in Essex" under a
    LONDON dateline is more likely at home than in Essex, Maryland (`_abroad_minor`)."""
    from wirewatch.geo.gazetteer import load_gazetteer
    from wirewatch.geo.recognize import AT, find_places

    gazetteer = load_gazetteer()
    offset = tokens.spans[lo][0]
    sentence = text[offset:tokens.spans[hi - 1][1]]
    taken = [(m.start - offset, m.end - offset) for m in mentions
             if m.kind in ("person", "sector", "role")]
    named = {m.country for m in mentions if m.country}
    return {_country(p.places, gazetteer) for p in find_places(sentence, lang, None, gazetteer)
            if p.cue == AT and not any(a < p.end and p.start < b for a, b in taken)
            and not _abroad_minor(p.places, told_from, gazetteer, named)}


def _abroad_minor(ids: tuple[int, ...], told_from: str | None, gazetteer,
                  named: set[str]) -> bool:
    """Every reading of the name is a small town (no major place) outside the report's home;
    in a report told from nowhere, of a country it names nowhere else: a word read as a
    foreign village ("na Terra Indígena" as Téra, Niger) sets no scene."""
    def abroad(country: str) -> bool:
        return country != told_from if told_from is not None else country not in named

    return all(not gazetteer.major(i) and abroad(gazetteer.place(i).country) for i in ids)


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
