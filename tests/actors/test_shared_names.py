"""A written name that two actors bear: unvowelled "عمان" is Oman and Amman (issue 4)."""

from __future__ import annotations

import pytest

from wirewatch.events.text import code_text


def country_of(text: str, lang: str, word: str) -> str | None:
    _, mentions, _ = code_text(text, lang, None)
    return next((m.country for m in mentions if word in m.surface), None)


@pytest.mark.parametrize("lang,text,expected", [
    ("ar", "استضافت عمان جولة جديدة من المحادثات في مسقط.", "OMN"),
    ("ar", "أكد وزير الخارجية الأردني من عمان دعم بلاده للهدنة.", "JOR"),
    ("ar", "وصل الملك عبدالله إلى عمان بعد زيارة للقاهرة والأردن يستعد للقمة.", "JOR"),
    ("ar", "عمان تدعو إلى التهدئة.", "OMN"),  # no context: the country's own name
    ("fa", "وزیر خارجه اردن در عمان با همتای مصری خود دیدار کرد.", "JOR"),
    ("fa", "دور تازه مذاکرات در مسقط پایتخت عمان برگزار شد.", "OMN"),
])
def test_context_decides(lang, text, expected):
    assert country_of(text, lang, "عمان") == expected
