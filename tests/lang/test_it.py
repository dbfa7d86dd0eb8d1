"""Italian pack: news wording found by held-out sentences (counterparts, charges, detainees,
trade figures, clause openers, truces with an unnamed side)."""

import pytest

from wirewatch.lang.check import outline


def coded(sentence):
    return outline(sentence, "it", mode=True)


def test_counterpart_after_a_place_takes_its_own_demonym():
    # "a Parigi il suo omologo brasiliano" was read as Paris's (France's) counterpart
    assert coded("Il ministro degli Esteri francese ha incontrato ieri a Parigi il suo omologo brasiliano.") == {
        ("CONSULT", "FRA", "BRA", "asserted", "meeting")}


def test_charge_of_an_arrest_is_no_accusation():
    assert coded("La polizia russa ha arrestato un cittadino francese con l'accusa di spionaggio.") == {
        ("COERCE", "RUS", "FRA", "asserted", "arrest")}


def test_detainees_freed_are_a_release_not_an_arrest():
    assert coded("L'Ucraina ha liberato venti detenuti russi nell'ambito di uno scambio.") == {
        ("RETREAT", "UKR", "RUS", "asserted", "release")}


@pytest.mark.parametrize("sentence", [
    "L'interscambio tra Italia e Francia ha superato i cento miliardi di euro.",
    "Il valore dell'interscambio con la Cina è cresciuto del sei per cento.",
])
def test_trade_figures_are_no_cooperation(sentence):
    assert coded(sentence) == set()


def test_come_opens_a_clause_of_its_own():
    # the parties of "come afferma l'India" are not the recipients of the denied supply
    assert coded("Il Pakistan ha negato di aver fornito droni alla Russia, come afferma l'India.") == {
        ("AID", "PAK", "RUS", "denied", "military"), ("REJECT", "PAK", None, "asserted", None)}


def test_stopped_is_no_arrest_in_a_condition():
    found = coded("La Turchia ha minacciato sanzioni contro la Grecia se la costruzione non sarà fermata.")
    assert ("THREATEN", "TUR", "GRC", "asserted", "sanction") in found
    assert not any(t == "COERCE" for t, *_ in found)


def test_truce_accepted_without_a_named_side():
    assert coded("L'Egitto ha accettato una tregua di tre giorni.") == {
        ("AGREE", "EGY", None, "asserted", "ceasefire")}


def test_demonstration_has_the_plover_mode_name():
    assert coded("Centinaia di studenti polacchi hanno manifestato davanti all'ambasciata russa.") == {
        ("PROTEST", "POL", "RUS", "asserted", "demo")}


def test_unnamed_sources_make_the_report_claimed():
    assert coded("Secondo fonti di intelligence, la Russia ha attaccato l'Ucraina.") == {
        ("ASSAULT", "RUS", "UKR", "claimed", None)}


def test_coordinated_verb_keeps_the_subject():
    # "e ha chiesto il ritiro dei soldati di Parigi" gave a REQUEST of France to France
    found = coded("Il Mali ha espulso il console francese e ha chiesto il ritiro dei soldati di Parigi.")
    assert {(src, tgt) for _, src, tgt, *_ in found} == {("MLI", "FRA")}


def test_closing_ha_assicurato_is_a_reporter_not_a_pledge():
    assert coded("La Spagna non invierà soldati in Libia, ha assicurato il ministro della Difesa.") == {
        ("MOBILIZE", "ESP", "LBY", "negated", "troops")}


def test_request_in_a_passive_participle_is_by_its_agent():
    # "il ritiro chiesto dalla giunta" made the withdrawing troops ask for it
    assert coded("I soldati tedeschi hanno completato il ritiro dal Mali chiesto dalla giunta.") == {
        ("RETREAT", "DEU", "MLI", "asserted", "withdraw")}


def test_asylum_seekers_are_no_aid():
    assert coded("La Polonia ha respinto il piano della Commissione europea sui richiedenti asilo.") == {
        ("REJECT", "POL", "IGO:EU", "asserted", None)}


def test_party_of_a_condition_is_the_target_of_a_threat():
    assert coded("La Cina ha minacciato di reagire se il Giappone invierà navi da guerra nello "
                 "Stretto.") == {("THREATEN", "CHN", "JPN", "asserted", None)}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Il cancelliere tedesco ha espresso il suo pieno sostegno alla Moldavia.",
     ("SUPPORT", "DEU", "MDA", "asserted", "endorse")),
    ("Francia e Italia hanno avviato lo sviluppo congiunto di un nuovo missile.",
     ("COOPERATE", "FRA", "ITA", "asserted", None)),
    ("L'Egitto ha inviato aiuti umanitari alla popolazione di Gaza.",
     ("AID", "EGY", "PSE", "asserted", "humanitarian")),
])
def test_news_wording_found_by_held_out_sentences(sentence, expected):
    assert expected in coded(sentence)
