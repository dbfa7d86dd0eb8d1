"""Sector words that name one body of a state: "China's foreign ministry", "МИД России",
"Policja", "中国海警". PLOVER and the gold name such a body by its own English name
("Ministry of Foreign Affairs of China", "Polish Police", "China Coast Guard"), not by its
sector's label ("government", "police"): a sector mention of a known country whose words
are the pack's `[bodies]` words for one (`lang/<xx>/sectors.toml`) takes that name. The
bodies, their sectors and names are `[body.*]` of `actors/data/sectors.toml`."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, replace
from functools import cache

from wirewatch.actors.kb import data_root
from wirewatch.actors.sectors import add_words, sectors
from wirewatch.lang.loader import PackError, pack_root
from wirewatch.lang.patterns import PatternSet
from wirewatch.models import Mention
from wirewatch.text.tokens import Tokens


@dataclass(frozen=True)
class NamedBody:
    key: str
    sector: str  # the sector key its words belong to
    template: str | None  # its name from its country's ("Ministry of Foreign Affairs of {country}")
    names: dict[str, str]  # ISO3 -> the body's own English name where it has one
    every_word: bool  # each word of its sector names it (a national police force)

    def name_for(self, country: str) -> str | None:
        """The body's English name in that country, None where it has none."""
        if country in self.names:
            return self.names[country]
        english = _country_names().get(country)
        return self.template.format(country=english) if self.template and english else None


@cache
def named_bodies() -> dict[str, NamedBody]:
    data = tomllib.loads((data_root() / "sectors.toml").read_text(encoding="utf-8"))
    return {key: NamedBody(key, entry["sector"], entry.get("template"),
                           dict(entry.get("names", {})), entry.get("every_word", False))
            for key, entry in data.get("body", {}).items()}


@cache
def _country_names() -> dict[str, str]:
    """English short names of the states, as a body's name says them ("Türkiye" as
    "Turkey", the name the press and the gold use in a ministry's name)."""
    data = json.loads((data_root() / "countries.json").read_text(encoding="utf-8"))
    names = {iso3: entry["name"] for iso3, entry in data["countries"].items()}
    overrides = tomllib.loads((data_root() / "sectors.toml").read_text(encoding="utf-8"))
    names.update(overrides.get("body_country_names", {}))
    return names


@cache
def body_words(lang: str | None) -> PatternSet:
    """The pack's words for one body of a state; payload: the body's key."""
    found = PatternSet()
    path = pack_root() / (lang or "und") / "sectors.toml"
    if not lang or not path.is_file():
        return found
    where = f"{lang}/sectors.toml"
    bodies = named_bodies()
    for key, words in tomllib.loads(path.read_text(encoding="utf-8")).get("bodies", {}).items():
        if key not in bodies:
            raise PackError(f"{where}: bodies.{key} is not a body of actors/data/sectors.toml")
        add_words(found, words, key, f"{where}: bodies.{key}")
    return found


def name_bodies(mentions: list[Mention], tokens: Tokens, lang: str | None) -> list[Mention]:
    """Each sector mention of a known country that names one body, named as that body."""
    return [_named(m, tokens, lang) if m.kind == "sector" and m.country else m
            for m in mentions]


def _named(m: Mention, tokens: Tokens, lang: str | None) -> Mention:
    sector = sectors().get(m.role or "")
    if sector is None or m.name != sector.name:
        return m  # a national body of bodies.toml keeps its own name
    body = _body_of(m, tokens, lang)
    name = body.name_for(m.country) if body else None
    return replace(m, name=name) if name else m


def _body_of(m: Mention, tokens: Tokens, lang: str | None) -> NamedBody | None:
    """The body whose pack words the mention's words hold, else the one every word of the
    mention's sector names."""
    first, last = tokens.index_range(m.start, m.end)
    bodies = named_bodies()
    for match in body_words(lang).find(tokens.folded[first:last]):
        if bodies[match.payload].sector == m.role:
            return bodies[match.payload]
    return next((b for b in bodies.values() if b.every_word and b.sector == m.role), None)
