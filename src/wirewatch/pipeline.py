"""Composes the stages: raw document in, annotated document out. Pure: no I/O here."""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import date

from wirewatch.actors.kb import KnowledgeBase, load_kb
from wirewatch.actors.resolve import resolve_event_actors, tenure_bounds
from wirewatch.events.dedup import collapse_repeats, share_dates, signature
from wirewatch.events.text import code_text
from wirewatch.geo.locate import locate_document
from wirewatch.models import Document, RawDocument, Sentence
from wirewatch.text.language import detect_language
from wirewatch.time import find_dates, narrative_day, publication_date, resolve_event_date
from wirewatch.time.occasion import continues_occasion
from wirewatch.time.resolve import UNDATED, mark_judged

LEAD_SENTENCES = 3
# Acts of saying: a later date in their clause is that of what they agree, urge or threaten.
SPEECH_ACTS = frozenset({"AGREE", "REQUEST", "THREATEN", "REJECT", "ACCUSE"})
# Acts that judge: a past month or year after their trigger is that of what they judge.
JUDGEMENTS = SPEECH_ACTS - {"AGREE"}


def normalise_text(text: str) -> str:
    """NFC, unified line ends, no trailing spaces: the form that is stored and hashed."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(line.rstrip() for line in text.strip().split("\n"))


def document_id(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


def process(raw: RawDocument, today: date | None = None,
            kb: KnowledgeBase | None = None) -> Document:
    kb = kb or load_kb()
    today = today or date.today()
    text = normalise_text(raw.text)
    lang = raw.lang or detect_language(text)
    doc = Document(document_id(text), raw.source, text, raw.title, raw.url, raw.outlet, lang)
    provisional_day = raw.published or today
    sentences, mentions, events = code_text(text, lang, provisional_day, kb)
    doc.sentences, doc.mentions = sentences, mentions
    doc.published = publication_date(text, lang, raw.published, tenure_bounds(mentions, kb, text, lang), today)
    doc.dates = find_dates(text, lang, doc.published)
    lead_end = _lead_end(sentences)
    for event in events:
        if event.type in JUDGEMENTS and event.status != "planned":
            mark_judged(doc.dates, event.start, event.end, event.trigger_start, doc.published)
    headline_end, first_body_end = _headline_and_lead(sentences, text)
    for event in events:
        story_at = first_body_end if event.start < headline_end else event.start
        continued = continues_occasion(text, lang, event.start, event.end)
        narrative = narrative_day(doc.dates, story_at, doc.published, continued) \
            if _told_on_the_story_day(event) else None
        value, precision = resolve_event_date(
            doc.dates, event.start, event.end, event.trigger_start, doc.published,
            future=event.status == "planned", lead=event.start < lead_end, narrative=narrative,
            speech_act=event.type in SPEECH_ACTS, other_triggers=_other_triggers(events, event),
            judgement=event.type in JUDGEMENTS)
        event.date, event.date_precision = value, precision
        event.date_basis = "text" if _dated_in_text(doc.dates, event) \
            else "story" if narrative else "report"
        resolve_event_actors(event, kb, doc.published)
    dated = [e for e in events if _dated_in_text(doc.dates, e)]
    doc.events = collapse_repeats(_share_dates_within_status(events, dated))
    locate_document(doc)
    for event in doc.events:
        event.id = event_mention_id(doc.id, event)
    return doc


def event_mention_id(doc_id: str, event) -> str:
    key = "|".join(map(str, (doc_id, *signature(event), event.start)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _told_on_the_story_day(event) -> bool:
    """What a report tells after its dated lead belongs to that day ("spoke on Tuesday ...
    he also urged"), except a treaty signing: a dyad signs once, and a later undated
    signing recalls it ("Moscow had signed a treaty with Pyongyang"), as the canonical
    events assume (stories/canonical.py, join_back_references)."""
    return event.mode != "treaty"


def _share_dates_within_status(events, dated):
    """An undated event takes the date of a dated report of the same event (share_dates),
    but a planned act ("is expected to meet Aliyev on Thursday") and one already made ("met
    Aliyev at the palace") are two events: each takes dates only from its own kind."""
    for planned in (True, False):
        share_dates([e for e in events if (e.status == "planned") == planned],
                    [d for d in dated if (d.status == "planned") == planned])
    return events


def _other_triggers(events, event) -> tuple[int, ...]:
    """Where the other acts of the event's sentence are named (a date after one of them
    belongs to it first: resolve.resolve_event_date)."""
    return tuple(e.trigger_start for e in events
                 if e.start == event.start and e.trigger_start != event.trigger_start)


def _dated_in_text(dates, event) -> bool:
    """True when the event's sentence has a date expression of its own (one cut by a
    sentence split inside it counts: resolve.resolve_event_date)."""
    return any(d.start < event.end and event.start < d.end and d.precision not in UNDATED
               for d in dates)


def _headline_and_lead(sentences: list[Sentence], text: str) -> tuple[int, int]:
    """(end of the headline, end of the first body sentence), or (0, 0) without a headline.
    A headline (a first line without a full stop) tells the lead's news, so its undated
    events take the day the lead names ("Airstrikes hit the border" over "jets struck
    the area on Monday evening"), not the publication day."""
    body = [s for s in sentences if not s.boilerplate]
    if len(body) < 2:
        return 0, 0
    head = body[0]
    if head.text[-1:] in ".!?。！？" or not text.startswith("\n", head.end):
        return 0, 0
    return head.end, body[1].end


def _lead_end(sentences: list[Sentence]) -> int:
    body = [s for s in sentences if not s.boilerplate]
    return body[min(LEAD_SENTENCES, len(body)) - 1].end if body else 0
