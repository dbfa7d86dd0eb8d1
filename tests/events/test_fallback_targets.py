"""An act whose clause names no party it is done to takes the fallback target of
events/targets.py: the country of the place it happens in, the attacker of the fighting a
call or condemnation is about, or the source's own country for domestic objects and protests
at home. Sentences written for these tests."""

from __future__ import annotations

import pytest

from wirewatch.lang.check import code_example


def _dyads(text: str, lang: str, kind: str) -> set[tuple]:
    return {(e.source.country, e.target.country if e.target else None)
            for e in code_example(text, lang) if e.type == kind}


PLACED = [
    ("en", "Rebel drones struck a market in the city of Kharkiv on Sunday.", "ASSAULT", "UKR"),
    ("fr", "La police a arrêté quarante manifestants à Lyon samedi.", "COERCE", "FRA"),
    ("pt", "A polícia deteve dezenas de manifestantes em Porto Alegre no sábado.", "COERCE",
     "BRA"),
    ("en", "Thousands of Hungarians protested in Budapest against the new media law.",
     "PROTEST", "HUN"),
]


@pytest.mark.parametrize(("lang", "text", "kind", "country"), PLACED)
def test_an_act_takes_the_country_of_its_place(lang, text, kind, country):
    assert any(t == country for _, t in _dyads(text, lang, kind))


CALLS = [
    ("en", "Russian missiles struck Kharkiv overnight. Egypt called for an immediate ceasefire.",
     "REQUEST"),
    ("en", ("Russian missiles struck Kharkiv overnight. "
            "The African Union called for an immediate ceasefire."), "REQUEST"),
    ("fr", ("Des frappes russes ont visé Kharkiv dans la nuit. "
            "L'Union africaine a appelé à un cessez-le-feu immédiat."), "REQUEST"),
    ("de", ("Russische Raketen trafen in der Nacht Charkiw. "
            "Der französische Außenminister verurteilte die Angriffe scharf."), "ACCUSE"),
    ("ru", ("Российские ракеты ночью ударили по Харькову. "
            "Египет призвал к немедленному прекращению огня."), "REQUEST"),
    ("pl", ("Rosyjskie rakiety uderzyły w nocy w Charków. "
            "Egipt wezwał do natychmiastowego zawieszenia broni."), "REQUEST"),
    ("tr", "Rus füzeleri gece Harkov'u vurdu. Mısır acil ateşkes çağrısında bulundu.",
     "REQUEST"),
    ("ar", "قصفت صواريخ روسية مدينة خاركيف ليلا. ودعت مصر إلى وقف فوري لإطلاق النار.",
     "REQUEST"),
    ("zh", "俄罗斯导弹夜间袭击了哈尔科夫。埃及呼吁立即停火。", "REQUEST"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), CALLS)
def test_a_call_about_fighting_addresses_the_attacker(lang, text, kind):
    assert any(t == "RUS" for _, t in _dyads(text, lang, kind))


DOMESTIC = [
    ("en", ("The Serbian president accused the organisers of the march of working for foreign "
            "services."), "ACCUSE", "SRB"),
    ("it", ("Il presidente serbo ha accusato gli organizzatori della protesta di lavorare per "
            "servizi stranieri."), "ACCUSE", "SRB"),
    ("ru", ("Президент Сербии обвинил организаторов протестов в работе на иностранные "
            "спецслужбы."), "ACCUSE", "SRB"),
    ("en", "A Kenyan rights group urged the authorities to free the detained students.",
     "REQUEST", "KEN"),
    ("es", ("El ministro del Interior de Perú acusó a los organizadores del paro de "
            "bloquear las carreteras."), "ACCUSE", "PER"),
]


@pytest.mark.parametrize(("lang", "text", "kind", "country"), DOMESTIC)
def test_a_domestic_object_is_the_sources_own_country(lang, text, kind, country):
    assert (country, country) in _dyads(text, lang, kind)


def test_a_deployment_keeps_no_target():
    """A deployment at home is aimed at a neighbour the clause does not name."""
    text = "Poland deployed 2,000 more troops to its eastern border on Tuesday."
    assert _dyads(text, "en", "MOBILIZE") == {("POL", None)}


def test_a_call_about_no_fighting_keeps_no_addressee():
    text = "Russian missiles struck Kharkiv overnight. Egypt called for more investment in Africa."
    assert ("EGY", "RUS") not in _dyads(text, "en", "REQUEST")


def test_the_attackers_own_call_addresses_the_side_attacked():
    text = "Russian missiles struck Kharkiv overnight. Moscow called for a ceasefire."
    assert ("RUS", "UKR") in _dyads(text, "en", "REQUEST")
