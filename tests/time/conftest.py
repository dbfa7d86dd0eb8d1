from datetime import date

import pytest

from wirewatch.models import PublishedDate

ANCHOR_DAY = date(2024, 6, 15)  # a Saturday


@pytest.fixture
def anchor():
    return PublishedDate(ANCHOR_DAY, ANCHOR_DAY, ANCHOR_DAY, "stated")
