"""Right type, wrong dyad: acts of domestic parties outside the state that name no recipient,
arrests named by their noun, and the place an embassy sits in. Own sentences in several
languages, each coded through the real packs and coder (code_text, as the pack checker codes
its examples)."""

from datetime import date

import pytest

from wirewatch.events.text import code_text

DAY = date(2024, 6, 15)


def coded(sentence, lang):
    return {(e.type, e.source.country, e.target.country if e.target else None)
            for e in code_text(sentence, lang, DAY)[2]}


# ---------------------------------------------------------------- domestic parties and their state

@pytest.mark.parametrize("sentence, lang, expected", [
    ("Serbian students demanded early elections.", "en", ("REQUEST", "SRB", "SRB")),
    ("Turkish unions threatened a general strike.", "en", ("THREATEN", "TUR", "TUR")),
    ("Thousands of protesters marched in Belgrade on Saturday.", "en", ("PROTEST", "SRB", "SRB")),
    ("Des milliers d'enseignants ont manifesté jeudi dans plusieurs villes de France.",
     "fr", ("PROTEST", "FRA", "FRA")),
])
def test_a_domestic_party_outside_the_state_naming_no_one_targets_its_own_state(
        sentence, lang, expected):
    """PLOVER: a protest is against a policy, action or actor; told with no recipient, the
    demands and threats of protesters, unions, students or the opposition are made to their
    own government."""
    assert expected in coded(sentence, lang)


def test_a_named_recipient_stays_and_a_state_gets_no_own_target():
    """The rule fills only a missing target, and only for parties outside the state."""
    assert ("PROTEST", "GRC", "USA") in coded(
        "Hundreds of people protested outside the US embassy in Athens.", "en")
    assert ("THREATEN", "RUS", None) in coded("Russia threatened to respond.", "en")


def test_the_protest_and_the_arrest_of_its_crowd_are_two_events():
    """Police arresting protesters and the protest aimed at the state are two acts of one pair
    of countries: neither swallows the other."""
    found = coded("Kenyan police arrested 40 protesters in Nairobi on Tuesday as thousands "
                  "protested.", "en")
    assert {("COERCE", "KEN", "KEN"), ("PROTEST", "KEN", "KEN")} <= found


# ---------------------------------------------------------------- arrests named by their noun

@pytest.mark.parametrize("sentence, lang, expected", [
    (("Rabat explique sa décision par l'arrestation, lundi à Marseille, d'un fonctionnaire "
      "marocain."), "fr", ("COERCE", "FRA", "MAR")),
    ("Ukraine announced the arrest of a Russian agent in Kharkiv.", "en", ("COERCE", "UKR", "RUS")),
    ("Irán confirmó la detención de un ciudadano francés en Teherán.", "es",
     ("COERCE", "IRN", "FRA")),
    ("Auslöser war die Festnahme eines iranischen Studenten in München.", "de",
     ("COERCE", "DEU", "IRN")),
])
def test_an_agentless_arrest_noun_is_made_where_it_happens_on_its_complement(
        sentence, lang, expected):
    """The state it happens in arrests (as in an agentless passive arrest), the complement is
    who is arrested; the clause subject only reports or answers it."""
    found = coded(sentence, lang)
    assert expected in found
    assert not any(t == "COERCE" and (s, tg) == expected[:0:-1] for t, s, tg in found)


@pytest.mark.parametrize("sentence, lang, expected", [
    ("СБУ затримала в Одесі двох агентів російських спецслужб.", "uk", ("COERCE", "UKR", "RUS")),
    ("ФСБ задержала в Москве агента украинских спецслужб.", "ru", ("COERCE", "RUS", "UKR")),
])
def test_the_services_a_detainee_works_for_do_not_arrest(sentence, lang, expected):
    """"агентку російських спецслужб": the services qualify the one arrested; with no
    arrester named, the state of the place arrests."""
    assert expected in coded(sentence, lang)


# ---------------------------------------------------------------- "驻": where an embassy sits

@pytest.mark.parametrize("sentence, expected", [
    ("美国驻日本大使谴责中国。", ("ACCUSE", "USA", "CHN")),
    ("俄罗斯驻中国大使馆谴责美国的制裁。", ("ACCUSE", "RUS", "USA")),
])
def test_the_country_an_embassy_sits_in_is_no_party(sentence, expected):
    """"美国驻日本大使" is the US ambassador in Japan: Japan is his seat, not the subject."""
    found = coded(sentence, "zh")
    assert expected in found
    assert not any(t == "ACCUSE" and (s, tg) != expected[1:] for t, s, tg in found)


@pytest.mark.parametrize("sentence, lang", [
    ("The crisis began with the arrest of a Russian diplomat in Lyon.", "en"),
    ("La crise a commencé avec l'arrestation à Lyon d'un diplomate russe.", "fr"),
])
def test_the_one_arrested_never_arrests_himself(sentence, lang):
    """With no police and no place that is a party, the complement of an arrest noun stays the
    one arrested: no RUS->RUS arrest of the Russian diplomat (a false event is worse than none)."""
    assert not any(t == "COERCE" and s == "RUS" for t, s, _ in coded(sentence, lang))
