"""Short persons' names inflect (actors/names.py): a four-letter name ending in a vowel is
met by its stem when a token lost a vowel-initial ending of its language, mid-sentence; a
two-letter name is met as written, mid-sentence."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch.actors.kb import KnowledgeBase, add_person
from wirewatch.actors.names import NameIndex, restore_endings, token_key_sets
from wirewatch.events.text import code_text
from wirewatch.text.tokens import tokens_of

DAY = date(2023, 5, 10)


def linked(text: str, lang: str, day: date | None = DAY) -> list[str | None]:
    _, mentions, _ = code_text(text, lang, day)
    return [m.actor_id for m in mentions if m.kind == "person"]


@pytest.mark.parametrize("lang, text, person", [
    ("pl", "Po rozmowie Dudy z kanclerzem ogłoszono nowe porozumienie.", "PER:andrzej-duda"),
    ("pl", "Delegacja czekała na przyjazd Dudę do stolicy.", "PER:andrzej-duda"),
    ("pl", "Wizyta Ruttego w Warszawie trwała dwa dni.", "PER:mark-rutte"),
    ("ru", "После звонка Дуды министры собрались снова.", "PER:andrzej-duda"),
    ("cs", "Ministr se sešel s prezidentem Dudou ve Varšavě.", "PER:andrzej-duda"),
])
def test_short_name_in_a_case_links(lang, text, person):
    assert person in linked(text, lang)


@pytest.mark.parametrize("lang, text, person", [
    ("pl", "Moda przychodzi i odchodzi co sezon.", "PER:narendra-modi"),  # sentence start
    ("en", "The rally drew Mods and rockers from the coast.", "PER:narendra-modi"),  # "-s"
    ("pl", "Rozmowa o polityce trwała długo.", "PER:edi-rama"),  # lower-case "rama"
])
def test_short_stem_stays_out_of_common_words(lang, text, person):
    assert person not in linked(text, lang)


def test_two_letter_name_links_as_written_mid_sentence():
    assert "PER:xi-jinping" in linked("Ο Πούτιν μίλησε χθες με τον Σι για το εμπόριο.", "el")


def test_two_letter_name_waits_for_mid_sentence():
    kb = KnowledgeBase()
    add_person(kb, {"id": "PER:test-li", "name": "Li Test", "country": "CHN", "names": ["Li"]})
    index = NameIndex(kb)
    for text, start, found in (("Li arrived.", True, False), ("Then Li arrived.", False, True),
                               ("Then LI arrived.", False, False)):
        tokens = tokens_of(text)
        keys = token_key_sets(tokens.latin, ("s",))
        i = tokens.surface.index("Li" if "Li" in tokens.surface else "LI")
        cand = index.candidates_at(i, keys, tokens.surface, start)
        assert (cand is not None) == found, text


def test_short_name_is_met_by_a_restored_nominative_mid_sentence_only():
    kb = KnowledgeBase()
    add_person(kb, {"id": "PER:test-kora", "name": "Anna Kora", "country": "POL",
                    "names": ["Kora"]})
    index = NameIndex(kb)
    for text, found in (("Kory nie było.", False), ("Wczoraj Kory nie było.", True)):
        tokens = tokens_of(text)
        keys = restore_endings(token_key_sets(tokens.latin, ("s",)), "pl")
        i = tokens.surface.index("Kory")
        cand = index.candidates_at(i, keys, tokens.surface, i == 0)
        assert (cand is not None) == found, text


def test_no_short_name_by_its_first_letters_in_a_language_without_restored_endings():
    kb = KnowledgeBase()
    add_person(kb, {"id": "PER:test-kora", "name": "Anna Kora", "country": "POL",
                    "names": ["Kora"]})
    tokens = tokens_of("Wczoraj Kory nie było.")
    keys = restore_endings(token_key_sets(tokens.latin, ("i",)), "ro")
    assert NameIndex(kb).candidates_at(1, keys, tokens.surface) is None


def test_a_major_place_is_no_short_stem_of_a_person():
    assert "PER:lazarus-salii" not in linked("Pociąg jechał wczoraj przez Sale do Leeds.", "pl")


def test_a_words_keys_are_kept_per_list_of_endings():
    assert token_key_sets(["rosiei"], ("ei",)) == [frozenset({"rosiei", "rosi"})]
    assert token_key_sets(["rosiei"], ("i",)) == [frozenset({"rosiei", "rosie"})]
    assert token_key_sets(["rosiei"], ("i", "ei")) == [frozenset({"rosiei", "rosie", "rosi"})]
