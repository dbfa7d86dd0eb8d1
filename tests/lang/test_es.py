"""Spanish pack: demonyms in every gender and number, clitics, counterparts, status, an article."""

from datetime import date

import pytest

from wirewatch.lang.check import code_example
from wirewatch.models import RawDocument
from wirewatch.pipeline import process


def coded(sentence):
    return {(e.type, e.source.country, e.target.country if e.target else None, e.status)
            for e in code_example(sentence, "es")}


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
    ("El mandatario colombiano mantuvo una conversación telefónica con su par venezolano, "
     "según la Cancillería.", ("CONSULT", "COL", "VEN", "asserted")),
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
    assert {s for *_, s in coded(sentence)} == {status}


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
