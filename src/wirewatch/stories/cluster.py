"""Online story clustering on language-independent signals inside a sliding time window.

A document joins the story whose actors and event signatures it shares most, among stories
active within the window around its publication date, or starts a story of its own. A
story's id is the id of its first document (documents taken by publication date, then id)
and never changes; documents already assigned keep their story. A document that strongly
matches two stories merges them: the older id stays and the other becomes its alias.

Cost stays linear in the corpus: candidates come from an inverted index (feature -> active
stories) and stories leave the index once the window has passed them.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

WINDOW = timedelta(days=4)
THRESHOLD = 0.3
UNDATED_THRESHOLD = 0.55
MERGE_THRESHOLD = 0.6
WEIGHTS = {"P": 3.0, "E": 2.0, "A": 0.5, "D": 2.0}


@dataclass
class DocFeatures:
    id: str
    earliest: date | None
    latest: date | None
    features: frozenset[str]
    story_id: str | None = None

    @property
    def sort_key(self):
        return (self.earliest or date.max, self.id)


@dataclass
class StoryState:
    id: str
    earliest: date | None
    latest: date | None
    counts: Counter = field(default_factory=Counter)
    members: list[str] = field(default_factory=list)
    weight: float = 0.0  # summed weight of the distinct features
    events: int = 0  # distinct event-signature features

    def add(self, doc: DocFeatures) -> list[str]:
        """Add a document; return the features the story did not have yet."""
        self.members.append(doc.id)
        fresh = [f for f in doc.features if f not in self.counts]
        self.counts.update(doc.features)
        self.weight += sum(_weight(f) for f in fresh)
        self.events += sum(1 for f in fresh if f[0] == "E")
        self._widen(doc.earliest, doc.latest)
        return fresh

    def _widen(self, earliest: date | None, latest: date | None) -> None:
        if earliest and (self.earliest is None or earliest < self.earliest):
            self.earliest = earliest
        if latest and (self.latest is None or latest > self.latest):
            self.latest = latest


@dataclass
class Assignment:
    stories: dict[str, str]  # document id -> story id
    aliases: dict[str, str]  # merged story id -> the story id it now belongs to


def _weight(feature: str) -> float:
    return WEIGHTS.get(feature[0], 1.0)


def similarity(doc: DocFeatures, story: StoryState) -> float:
    """Weighted overlap of the document's signals with the story's (Jaccard-like)."""
    shared = sum(_weight(f) for f in doc.features if f in story.counts)
    return _score(doc, story, shared, _has_event_overlap(doc, story))


def _has_event_overlap(doc: DocFeatures, story: StoryState) -> bool:
    return any(f[0] == "E" and f in story.counts for f in doc.features)


def _score(doc: DocFeatures, story: StoryState, shared: float, event_overlap: bool) -> float:
    """Two reports that both code events but share no event signature tell different news."""
    mine = sum(_weight(f) for f in doc.features)
    if not mine or not shared:
        return 0.0
    if story.events and any(f[0] == "E" for f in doc.features) and not event_overlap:
        return 0.0
    union = story.weight + mine - shared
    return max(shared / union, shared / mine * 0.75)


def compatible(doc: DocFeatures, story: StoryState) -> bool | None:
    """True/False when both have dates; None when one side has none."""
    if doc.earliest is None or story.earliest is None:
        return None
    return doc.earliest <= story.latest + WINDOW and story.earliest <= doc.latest + WINDOW


class StoryIndex:
    """The stories a new document may join, found through the features they share."""

    def __init__(self):
        self.stories: dict[str, StoryState] = {}
        self.index: dict[str, set[str]] = defaultdict(set)
        self.expiry: list[tuple[date, str]] = []
        self.aliases: dict[str, str] = {}

    def add(self, story_id: str, doc: DocFeatures) -> StoryState:
        story = self.stories.get(story_id)
        if story is None:
            story = self.stories[story_id] = StoryState(story_id, None, None)
        for f in story.add(doc):
            self.index[f].add(story_id)
        if story.latest:
            heapq.heappush(self.expiry, (story.latest, story_id))
        return story

    def expire(self, before: date) -> None:
        """Drop stories whose window closed before this date: no later document can join."""
        while self.expiry and self.expiry[0][0] + WINDOW < before:
            latest, story_id = heapq.heappop(self.expiry)
            story = self.stories.get(story_id)
            if story is not None and story.latest == latest:
                self._drop(story)

    def _drop(self, story: StoryState) -> None:
        for f in story.counts:
            postings = self.index.get(f)
            if postings is not None:
                postings.discard(story.id)
                if not postings:
                    del self.index[f]
        del self.stories[story.id]

    def candidates(self, doc: DocFeatures) -> list[tuple[float, StoryState]]:
        """Stories scoring at least the threshold, best first (ties: older story first)."""
        shared: dict[str, float] = defaultdict(float)
        events: set[str] = set()
        for f in doc.features:
            for story_id in self.index.get(f, ()):
                shared[story_id] += _weight(f)
                if f[0] == "E":
                    events.add(story_id)
        found = []
        for story_id, weight in shared.items():
            story = self.stories[story_id]
            ok = compatible(doc, story)
            if ok is False:
                continue
            score = _score(doc, story, weight, story_id in events)
            if score >= (THRESHOLD if ok else UNDATED_THRESHOLD):
                found.append((score, story))
        found.sort(key=lambda x: (-x[0], x[1].earliest or date.max, x[1].id))
        return found

    def merge(self, keep: StoryState, other: StoryState) -> None:
        """Fold `other` into `keep`: its documents and features move, its id becomes an alias."""
        self._drop(other)
        for f, n in other.counts.items():
            if f not in keep.counts:
                keep.weight += _weight(f)
                keep.events += f[0] == "E"
                self.index[f].add(keep.id)
            keep.counts[f] += n
        keep.members.extend(other.members)
        keep._widen(other.earliest, other.latest)
        if keep.latest:
            heapq.heappush(self.expiry, (keep.latest, keep.id))
        for alias, target in self.aliases.items():
            if target == other.id:
                self.aliases[alias] = keep.id
        self.aliases[other.id] = keep.id


def _older(a: StoryState, b: StoryState) -> tuple[StoryState, StoryState]:
    return (a, b) if (a.earliest or date.max, a.id) <= (b.earliest or date.max, b.id) else (b, a)


def place(index: StoryIndex, doc: DocFeatures) -> str:
    """Put one new document into a story (joining, merging or starting one); its story id."""
    if doc.earliest:
        index.expire(doc.earliest)
    found = index.candidates(doc)
    if not found:
        return index.add(doc.id, doc).id
    story = found[0][1]
    for score, other in found[1:]:
        if score >= MERGE_THRESHOLD and other.id in index.stories:
            story, gone = _older(story, other)
            index.merge(story, gone)
    return index.add(story.id, doc).id


def assign_stories(docs: list[DocFeatures]) -> Assignment:
    """Story id of every document; assigned ones keep theirs, new ones join or start."""
    index = StoryIndex()
    for doc in sorted((d for d in docs if d.story_id), key=lambda d: d.sort_key):
        index.add(doc.story_id, doc)
    placed: dict[str, str] = {}
    for doc in sorted((d for d in docs if not d.story_id), key=lambda d: d.sort_key):
        placed[doc.id] = place(index, doc)
    result = {d.id: d.story_id for d in docs if d.story_id}
    result.update(placed)
    result = {doc_id: index.aliases.get(sid, sid) for doc_id, sid in result.items()}
    return Assignment(result, dict(index.aliases))
