"""One-word person links that the name's context contradicts (issue 4)."""

from __future__ import annotations

import pytest

from wirewatch.events.text import code_text


def people(text: str, lang: str = "en") -> list[str]:
    _, found, _ = code_text(text, lang, None)
    return [m.actor_id for m in found if m.kind == "person"]


@pytest.mark.parametrize("lang,text,wrong", [
    # another person whose first name sounds like a leader's surname
    ("en", "Kenyan Vice President Moody Awori opened the conference.", "PER:narendra-modi"),
    # a common word meeting a surname only by its stem
    ("en", "The Court rejected the appeal on Tuesday.", "PER:kurti"),
    ("fr", "Le président Mahmoud Abbas a reçu l'émissaire.", "PER:shahid-khaqan-abbasi"),
    ("en", "Palestinian President Mahmoud Abbas met the envoy.", "PER:shahid-khaqan-abbasi"),
    # a short form in brackets defines the words before it
    ("en", "The Arbeitskreis Kommunalpolitik (AKK) met on Monday.",
     "PER:annegret-kramp-karrenbauer"),
    ("de", "Der Arbeitskreis Kommunalpolitik (AKK) tagte am Montag.",
     "PER:annegret-kramp-karrenbauer"),
])
def test_no_link(lang, text, wrong):
    assert wrong not in people(text, lang)


@pytest.mark.parametrize("lang,text,right", [
    ("en", "Prime Minister Narendra Modi met the delegation.", "PER:narendra-modi"),
    ("en", "Modi Meets Business Leaders In Delhi", "PER:narendra-modi"),
    ("en", "Mr Putin said the talks would go on.", "PER:vladimir-putin"),
    ("en", "Joseph Biden spoke to reporters.", "PER:joe-biden"),
    ("en", "Annegret Kramp-Karrenbauer (AKK) resigned as party leader.",
     "PER:annegret-kramp-karrenbauer"),
    ("de", "AKK trat als Parteichefin zurück.", "PER:annegret-kramp-karrenbauer"),
    ("pl", "Premier rozmawiał z Putinem w Moskwie.", "PER:vladimir-putin"),
])
def test_true_links_stay(lang, text, right):
    assert right in people(text, lang)


def test_the_brackets_rule_counts_each_mention():
    found = people("Annegret Kramp-Karrenbauer (AKK) resigned.")
    assert found == ["PER:annegret-kramp-karrenbauer"] * 2
