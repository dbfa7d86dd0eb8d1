"""Expressions dated by the text before them ("ese día", "the same period last year"), and the
Spanish/English rules added with them. Sentences written for these tests; anchor Saturday 2024-06-15."""

import pytest

from wirewatch.time import find_dates, resolve_event_date


def _got(text, lang, anchor):
    return [(x.text, x.value) for x in find_dates(text, lang, anchor)]


@pytest.mark.parametrize("lang,text,want", [
    # the date spoken of last, else the anchor
    ("es", "La cumbre se celebró el 3 de marzo. Ese día los ministros firmaron el acuerdo.", ("Ese día", "2024-03-03")),
    ("es", "Ese mismo día los ministros firmaron el acuerdo.", ("Ese mismo día", "2024-06-15")),
    ("es", "Las obras empezaron en 2019 y ese mismo año se inauguró el puente.", ("ese mismo año", "2019")),
    ("en", "The talks opened on May 2, 2023. That day the envoys met twice.", ("That day", "2023-05-02")),
    ("en", "The plant reopened in 2017; that same year the union signed a deal.", ("that same year", "2017")),
    # the same period one year before the one spoken of last
    ("es", "Las exportaciones crecieron en abril frente al mismo mes del año anterior.", ("al mismo mes del año anterior", "2023-04")),
    ("es", "El banco ganó más en el tercer trimestre que en el mismo periodo del año pasado.", ("el mismo periodo del año pasado", "2023-Q3")),
    ("en", "Profits rose in the second quarter compared with the same period a year earlier.", ("the same period a year earlier", "2023-Q2")),
    ("en", "Car sales fell in March from the same month last year.", ("the same month last year", "2023-03")),
    # "for a second straight day": the unit of its sentence's day, else the anchor's
    ("es", "La bolsa no cotizó ayer por segundo día consecutivo.", ("segundo día consecutivo", "2024-06-14")),
    ("es", "Las acciones suben por cuarta semana consecutiva.", ("cuarta semana consecutiva", "2024-W24")),
    ("en", "Shares rose for a third straight week.", ("third straight week", "2024-W24")),
    # the story's day after a closing verb, and "the end of the day"
    ("es", "El martes el índice perdió un 2% y cerró la jornada en 9.000 puntos.", ("la jornada", "2024-06-11")),
    ("en", "On Tuesday the index fell 2% and ended the day at 9,000 points.", ("the day", "2024-06-11")),
    ("es", "El jueves el dólar subió, antes de bajar a finales del día.", ("finales del día", "2024-06-13")),
    ("en", "On Thursday the dollar rose before falling later in the day.", ("later in the day", "2024-06-13")),
    # "desde entonces", "by that time": the date spoken of last
    ("es", "El pacto se firmó en 2015 y desde entonces no ha cambiado.", ("entonces", "2015")),
    ("en", "The deal must close by July 1. If by that time no price is agreed, talks end.", ("that time", "2024-07-01")),
    # the unit before the one spoken of last ("than the year before")
    ("es", "La empresa ganó 12 millones en 2009, tres más que el año anterior.", ("el año anterior", "2008")),
    ("en", "Costs fell to $4 billion in 2019, $1 billion less than the previous year.", ("the previous year", "2018")),
    ("es", "El año anterior la empresa perdió dinero.", ("El año anterior", "2023")),
    ("es", "La planta cerró en octubre del año anterior.", ("octubre del año anterior", "2023-10")),
])
def test_anaphoric_expressions(lang, text, want, anchor):
    assert want in _got(text, lang, anchor)


@pytest.mark.parametrize("lang,text", [
    ("es", "La jornada laboral dura ocho horas."),           # no closing verb before it
    ("es", "Y entonces los ministros se marcharon."),        # "entonces" only after desde/para/hasta
    ("es", "Desde entonces nadie ha vuelto."),               # nothing before it to refer to
    ("en", "They met the day before the vote was held."),    # "the day before" + clause is no anaphor
])
def test_not_anaphors(lang, text, anchor):
    assert _got(text, lang, anchor) == []


def test_week_anaphor_dates_an_event_by_its_month(anchor):
    text = "Las acciones suben por cuarta semana consecutiva."
    exprs = find_dates(text, "es", anchor)
    assert resolve_event_date(exprs, 0, len(text), text.index("suben"), anchor, False, False) == ("2024-06", "month")


@pytest.mark.parametrize("text,want", [
    # accented future endings set the tense: the coming Friday, not the past one
    ("El gobierno mantendrá las bolsas cerradas hasta el viernes.", ("el viernes", "2024-06-21")),
    ("La carrera se disputará en domingo.", ("domingo", "2024-06-16")),
    # a capitalised name ending in -rán is no verb
    ("El viernes llegaron los enviados de Teherán.", ("El viernes", "2024-06-14")),
    # "para el 3 de julio": the coming one, even after a past auxiliary
    ("Se ha fijado una audiencia para el 3 de julio.", ("el 3 de julio", "2024-07-03")),
    ("La audiencia fue el 3 de julio.", ("el 3 de julio", "2023-07-03")),
    # relative clauses bound the tense cue ("según los cuales ... se recortarán")
    ("Los planes anunciados en enero, según los cuales se cerrarán tres plantas, siguen.", ("enero", "2024-01")),
])
def test_spanish_tense_cues(text, want, anchor):
    assert want in _got(text, "es", anchor)


@pytest.mark.parametrize("lang,text,want", [
    ("es", "Los coches de los 70 y 80.", [("los 70", "197"), ("80", "198")]),
    ("es", "Murieron los 70 pasajeros del avión.", []),
    ("es", "Ganó los 90 metros de la prueba.", []),
    ("es", "La carrera se disputa del 20 al 24 de este mes.", [("al 24 de este mes", "2024-06-24")]),
    ("en", "The vote is set for the 3rd of next month.", [("3rd of next month", "2024-07-03")]),
    ("es", "Las ventas se recuperaron la última semana de marzo.", [("la última semana de marzo", "2024-W13")]),
    ("en", "The talks resume in the first week of May.", [("the first week of May", "2024-W18")]),
    ("es", "La ciudad albergará los Juegos Olímpicos 2028 con nuevas sedes.", [("2028", "2028")]),
    ("en", "Analysts met at the Energy Summit 2023 in Oslo.", [("2023", "2023")]),
    ("en", "Voters cast 2000 ballots.", []),
    ("es", "Presentaron 2000 propuestas.", []),
    ("ru", "Вчера в Москве 2000 человек вышли на улицы.", [("Вчера", "2024-06-14")]),  # no `after_names` in ru
])
def test_decades_relative_months_weeks_and_editions(lang, text, want, anchor):
    assert _got(text, lang, anchor) == want


@pytest.mark.parametrize("lang,text,want", [
    ("es", "Apple presentó su modelo más reciente.", []),
    ("es", "La empresa cambió de sede recientemente.", [("recientemente", "PAST_REF")]),
    ("en", "Apple showed its most recent model.", []),
    ("en", "The firm has more recently moved its seat.", [("recently", "PAST_REF")]),
])
def test_superlatives_are_not_reference_words(lang, text, want, anchor):
    assert _got(text, lang, anchor) == want
