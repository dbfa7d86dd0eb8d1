"""A past office holder ("ex-presidente Jair Bolsonaro", "former Brazilian President Michel
Temer", "الرئيس السابق") bounds the publication date only from below: the text was written
after his tenure began, not while it lasted (own sentences)."""

from datetime import date

import pytest

from wirewatch.models import RawDocument
from wirewatch.pipeline import process

TODAY = date(2026, 11, 26)


def published(text, lang):
    return process(RawDocument(source="mem://former", text=text, lang=lang), today=TODAY).published


@pytest.mark.parametrize("text, lang", [
    ("Lula criticou o julgamento do ex-presidente Jair Bolsonaro, condenado pelo STF.", "pt"),
    ("Lula criticized the trial of former president Jair Bolsonaro in the Supreme Court.", "en"),
    ("Lula criticó el juicio al expresidente brasileño, el ex presidente Jair Bolsonaro.", "es"),
    ("Лула раскритиковал суд над бывшим президентом Жаиром Болсонару.", "ru"),
])
def test_a_former_holder_leaves_the_range_open_above(text, lang):
    pub = published(text, lang)
    assert pub.earliest is not None and pub.earliest >= date(2019, 1, 1)
    assert pub.latest == TODAY


@pytest.mark.parametrize("text, lang", [
    ("President Jair Bolsonaro criticized the Supreme Court.", "en"),
    ("O presidente Jair Bolsonaro criticou o STF.", "pt"),
])
def test_a_sitting_holder_still_bounds_it_above(text, lang):
    assert published(text, lang).latest <= date(2023, 1, 1)
