"""Names that the words around them make something else than the party they name.

- A country's ground, sea or sky ("on Belarusian territory", "на территории Белоруссии",
  "sul territorio libico"): the phrase names where something happens. It becomes a mention
  of kind "place" with the country (actors/places_as_parties.py): the coder lets a place be
  only what acts are done to ("struck Ukrainian territory"), never who acts.
  (`lang/<xx>/places.toml` `[territory] nouns`.)
- A seat of government after a preposition that puts someone inside it ("В Кремле
  заявили", "au Kremlin, on estime", "im Kreml"): the building speaks for the people in it,
  as "the Kremlin said" does. The preposition joins the mention, so that the coder, which
  takes a place after a locative preposition for the setting, reads no setting there.
  (`lang/<xx>/actors.toml` `[phrases] inside`.)
- "the Kingdom", "المملكة" with no country beside it: the kingdom the document names most
  (`actors/data/monarchies.toml`); none when it names no kingdom. (`[phrases] kingdom`.)
- A country's name or adjective beside a currency word ("the US dollar", "dolar AS",
  "долара США") says whose currency it is: no actor. (`[phrases] currencies`.)
- A Chinese country abbreviation inside a person's name (刘德军 is no 德军, the German army;
  李华俄 no Russia): after a common surname. (`[names] surnames`.)
"""

from __future__ import annotations

import tomllib
from collections import Counter
from dataclasses import replace
from functools import cache

from wirewatch.actors.abbreviations import abbreviations
from wirewatch.actors.kb import KnowledgeBase, data_root
from wirewatch.actors.places_as_parties import CONFIDENCE, PLACE
from wirewatch.lang.loader import Pack, pack_table, table_patterns
from wirewatch.lang.patterns import Match, PatternSet, longest_non_overlapping
from wirewatch.models import Mention
from wirewatch.text.keys import fold, is_cjk
from wirewatch.text.tokens import Tokens

GAP = 2  # function words that may stand between a territory noun and its country
NOUN_WORDS = 3  # words of the longest territory noun ("территориальных вод")


@cache
def territory_nouns(lang: str | None) -> PatternSet:
    return table_patterns(lang, "places.toml", "territory", ("nouns",))


@cache
def inside_words(lang: str | None) -> frozenset[str]:
    return frozenset(fold(w) for w in pack_table(lang, "actors.toml", "phrases").get("inside", []))


@cache
def kingdom_words(lang: str | None) -> PatternSet:
    return table_patterns(lang, "actors.toml", "phrases", ("kingdom",))


@cache
def monarchies() -> dict[str, frozenset[str]]:
    """Monarchies by style: "kingdom" -> the kingdoms' ids."""
    data = tomllib.loads((data_root() / "monarchies.toml").read_text(encoding="utf-8"))
    return {style: frozenset(ids) for style, ids in data.get("monarchies", {}).items()}


def read_in_context(mentions: list[Mention], tokens: Tokens, text: str, pack: Pack,
                    gap_words: frozenset[str], kb: KnowledgeBase,
                    seats: set[tuple[int, int]]) -> list[Mention]:
    """The mentions, territories made places, seats given their preposition, and the
    document's kingdom added where "the Kingdom" names it; `gap_words` are the words of a
    genitive that may stand between a territory and its country ("the territory of the
    Libyan state"; not "airspace from Turkish aircraft"), `seats` the token spans of the
    seats of government named (`seat_places`)."""
    mentions = _territories(mentions, tokens, text, pack.lang, gap_words, pack.syntax.locative)
    mentions = [_inside(m, tokens, text, pack, seats) for m in mentions]
    return mentions + _kingdoms(mentions, tokens, text, pack.lang, kb)


@cache
def seat_places(kb: KnowledgeBase) -> frozenset[str]:
    """The English names of the metonyms that are seats or buildings ("the Kremlin", "the
    Pentagon"), not cities ("Tel Aviv", "Brussels"): after "in" a city is where something
    happens, a building who works in it."""
    return frozenset(m.place for m in kb.metonyms if m.kind in ("seat", "building"))


def _span(tokens: Tokens, m: Mention) -> tuple[int, int]:
    return tokens.index_range(m.start, m.end)


def _territories(mentions: list[Mention], tokens: Tokens, text: str, lang: str | None,
                 gap_words: frozenset[str], locative: frozenset[str]) -> list[Mention]:
    """Country mentions that a territory noun before or after them makes a place. After a
    locative preposition of the pack the phrase stays the country's name, widened to the
    noun: the coder takes it for the setting, never who acts, yet still for whom an act
    concerns when no one else is named ("will respond if new missiles appear на территории
    Румынии": a threat to Romania); elsewhere ("on Belarusian territory": English "on" sets
    no scene for the coder) it is a place (kind "place"), only ever what an act is done to."""
    nouns = territory_nouns(lang)
    out = []
    for m in mentions:
        noun = _territory_of(m, nouns, tokens, text, gap_words) if _country_named(m) else None
        if noun is None:
            out.append(m)
            continue
        a, b = _span(tokens, m)
        first = min(a, noun.start)
        start = tokens.spans[first][0]
        end = tokens.spans[max(b, noun.end) - 1][1]
        if first and tokens.folded[first - 1] in locative:
            out.append(replace(m, start=start, end=end, surface=text[start:end], demonym=False))
        else:
            out.append(Mention(start, end, text[start:end], None, m.name, PLACE, m.country,
                               CONFIDENCE))
    return out


def _country_named(m: Mention) -> bool:
    """A country by its name or adjective, no organ or office of it."""
    return m.kind == "country" and m.role is None and m.country is not None


def _territory_of(m: Mention, nouns: PatternSet, tokens: Tokens, text: str,
                  gap_words: frozenset[str]) -> Match | None:
    """The territory noun right before the country (across function words only) or right
    after it ("Belarusian territory", "Russia's territory"), no punctuation between them
    ("on its territory, Moscow said" is no Russian territory). Looked for in the few words
    around the country only: a document names far more words than countries."""
    a, b = _span(tokens, m)
    lo = max(0, a - GAP - NOUN_WORDS)
    window = tokens.folded[lo:b + NOUN_WORDS]
    for found in longest_non_overlapping(nouns.find(window)):
        noun = Match(found.start + lo, found.end + lo, found.payload, found.pattern)
        if noun.end <= a and a - noun.end <= GAP \
                and all(w in gap_words for w in tokens.folded[noun.end:a]) \
                and _unbroken(text, tokens, noun.end - 1, a):
            return noun
        if noun.start == b and _unbroken(text, tokens, b - 1, b):
            return noun
    return None


def _unbroken(text: str, tokens: Tokens, first: int, last: int, also: str = "") -> bool:
    """Whether only words and spaces (and the characters `also`: the dot of "U.S.") stand
    from token `first` to token `last`."""
    gap = text[tokens.spans[first][1]:tokens.spans[last][0]]
    return all(ch.isalnum() or ch.isspace() or ch in "'’-" or ch in also for ch in gap)


def _inside(m: Mention, tokens: Tokens, text: str, pack: Pack,
            seats: set[tuple[int, int]]) -> Mention:
    """A seat of government after an inside-preposition, the preposition joined to it (an
    article of the pack between them too: "in the Kremlin")."""
    a, b = _span(tokens, m)
    if m.kind != "country" or (a, b) not in seats:
        return m
    words = inside_words(pack.lang)
    k = a - 1 if a and tokens.folded[a - 1] not in pack.syntax.articles else a - 2
    if k < 0 or tokens.folded[k] not in words:
        return m
    start = tokens.spans[k][0]
    return replace(m, start=start, surface=text[start:m.end])


def _kingdoms(mentions: list[Mention], tokens: Tokens, text: str, lang: str | None,
              kb: KnowledgeBase) -> list[Mention]:
    """"the Kingdom" as the kingdom the document names most; no mention when it names none."""
    kingdoms = monarchies().get("kingdom", frozenset())
    counts = Counter(m.country for m in mentions if m.kind == "country" and m.country in kingdoms)
    if not counts:
        return []
    found = longest_non_overlapping(kingdom_words(lang).find(tokens.folded))
    if not found:
        return []
    (country, _), = counts.most_common(1)
    taken = {k for m in mentions for k in range(*_span(tokens, m))}
    actor = kb.get(country)
    out = []
    for match in found:
        if taken.intersection(range(match.start, match.end)):
            continue
        start, end = tokens.spans[match.start][0], tokens.spans[match.end - 1][1]
        out.append(Mention(start, end, text[start:end], country, actor.name if actor else None,
                           "country", country, CONFIDENCE))
    return out


@cache
def currency_words(lang: str | None) -> PatternSet:
    return table_patterns(lang, "actors.toml", "phrases", ("currencies",))


def currency_qualifiers(atoms: list, tokens: Tokens, text: str, lang: str | None) -> set[int]:
    """Indices of the country atoms that only say whose currency a currency word is ("the US
    dollar", "dolar AS", "долара США", "Iranian rial"): the word right before or after them,
    nothing but a space or a dot between. A currency is one word (`[phrases] currencies`)."""
    words = currency_words(lang)
    folded = tokens.folded

    def currency(k: int) -> bool:
        return 0 <= k < len(folded) and bool(words.find(folded[k:k + 1]))

    return {n for n, a in enumerate(atoms) if a.kind in ("country", "demonym")
            and ((currency(a.end) and _unbroken(text, tokens, a.end - 1, a.end, "."))
                 or (currency(a.start - 1) and _unbroken(text, tokens, a.start - 1, a.start)))}


@cache
def surnames(lang: str | None) -> frozenset[str]:
    return frozenset(pack_table(lang, "actors.toml", "names").get("surnames", []))


def inside_han_names(atoms: list, tokens: Tokens, lang: str | None) -> set[int]:
    """Indices of the atoms that open with a country's one-character abbreviation inside a
    person's name: right after a listed surname (刘德军 is no German army, 王美华 no America),
    or, for the abbreviation alone, after a surname and one more character that is no
    particle and no abbreviation (李华俄)."""
    names = surnames(lang)
    rules = abbreviations(lang)
    if not names or rules is None:
        return set()
    chars = tokens.surface

    def given_name_before(i: int) -> bool:
        """A surname and one character of a given name right before token i."""
        return i >= 2 and chars[i - 2] in names and is_cjk(chars[i - 1]) \
            and chars[i - 1] not in rules.before and chars[i - 1] not in rules.countries

    return {n for n, a in enumerate(atoms)
            if a.kind in ("country", "demonym") and chars[a.start] in rules.countries
            and ((a.start >= 1 and chars[a.start - 1] in names)
                 or (a.end - a.start == 1 and given_name_before(a.start)))}
