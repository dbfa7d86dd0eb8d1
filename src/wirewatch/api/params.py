"""Parameters shared by the API and the pages: limits, opaque cursors, filters, with errors."""

from __future__ import annotations

import base64
import binascii
import json
import re

from wirewatch.analysis.queries import EventFilter
from wirewatch.events.quad import QUAD_CLASS

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
STATUSES = ("asserted", "planned", "claimed", "denied", "negated")
EVENT_TYPES = tuple(sorted(QUAD_CLASS))
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ID = re.compile(r"^[\w:.\-]{1,120}$")
_COUNTRY = re.compile(r"^[A-Za-z]{3}$")


class BadParameter(ValueError):
    """A parameter the caller got wrong: answered with 400 and a JSON error."""


class NotFound(LookupError):
    """An id that is not in the store: answered with 404."""


def parse_limit(value: str | None, default: int = DEFAULT_LIMIT) -> int:
    if value is None or value == "":
        return default
    try:
        n = int(value)
    except ValueError:
        raise BadParameter(f"limit must be an integer from 1 to {MAX_LIMIT}, not {value!r}")
    if not 1 <= n <= MAX_LIMIT:
        raise BadParameter(f"limit must be from 1 to {MAX_LIMIT}, not {n}")
    return n


def encode_cursor(kind: str, value: str | int) -> str:
    raw = json.dumps({"k": kind, "v": value}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None, kind: str) -> str | int | None:
    """The position a cursor stands for; `kind` guards against a cursor of another list."""
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw)
        value = data["v"]
        ok = data["k"] == kind and isinstance(value, (str, int)) and not isinstance(value, bool)
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        ok = False
    if not ok or (isinstance(value, int) and value < 0):
        raise BadParameter("cursor is not valid for this list; use next_cursor as returned")
    return value


def parse_date(value: str | None, name: str) -> str | None:
    if not value:
        return None
    if not _DATE.match(value):
        raise BadParameter(f"{name} must be a date YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return value


def parse_choice(value: str | None, name: str, choices: tuple[str, ...],
                 upper: bool = False) -> str | None:
    if not value:
        return None
    value = value.upper() if upper else value.lower()
    if value not in choices:
        raise BadParameter(f"{name} must be one of {', '.join(choices)}, not {value!r}")
    return value


def parse_id(value: str | None, name: str) -> str | None:
    if not value:
        return None
    if not _ID.match(value):
        raise BadParameter(f"{name} is not a valid id: {value!r}")
    return value


def parse_country(value: str | None, name: str) -> str | None:
    if not value:
        return None
    if not _COUNTRY.match(value):
        raise BadParameter(f"{name} must be an ISO 3166 alpha-3 country code such as PRK, "
                           f"not {value!r}")
    return value.upper()


def parse_bool(value: str | None, name: str) -> bool:
    if value is None or value == "":
        return False
    low = value.lower()
    if low in ("1", "true", "yes", "on"):
        return True
    if low in ("0", "false", "no", "off"):
        return False
    raise BadParameter(f"{name} must be true or false, not {value!r}")


def event_filter(params) -> EventFilter:
    """An EventFilter from query parameters (a mapping), every value checked."""
    since = parse_date(params.get("since"), "since")
    until = parse_date(params.get("until"), "until")
    if since and until and since > until + "\uffff":
        raise BadParameter("since must not be after until")
    return EventFilter(
        type=parse_choice(params.get("type"), "type", EVENT_TYPES, upper=True),
        actor=parse_id(params.get("actor"), "actor"), since=since, until=until,
        story=parse_id(params.get("story"), "story"),
        status=parse_choice(params.get("status"), "status", STATUSES),
        lang=parse_id(params.get("lang"), "lang"),
        location=parse_country(params.get("location"), "location"))
