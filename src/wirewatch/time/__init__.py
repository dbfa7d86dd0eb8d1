"""Time: date expressions, their resolution, and the publication date of a document.

API: find_dates, resolve_event_date, publication_date, dates_report (see docs/time.md).
"""

from .expressions import dates_report, find_dates
from .names import month_names, weekday_names
from .publication import publication_date
from .resolve import resolve_event_date

__all__ = [
    "dates_report",
    "find_dates",
    "month_names",
    "publication_date",
    "resolve_event_date",
    "weekday_names",
]
