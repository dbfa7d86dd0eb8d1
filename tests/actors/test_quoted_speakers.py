"""The first person plural inside a quote stands for the party that tells the quote."""

from datetime import date

import pytest

from wirewatch.actors.quoted import quote_spans
from wirewatch.events.text import code_text

DAY = date(2025, 6, 2)


def _mention(text: str, lang: str, surface: str):
    _, mentions, _ = code_text(text, lang, DAY)
    return next((m for m in mentions if m.surface == surface), None)


@pytest.mark.parametrize(("lang", "text", "pronoun", "country"), [
    ("ru", "«Мы не допустим новых провокаций у наших границ», — заявил Лавров.", "Мы", "RUS"),
    ("fr", "« Nous condamnons fermement ces frappes », a déclaré Jean-Noël Barrot.", "Nous", "FRA"),
    ("en", 'Lavrov said: "We will answer any new sanctions in kind."', "We", "RUS"),
    ("en", '"We urge restraint on all sides," the South Korean military said.', "We", "KOR"),
])
def test_pronoun_in_quote_is_its_teller(lang, text, pronoun, country):
    mention = _mention(text, lang, pronoun)
    assert mention is not None and mention.country == country


def test_pronoun_without_a_teller_beside_the_quote_stays_unread():
    text = 'Lavrov met the press. "We will answer any new sanctions in kind." He left soon after.'
    assert _mention(text, "en", "We") is None


def test_pronoun_outside_quotes_stays_unread():
    assert _mention("We will answer any new sanctions in kind, Lavrov said.", "en", "We") is None


def test_quote_spans_pair_each_style_of_mark():
    text = "«a» “b” „c” \"d\""
    assert [text[a:b] for a, b in quote_spans(text)] == ["a", "b", "c", "d"]


def test_quoted_pronoun_is_the_source_of_the_quoted_act():
    text = "«Мы решительно осуждаем удары Израиля по Ливану», — заявил Лавров."
    _, _, events = code_text(text, "ru", DAY)
    accuse = next(e for e in events if e.type == "ACCUSE")
    assert accuse.source.country == "RUS" and accuse.target.country == "ISR"


def test_quote_spans_pair_each_opening_mark_with_its_closer():
    """Quotes of several styles in one text, a stray closing mark before any opening one, and
    an opening mark never closed (quote_spans reads mark to mark, not character by character)."""
    from wirewatch.actors.quoted import quote_spans
    assert quote_spans("a ” b «c» d „e” f") == [(7, 8), (13, 14)]
    assert quote_spans("x \"y\" z \"w") == [(3, 4)]
    assert quote_spans("no quotes at all") == []
