"""Polish pack on news-style sentences: perfective futures, coordinated acts, transfers with
an object between verb and noun, attributed reports, speech-act verbs over their objects."""

import pytest

from wirewatch.lang.check import outline


def coded(sentence):
    return outline(sentence, "pl")


def test_perfective_future_is_planned():
    assert ("AID", "DEU", "UKR", "planned") in coded("Niemcy przekażą Ukrainie pomoc humanitarną.")


def test_two_coordinated_acts_of_one_dyad_are_two_events():
    found = coded("Unia Europejska nałożyła sankcje na Rosję i wezwała Moskwę do rozmów.")
    assert {("SANCTION", "IGO:EU", "RUS", "asserted"), ("REQUEST", "IGO:EU", "RUS", "asserted")} <= found


def test_transfer_with_words_between_verb_and_object():
    assert ("AID", "PRK", "RUS", "asserted") in coded(
        "Korea Północna przekazała Rosji pociski artyleryjskie.")


def test_attributed_report_is_claimed_and_its_teller_no_actor():
    assert coded("Jak twierdzą ukraińscy wojskowi, Iran przekazał Rosji drony.") == {
        ("AID", "IRN", "RUS", "claimed")}


def test_rejecting_a_proposal_of_talks_is_a_rejection():
    assert coded("Litwa odrzuciła propozycję Białorusi w sprawie rozmów.") == {
        ("REJECT", "LTU", "BLR", "asserted")}


@pytest.mark.parametrize("text, actor", [
    ("Wizyta Zełenskiego w Warszawie.", "PER:volodymyr-zelensky"),  # genitive of a -ski name
    ("Premier podziękował Zełenskiemu.", "PER:volodymyr-zelensky"),  # its dative
    ("Wizyta Sikorskiego w Kijowie.", "PER:radosaw-sikorski"),
])
def test_adjectival_surnames_link_in_every_case(text, actor):
    from datetime import date

    from wirewatch.events.text import code_text

    _, mentions, _ = code_text(text, "pl", date(2025, 10, 15))
    assert actor in {m.actor_id for m in mentions}


def test_the_complementiser_ze_is_no_preposition():
    """"że" folds to the key of the preposition "ze": the subject after it is still a subject."""
    assert coded("MSZ poinformowało, że Polska wyśle Mołdawii pomoc humanitarną.") == {
        ("AID", "POL", "MDA", "planned")}


def test_the_country_of_an_embassy_before_the_verb_is_the_target():
    assert coded("Przed ambasadą Iranu w Berlinie protestowało kilkaset osób.") == {
        ("PROTEST", "DEU", "IRN", "asserted")}


def test_protesters_as_a_participle_do_not_outweigh_an_appeal():
    assert coded("Mołdawia zaapelowała do Rumunii o odblokowanie dróg przez protestujących rolników.") == {
        ("REQUEST", "MDA", "ROU", "asserted")}


def test_signing_an_agreement_on_cooperation_is_signing():
    assert coded("Francja i Indie podpisały w Paryżu umowę o współpracy w dziedzinie bezpieczeństwa.") == {
        ("SUPPORT", "IND", "FRA", "asserted")}
