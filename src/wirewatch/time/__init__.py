"""Time: date expressions, their resolution, and the publication date of a document.

API: find_dates, resolve_event_date, narrative_day, publication_date, dates_report (see docs/time.md).
"""

from .expressions import dates_report, find_dates
from .names import month_names, weekday_names
from .publication import publication_date
from .resolve import narrative_day, resolve_event_date

__all__ = [
    "dates_report",
    "find_dates",
    "month_names",
    "narrative_day",
    "publication_date",
    "resolve_event_date",
    "weekday_names",
]
