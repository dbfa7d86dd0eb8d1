"""The actor knowledge base: countries, metonyms, organisations and people with dated roles.

Loaded once from the data files under `actors/data/` (docs/knowledge-base.md), plus any
user file merged with `wirewatch actors import`.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

SOLE_ROLES = frozenset({
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister",
    "spokesperson", "security_council_secretary", "secretary_general", "leader",
})


@dataclass(frozen=True)
class Role:
    role: str
    country: str
    start: date | None
    end: date | None

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class Actor:
    id: str
    kind: str  # country | igo | ngo | armed_group | person | collective | body
    name: str
    country: str | None
    names: list[str] = field(default_factory=list)
    acronyms: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    wikidata: str | None = None
    place: str | None = None  # for metonym entries: the English place name
    sector: str | None = None  # for a national body: the sector of its state it stands for
    langs: frozenset[str] = frozenset()  # for a national body: the only packs it counts in


@dataclass
class Metonym:
    actor: str
    kind: str
    place: str
    names: list[str]


@dataclass
class KnowledgeBase:
    actors: dict[str, Actor] = field(default_factory=dict)
    metonyms: list[Metonym] = field(default_factory=list)
    # other ids an organisation goes by in event data, to its own (igos.toml `codes`:
    # "IGO:LAS" is the Arab League, IGO:AL here)
    codes: dict[str, str] = field(default_factory=dict)

    def get(self, actor_id: str | None) -> Actor | None:
        return self.actors.get(actor_id) if actor_id else None

    def holders(self, role: str, country: str, day: date) -> list[Actor]:
        return [
            a for a in self._by_role().get((role, country), ())
            if any(r.role == role and r.country == country and r.covers(day) for r in a.roles)
        ]

    def holder(self, role: str, country: str, day: date) -> Actor | None:
        found = self.holders(role, country, day)
        if not found and role == "leader":
            found = self.holders("head_of_state", country, day)
        return found[0] if found else None

    def roles_on(self, actor_id: str, day: date | None) -> list[Role]:
        actor = self.actors.get(actor_id)
        if actor is None:
            return []
        if day is None:
            return list(actor.roles)
        return [r for r in actor.roles if r.covers(day)]

    def affiliation(self, actor_id: str, day: date | None) -> str | None:
        """The country (or organisation) a person acts for on `day`.

        An office of an organisation wins (NATO's Secretary General acts for IGO:NATO);
        otherwise the person's own country.
        """
        actor = self.actors.get(actor_id)
        if actor is None:
            return None
        if actor.kind != "person":
            return actor.country if actor.kind != "country" else actor.id
        for role in self.roles_on(actor_id, day) if day else ():
            if ":" in role.country:
                body = self.actors.get(role.country)
                # an armed group's office counts for the country the group acts in (Hamas: PSE),
                # an organ's for the organisation it is part of (the ECB's for the EU)
                return body.country if body is not None else role.country
        return actor.country

    def tenure_span(self, actor_id: str, role: str | None = None) -> tuple[date, date] | None:
        roles = [r for r in self.actors[actor_id].roles if role is None or r.role == role]
        if not roles:
            return None
        starts = [r.start or date(1900, 1, 1) for r in roles]
        ends = [r.end or date.today() for r in roles]
        return min(starts), max(ends)

    @cache  # noqa: B019 - the knowledge base lives as long as the process
    def _by_role(self) -> dict[tuple[str, str], list[Actor]]:
        index: dict[tuple[str, str], list[Actor]] = {}
        for actor in self.actors.values():
            for r in actor.roles:
                bucket = index.setdefault((r.role, r.country), [])
                if actor not in bucket:
                    bucket.append(actor)
        return index

    def __hash__(self) -> int:
        return id(self)


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    return date.fromisoformat(str(value))


def data_root():
    return resources.files("wirewatch.actors") / "data"


def _load_countries(kb: KnowledgeBase) -> None:
    path = data_root() / "countries.json"
    if not path.is_file():
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    for iso3, entry in data["countries"].items():
        kb.actors[iso3] = Actor(iso3, "country", entry["name"], iso3, list(entry["names"]),
                                acronyms=list(entry.get("acronyms", [])))


def _load_metonyms(kb: KnowledgeBase) -> None:
    path = data_root() / "metonyms.toml"
    if path.is_file():
        for m in tomllib.loads(path.read_text(encoding="utf-8")).get("metonym", []):
            kb.metonyms.append(Metonym(m["actor"], m.get("kind", "capital"), m["place"],
                                       list(m.get("names", []))))


def _load_igos(kb: KnowledgeBase) -> None:
    path = data_root() / "igos.toml"
    if not path.is_file():
        return
    for entry in tomllib.loads(path.read_text(encoding="utf-8")).get("igo", []):
        kb.actors[entry["id"]] = Actor(
            entry["id"], entry.get("kind", "igo"), entry["name"], _igo_party(entry),
            list(entry.get("names", [])) + ([entry["full"]] if entry.get("full") else []),
            acronyms=list(entry.get("acronyms", [])),
        )
        kb.codes.update(dict.fromkeys(entry.get("codes", ()), entry["id"]))


def _load_bodies(kb: KnowledgeBase) -> None:
    """National bodies (bodies.toml): a state's agency, armed forces or party, kept with its
    country and the sector of that country it stands for, as no data file else names them."""
    path = data_root() / "bodies.toml"
    if not path.is_file():
        return
    for entry in tomllib.loads(path.read_text(encoding="utf-8")).get("body", []):
        kb.actors[entry["id"]] = Actor(
            entry["id"], "body", entry["name"], entry["country"], list(entry.get("names", [])),
            acronyms=list(entry.get("acronyms", [])), sector=entry["sector"],
            langs=frozenset(entry.get("langs", ())),
        )


def _igo_party(entry: dict) -> str | None:
    """Whom an organisation's acts count for: an armed group its country, an organ of a larger
    organisation (`parent`: the UN Security Council, the European Commission, the IACHR) that
    organisation, as the event coding names the body the organ acts for; else itself."""
    if entry.get("kind") == "armed_group":
        return entry.get("country")
    return entry.get("parent", entry["id"])


def add_person(kb: KnowledgeBase, entry: dict) -> Actor:
    """Add or merge one person record (the shape of people/*.toml)."""
    roles = [
        Role(r["role"], r["country"], _parse_date(r.get("start")), _parse_date(r.get("end")))
        for r in entry.get("roles", [])
    ]
    existing = kb.actors.get(entry["id"])
    if existing is not None:
        existing.names.extend(n for n in entry.get("names", []) if n not in existing.names)
        existing.roles.extend(r for r in roles if r not in existing.roles)
        return existing
    actor = Actor(entry["id"], "person", entry["name"], entry.get("country"),
                  list(entry.get("names", [])), roles=roles, wikidata=entry.get("wikidata"))
    kb.actors[actor.id] = actor
    return actor


def _load_people(kb: KnowledgeBase, extra: Path | None) -> None:
    folder = data_root() / "people"
    files = sorted((p for p in folder.iterdir() if p.name.endswith(".toml")),
                   key=lambda p: p.name) if folder.is_dir() else []
    for path in files:
        for entry in tomllib.loads(path.read_text(encoding="utf-8")).get("person", []):
            add_person(kb, entry)
    if extra is not None and extra.is_file():
        for entry in json.loads(extra.read_text(encoding="utf-8")).get("person", []):
            add_person(kb, entry)


TOP_OFFICES = ("head_of_state", "head_of_government")


def _end_open_leaderships(kb: KnowledgeBase) -> None:
    """Close a `leader` spell left open (people/leaders-reign.toml lists who was in office
    when its source ends, 2021-03) where someone else takes the country's top office after
    it began: Kaboré's ends when Damiba's begins, so that "Burkina Faso's leader" in a 2025
    report is not a president ousted in 2022."""
    successions: dict[str, list[tuple[date, str]]] = {}
    for actor in kb.actors.values():
        for r in actor.roles:
            if r.role in TOP_OFFICES and r.start is not None:
                successions.setdefault(r.country, []).append((r.start, actor.id))
    for actor in kb.actors.values():
        actor.roles = [_ended(r, actor.id, successions) for r in actor.roles]


def _ended(role: Role, holder: str, successions: dict[str, list[tuple[date, str]]]) -> Role:
    if role.role != "leader" or role.end is not None or role.start is None:
        return role
    later = [start for start, other in successions.get(role.country, ())
             if other != holder and start > role.start]
    if not later:
        return role
    return Role(role.role, role.country, role.start, min(later) - timedelta(days=1))


COLLECTIVES = {"WEST": "Western countries"}


def load_kb(extra: Path | None = None) -> KnowledgeBase:
    """The shipped knowledge base with the user's additions (`wirewatch actors import`) on top.

    `extra` defaults to the user file (WIREWATCH_HOME/people.json, ~/.wirewatch by default);
    a change to that file is seen on the next call.
    """
    from wirewatch.actors.user import user_file

    path = extra if extra is not None else user_file()
    stamp = path.stat().st_mtime_ns if path.is_file() else None
    return _load_kb(path, stamp)


@lru_cache(maxsize=4)
def _load_kb(extra: Path | None, stamp: int | None) -> KnowledgeBase:
    kb = KnowledgeBase()
    _load_countries(kb)
    _load_igos(kb)
    _load_bodies(kb)
    _load_metonyms(kb)
    _load_people(kb, extra)
    _end_open_leaderships(kb)
    for cid, name in COLLECTIVES.items():
        kb.actors[cid] = Actor(cid, "collective", name, None)
    return kb
