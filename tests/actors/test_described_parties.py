"""Definite descriptions of a party named before them: "the group", "the capital", "the
allies" (actors/anaphora.py). Each stands for the last party of its class the report named; a
description with its own owner beside it, or with no such party before it, stays unread. The
sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from wirewatch.events.text import code_text


def described(text: str, lang: str, words: str) -> list[tuple[str | None, str | None]]:
    """(actor id, country) of the mentions whose surface is `words`."""
    _, mentions, _ = code_text(text, lang, None)
    return [(m.actor_id, m.country) for m in mentions if m.surface.casefold() == words.casefold()]


@pytest.mark.parametrize("lang, text, words, expected", [
    ("en", ("The Houthis seized a cargo ship in the Red Sea on Monday. On Tuesday the group "
            "released two sailors."), "the group", ("MIL:HOUTHIS", "YEM")),
    ("ar", ("أعلن الحوثيون يوم الاثنين احتجاز سفينة تجارية. وأفرجت الجماعة عن بحارين يوم "
            "الثلاثاء."), "الجماعة", ("MIL:HOUTHIS", "YEM")),
    ("de", ("Russische Drohnen trafen in der Nacht Kiew. Am Morgen griff Russland die "
            "Hauptstadt erneut an."), "die Hauptstadt", ("UKR", "UKR")),
    ("en", ("NATO ministers met in Brussels on Monday. Poland urged the allies to send more "
            "air defence systems."), "the allies", ("IGO:NATO", "IGO:NATO")),
    ("ro", ("Miniștrii NATO s-au reunit luni la Bruxelles. România a cerut aliaților să trimită "
            "mai multe sisteme antiaeriene."), "aliaților", ("IGO:NATO", "IGO:NATO")),
])
def test_a_description_stands_for_the_party_named_before(lang, text, words, expected):
    assert described(text, lang, words) == [expected]


@pytest.mark.parametrize("lang, text, words", [
    # no armed group named before: "the group" is no party
    ("en", "Finance ministers met in Paris. The group agreed to meet again in June.", "the group"),
    # the capital's own country beside it
    ("en", ("Russian drones struck Kyiv overnight. Officials in the Polish capital condemned "
            "the attack."), "the capital"),
    # a genitive after it names the allies' owner
    ("en", ("NATO ministers met on Monday. The allies of Ukraine pledged more shells."),
     "the allies"),
])
def test_a_description_without_its_party_stays_unread(lang, text, words):
    assert described(text, lang, words) == []


def test_an_open_leadership_ends_when_a_successor_takes_office():
    """A REIGN spell left open at the list's end (Kaboré, leader of Burkina Faso since 2015)
    closes the day before someone else's spell in the country's top office begins (Damiba's,
    2022), so that the country's leader of a later date is the one in office."""
    from datetime import date

    from wirewatch.actors.kb import load_kb

    kb = load_kb()
    assert kb.holder("leader", "BFA", date(2021, 6, 1)).name == "Seydou Kabore"
    assert kb.holders("leader", "BFA", date(2023, 6, 1)) == []
    assert kb.holder("leader", "BFA", date(2023, 6, 1)).id == "PER:ibrahim-traore"
    assert kb.holder("leader", "TCD", date(2025, 6, 1)).id == "PER:mahamat-idriss-deby"
