"""What an accusation alleges is the accused's act, claimed, however many trigger words its
phrase holds; a verb a conjunction joins to the accusation is the accuser's own next act.
Troops sent to help another party are AID mode military (PLOVER manual, AID: "military
assistance including arms and personnel"), not a mobilisation (own sentences)."""

import pytest

from wirewatch.lang.check import outline


def shapes(sentence, lang, mode=False):
    return outline(sentence, lang, mode)


@pytest.mark.parametrize("sentence, accuser, accused", [
    ("Lithuania accused Belarus of helping to plan an arson attack on a rail depot.",
     "LTU", "BLR"),
    ("Estonia accused Moscow of an arson attack on a ministry building.", "EST", "RUS"),
])
def test_every_trigger_of_an_alleged_act_is_the_accused_s_act(sentence, accuser, accused):
    events = shapes(sentence, "en")
    assert ("ACCUSE", accuser, accused, "asserted") in events
    assert ("ASSAULT", accused, accuser, "claimed") in events
    assert not any(e[0] == "ASSAULT" and e[1] == accuser for e in events)


def test_an_act_in_a_relative_clause_of_the_content_is_not_the_accused_s():
    events = shapes("Sudan accused the United Arab Emirates of supplying the drones that struck "
                    "a fuel depot in Port Sudan.", "en")
    assert ("AID", "ARE", "SDN", "claimed") in events
    assert not any(e[0] == "ASSAULT" and e[1] == "ARE" for e in events)


@pytest.mark.parametrize("sentence, lang", [
    ("Kyiv accused Moscow of blocking talks and urged Ankara to press Russia.", "en"),
    ("Київ звинуватив Москву у зриві переговорів і закликав Туреччину посилити тиск на Росію.",
     "uk"),
])
def test_a_verb_joined_to_an_accusation_is_the_accuser_s(sentence, lang):
    events = shapes(sentence, lang)
    assert ("REQUEST", "UKR", "TUR", "asserted") in events
    assert not any(e[0] == "REQUEST" and e[1] == "RUS" for e in events)


def test_a_warning_joined_to_an_accusation_is_not_the_accused_s():
    events = shapes("Moskwa oskarżyła Wilno o prowokacje i ostrzegła, że Rosja odpowie.", "pl")
    assert ("THREATEN", "RUS", "LTU", "asserted") in events
    assert not any(e[0] == "THREATEN" and e[1] == "LTU" for e in events)


@pytest.mark.parametrize("sentence, lang, dyad", [
    ("Rwanda sent 1,000 troops to help Mozambique fight insurgents.", "en", ("RWA", "MOZ")),
    ("Turkey deployed soldiers to support the Libyan government.", "en", ("TUR", "LBY")),
    ("O Ruanda enviou mais 600 militares para apoiar as forças moçambicanas.", "pt",
     ("RWA", "MOZ")),
    ("Turquía desplegó tropas para apoyar al Gobierno libio.", "es", ("TUR", "LBY")),
    ("Il Ruanda ha inviato mille soldati per aiutare il Mozambico.", "it", ("RWA", "MOZ")),
    ("Franța a trimis 500 de militari pentru a sprijini România.", "ro", ("FRA", "ROU")),
    ("Deutschland entsendet 1200 Soldaten zur Unterstützung Litauens.", "de", ("DEU", "LTU")),
])
def test_troops_sent_to_help_another_party_are_military_aid(sentence, lang, dyad):
    events = shapes(sentence, lang, mode=True)
    assert ("AID",) + dyad + ("asserted", "military") in events
    assert not any(e[0] == "MOBILIZE" for e in events)


def test_troops_to_be_sent_to_help_are_planned_military_aid():
    assert ("AID", "RWA", "MOZ", "planned", "military") in shapes(
        "Rwanda will send 1,000 troops to help Mozambique.", "en", mode=True)


@pytest.mark.parametrize("sentence, dyad", [
    ("Russia massed troops near the Ukrainian border.", ("RUS", "UKR")),
    ("Poland sent 2,000 soldiers to the border with Belarus.", ("POL", "BLR")),
    ("Israel deployed troops to support the offensive against Hamas.", ("ISR", "PSE")),
])
def test_troops_sent_with_no_party_helped_stay_a_mobilisation(sentence, dyad):
    events = shapes(sentence, "en")
    assert ("MOBILIZE",) + dyad + ("asserted",) in events
    assert not any(e[0] == "AID" for e in events)
