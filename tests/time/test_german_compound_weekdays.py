"""German joins a weekday to its part of the day in one word ("am Mittwochnachmittag",
"Dienstagabend"): it names that weekday (own sentences)."""

from datetime import date

import pytest

from wirewatch.models import PublishedDate
from wirewatch.time import find_dates

ANCHOR = PublishedDate(date(2025, 5, 9), date(2025, 5, 9), date(2025, 5, 9), "metadata")


@pytest.mark.parametrize("sentence, value", [
    ("Tusk empfing den Kanzler am Mittwochnachmittag in Warschau.", "2025-05-07"),
    ("Am Dienstagabend telefonierte der Minister mit seinem Amtskollegen.", "2025-05-06"),
    ("Die Angriffe begannen in der Nacht zu Montagmorgen.", "2025-05-05"),
])
def test_a_weekday_with_its_part_of_the_day_is_that_weekday(sentence, value):
    assert [d.value for d in find_dates(sentence, "de", ANCHOR)] == [value]
