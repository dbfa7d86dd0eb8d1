"""Where an actor phrase ends: a place and the role after it join only when no preposition
stands between them ("received in Japan by the prime minister" names Japan, then a person)."""

from datetime import date

import pytest

from wirewatch.events.text import code_text


def spans(text: str, lang: str) -> list[tuple[str, str]]:
    _, mentions, _ = code_text(text, lang, date(2024, 6, 15))
    return [(text[m.start:m.end], m.kind) for m in mentions]


@pytest.mark.parametrize("lang, text, place", [
    ("el", "Ο Ινδός υπουργός έγινε δεκτός στην Ιαπωνία από τον πρωθυπουργό της χώρας.", "Ιαπωνία"),
    ("en", "The Indian minister was received in Japan by the prime minister of the country.", "Japan"),
    ("ro", "Ministrul indian a fost primit în Japonia de către premierul ţării.", "Japonia"),
])
def test_place_before_a_role_across_a_preposition_stays_a_place(lang, text, place):
    found = spans(text, lang)
    assert (place, "country") in found, found


def test_place_right_before_a_role_still_qualifies_it():
    found = spans("Iran's foreign minister spoke to the press.", "en")
    assert all(text != "Iran" for text, _ in found), found
