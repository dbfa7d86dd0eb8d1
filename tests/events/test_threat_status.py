"""A threat speaks of the future, but making it is the event: asserted, not planned."""

from datetime import date

import pytest

from wirewatch.events.text import code_text


@pytest.mark.parametrize("lang, text", [
    ("ru", "Москва будет вынуждена принять ответные меры против Бухареста, заявил Сергей Лавров."),
    ("ro", ("Moscova va lua măsuri de represalii împotriva Bucureștiului, a declarat purtătoarea "
           "de cuvânt.")),
    ("es", "Moscú se verá obligada a tomar represalias contra Bucarest, dijo la portavoz."),
    ("de", "Moskau werde Vergeltungsmaßnahmen gegen Bukarest ergreifen, sagte die Sprecherin."),
])
def test_a_threat_about_the_future_is_asserted(lang, text):
    _, _, events = code_text(text, lang, date(2025, 12, 4))
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and all(e.status == "asserted" for e in threats), \
        [(e.type, e.status) for e in events]
