"""A state office word followed by an organisation's short form is that organisation's
officer, never the country's head of state or government."""

from datetime import date

from wirewatch.events.text import code_text

DAY = date(2025, 6, 2)


def _roles(text: str, lang: str) -> list[str]:
    _, mentions, _ = code_text(text, lang, DAY)
    return [m.role for m in mentions if m.kind == "role"]


def test_president_of_a_union_is_no_head_of_state():
    assert "head_of_state" not in _roles("Il presidente della CGIL ha criticato il governo.", "it")


def test_president_of_the_republic_stays_head_of_state():
    assert "head_of_state" in _roles("Il presidente della Repubblica ha criticato il governo.",
                                     "it")
