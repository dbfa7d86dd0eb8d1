"""An office said with the country's adjective and no name ("the Turkish minister", "der
iranische Minister") after the report named its holder stands for that person
(actors/anaphora.py `named_holders`); across a person of that country in another office it
stays the country's. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from wirewatch.events.text import code_text


def said(text: str, lang: str, words: str) -> list[tuple[str | None, str | None]]:
    """(name, country) of the mentions whose surface is `words`, in the text's order."""
    _, mentions, _ = code_text(text, lang, None)
    return [(m.name, m.country) for m in mentions if m.surface.casefold() == words.casefold()]


@pytest.mark.parametrize("lang, text, words, name, country", [
    ("en", ("Turkish Foreign Minister Hakan Fidan met his Greek counterpart in Ankara on "
            "Tuesday. The Turkish minister rejected the Greek complaints."),
     "Turkish minister", "Hakan Fidan", "TUR"),
    ("el", ("Ο υπουργός Εξωτερικών της Τουρκίας Χακάν Φιντάν συναντήθηκε την Τρίτη με τον "
            "Έλληνα ομόλογό του. Ο Τούρκος υπουργός απέρριψε τις ελληνικές αιτιάσεις."),
     "Τούρκος υπουργός", "Hakan Fidan", "TUR"),
    ("de", ("Der iranische Außenminister Abbas Araghtschi traf am Montag in Genf ein. Der "
            "iranische Minister wies die Vorwürfe zurück."),
     "iranische Minister", "Abbas Araghchi", "IRN"),
    ("fr", ("Le ministre turc des Affaires étrangères Hakan Fidan est arrivé lundi à Athènes. "
            "Le ministre turc a rejeté les accusations grecques."),
     "ministre turc", "Hakan Fidan", "TUR"),
    ("ru", ("Министр иностранных дел Турции Хакан Фидан прибыл в Афины в понедельник. "
            "Турецкий министр отверг обвинения Греции."),
     "Турецкий министр", "Hakan Fidan", "TUR"),
])
def test_an_office_without_a_name_is_its_holder_named_before(lang, text, words, name, country):
    assert said(text, lang, words)[-1] == (name, country)


def test_another_office_of_that_country_in_between_changes_the_subject():
    """The last Turkish person named holds another office: "the Turkish minister" is no longer
    the minister named first, and stays Turkey's office."""
    text = ("Turkish Foreign Minister Hakan Fidan arrived in Athens on Monday. President "
            "Recep Tayyip Erdogan spoke in Ankara. The Turkish minister rejected the claims.")
    assert [n for n, _ in said(text, "en", "Turkish minister")] != ["Hakan Fidan"]


def test_an_office_the_person_does_not_hold_stays_unread():
    text = ("Turkish Foreign Minister Hakan Fidan arrived in Athens on Monday. The Turkish "
            "president rejected the claims.")
    assert [n for n, _ in said(text, "en", "Turkish president")] != ["Hakan Fidan"]
