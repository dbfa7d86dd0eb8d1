"""Online story clustering on language-independent signals inside a sliding time window.

A document joins the story whose actors and event signatures it shares most, among stories
active within the window around its publication date, or starts a story of its own. A
story's id is the id of its first document (documents taken by publication date, then id)
and never changes; documents already assigned keep their story.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

WINDOW = timedelta(days=4)
THRESHOLD = 0.3
UNDATED_THRESHOLD = 0.55
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

    def add(self, doc: DocFeatures) -> None:
        self.members.append(doc.id)
        self.counts.update(doc.features)
        if doc.earliest and (self.earliest is None or doc.earliest < self.earliest):
            self.earliest = doc.earliest
        if doc.latest and (self.latest is None or doc.latest > self.latest):
            self.latest = doc.latest


def _weight(feature: str) -> float:
    return WEIGHTS.get(feature[0], 1.0)


def similarity(doc: DocFeatures, story: StoryState) -> float:
    """Weighted overlap of the document's signals with the story's (Jaccard-like)."""
    if not doc.features:
        return 0.0
    story_features = set(story.counts)
    shared = sum(_weight(f) for f in doc.features & story_features)
    union = sum(_weight(f) for f in doc.features | story_features)
    mine = sum(_weight(f) for f in doc.features)
    return max(shared / union, shared / mine * 0.75) if union else 0.0


def compatible(doc: DocFeatures, story: StoryState) -> bool | None:
    """True/False when both have dates; None when one side has none."""
    if doc.earliest is None or story.earliest is None:
        return None
    return doc.earliest <= story.latest + WINDOW and story.earliest <= doc.latest + WINDOW


def assign_stories(docs: list[DocFeatures]) -> dict[str, str]:
    """Story id of every document; assigned ones keep theirs, new ones join or start."""
    stories: dict[str, StoryState] = {}
    result: dict[str, str] = {}
    for doc in sorted(docs, key=lambda d: d.sort_key):
        if doc.story_id:
            story = stories.setdefault(doc.story_id, StoryState(doc.story_id, None, None))
        else:
            story = _best_story(doc, stories.values()) or StoryState(doc.id, None, None)
            stories.setdefault(story.id, story)
        story.add(doc)
        result[doc.id] = story.id
    return result


def _best_story(doc: DocFeatures, stories) -> StoryState | None:
    best, best_score = None, 0.0
    for story in stories:
        ok = compatible(doc, story)
        if ok is False:
            continue
        threshold = THRESHOLD if ok else UNDATED_THRESHOLD
        score = similarity(doc, story)
        if score >= threshold and score > best_score:
            best, best_score = story, score
    return best
