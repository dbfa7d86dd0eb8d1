"""Criticism inside a speaker's that-clause is an ACCUSE of the party judged (own sentences)."""

import pytest

from wirewatch.lang.check import code_example


def dyads(sentence, lang):
    return {(e.type, e.source.country, e.target.country if e.target else None)
            for e in code_example(sentence, lang)}


@pytest.mark.parametrize("sentence, lang", [
    ("Macron said that Russia's shelling of the port was reckless.", "en"),
    ("Macron said Russia was wrong to close the border.", "en"),
    ("Macron stressed on Friday that the Russian blockade was illegal.", "en"),
    ("Ο Μακρόν δήλωσε ότι η Ρωσία ενεργεί ανεύθυνα στη Μαύρη Θάλασσα.", "el"),
    ("Ο Μακρόν τόνισε χθες ότι οι κινήσεις της Ρωσίας είναι απερίσκεπτες.", "el"),
    ("Macron a subliniat că Rusia a acționat iresponsabil la frontieră.", "ro"),
    ("A declarat Macron că acțiunile Rusiei la graniță sunt ilegale.", "ro"),
    ("Macron menegaskan bahwa Rusia bertindak sembrono di perbatasan.", "id"),
    ("Macron mengatakan Rusia melanggar hukum internasional.", "id"),
])
def test_blame_in_a_that_clause_accuses_the_party_judged(sentence, lang):
    assert ("ACCUSE", "FRA", "RUS") in dyads(sentence, lang)


@pytest.mark.parametrize("sentence, lang", [
    ("Macron said that Russia had agreed to more talks.", "en"),
    ("Macron said Russia was ready to reopen the border.", "en"),
    ("Ο Μακρόν δήλωσε ότι η Ρωσία συμφώνησε σε νέες συνομιλίες.", "el"),
    ("Macron a declarat că Rusia a acceptat noi negocieri.", "ro"),
    ("Macron mengatakan bahwa Rusia siap membuka kembali perbatasan.", "id"),
])
def test_a_neutral_report_accuses_no_one(sentence, lang):
    assert not any(d[0] == "ACCUSE" for d in dyads(sentence, lang))


@pytest.mark.parametrize("sentence, lang", [
    ("Macron said the talks with Russia were unacceptable.", "en"),
    ("Ο Μακρόν δήλωσε ότι οι συνομιλίες με τη Ρωσία είναι απαράδεκτες.", "el"),
])
def test_a_party_after_a_preposition_is_not_the_one_judged(sentence, lang):
    assert ("ACCUSE", "FRA", "RUS") not in dyads(sentence, lang)


def test_a_speaker_never_accuses_itself():
    assert not any(d[0] == "ACCUSE" for d in
                   dyads("France said that French officials had been wrong to wait.", "en"))
