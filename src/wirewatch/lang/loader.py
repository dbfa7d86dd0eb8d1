"""Load and validate a language pack (docs/packs.md) into ready-to-match pattern sets.

Every file is checked against one schema; an error names the file and key at fault. Packs
are loaded lazily, once per language, only for languages actually seen.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from wirewatch.lang.patterns import GuardedSet, PatternSet
from wirewatch.models import EVENT_TYPES
from wirewatch.text.keys import fold, pattern_tokens

ORDERS = ("svo", "passive", "noun", "sov")
STATUS_KEYS = ("planned", "negated", "claimed", "denied")
ROLE_KEYS = (
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister",
    "spokesperson", "security_council_secretary", "national_security_adviser", "leader",
    "secretary_general", "adviser", "minister", "official", "party_leader",
)


class PackError(ValueError):
    """A pack file that does not follow the schema; the message names file and key."""


@dataclass(frozen=True)
class Trigger:
    type: str
    mode: str | None
    order: str
    weight: float
    # an exchange ("swapped prisoners"): each side gives to the other, one event each way
    mutual: bool = False


@dataclass
class Pack:
    lang: str
    events: GuardedSet = field(default_factory=GuardedSet)
    status_before: dict[str, PatternSet] = field(default_factory=dict)
    status_after: dict[str, PatternSet] = field(default_factory=dict)
    status_window: int = 5
    # cues that govern a whole verb phrase ("has given up on going to the summit"): they
    # reach `status_far_window` tokens before the trigger
    status_far: dict[str, PatternSet] = field(default_factory=dict)
    status_far_window: int = 12
    attribution: PatternSet = field(default_factory=PatternSet)
    status_word: dict[str, PatternSet] = field(default_factory=dict)
    pair_anaphora: PatternSet = field(default_factory=PatternSet)
    demonyms: PatternSet = field(default_factory=PatternSet)
    roles: PatternSet = field(default_factory=PatternSet)
    counterpart: PatternSet = field(default_factory=PatternSet)
    collectives: PatternSet = field(default_factory=PatternSet)
    name_suffixes: tuple[str, ...] = ()
    dates: dict[str, Any] = field(default_factory=dict)
    has_events: bool = False
    syntax: Syntax = field(default_factory=lambda: Syntax())


Phrase = tuple[str, ...]


@dataclass(frozen=True)
class Syntax:
    """Closed-class words of `syntax.toml`: where clauses start and which actors are obliques."""

    after_comma: frozenset[Phrase] = frozenset()
    always: frozenset[Phrase] = frozenset()
    relative: frozenset[Phrase] = frozenset()
    complement: frozenset[Phrase] = frozenset()
    reporting: frozenset[Phrase] = frozenset()
    conditional: frozenset[Phrase] = frozenset()
    nonfinite: frozenset[str] = frozenset()
    purpose: frozenset[Phrase] = frozenset()
    generic: frozenset[Phrase] = frozenset()
    subject_articles: frozenset[str] = frozenset()
    nominative: frozenset[str] = frozenset()  # articles no preposition governs
    articles: frozenset[str] = frozenset()
    non_subject: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    locative: frozenset[str] = frozenset()
    bare_locative: frozenset[str] = frozenset()  # locative only right before a name ("à Paris", not "à la Russie")
    postpositions: frozenset[str] = frozenset()
    non_subject_endings: tuple[str, ...] = ()
    locative_endings: tuple[str, ...] = ()
    agents: tuple[AgentMarker, ...] = ()
    instrument_markers: frozenset[Phrase] = frozenset()
    instruments: dict[str, PatternSet] = field(default_factory=dict)
    genitive: frozenset[str] = frozenset()
    specifiers: frozenset[str] = frozenset()
    background_before: frozenset[Phrase] = frozenset()
    background_after: frozenset[Phrase] = frozenset()
    subject_after_verb: bool = True
    speech: PatternSet | None = None  # verbs of saying that take a that-clause (evaluative.py)
    blame: PatternSet | None = None  # words of blame or criticism inside such a clause
    reported_that: frozenset[Phrase] = frozenset()  # complementisers only after a verb of saying
    content: frozenset[Phrase] = frozenset()  # words opening what an accusation alleges ("of")
    coordinators: frozenset[Phrase] = frozenset()  # words joining two clauses (none: the base conjunctions)
    in_kind: frozenset[Phrase] = frozenset()  # a reply repeating the act before it ("responded in kind")
    response: frozenset[Phrase] = frozenset()  # "in response to": opens the act answered, a clause of its own
    noun_agents: frozenset[Phrase] = frozenset()  # words before the agent of an act noun ("by", "par")
    noun_agent_endings: tuple[str, ...] = ()  # an agent's own ending after an act noun (instrumental)
    gerund_endings: tuple[str, ...] = ()  # a verb ending so after a comma opens a participle clause
    comma_chain: bool = False  # a verb right after a comma continues the clause before it (topic chains)
    converb_endings: tuple[str, ...] = ()  # a verb ending so before a comma closes its clause ("reddederek,")
    comitative: frozenset[str] = frozenset()  # "with": the partner of talks, not their topic


@dataclass(frozen=True)
class AgentMarker:
    """One way a pack marks the agent of a passive verb (`[[voice.agent]]`, docs/packs.md)."""

    before: frozenset[Phrase]  # words right before the agent: 被, von, por parte de
    after: frozenset[Phrase]  # words right after it: tarafından
    endings: tuple[str, ...]  # endings of the agent's own last word: Turkish 'dan
    side: str  # where the agent stands from the verb: "before" (被美国制裁) or "after"
    auxiliaries: PatternSet | None  # a passive auxiliary the clause must hold ("wurde", "fue")


def pack_root():
    return resources.files("wirewatch.lang")


def available_languages() -> list[str]:
    return sorted(
        p.name for p in pack_root().iterdir()
        if p.is_dir() and not p.name.startswith(("_", ".")) and (p / "events.toml").is_file()
    )


@cache
def pack_table(lang: str | None, name: str, table: str) -> dict[str, Any]:
    """One table of a pack file ("actors.toml", "phrases"), {} when the pack or file has none:
    the stages that read their own keys from a pack file share this read."""
    data = _read(lang, name) if lang else None
    return (data or {}).get(table, {})


def table_patterns(lang: str | None, name: str, table: str,
                   keys: tuple[str, ...] | None = None) -> PatternSet:
    """The word lists of a pack table's keys (all of them by default) as patterns, each with
    its key as payload: the cue words stages other than the coder read from a pack file."""
    entries = pack_table(lang, name, table)
    found = PatternSet()
    for key in keys if keys is not None else tuple(entries):
        _add_all(found, f"{lang}/{name}: {table}.{key}", entries.get(key, []), key)
    return found


def _read(lang: str, name: str) -> dict[str, Any] | None:
    path = pack_root() / lang / name
    if not path.is_file():
        return None
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"{lang}/{name}: invalid TOML: {exc}") from exc


def _patterns(where: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(p, str) and p.strip() for p in value):
        raise PackError(f"{where}: expected a list of non-empty pattern strings")
    return value


def _add_all(target: PatternSet, where: str, patterns: list[str], payload: Any) -> None:
    for pattern in _patterns(where, patterns):
        try:
            target.add(pattern, payload)
        except ValueError as exc:
            raise PackError(f"{where}: {exc}") from exc


def _load_events(pack: Pack, data: dict[str, Any]) -> None:
    where = f"{pack.lang}/events.toml"
    unknown = set(data) - set(EVENT_TYPES) - {"meta", "not_triggers"}
    if unknown:
        raise PackError(f"{where}: unknown keys {sorted(unknown)} (event types are {EVENT_TYPES})")
    for etype in EVENT_TYPES:
        entries = data.get(etype, [])
        if not isinstance(entries, list):
            raise PackError(f"{where}: [{etype}] must be an array of tables ([[{etype}]])")
        for n, entry in enumerate(entries):
            key = f"{where}: {etype}[{n}]"
            order = entry.get("order", "svo")
            if order not in ORDERS:
                raise PackError(f"{key}.order: {order!r} is not one of {ORDERS}")
            weight = entry.get("weight", 0.8)
            if not isinstance(weight, (int, float)) or not 0 < weight <= 1:
                raise PackError(f"{key}.weight: must be a number in (0, 1]")
            mutual = entry.get("mutual", False)
            if not isinstance(mutual, bool):
                raise PackError(f"{key}.mutual: must be true or false")
            trigger = Trigger(etype, entry.get("mode"), order, float(weight), mutual)
            _add_all(pack.events, f"{key}.patterns",
                     _with_proclitics(_patterns(f"{key}.patterns", entry.get("patterns")),
                                      data.get("meta", {}).get("proclitics", [])), trigger)
    _add_all(pack.events.exceptions, f"{where}: not_triggers.patterns",
             data.get("not_triggers", {}).get("patterns", []), "not_trigger")
    pack.has_events = pack.events.size > 0


def _with_proclitics(patterns: list[str], proclitics: list[str]) -> list[str]:
    """The patterns, and each one whose first word is written whole also with every clitic
    of `[meta] proclitics` glued on: Arabic "and" and "so" stick to the verb that opens a
    clause ("وطالبت", "فرفض"), so each verb would otherwise need its forms listed twice."""
    out = list(patterns)
    for pattern in patterns:
        if pattern.startswith(("*", "...")):
            continue
        out += [c + pattern for c in proclitics if c + pattern not in patterns]
    return out


def _load_status(pack: Pack, data: dict[str, Any]) -> None:
    where = f"{pack.lang}/status.toml"
    pack.status_window = int(data.get("meta", {}).get("window", 5))
    pack.status_far_window = int(data.get("meta", {}).get("far_window", 12))
    for status in STATUS_KEYS:
        section = data.get(status, {})
        pack.status_before[status] = PatternSet()
        pack.status_after[status] = PatternSet()
        _add_all(pack.status_before[status], f"{where}: {status}.before",
                 section.get("before", []), status)
        _add_all(pack.status_after[status], f"{where}: {status}.after",
                 section.get("after", []), status)
        pack.status_far[status] = PatternSet()
        _add_all(pack.status_far[status], f"{where}: {status}.far", section.get("far", []), status)
        pack.status_word[status] = PatternSet()
        _add_all(pack.status_word[status], f"{where}: {status}.word",
                 section.get("word", []), status)
    _add_all(pack.attribution, f"{where}: claimed.attribution",
             data.get("claimed", {}).get("attribution", []), "claimed")


def _load_actors(pack: Pack, data: dict[str, Any]) -> None:
    where = f"{pack.lang}/actors.toml"
    suffixes = data.get("meta", {}).get("name_suffixes", [])
    if not isinstance(suffixes, list):
        raise PackError(f"{where}: meta.name_suffixes must be a list")
    pack.name_suffixes = tuple(s for s in suffixes if isinstance(s, str))
    for country, patterns in data.get("demonyms", {}).items():
        _add_all(pack.demonyms, f"{where}: demonyms.{country}", patterns, country)
    for role, patterns in data.get("roles", {}).items():
        if role not in ROLE_KEYS:
            raise PackError(f"{where}: roles.{role} is not a role key {ROLE_KEYS}")
        _add_all(pack.roles, f"{where}: roles.{role}", patterns, role)
    _add_all(pack.counterpart, f"{where}: counterpart.patterns",
             data.get("counterpart", {}).get("patterns", []), "counterpart")
    for collective, patterns in data.get("collectives", {}).items():
        _add_all(pack.collectives, f"{where}: collectives.{collective}", patterns, collective)


def _phrases(where: str, value: Any) -> frozenset[Phrase]:
    return frozenset(tuple(fold(t) for t in pattern_tokens(p)) for p in _patterns(where, value)) \
        if value else frozenset()


def _words(where: str, value: Any) -> frozenset[str]:
    return frozenset(fold(w) for w in _patterns(where, value)) if value else frozenset()


def _load_syntax(pack: Pack, data: dict[str, Any]) -> None:
    where = f"{pack.lang}/syntax.toml"
    clauses, cases = data.get("clauses", {}), data.get("cases", {})
    background = data.get("background", {})
    pack.syntax = Syntax(
        **{k: _phrases(f"{where}: clauses.{k}", clauses.get(k))
           for k in ("after_comma", "always", "relative", "complement", "reporting",
                     "conditional", "content", "coordinators", "in_kind", "response")},
        **{k: _words(f"{where}: cases.{k}", cases.get(k))
           for k in ("articles", "non_subject", "prepositions", "locative", "postpositions",
                     "genitive", "subject_articles", "nominative", "bare_locative")},
        nonfinite=_words(f"{where}: clauses.nonfinite", clauses.get("nonfinite")),
        purpose=_phrases(f"{where}: clauses.purpose", clauses.get("purpose")),
        generic=_phrases(f"{where}: clauses.generic", clauses.get("generic")),
        **{k: tuple(_words(f"{where}: cases.{k}", cases.get(k)))
           for k in ("non_subject_endings", "locative_endings", "noun_agent_endings")},
        gerund_endings=tuple(_words(f"{where}: clauses.gerund_endings",
                                    clauses.get("gerund_endings"))),
        converb_endings=tuple(_words(f"{where}: clauses.converb_endings",
                                     clauses.get("converb_endings"))),
        comitative=_words(f"{where}: cases.comitative", cases.get("comitative")),
        noun_agents=_phrases(f"{where}: cases.noun_agent", cases.get("noun_agent")),
        agents=tuple(_agent_marker(f"{where}: voice.agent[{n}]", entry)
                     for n, entry in enumerate(data.get("voice", {}).get("agent", []))),
        **_instruments(f"{where}: instruments", data.get("instruments", {})),
        specifiers=_words(f"{where}: clauses.specifiers", clauses.get("specifiers")),
        subject_after_verb=bool(clauses.get("subject_after_verb", True)),
        comma_chain=bool(clauses.get("comma_chain", False)),
        speech=_optional_set(f"{where}: clauses.speech", clauses.get("speech"), "speech"),
        blame=_optional_set(f"{where}: clauses.blame", clauses.get("blame"), "blame"),
        reported_that=_phrases(f"{where}: clauses.reported_that", clauses.get("reported_that")),
        **{f"background_{k}": _phrases(f"{where}: background.{k}", background.get(k))
           for k in ("before", "after")})
    _add_all(pack.pair_anaphora, f"{where}: anaphora.pair",
             data.get("anaphora", {}).get("pair", []), "pair")
    _add_all(pack.pair_anaphora, f"{where}: anaphora.countries",
             data.get("anaphora", {}).get("countries", []), "countries")


def _optional_set(where: str, value: Any, payload: str) -> PatternSet | None:
    """A pattern set of a key the pack may leave out (None then: the rule is off)."""
    if not value:
        return None
    found = PatternSet()
    _add_all(found, where, value, payload)
    return found


def _agent_marker(where: str, entry: dict[str, Any]) -> AgentMarker:
    side = entry.get("side", "before")
    if side not in ("before", "after"):
        raise PackError(f"{where}.side: {side!r} is not 'before' or 'after'")
    auxiliaries = None
    if entry.get("auxiliaries"):
        auxiliaries = PatternSet()
        _add_all(auxiliaries, f"{where}.auxiliaries", entry["auxiliaries"], "auxiliary")
    return AgentMarker(_phrases(f"{where}.before", entry.get("before")),
                       _phrases(f"{where}.after", entry.get("after")),
                       tuple(_words(f"{where}.endings", entry.get("endings"))), side, auxiliaries)


def _instruments(where: str, data: dict[str, Any]) -> dict[str, Any]:
    """Instrument words per event type and mode: "con drones" makes an ASSAULT a drone one."""
    found: dict[str, PatternSet] = {}
    for etype, modes in data.items():
        if etype == "markers":
            continue
        if etype not in EVENT_TYPES or not isinstance(modes, dict):
            raise PackError(f"{where}.{etype}: expected a table of modes under an event type")
        found[etype] = PatternSet()
        for mode, patterns in modes.items():
            _add_all(found[etype], f"{where}.{etype}.{mode}", patterns, mode)
    return {"instrument_markers": _phrases(f"{where}.markers", data.get("markers")),
            "instruments": found}


@cache
def load_pack(lang: str | None) -> Pack:
    """The pack of `lang`; a language without one gets an empty pack (no events)."""
    code = lang or "und"
    pack = Pack(code)
    for name, loader in (("events.toml", _load_events), ("status.toml", _load_status),
                         ("actors.toml", _load_actors), ("syntax.toml", _load_syntax)):
        data = _read(code, name) if lang else None
        if data is not None:
            loader(pack, data)
    pack.dates = (_read(code, "dates.toml") if lang else None) or {}
    return pack
