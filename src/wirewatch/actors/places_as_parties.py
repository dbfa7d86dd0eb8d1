"""Cities and regions as parties of their country: "Russian missiles struck Kharkiv" hits Ukraine.

The knowledge base names countries, capitals (as metonyms), organisations and people; a city
or region is the geo stage's (`geo.recognize.find_places`: any script, any inflection). Here
each place name that no actor mention covers and that reads as a major place (a capital, a
first-order region, a city of `MAJOR_POPULATION` people or more) becomes a mention of kind
"place" with its country (`actor_id` None: a city is no actor of the knowledge base, and
"Granada" must link no one). The coder lets it be only what acts are done to (an attack, an
arrest, sanctions, aid sent there) or where protesters stand, never who acts or speaks
("Kharkiv said" is no statement of Ukraine's), and after a locative preposition it is the
setting, as a capital is.

Names that say more than a place are left alone: a weekday or month ("دوشنبه", Monday, is
Dushanbe too); a one-word name opening a sentence, where its capital says nothing ("Reading
the report", "Victoria said"), unless the document names it again inside a sentence; in a
script without case, a name without a location cue or in a document that names its country
nowhere else; a word the document also writes
in lower case ("nice"); a known given name ("Vladimir"), or a name right after one ("Andrew
Jackson", and every other "Jackson" of that document); an acronym ("PAP"); a reading through a
bare stem or a short remnant ("Если" is no Elista); and a name whose readings lie in several
countries with none clearly the most prominent.
"""

from __future__ import annotations

import math
import re
from functools import cache

from wirewatch.actors.guards import common_word, given_names
from wirewatch.actors.kb import KnowledgeBase
from wirewatch.actors.names import token_key_sets
from wirewatch.geo.gazetteer import Gazetteer, Place, load_gazetteer, word_key
from wirewatch.geo.recognize import PlaceMention, find_places, place_suffixes
from wirewatch.lang.loader import pack_table
from wirewatch.models import Mention
from wirewatch.text.keys import translit_key
from wirewatch.text.tokens import Tokens

PLACE = "place"  # the Mention kind
PARTY_KINDS = frozenset({"city", "capital", "admin1"})  # countries are actors; venues metonyms
PRIORS = {"admin1": 6.0}  # log10(population) equivalents, as in geo.locate
NAMED_BONUS = 1.0  # a reading in a country the document names as an actor
MARGIN = 0.7  # log10 lead of the best reading over another country's (Odesa over Odessa, TX)
CONFIDENCE = 0.7
MIN_STEM = 4  # letters of a one-word name's key read without its ending


def place_parties(text: str, tokens: Tokens, lang: str | None, mentions: list[Mention],
                  breaks: set[int], kb: KnowledgeBase, gazetteer: Gazetteer | None = None,
                  within: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Mentions of kind "place" for the major places the text names outside `mentions`, in
    the token ranges `within` when given (the sentences where a place may be a party)."""
    if within is not None and not within:
        return []  # most sentences hold no act a place may be a party of
    gazetteer = gazetteer or load_gazetteer()
    taken = [(m.start, m.end) for m in mentions]
    found = [p for p in find_places(text, lang, tokens, gazetteer, within)
             if not any(a < p.end and p.start < b for a, b in taken)
             and all(_name_cased(w) for w in tokens.surface[p.first:p.last])]
    if not found:
        return []
    suffixes = place_suffixes(lang)
    starts = breaks | {0}
    covered = {k for m in mentions for k in range(*tokens.index_range(m.start, m.end))}
    covered |= {k for p in found for k in range(p.first, p.last)}
    lower = {w for w, s in zip(tokens.folded, tokens.surface) if s[:1].islower()}
    names = {_key(tokens, p) for p in found if _after_capital(tokens, p, covered, starts, kb)}
    taken_tokens = {k for m in mentions for k in range(*tokens.index_range(m.start, m.end))}
    longer = {_key(tokens, p) for p in found
              if _before_capital(tokens, p, taken_tokens, starts, lang)}
    inside = {_key(tokens, p) for p in found if p.first not in starts}
    named = {m.country for m in mentions if m.country}
    out = []
    for p in found:
        if _key(tokens, p) in names or _common(tokens, p, lang, starts, inside, lower):
            continue
        country = _country(_readings(p, tokens, gazetteer, suffixes, kb), gazetteer, named)
        if country is None or (not _cased(tokens.folded[p.first]) and country not in named):
            continue
        if _key(tokens, p) in longer and country not in named:
            continue  # "Cabo Delgado" in a report on Mozambique; "Jawa Timur" stays Indonesia's
        actor = kb.get(country)
        out.append(Mention(p.start, p.end, text[p.start:p.end], None,
                           actor.name if actor else None, PLACE, country, CONFIDENCE))
    return out


def _name_cased(word: str) -> bool:
    """A name's word as names are written: a capital, then small letters in each part
    ("Санкт-Петербурге"); no acronym ("PAP", "CoV"). Scripts without case pass."""
    return all(part[1:] == part[1:].lower() for part in re.split(r"[-'’]", word))


def _cased(word: str) -> bool:
    return word[:1].lower() != word[:1].upper()


def _readings(p: PlaceMention, tokens: Tokens, gazetteer: Gazetteer,
              suffixes: tuple[str, ...], kb: KnowledgeBase) -> list[int]:
    """The readings of a name firm enough for a party. A name of several words stands as
    found. One word must be a name as written, or one less an inflection ending of the pack
    ("Одеси", "Harkov'a") of MIN_STEM letters or more: the bare stems and short remnants the
    geo stage also tries (cued places only) meet unrelated words ("Если" is no Elista, "Илиев"
    no Lviv). A word of fewer than MIN_STEM letters must be the place's own English name
    ("Qom"): its alternate names that short are mostly other words (a word without case has
    its cue instead: `_common`). A known given name ("Vladimir", "Viktor"), also in a case
    ("Bibiovou"), is the person's."""
    if p.last - p.first > 1:
        return list(p.places)
    ids = set(p.places)
    key = word_key(tokens.surface[p.first])
    if key in given_names(kb):
        return []
    exact = [i for i in gazetteer.words.get(key, ()) if i in ids]
    if len(key) < MIN_STEM and _cased(key):
        return [i for i in exact if word_key(gazetteer.place(i).name) == key]
    if exact:
        return exact
    forms = [f for f in token_key_sets([key], suffixes)[0]
             if len(f) >= MIN_STEM and f != key and f not in given_names(kb)]
    return list(dict.fromkeys(i for f in forms for i in gazetteer.words.get(f, ()) if i in ids))


def _key(tokens: Tokens, p: PlaceMention) -> tuple[str, ...]:
    return tuple(tokens.folded[p.first:p.last])


def _common(tokens: Tokens, p: PlaceMention, lang: str | None, starts: set[int],
            inside: set[tuple[str, ...]], lower: set[str]) -> bool:
    """A name that may be common words. In a script without case (Arabic, Persian, Han) no
    capital sets a name apart ("تازه", new, is also Taza; "联合" of "联合军演" a town): it counts
    only after a location or direction cue ("في غزة", "به غزه", "在加沙"), and (`place_parties`)
    only in a document that names its country otherwise ("في المدينة", in the city, is no
    Medina in a report from Iraq). One word of a cased
    script: a weekday or month of the language, as for actors (`guards.common_word`); a word
    the document writes in lower case ("nice"); or one opening a sentence, where its capital
    says nothing ("Reading the report"), that the document names nowhere else."""
    word, first = tokens.folded[p.first], p.first in starts
    if not _cased(word):
        return p.cue is None or common_word(lang or "", word, first)
    if p.last - p.first != 1:
        return False
    return word in lower or common_word(lang or "", word, first) \
        or (first and (word,) not in inside)


def _after_capital(tokens: Tokens, p: PlaceMention, covered: set[int], starts: set[int],
                   kb: KnowledgeBase) -> bool:
    """A known given name right before the name, itself no actor or place, makes it a
    surname ("Andrew Jackson", "Victoria Charlotte"). Any other capitalised word may be a noun
    of a language that capitalises them ("die Stadt Charkiw") or a title ("Gaza City")."""
    k = p.first - 1
    if k < 0 or k in covered or p.first in starts:
        return False
    word = tokens.surface[k]
    return word[:1].isupper() and word.isalpha() \
        and tokens.spans[p.first][0] - tokens.spans[k][1] == 1 \
        and translit_key(word) in given_names(kb)


@cache
def nouns_capitalised(lang: str | None) -> bool:
    """Whether the language writes its nouns with a capital (`places.toml` `[names]`): there a
    capitalised word after a place is no sign of a longer name ("in Charkiw Zivilisten")."""
    return bool(pack_table(lang, "places.toml", "names").get("nouns_capitalised", False))


def _before_capital(tokens: Tokens, p: PlaceMention, taken: set[int], starts: set[int],
                    lang: str | None) -> bool:
    """A one-word name with a capitalised word right after it, itself no actor, that is no
    weekday or month: the two may be one longer name the gazetteer lacks ("Cabo Delgado" is no
    Cabo of Brazil), which stands for the place's country only where the report names that
    country otherwise. Not in a language that capitalises nouns."""
    k = p.last
    if p.last - p.first != 1 or k >= len(tokens) or k in taken or k in starts \
            or nouns_capitalised(lang):
        return False
    word = tokens.surface[k]
    return _cased(word) and word[:1].isupper() and word.isalpha() \
        and tokens.spans[k][0] - tokens.spans[p.first][1] == 1 \
        and not common_word(lang or "", tokens.folded[k], False)


def _country(ids: list[int], gazetteer: Gazetteer, named: set[str]) -> str | None:
    """The country of the name's major readings: the only one, or the clearly most prominent
    (population, a capital, a country the document names)."""
    readings = [gazetteer.place(i) for i in ids
                if gazetteer.major(i) and gazetteer.place(i).kind in PARTY_KINDS]
    if not readings:
        return None
    best: dict[str, float] = {}
    for place in readings:
        score = _prior(place) + (NAMED_BONUS if place.country in named else 0.0)
        best[place.country] = max(score, best.get(place.country, score))
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < MARGIN:
        return None
    return ranked[0][0]


def _prior(place: Place) -> float:
    prior = PRIORS.get(place.kind, math.log10(place.population + 1))
    return prior + (0.5 if place.kind == "capital" else 0.0)
