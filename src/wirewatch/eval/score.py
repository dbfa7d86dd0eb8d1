"""Scores over a gold set: P/R/F1 per language and level, dates, actors, status, stories."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from wirewatch.eval.match import LEVELS, aligned_sides, collapse, match_one_to_one, name_key


@dataclass
class Counts:
    system: int = 0
    correct: int = 0
    gold_core: int = 0
    found_core: int = 0

    def add(self, other: Counts) -> None:
        self.system += other.system
        self.correct += other.correct
        self.gold_core += other.gold_core
        self.found_core += other.found_core

    def prf(self) -> dict:
        p = self.correct / self.system if self.system else 0.0
        r = self.found_core / self.gold_core if self.gold_core else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                "system": self.system, "correct": self.correct, "gold_core": self.gold_core,
                "found_core": self.found_core}


@dataclass
class Ratio:
    good: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.good += int(ok)
        self.total += 1

    def value(self) -> dict:
        return {"accuracy": round(self.good / self.total, 3) if self.total else None,
                "correct": self.good, "total": self.total}


@dataclass
class Report:
    levels: dict = field(default_factory=lambda: defaultdict(lambda: defaultdict(Counts)))
    status: Ratio = field(default_factory=Ratio)
    actors: Ratio = field(default_factory=Ratio)
    locations: Ratio = field(default_factory=Ratio)
    published_in_range: Ratio = field(default_factory=Ratio)
    published_exact: Ratio = field(default_factory=Ratio)
    gold_stories: dict = field(default_factory=dict)
    system_stories: dict = field(default_factory=dict)


def score_document(report: Report, gold: dict, system: dict | None) -> None:
    lang = gold.get("lang", "?")
    events = collapse(system["events"]) if system else []
    gold_events = gold.get("events", [])
    for level in LEVELS:
        pairs = match_one_to_one(events, gold_events, level)
        counts = Counts(system=len(events), correct=len(pairs),
                        gold_core=sum(1 for g in gold_events if g.get("core", True)),
                        found_core=sum(1 for gi in pairs if gold_events[gi].get("core", True)))
        report.levels[level][lang].add(counts)
        if level == "type+dyad":
            _attributes(report, gold_events, events, pairs)
    _published(report, gold, system)
    if system is not None:
        report.gold_stories[gold["id"]] = gold.get("story") or gold["id"]
        report.system_stories[gold["id"]] = system.get("story") or system["id"]


def _attributes(report: Report, gold_events, events, pairs) -> None:
    for gi, si in pairs.items():
        g, s = gold_events[gi], events[si]
        if g.get("location"):
            report.locations.add(_location_ok(g["location"], s.get("location")))
        if not g.get("core", True):
            continue
        report.status.add(g.get("status") == s.get("status"))
        sides = aligned_sides(s, g)
        for side in ("source", "target"):
            gs = g.get(side) or {}
            if gs.get("actor") and gs.get("country"):
                ss = sides[side] or {}
                report.actors.add(name_key(ss.get("actor")) == name_key(gs["actor"]))


def _location_ok(gold: dict, system: dict | None) -> bool:
    if not system or system.get("country") != gold.get("country"):
        return False
    return not gold.get("place") or name_key(system.get("place")) == name_key(gold["place"])


def _published(report: Report, gold: dict, system: dict | None) -> None:
    if not gold.get("published"):
        return
    value = system.get("published") if system else None
    rng = gold.get("published_range") or [gold["published"], gold["published"]]
    report.published_in_range.add(bool(value) and rng[0] <= value <= rng[1])
    report.published_exact.add(value == gold["published"])


def bcubed(gold: dict[str, str], system: dict[str, str]) -> dict:
    items = list(gold)
    if not items:
        return {"precision": None, "recall": None, "f1": None}
    p = r = 0.0
    for i in items:
        same_sys = {j for j in items if system[j] == system[i]}
        same_gold = {j for j in items if gold[j] == gold[i]}
        both = len(same_sys & same_gold)
        p += both / len(same_sys)
        r += both / len(same_gold)
    p, r = p / len(items), r / len(items)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def summary(report: Report) -> dict:
    levels = {}
    for level in LEVELS:
        per_lang = report.levels[level]
        overall = Counts()
        for c in per_lang.values():
            overall.add(c)
        levels[level] = {"overall": overall.prf(),
                         "languages": {lang: c.prf() for lang, c in sorted(per_lang.items())}}
    return {
        "levels": levels,
        "status": report.status.value(),
        "actors": report.actors.value(),
        "locations": report.locations.value(),
        "published_in_range": report.published_in_range.value(),
        "published_exact": report.published_exact.value(),
        "stories_bcubed": bcubed(report.gold_stories, report.system_stories),
    }
