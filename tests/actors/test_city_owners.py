"""A city named beside a body names its country, as a country does: its adjective ("Киевский
суд", "la police parisienne"), its name before it ("an Istanbul court") or after it across the
pack's joiners ("le tribunal de Lyon"); and names the packs read as one party ("TNI AU",
"中国台湾地区") are not split into two."""

from __future__ import annotations

import pytest

from wirewatch.events.text import code_text


def parties(text: str, lang: str) -> list[tuple[str, str | None]]:
    _, mentions, _ = code_text(text, lang, None)
    return [(m.kind, m.country) for m in mentions]


@pytest.mark.parametrize("lang, text, country", [
    ("ru", "Киевский суд оштрафовал депутата.", "UKR"),
    ("ru", "Московский городской суд продлил арест блогера.", "RUS"),
    ("uk", "Московський суд засудив правозахисника.", "RUS"),
    ("pl", "Warszawski sąd uniewinnił aktywistę.", "POL"),
    ("de", "Ein Moskauer Gericht verhängte eine Geldstrafe.", "RUS"),
    ("fr", "La police parisienne a interpellé trois militants.", "FRA"),
    ("fr", "Le tribunal de Lyon a relaxé le militant.", "FRA"),
    ("es", "Un tribunal moscovita multó a la periodista.", "RUS"),
    ("it", "La procura milanese ha aperto un fascicolo.", "ITA"),
    ("pt", "A polícia paulista deteve dois suspeitos.", "BRA"),
    ("en", "An Istanbul court jailed the mayor.", "TUR"),
    ("zh", "伊斯坦布尔法院判处该市长入狱。", "TUR"),
])
def test_a_city_beside_a_body_names_its_country(lang, text, country):
    assert ("sector", country) in parties(text, lang)


def test_an_air_force_branch_is_no_african_union():
    found = parties("Pesawat TNI AU mendarat di Biak.", "id")
    assert ("sector", "IDN") in found
    assert all(country != "IGO:AU" for _, country in found)


def test_the_chinese_formula_for_taiwan_is_one_party():
    assert [c for _, c in parties("中国台湾地区的渔船被扣押。", "zh")] == ["TWN"]


def test_a_place_word_inside_a_longer_name_owns_no_body():
    """"ABD Hazine Bakanlığı" is the US Treasury: "Hazine", a place of the gazetteer, stands
    inside the name and gives the ministry no country of its own."""
    found = parties("ABD Hazine Bakanlığı, İran'ın petrol ihracatına aracılık eden 12 şirkete "
                    "yaptırım uyguladı.", "tr")
    assert ("sector", "PSE") not in found
