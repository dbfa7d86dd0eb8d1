"""Ukrainian pack on news-style sentences: speech-act verbs over the nouns they govern,
perfective futures, coordinated acts, an opening attribution that names no teller."""

from wirewatch.lang.check import outline


def coded(sentence):
    return outline(sentence, "uk")


def test_rejecting_a_proposal_of_talks_is_a_rejection():
    assert coded("Угорщина відкинула пропозицію Румунії про переговори.") == {
        ("REJECT", "HUN", "ROU", "asserted")}


def test_perfective_future_is_planned():
    assert ("AID", "LTU", "UKR", "planned") in coded("Литва передасть Україні гуманітарну допомогу.")


def test_two_coordinated_acts_of_one_dyad_are_two_events():
    found = coded("Канада запровадила санкції проти Ірану та засудила Тегеран.")
    assert {("SANCTION", "CAN", "IRN", "asserted"), ("ACCUSE", "CAN", "IRN", "asserted")} <= found


def test_subject_after_an_attribution_is_no_teller():
    assert coded("За даними ЗМІ, Іран нібито передав Росії ракети.") == {
        ("AID", "IRN", "RUS", "claimed")}
