"""One document repeating an event yields one mention (INTERFACE.md, SCHEMA.md).

Articles restate their lead event ("spoke by phone on Saturday ... the two leaders
discussed"); mentions of one type and dyad (either order for symmetric types) whose dates
agree or are unknown, with the same status, are one event: the most informative one stays.
A claim that the document itself later confirms ("claims that Iran supplied drones" ...
"Iran admitted supplying drones") is that same event, asserted.
"""

from __future__ import annotations

from wirewatch.events.quad import SYMMETRIC_TYPES
from wirewatch.models import EventMention


def signature(e: EventMention) -> tuple:
    def side(ref):
        return (ref.id, ref.country) if ref else None

    return (e.type, e.mode, side(e.source), side(e.target), e.date, e.status)


def _dyad(e: EventMention) -> tuple:
    pair = (e.source.country or e.source.id, e.target.country or e.target.id if e.target else None)
    return tuple(sorted(pair, key=lambda x: x or "")) if e.type in SYMMETRIC_TYPES else pair


def dates_agree(a: str | None, b: str | None) -> bool:
    """Unknown dates agree with any; known ones when one is a prefix of the other."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _information(e: EventMention) -> tuple:
    named = sum(1 for ref in (e.source, e.target) if _person(ref))
    return (len(e.date or ""), named, e.mode is not None, e.confidence, -e.start)


# Modes that name no particular form: "the two leaders discussed" restates a call or a visit.
GENERIC_MODES = frozenset({None, "meeting"})


def _modes_agree(a: str | None, b: str | None) -> bool:
    return a == b or a in GENERIC_MODES or b in GENERIC_MODES


def _person(ref) -> str | None:
    return ref.id if ref is not None and ref.id and ref.id.startswith("PER:") else None


def _people_agree(a: EventMention, b: EventMention) -> bool:
    """Two named people on one side make two events (Shoigu's visit, Putin's visit)."""
    b_sides = (b.source, b.target)
    if a.type in SYMMETRIC_TYPES and b.target is not None \
            and a.source.country == b.target.country != b.source.country:
        b_sides = (b.target, b.source)
    return all(x is None or y is None or x == y
               for x, y in zip(map(_person, (a.source, a.target)), map(_person, b_sides)))


def share_dates(events: list[EventMention], dated: list[EventMention]) -> list[EventMention]:
    """An event whose sentence gives no date ("Putin's call with the Iranian president" in a
    headline) takes the date of the dated report of the same event in the document, rather
    than the publication-date default."""
    for e in events:
        if any(e is d for d in dated):
            continue
        # a treaty takes no date from "rapprochement since 2022", nor a headline dated by
        # the publication day from "has sanctioned 200 tankers since 2022"
        same = [d for d in dated if d.type == e.type and _dyad(d) == _dyad(e)
                and (e.mode in GENERIC_MODES or d.mode == e.mode) and _people_agree(d, e)
                and d.date and len(d.date) >= len(e.date or "")]
        if len({d.date for d in same}) == 1:
            e.date, e.date_precision, e.date_basis = same[0].date, same[0].date_precision, \
                same[0].date_basis
    return events


def _same_event(a: EventMention, b: EventMention) -> bool:
    return a.type == b.type and _dyad(a) == _dyad(b) and dates_agree(a.date, b.date) \
        and _modes_agree(a.mode, b.mode) and _people_agree(a, b) and not _two_undertakings(a, b)


# Types whose mentions by each side in turn are acts of each side ("Japan pledged radars ...
# Marcos accepted an invitation"), not one joint act restated.
ONE_SIDED_AGREEMENTS = frozenset({"AGREE"})
TRIGGER_STEM = 4  # letters that tell one trigger word from another ("pledged", "accepted")


def _two_undertakings(a: EventMention, b: EventMention) -> bool:
    """Two agreements of one dyad, each told in a sentence of its own by a different trigger
    and given by a different side, are two undertakings (a pledge and an accepted
    invitation), though a symmetric type's dyad and the day agree."""
    return a.type in ONE_SIDED_AGREEMENTS and a.start != b.start \
        and _side(a.source) != _side(b.source) and _trigger_stem(a) != _trigger_stem(b)


def _side(ref) -> str | None:
    return ref.country or ref.id


def _trigger_stem(e: EventMention) -> str:
    return e.evidence[e.trigger_start - e.start:e.trigger_end - e.start].casefold()[:TRIGGER_STEM]


def collapse_repeats(events: list[EventMention]) -> list[EventMention]:
    kept: list[EventMention] = []
    for e in sorted(events, key=_information, reverse=True):
        if any(k.status == e.status and _same_event(k, e) for k in kept):
            continue
        kept.append(e)
    kept = [e for e in kept if not _confirmed_claim(e, kept)]
    return sorted(kept, key=lambda e: (e.start, e.trigger_start))


def _confirmed_claim(e: EventMention, events: list[EventMention]) -> bool:
    """A claimed event that the same document also reports as fact: one event, not two. A
    denial or a plan stays apart ("denied sending missiles" is no report of the drones)."""
    return e.status == "claimed" and any(k.status == "asserted" and _same_event(k, e)
                                         for k in events)
