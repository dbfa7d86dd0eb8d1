"""Two acts of one pair in one sentence stay two events (events/coder.py: _alleged_contents,
_second_acts, _one_per_act); one act stays one event. Sentences written for these tests.

- What an accusation alleges is an act of its own, by the accused, claimed (gold/SCHEMA.md):
  "accused Azerbaijan of shelling its villages" is ACCUSE ARM->AZE and ASSAULT AZE->ARM.
- A second clause with its own subject is a second act ("... and Moldova expelled ...").
- Repeating an act ("signed and ratified"), a noun trigger restating its verb ("launched an
  attack") or a mode noun inside the act leaves one event.
"""

from __future__ import annotations

import pytest

from wirewatch.lang.check import code_example


def _coded(sentence: str, lang: str) -> set[tuple]:
    return {(e.type, e.source.country, e.target.country if e.target else None, e.status)
            for e in code_example(sentence, lang)}


ALLEGED = [
    ("en", "Armenia accused Azerbaijan of shelling its border villages."),
    ("es", "Armenia acusó a Azerbaiyán de abrir fuego contra sus posiciones."),
    ("ru", "Армения обвинила Азербайджан в ударах по своим позициям."),
    ("el", "Η Αρμενία κατηγόρησε το Αζερμπαϊτζάν ότι άνοιξε πυρ κατά των θέσεών της."),
]


@pytest.mark.parametrize(("lang", "sentence"), ALLEGED)
def test_an_accusation_and_the_act_it_alleges(lang, sentence):
    assert _coded(sentence, lang) == {("ACCUSE", "ARM", "AZE", "asserted"),
                                      ("ASSAULT", "AZE", "ARM", "claimed")}


def test_an_alleged_act_keeps_the_party_it_names():
    assert _coded("The United States accused Iran of attacking Saudi Arabia.", "en") == {
        ("ACCUSE", "USA", "IRN", "asserted"), ("ASSAULT", "IRN", "SAU", "claimed")}


def test_an_alleged_act_with_no_party_is_no_event():
    """Only an act of force falls on the accuser; a breach of law names no one."""
    assert _coded("Canada accused Iran of ignoring international law.", "en") == {
        ("ACCUSE", "CAN", "IRN", "asserted")}


RESPONSES = [
    ("en", "Russia expelled two Moldovan diplomats and Moldova expelled two Russian diplomats."),
    ("es", "Rusia expulsó a dos diplomáticos moldavos y Moldavia expulsó a dos diplomáticos rusos."),
    ("ru", "Россия выслала двух молдавских дипломатов, а Молдова выслала двух российских дипломатов."),
    ("el", "Η Ρωσία απέλασε δύο Μολδαβούς διπλωμάτες και η Μολδαβία απέλασε δύο Ρώσους διπλωμάτες."),
]


@pytest.mark.parametrize(("lang", "sentence"), RESPONSES)
def test_a_response_in_a_clause_of_its_own(lang, sentence):
    assert {(t, s, g) for t, s, g, _ in _coded(sentence, lang)} == {
        ("SANCTION", "RUS", "MDA"), ("SANCTION", "MDA", "RUS")}


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Russia attacked Ukraine and Ukraine hit back at Russia."),
    ("ru", "Россия атаковала Украину, а Украина нанесла ответный удар по России."),
    ("el", "Η Ρωσία επιτέθηκε στην Ουκρανία και η Ουκρανία απάντησε με επίθεση στη Ρωσία."),
])
def test_the_same_party_twice_around_a_conjunction_opens_a_clause(lang, sentence):
    assert {(t, s, g) for t, s, g, _ in _coded(sentence, lang)} == {
        ("ASSAULT", "RUS", "UKR"), ("ASSAULT", "UKR", "RUS")}


def test_a_visit_and_a_treaty_signed_during_it():
    assert {(t, s, g) for t, s, g, _ in _coded(
        "The Turkish president visited Egypt and signed a trade treaty with it.", "en")} == {
        ("CONSULT", "TUR", "EGY"), ("SUPPORT", "TUR", "EGY")}


ONE_ACT = [
    ("en", "Russia and Iran signed and ratified the treaty.", "SUPPORT"),
    ("es", "Rusia e Irán firmaron y ratificaron el tratado.", "SUPPORT"),
    ("ru", "Россия и Иран подписали и ратифицировали договор.", "SUPPORT"),
    ("el", "Η Ρωσία και το Ιράν υπέγραψαν και επικύρωσαν τη συνθήκη.", "SUPPORT"),
    ("en", "Israel launched an attack on Lebanon.", "ASSAULT"),
    ("es", "Rusia lanzó un ataque contra Ucrania.", "ASSAULT"),
    ("el", "Η Ρωσία εξαπέλυσε επίθεση κατά της Ουκρανίας.", "ASSAULT"),
    ("en", "Iran and Russia held talks in Tehran.", "CONSULT"),
    ("ru", "Россия провела переговоры с Ираном.", "CONSULT"),
    ("en", "Israel launched airstrikes on Lebanon.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "sentence", "etype"), ONE_ACT)
def test_one_act_stays_one_event(lang, sentence, etype):
    coded = _coded(sentence, lang)
    assert len(coded) == 1 and next(iter(coded))[0] == etype


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "China asked Russia and Ukraine to resume talks."),
    ("es", "China pidió a Rusia y Ucrania reanudar las negociaciones."),
])
def test_two_recipients_are_no_new_subject(lang, sentence):
    """A conjunction joining two parties after a verb names its recipients: no act of theirs."""
    assert {s for _, s, _, _ in _coded(sentence, lang)} == {"CHN"}


def test_an_object_before_a_preposition_is_no_new_subject():
    """German puts the verb last: "und Teheran zur Freilassung ... aufgefordert" asks Tehran."""
    coded = _coded("Die EU hat Sanktionen gegen Iran verhängt und Teheran zur Freilassung "
                   "von Gefangenen aufgefordert.", "de")
    assert all(s != "IRN" for _, s, _, _ in coded)


def test_a_same_act_in_two_clauses_is_one_event():
    """Two acts of one type and direction are one event of the pair."""
    events = code_example("Russia shelled Ukraine on Monday and Russian troops shelled "
                          "Ukraine again on Tuesday.", "en")
    assert [(e.type, e.source.country, e.target.country) for e in events] == [
        ("ASSAULT", "RUS", "UKR")]


def test_talks_in_two_clauses_have_no_direction():
    """Talks of a pair reported from each side are one event: CONSULT has no direction."""
    events = code_example("Iran held talks with Russia and Russia held talks with Iran.", "en")
    assert [e.type for e in events] == ["CONSULT"]


IN_KIND = [
    ("en", "Russia expelled two Moldovan diplomats and Moldova responded in kind."),
    ("es", "Rusia expulsó a dos diplomáticos moldavos y Moldavia respondió de la misma manera."),
    ("ru", "Россия выслала двух молдавских дипломатов, а Молдова ответила тем же."),
    ("el", "Η Ρωσία απέλασε δύο Μολδαβούς διπλωμάτες και η Μολδαβία απάντησε με τον ίδιο τρόπο."),
]


@pytest.mark.parametrize(("lang", "sentence"), IN_KIND)
def test_a_reply_in_kind_repeats_the_act_the_other_way(lang, sentence):
    assert {(t, s, g) for t, s, g, _ in _coded(sentence, lang)} == {
        ("SANCTION", "RUS", "MDA"), ("SANCTION", "MDA", "RUS")}


def test_a_reply_in_kind_with_no_act_before_it_is_no_event():
    assert _coded("Moldova responded in kind on Friday.", "en") == set()
