"""Spanish pack: demonyms in every gender and number, clitics, counterparts, status, an article."""

from datetime import date

import pytest

from wirewatch.lang.check import code_example, outline
from wirewatch.models import RawDocument
from wirewatch.pipeline import process


def coded(sentence):
    return outline(sentence, "es")


@pytest.mark.parametrize("sentence", [
    "El canciller ruso criticó a Turquía.",
    "La diplomacia rusa criticó a Turquía.",
    "Los militares rusos criticaron a Turquía.",
    "Las autoridades rusas criticaron a Turquía.",
    "Lavrov criticó a Turquía.",
    "Moscú criticó a Turquía.",
])
def test_russian_actor_in_every_form(sentence):
    assert ("ACCUSE", "RUS", "TUR", "asserted") in coded(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Irán lo acusó de espionaje y expulsó a Francia del acuerdo.", ("ACCUSE", "IRN", "FRA", "asserted")),
    ("El canciller argentino se reunió con su homólogo chileno.", ("CONSULT", "ARG", "CHL", "asserted")),
    (("El mandatario colombiano mantuvo una conversación telefónica con su par venezolano, "
      "según la Cancillería."), ("CONSULT", "COL", "VEN", "asserted")),
    ("Ucrania fue atacada por Rusia.", ("ASSAULT", "RUS", "UKR", "asserted")),
])
def test_clitics_counterparts_passive(sentence, expected):
    assert expected in coded(sentence)


@pytest.mark.parametrize("sentence, status", [
    ("Perú va a firmar un acuerdo con Chile.", "planned"),
    ("Ecuador firmará un acuerdo con Perú el próximo mes.", "planned"),
    ("Supuestamente Cuba entregó armas a Nicaragua.", "claimed"),
    ("México no condenó a Ecuador.", "negated"),
    ("Rusia negó haber bombardeado Kiev.", "denied"),
])
def test_status_cues(sentence, status):
    """The status of the act; a denial is a REJECT of its own beside the act it denies."""
    assert {s for t, *_, s in coded(sentence) if t != "REJECT"} == {status}


def test_article_through_pipeline():
    text = ("Lula viaja a Buenos Aires\n\n"
            "El presidente brasileño, Luiz Inácio Lula da Silva, visitó Argentina el lunes. "
            "Lula se reunió en Buenos Aires con el presidente argentino, Javier Milei. "
            "Ambos gobiernos firmaron un acuerdo de cooperación energética. "
            "Por otra parte, Venezuela expulsó a varios diplomáticos argentinos.")
    doc = process(RawDocument("es-test", text, lang="es", published=date(2024, 6, 11)))
    found = {(e.type, e.source.country, e.target.country if e.target else None) for e in doc.events}
    assert ("CONSULT", "BRA", "ARG") in found
    assert ("SANCTION", "VEN", "ARG") in found
    assert not any(e.source.country == (e.target.country if e.target else None) for e in doc.events)


def coded_with_mode(sentence):
    return {(e.type, e.source.country, e.target.country if e.target else None, e.mode)
            for e in code_example(sentence, "es")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Irán fue sancionado por Estados Unidos.", ("SANCTION", "USA", "IRN")),
    ("Ucrania fue criticada por Hungría.", ("ACCUSE", "HUN", "UKR")),
    ("Venezuela fue sancionada por la Unión Europea.", ("SANCTION", "IGO:EU", "VEN")),
    ("La propuesta de Francia fue rechazada por Irán.", ("REJECT", "IRN", "FRA")),
])
def test_passive_agent_is_the_source(sentence, expected):
    found = {(t, s, g) for t, s, g, _ in coded_with_mode(sentence)}
    assert expected in found
    assert not any(t == expected[0] and s == expected[2] for t, s, _ in found)


def test_por_without_passive_auxiliary_is_no_agent():
    assert ("ACCUSE", "TUR", "ISR", "asserted") in coded(
        "Turquía criticó a Israel por sus ataques.")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Rusia lanzó contra Ucrania un ataque.", ("ASSAULT", "RUS", "UKR", "asserted")),
    ("Estados Unidos amenazó a China con nuevas sanciones.", ("THREATEN", "USA", "CHN", "asserted")),
])
def test_actor_inside_a_discontinuous_trigger_is_its_target(sentence, expected):
    assert expected in coded(sentence)


@pytest.mark.parametrize(("sentence", "mode"), [
    ("Rusia atacó Ucrania con drones.", "drone"),
    ("Rusia atacó a Ucrania con misiles balísticos.", "missile"),
    ("Israel atacó el Líbano con aviones de combate.", "airstrike"),
    ("Turquía atacó Siria con artillería.", "shelling"),
    ("Rusia lanzó contra Ucrania un ataque con decenas de drones.", "drone"),
])
def test_instrument_gives_the_mode(sentence, mode):
    assert {m for t, *_, m in coded_with_mode(sentence) if t == "ASSAULT"} == {mode}


@pytest.mark.parametrize("sentence, expected", [
    ("Chile y Perú realizarán ejercicios militares conjuntos.", ("COOPERATE", "CHL", "PER", "planned")),
    ("Un estudiante chileno fue detenido en Bolivia acusado de contrabando para Perú.",
     ("COERCE", "BOL", "CHL", "asserted")),
    ("Irán negó haber enviado armas a Rusia.", ("AID", "IRN", "RUS", "denied")),
])
def test_news_wording(sentence, expected):
    assert expected in coded(sentence)


def test_two_coordinated_acts_of_one_dyad_are_two_events():
    found = coded("Colombia impuso sanciones a Venezuela y exigió a Caracas la liberación de los presos.")
    assert {("SANCTION", "COL", "VEN", "asserted"), ("REQUEST", "COL", "VEN", "asserted")} <= found


def test_trip_with_a_time_phrase_before_its_destination():
    assert coded("El canciller chileno viajará la próxima semana a Buenos Aires.") == {
        ("CONSULT", "CHL", "ARG", "planned")}


def test_ruling_out_negates_the_act_and_rejects_only_a_proposal():
    assert coded("Colombia descartó expulsar al embajador de Nicaragua.") == {
        ("SANCTION", "COL", "NIC", "negated")}
    assert coded("Venezuela descartó la propuesta de Brasil de repetir las elecciones.") == {
        ("REJECT", "VEN", "BRA", "asserted")}


def test_approving_aid_is_aid():
    assert outline("Japón aprobó un paquete de ayuda humanitaria para Haití.", "es", mode=True) == {
        ("AID", "JPN", "HTI", "asserted", "humanitarian")}


def test_an_event_in_a_condition_did_not_happen():
    assert coded("Corea del Norte amenazó con responder si Corea del Sur realiza maniobras "
                 "militares en la frontera.") == {("THREATEN", "PRK", "KOR", "asserted")}


def test_press_conference_is_no_consultation():
    assert coded("El presidente argentino criticó a Chile en una conferencia de prensa en "
                 "Buenos Aires.") == {("ACCUSE", "ARG", "CHL", "asserted")}
