"""How a news sentence is built around its event: the reporter who closes it, asides in
relative clauses, conditions, intentions, circumstances and domestic (sector) dyads. Own
English sentences, each coded through the real pack and coder."""

import pytest

from wirewatch.lang.check import code_example


def coded(sentence):
    return {(e.type, e.source.id, e.source.country, e.target.country if e.target else None,
             e.status) for e in code_example(sentence, "en")}


def dyads(sentence):
    return {(t, s, tg) for t, _, s, tg, _ in coded(sentence)}


def test_police_and_protesters_of_one_country_are_two_parties():
    found = coded("Kenyan police arrested dozens of Kenyan protesters in Nairobi on Sunday.")
    assert ("COERCE", "SEC:POLICE", "KEN", "KEN", "asserted") in found


@pytest.mark.parametrize("sentence", [
    "Syrian protesters marched on Friday, Iranian officials said.",
    "Syrian protesters marched on Friday, according to Iranian state television.",
    "Syrian protesters marched on Friday, Iranian relief officials said.",
    "Syrian protesters marched on Friday, said the Iranian foreign ministry.",
])
def test_a_reporter_closing_the_sentence_takes_no_part_in_its_event(sentence):
    found = dyads(sentence)
    assert ("PROTEST", "SYR", "SYR") in found  # a crowd naming no one protests to its state
    assert not any("IRN" in (s, t) for _, s, t in found)


def test_a_trigger_before_said_keeps_the_last_comma_in_the_main_clause():
    found = dyads("Peru filed a protest with Chile, charging its neighbour with what it said "
                  "were border violations.")
    assert ("ACCUSE", "PER", "CHL") in found


def test_a_relative_aside_has_the_actor_before_it_as_subject_and_the_main_verb_resumes():
    found = coded("Malian rebels, who ambushed a Nigerien patrol last week, demanded talks "
                  "with Algeria.")
    assert ("ASSAULT", "SEC:REBELS", "MLI", "NER", "asserted") in found
    assert ("REQUEST", "SEC:REBELS", "MLI", "DZA", "asserted") in found
    assert not any(t == "REQUEST" and s == "NER" for t, s, _ in dyads(
        "Malian rebels, who ambushed a Nigerien patrol last week, demanded talks with Algeria."))


@pytest.mark.parametrize("sentence", [
    "Japan will impose sanctions on Russia if it attacks Georgia.",
    "If Russia attacks Georgia, Japan will impose sanctions on Russia.",
])
def test_an_event_in_a_condition_did_not_happen(sentence):
    found = coded(sentence)
    # the sanctions wait on what Russia does: a threat (tests/events/test_ultimatums.py)
    assert ("THREATEN", "JPN", "JPN", "RUS", "asserted") in found
    assert not any(e[0] == "ASSAULT" for e in found)


def test_the_party_a_threat_is_made_to_may_stand_in_its_condition():
    assert ("THREATEN", "BRA", "ARG") in dyads(
        "Brazil threatened to leave the talks if Argentina raises its tariffs.")


def test_what_parties_agree_to_do_is_planned():
    found = coded("Egypt and Sudan have agreed to hold joint naval drills next spring.")
    assert any(e[0] == "COOPERATE" and e[4] == "planned" for e in found)


@pytest.mark.parametrize("sentence", [
    "Ghana expelled the Togolese ambassador after clashes at the border.",
    "Ghana expelled the Togolese ambassador following deadly clashes at the border.",
])
def test_a_circumstance_after_after_or_following_is_no_event(sentence):
    found = dyads(sentence)
    assert any(t == "SANCTION" for t, _, _ in found)
    assert not any(t == "ASSAULT" for t, _, _ in found)


def test_a_clause_after_but_without_subject_keeps_the_subject_before_it():
    found = dyads("Chile opened its border to Bolivian families, but refused entry to Peruvian "
                  "traders.")
    assert ("REJECT", "CHL", "PER") in found


def test_a_demand_may_name_no_one_it_is_made_to():
    assert ("REQUEST", "GEO", None) in dyads("The Georgian president demanded early elections.")


@pytest.mark.parametrize("sentence, outer, inner", [
    ("Bolivia refused to respond to a demand from Chile.", "REJECT", "REQUEST"),
    ("Chile demanded that Bolivia stop shelling Peruvian border posts.", "REQUEST", "ASSAULT"),
])
def test_what_is_refused_or_demanded_has_not_happened(sentence, outer, inner):
    found = {t for t, _, _ in dyads(sentence)}
    assert outer in found and inner not in found


def test_an_act_after_and_is_a_second_act_not_the_content_of_a_refusal():
    found = {t for t, _, _ in dyads("Bolivia rejected the Chilean plan and expelled the "
                                    "Chilean ambassador.")}
    assert {"REJECT", "SANCTION"} <= found


def test_the_restated_outer_act_keeps_its_mode():
    found = {(e.type, e.mode) for e in code_example("Chile asked Peru for more military aid.",
                                                     "en")}
    assert ("REQUEST", "aid") in found


def test_a_pledge_may_name_no_one_it_is_made_to():
    found = coded("The Bolivian president promised to hold free elections.")
    assert any(e[0] == "AGREE" and e[2] == "BOL" and e[3] is None for e in found)


def test_an_apology_is_support_as_the_plover_conversion_table_codes_it():
    assert ("SUPPORT", "URY", "ARG") in dyads("Uruguay apologised to Argentina for the incident.")
