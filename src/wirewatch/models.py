"""Records that flow through the pipeline: each stage reads earlier fields and adds its own."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATUSES = ("asserted", "planned", "claimed", "denied", "negated")
PRECISIONS = ("day", "week", "month", "year", "unknown")
PUBLISHED_BASES = ("stated", "metadata", "inferred", "unknown")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    boilerplate: bool = False


@dataclass
class Mention:
    """An actor found in a document; actor_id is None for an unlinked (unknown) name."""

    start: int
    end: int
    surface: str
    actor_id: str | None
    name: str | None
    kind: str  # country | igo | person | role | collective | unknown
    country: str | None
    confidence: float
    role: str | None = None  # role key when the mention is a role description
    resolved: bool = True  # False while a role description waits for the event date
    demonym: bool = False  # said by an adjective or people ("Iranian"), not the place's name


@dataclass
class DateExpression:
    """A date expression in the text, resolved against an anchor (the publication date)."""

    start: int
    end: int
    text: str
    value: str | None  # YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY or None
    precision: str  # day | week | month | year
    relative: bool


@dataclass
class ActorRef:
    id: str | None
    country: str | None
    actor: str | None  # canonical English name of a person or organisation


@dataclass
class Location:
    place: str | None
    country: str | None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    confidence: float = 0.0


@dataclass
class EventMention:
    type: str
    mode: str | None
    source: ActorRef
    target: ActorRef | None
    status: str
    evidence: str
    start: int  # sentence start offset in the document text
    end: int
    trigger_start: int
    trigger_end: int
    confidence: float
    date: str | None = None
    date_precision: str = "unknown"
    # where the date comes from: "text" (an expression in its sentence), "story" (the day
    # the report is telling), "report" (the publication date stands in for a date the text
    # does not give: the event happened on or shortly before it)
    date_basis: str = "text"
    location: Location | None = None
    coder: str = "rules/0.1"
    event_id: str | None = None
    id: str | None = None
    source_mention: Mention | None = field(default=None, repr=False, compare=False)
    target_mention: Mention | None = field(default=None, repr=False, compare=False)


@dataclass
class PublishedDate:
    value: date | None
    earliest: date | None
    latest: date | None
    basis: str  # stated | metadata | inferred | unknown


@dataclass
class RawDocument:
    """What ingest hands to the pipeline: decoded text plus whatever metadata the source had."""

    source: str
    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    lang: str | None = None
    outlet: str | None = None


@dataclass
class Rejection:
    source: str
    reason: str


@dataclass
class Document:
    id: str
    source: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None
    published: PublishedDate = field(
        default_factory=lambda: PublishedDate(None, None, None, "unknown")
    )
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateExpression] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    story_id: str | None = None
