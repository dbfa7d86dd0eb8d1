"""Parties and places that went unread: a capital named by its country's adjective or genitive
is a place, envoys are their state's officials, prosecutors' offices and federal agencies
are bodies of their state, the UN's funds and programmes act in their own name, movements
and armed groups of the 2020s, human-rights commissioners and an opposition leader, and a
noun after an article that meets a name only with its accents folded away. The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from wirewatch.events.text import code_text


def mentions(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    _, found, _ = code_text(text, lang, None)
    return [(m.surface, m.kind, m.country) for m in found]


def dyads(text: str, lang: str) -> set[tuple[str, str | None, str | None]]:
    _, _, events = code_text(text, lang, None)
    return {(e.type, e.source.country if e.source else None,
             e.target.country if e.target else None) for e in events}


@pytest.mark.parametrize("lang, text, capital", [
    ("en", "The two delegations met in the Qatari capital on Sunday.", "capital"),
    ("de", "Die Gespräche fanden in der katarischen Hauptstadt statt.", "Hauptstadt"),
    ("it", "I colloqui si sono svolti nella capitale qatariota.", "capitale"),
    ("ru", "Переговоры прошли в столице Катара.", "столице"),
    ("tr", "Görüşmeler Katar'ın başkentinde yapıldı.", "başkentinde"),
])
def test_a_capital_named_by_its_country_is_a_place(lang, text, capital):
    """The country's mention takes in the capital word: a place (or, after a locative
    preposition, the setting), never who acts (actors/context.py, territories)."""
    assert any(c == "QAT" and capital in surface for surface, _, c in mentions(text, lang))


def test_a_capital_is_no_party_of_talks_it_hosts():
    assert all(kind != "country" for _, kind, c in
               mentions("Talks hosted by the Qatari capital ended without a deal.", "en")
               if c == "QAT")


@pytest.mark.parametrize("lang, text, source, target", [
    ("en", "Russian drones struck the Ukrainian capital overnight.", "RUS", "UKR"),
    ("de", "Russische Drohnen griffen in der Nacht die ukrainische Hauptstadt an.", "RUS", "UKR"),
    ("ru", "Российские беспилотники атаковали столицу Украины.", "RUS", "UKR"),
])
def test_a_struck_capital_is_still_its_countrys(lang, text, source, target):
    assert ("ASSAULT", source, target) in dyads(text, lang)


@pytest.mark.parametrize("lang, text, name, country", [
    ("de", "Der iranische Botschafter Ali Rezaei kritisierte die Entscheidung.", "Ali Rezaei", "IRN"),
    ("fr", "L'ambassadeur russe Ivan Petrov a dénoncé la décision.", "Ivan Petrov", "RUS"),
    ("it", "L'ambasciatore iraniano Ali Rezaei ha criticato la decisione.", "Ali Rezaei", "IRN"),
    ("pl", "Ambasador Iranu Ali Rezaei skrytykował decyzję.", "Ali Rezaei", "IRN"),
    ("ru", "Посол Ирана Али Резаи раскритиковал решение.", "Али Резаи", "IRN"),
])
def test_an_envoy_named_after_his_office_is_his_states(lang, text, name, country):
    assert (name, "unknown", country) in mentions(text, lang)


@pytest.mark.parametrize("lang, text, source", [
    ("de", "Die Bundesanwaltschaft ließ am Montag zwei Männer festnehmen.", "DEU"),
    ("de", "Die Bundespolizei nahm am Grenzübergang drei Schleuser fest.", "DEU"),
])
def test_a_federal_agency_is_of_its_state(lang, text, source):
    assert any(t == "COERCE" and s == source for t, s, _ in dyads(text, lang))


@pytest.mark.parametrize("lang, text, word", [
    ("ru", "Генпрокуратура России возбудила дело против журналиста.", "Генпрокуратура России"),
    ("uk", "Офіс генпрокурора повідомив про підозру.", "Офіс генпрокурора"),
    ("tr", "İstanbul Cumhuriyet Başsavcılığı soruşturma başlattı.", "Cumhuriyet Başsavcılığı"),
])
def test_a_prosecutors_office_is_a_body(lang, text, word):
    _, found, _ = code_text(text, lang, None)
    assert any(m.surface == word and m.kind == "sector" for m in found)


@pytest.mark.parametrize("lang, text, source, target", [
    ("en", "UNICEF urged Sudan to let aid convoys through.", "IGO:UNICEF", "SDN"),
    ("fr", "Le HCR a demandé à la Grèce de garantir l'accès à l'asile.", "IGO:UNHCR", "GRC"),
    ("es", "El Frente Polisario acusó a Marruecos de violar el alto el fuego.", "ESH", "MAR"),
])
def test_agencies_and_movements_act_in_their_own_name(lang, text, source, target):
    assert any(s == source and t == target for _, s, t in dyads(text, lang))


@pytest.mark.parametrize("lang, text, name", [
    ("it", "Elly Schlein ha criticato la legge di bilancio.", "Elly Schlein"),
    ("ru", "Татьяна Москалькова призвала освободить пленных.", "Tatyana Moskalkova"),
    ("uk", "Дмитро Лубінець закликав звільнити полонених.", "Dmytro Lubinets"),
])
def test_office_holders_outside_the_cabinet_are_known(lang, text, name):
    _, found, _ = code_text(text, lang, None)
    assert any(m.kind == "person" and m.name == name for m in found)


def test_a_noun_after_an_article_is_no_name_met_without_its_accents():
    assert all(kind != "person" for _, kind, _ in
               mentions("Der Streit um die Reform zog sich in die Länge.", "de"))
