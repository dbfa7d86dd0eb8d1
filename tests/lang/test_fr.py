"""French pack on news-style sentences: an agentless passive arrest, a closing reporter,
speech-act verbs over the nouns they govern."""

from wirewatch.lang.check import outline


def coded(sentence):
    return outline(sentence, "fr")


def test_agentless_passive_arrest_is_by_the_place():
    assert coded("Un journaliste belge a été interpellé en Russie.") == {
        ("COERCE", "RUS", "BEL", "asserted")}


def test_closing_reporter_is_no_party():
    assert coded("Le Mali a expulsé l'ambassadeur de France, a indiqué le gouvernement algérien.") == {
        ("SANCTION", "MLI", "FRA", "asserted")}


def test_rejecting_a_proposal_of_talks_is_a_rejection():
    assert coded("Le Maroc a rejeté la proposition de l'Algérie de tenir des pourparlers.") == {
        ("REJECT", "MAR", "DZA", "asserted")}
