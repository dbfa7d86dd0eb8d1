"""Denials and clause joins (events/coder.py: _unrealised_contents, _clause_joins). Own
sentences, coded through the real packs and coder.

- A denial is the denier's REJECT, and the act it denies is an event too, with status denied
  (gold/SCHEMA.md; the dev golds code both).
- The words that join two clauses are the pack's own: the Romanian perfect auxiliary "a"
  ("a refuzat să negocieze", "a negat că a atacat") is no "and", though Polish "a" is.
- A Spanish envoy named on a word of the summons trigger is its target (events/roles.py).
- A person the knowledge base lacks carries the name he was introduced with (person_names.py).
"""

from __future__ import annotations

from wirewatch.events.person_names import named_unknowns
from wirewatch.lang.check import code_example
from wirewatch.models import Mention


def _coded(sentence: str, lang: str) -> set[tuple]:
    return {(e.type, e.source.country, e.target.country if e.target else None, e.status)
            for e in code_example(sentence, lang)}


def test_a_rejected_accusation_keeps_the_rejection_and_the_act_denied():
    assert _coded("Rusia a respins acuzațiile că a atacat Ucraina.", "ro") == {
        ("REJECT", "RUS", "UKR", "asserted"), ("ASSAULT", "RUS", "UKR", "denied")}


def test_a_romanian_auxiliary_joins_no_second_act():
    """"a refuzat să negocieze": the talks are what is refused, not a second act."""
    assert _coded("Moldova a refuzat să negocieze cu Rusia.", "ro") == {
        ("REJECT", "MDA", "RUS", "asserted")}


def test_a_romanian_and_still_joins_a_second_act():
    coded = _coded("SUA au amenințat Iranul cu sancțiuni și au cerut negocieri.", "ro")
    assert {("THREATEN", "USA", "IRN", "asserted"), ("REQUEST", "USA", "IRN", "asserted")} <= coded


def test_an_envoy_named_on_a_word_of_the_summons_trigger_is_its_target():
    """"convoc* ... embajador* ... para protestar": the envoy's role opens on the trigger's own
    word "embajador" and runs into its gap; the summoned envoy is still the target."""
    events = code_example("Marruecos convocó al embajador ruso para protestar por los ataques.",
                          "es")
    assert {(e.type, e.source.country, e.target.country, e.target.actor) for e in events} == {
        ("ACCUSE", "MAR", "RUS", None)}  # the unnamed envoy, not the country "Russia"


def test_an_unknown_office_holder_is_named_by_his_introducing_mention():
    """The knowledge base lacks him; every mention, the surname in a case ending too, carries
    the full name the report introduced him with."""
    events = code_example("Przewodniczący związku Tomasz Wierzbicki skrytykował rząd. "
                          "Rząd odrzucił żądania Wierzbickiego.", "pl")
    named = {e.source.actor for e in events} | {e.target.actor for e in events if e.target}
    assert "Tomasz Wierzbicki" in named
    assert not any(name and name != "Tomasz Wierzbicki" and "Wierzbick" in name
                   for name in named)


def test_an_unknown_name_outside_latin_script_stays_unnamed():
    assert named_unknowns([_unknown("Иван Петренко")])[0].name is None
    assert named_unknowns([_unknown("Jan Kowalczyk")])[0].name == "Jan Kowalczyk"


def _unknown(surface: str) -> Mention:
    return Mention(0, len(surface), surface, None, None, "unknown", "POL", 0.5, role="leader")


def test_a_denials_rejection_targets_neither_the_deniers_own_agents_nor_a_partner():
    """Who denies that its own troops attacked rejects no one of its own; who denies arming a
    partner rejects the report, not the partner; the victim of denied force stays."""
    assert _coded("Moskau bestritt, dass russische Truppen Kiew angegriffen hätten.", "de") == {
        ("REJECT", "RUS", None, "asserted"), ("ASSAULT", "RUS", "UKR", "denied")}
    assert _coded("Iran denied that it had supplied drones to Russia.", "en") == {
        ("REJECT", "IRN", None, "asserted"), ("AID", "IRN", "RUS", "denied")}
    assert ("REJECT", "RUS", "SYR", "asserted") in _coded(
        "Moscou a nié que son aviation ait bombardé des villages syriens.", "fr")
