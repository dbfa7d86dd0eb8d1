"""Main text, title and publication date of an HTML page, via trafilatura."""

from __future__ import annotations

from datetime import date

from wirewatch.ingest.decode import Rejected
from wirewatch.models import RawDocument

MIN_TEXT_CHARS = 40
# Page metadata only: htmldate's extensive search hands page text to dateparser, which
# costs ~0.6 s a page; dates printed in the text are the time stage's job.
DATE_PARAMS = {"original_date": True, "extensive_search": False,
               "max_date": date.today().isoformat()}


def parse_html(html: str, source: str, url: str | None = None) -> RawDocument:
    import trafilatura

    result = trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=False, with_metadata=True,
        favor_precision=True, date_extraction_params=DATE_PARAMS,
    )
    if result is None:
        raise Rejected("no main text in HTML")
    data = result if isinstance(result, dict) else result.as_dict()
    text = (data.get("text") or "").strip()
    if len(text) < MIN_TEXT_CHARS:
        raise Rejected("no main text in HTML")
    title = (data.get("title") or "").strip() or None
    body = f"{title}\n\n{text}" if title and not text.startswith(title) else text
    return RawDocument(source=source, text=body, title=title, url=url or data.get("url"),
                       published=_date(data.get("date")), outlet=data.get("sitename"))


def _date(value) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
