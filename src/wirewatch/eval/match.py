"""The matching rule of gold/SCHEMA.md: collapsing, wildcards, one-to-one per document."""

from __future__ import annotations

from datetime import date, timedelta

from anyascii import anyascii

from wirewatch.text.keys import fold

LEVELS = ("type", "type+dyad", "type+dyad+date")
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
PLANNED_AS_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})


def name_key(name: str | None) -> str:
    """A name compared with case, accents and letter variants ignored ("Jonas Gahr Støre" is
    "Jonas Gahr Store", "Radosław" is "Radoslaw"): SCHEMA.md's actor rule."""
    return anyascii(fold(name or "")).lower()


def _side(ev: dict, key: str) -> tuple:
    s = ev.get(key) or {}
    return (s.get("country"), name_key(s.get("actor")))


def collapse(events: list[dict]) -> list[dict]:
    """A system's repeats of one event in one document count once."""
    seen, out = set(), []
    for ev in events:
        key = (ev["type"], ev.get("mode"), _side(ev, "source"), _side(ev, "target"),
               ev.get("date"), ev.get("status"))
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out


def type_ok(sys_ev: dict, gold: dict) -> bool:
    types = {gold["type"], *gold.get("alt_types", [])}
    if gold.get("status") == "planned" and gold["type"] in PLANNED_AS_AGREE:
        types.add("AGREE")
    return sys_ev["type"] in types


def _country(side: dict | None) -> str | None:
    return side.get("country") if side else None


def dyad_ok(sys_ev: dict, gold: dict) -> bool:
    gs, gt = gold.get("source"), gold.get("target")
    ss, st = _country(sys_ev.get("source")), _country(sys_ev.get("target"))

    def same(g, s):
        return g is None or g.get("country") is None or g.get("country") == s

    if same(gs, ss) and same(gt, st):
        return True
    symmetric = gold["type"] in SYMMETRIC or gold.get("mode") == "treaty"
    return symmetric and same(gs, st) and same(gt, ss)


def aligned_sides(sys_ev: dict, gold: dict) -> dict:
    """The system's sides in the gold's order: a symmetric event matched the other way round
    ("Trump spoke with Putin" for gold Putin -> Trump) compares source with target."""
    sides = {"source": sys_ev.get("source"), "target": sys_ev.get("target")}
    gs, gt = gold.get("source"), gold.get("target")

    def same(g, s):
        return g is None or g.get("country") is None or g.get("country") == _country(s)

    if not (same(gs, sides["source"]) and same(gt, sides["target"])) \
            and same(gs, sides["target"]) and same(gt, sides["source"]):
        return {"source": sides["target"], "target": sides["source"]}
    return sides


def period(value: str) -> tuple[date, date]:
    """The days a date value covers: a day, an ISO week, a month or a year."""
    if "-W" in value:
        year, week = value.split("-W")
        start = date.fromisocalendar(int(year), int(week), 1)
        return start, start + timedelta(days=6)
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        d = date(*parts)
        return d, d
    if len(parts) == 2:
        start = date(parts[0], parts[1], 1)
        nxt = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return start, nxt - timedelta(days=1)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def date_ok(sys_ev: dict, gold: dict) -> bool:
    """Gold null matches any; otherwise the system's period lies inside the gold's."""
    if not gold.get("date"):
        return True
    if not sys_ev.get("date"):
        return False
    try:
        s0, s1 = period(sys_ev["date"])
        g0, g1 = period(gold["date"])
    except ValueError:
        return False
    return g0 <= s0 and s1 <= g1


def compatible(sys_ev: dict, gold: dict, level: str) -> bool:
    if not type_ok(sys_ev, gold):
        return False
    if level == "type":
        return True
    if not dyad_ok(sys_ev, gold):
        return False
    return level == "type+dyad" or date_ok(sys_ev, gold)


def match_one_to_one(system: list[dict], gold: list[dict], level: str) -> dict[int, int]:
    """Maximum one-to-one matching {gold index: system index}, core gold events first."""
    pairs: dict[int, int] = {}
    for wanted_core in (True, False):
        for gi, g in enumerate(gold):
            if bool(g.get("core", True)) != wanted_core:
                continue
            _augment(gi, system, gold, level, pairs, set())
    return pairs


def _preference(s: dict, g: dict) -> tuple:
    """Among compatible system events, the one agreeing on more attributes is tried first."""
    actors = sum(1 for side in ("source", "target")
                 if (g.get(side) or {}).get("actor")
                 and name_key((s.get(side) or {}).get("actor")) == name_key(g[side]["actor"]))
    return (-int(date_ok(s, g)), -actors, -int(s.get("mode") == g.get("mode")),
            -int(s.get("status") == g.get("status")))


def _augment(gi, system, gold, level, pairs, visited) -> bool:
    order = sorted(range(len(system)), key=lambda si: _preference(system[si], gold[gi]))
    for si in order:
        s = system[si]
        if si in visited or not compatible(s, gold[gi], level):
            continue
        visited.add(si)
        owner = next((g for g, x in pairs.items() if x == si), None)
        if owner is None or _augment(owner, system, gold, level, pairs, visited):
            pairs[gi] = si
            return True
    return False
