"""Parties a report names without their country: "the government" alone, an opposition
leader the knowledge base lacks, a given name that meets a capital's stem.

"The government" alone is the state of the report's home: its dateline's country, else its
news agency's ("(PAP)", "/ТАСС/", "(ANSA)", "新华社": actors/data/agencies.toml), else the one
country the rest of the report is about. A person the knowledge base lacks, introduced by a
role or sector word, is a party of the country of that phrase. The sentences are written for
these tests.
"""

from __future__ import annotations

import pytest

from wirewatch.actors.agencies import agency_country
from wirewatch.events.text import code_text


def government_countries(text: str, lang: str) -> list[str | None]:
    _, mentions, _ = code_text(text, lang, None)
    return [m.country for m in mentions if m.kind == "sector" and m.role == "GOVERNMENT"]


def dyads(text: str, lang: str) -> set[tuple[str, str | None, str | None]]:
    _, _, events = code_text(text, lang, None)
    return {(e.type, e.source.country, e.target.country if e.target else None) for e in events}


@pytest.mark.parametrize("lang, text, country", [
    ("pl", ("KIJÓW, 3 marca 2025 (PAP) - Rząd przyjął w poniedziałek nowy pakiet sankcji wobec "
           "rosyjskich firm zbrojeniowych."), "UKR"),
    ("it", ("Atene, 4 aprile 2025 - Il governo ha convocato l'ambasciatore turco dopo le nuove "
           "violazioni dello spazio aereo."), "GRC"),
    ("tr", ("Bağdat, 5 Mayıs 2025 (AA) - Hükümet, ülkenin kuzeyindeki saldırıları sert bir "
           "dille kınadığını açıkladı."), "IRQ"),
    # EFE closes its dateline with ".-": the city still tells the home, not the agency
    ("es", ("Lima, 7 may (EFE).- El Gobierno declaró este miércoles el estado de emergencia en "
           "tres regiones del sur del país tras las protestas."), "PER"),
])
def test_the_government_alone_is_the_dateline_state(lang, text, country):
    """The dateline's city says whose government it is, before the agency ("(PAP)" is Polish,
    the report is from Kyiv)."""
    assert government_countries(text, lang)[0] == country


@pytest.mark.parametrize("lang, text, source, target", [
    ("pl", "(PAP) - Rząd skrytykował Rosję za atak.", "POL", "RUS"),
    ("ru", "/ТАСС/. Правительство осудило решение Эстонии о высылке двух дипломатов.",
     "RUS", "EST"),
    ("it", "(ANSA) - Il governo ha condannato l'Iran.", "ITA", "IRN"),
    ("zh", "新华社电 政府强烈谴责日本的挑衅行为。", "CHN", "JPN"),
    ("ar", "(واس) - أدانت الحكومة الهجوم الإسرائيلي على المدنيين في غزة بأشد العبارات.",
     "SAU", "ISR"),
])
def test_without_a_city_the_agency_gives_the_home(lang, text, source, target):
    assert ("ACCUSE", source, target) in dyads(text, lang)


@pytest.mark.parametrize("text, country", [
    ("Warszawa (PAP) - Premier zapowiedział nowe przepisy.", "POL"),
    ("МОСКВА, 18 сентября. /ТАСС/. Министр провел переговоры.", "RUS"),
    ("新华社北京6月12日电 外交部发言人表示反对。", "CHN"),
    ("تهران- ایرنا- سخنگوی وزارت امور خارجه روز چهارشنبه گفت.", "IRN"),
    ("Un texte sans agence.\n\nLe ministre a parlé.\n\nIl a conclu. (Lusa)", "PRT"),
])
def test_an_agency_mark_gives_its_country(text, country):
    assert agency_country(text) == country


@pytest.mark.parametrize("text", [
    "Petra Kvitová won the final in Madrid on Sunday.",  # an agency's name as a word
    "The sailors of Petra (Jordan) met the crew of the Trend.",
    "(ANSA) - Il ministro ha parlato con la stampa polacca (PAP).",  # two agencies: no one home
    # a world service files from every country: its nationality tells no home
    "(AFP) - Le gouvernement a annoncé de nouvelles mesures.",
    "(Reuters) - The government said it would resume talks.",
    "(EFE).- El Gobierno anunció nuevas medidas.",
])
def test_no_agency_mark(text):
    assert agency_country(text) is None


@pytest.mark.parametrize("lang, text, country", [
    ("en", ("Turkish prosecutors widened the inquiry into Istanbul's municipality.\n\n"
           "Turkish police detained 40 more officials in Ankara.\n\n"
           "The government said the arrests followed evidence of bribery."), "TUR"),
    ("el", ("Η ελληνική αστυνομία συνέλαβε δύο άνδρες στη Θεσσαλονίκη.\n\n"
           "Χιλιάδες πολίτες διαδήλωσαν στην Πάτρα και στη Λάρισα.\n\n"
           "Η κυβέρνηση καταδίκασε τα επεισόδια."), "GRC"),
])
def test_without_dateline_or_agency_the_country_the_report_is_about(lang, text, country):
    assert government_countries(text, lang)[-1] == country


@pytest.mark.parametrize("lang, text, country", [
    ("it", "Gli studenti serbi hanno protestato contro il governo.", "SRB"),
    ("it", "(ANSA) - ROMA - Gli studenti serbi hanno protestato ancora contro il governo.", "SRB"),
    ("en", "Serbian students protested against the government on Sunday.", "SRB"),
    ("tr", "Sırp öğrenciler hükümeti protesto etti.", "SRB"),
    ("pl", "Serbscy studenci protestowali przeciwko rządowi.", "SRB"),
])
def test_the_government_of_a_domestic_party_named_with_its_country(lang, text, country):
    """Students, protesters or the opposition named with their country act at home: the
    government their sentence names is theirs, though the report is told from elsewhere."""
    assert government_countries(text, lang) == [country]


@pytest.mark.parametrize("lang, text, country", [
    ("tr", "Hükümet, yeni vergi paketini açıkladı.", "TUR"),
    ("pl", "Rząd przyjął w poniedziałek projekt ustawy.", "POL"),
    ("el", "Η κυβέρνηση δήλωσε ότι θα απαντήσει.", "GRC"),
    ("it", "Il governo ha approvato la manovra.", "ITA"),
])
def test_told_from_nowhere_the_government_is_the_language_s_state(lang, text, country):
    """A report with no dateline, agency or claiming party: "hükümet" in Turkish news is
    Turkey's."""
    assert government_countries(text, lang) == [country]


@pytest.mark.parametrize("lang, text", [
    ("tr", "Polonya, Rus büyükelçisini Dışişleri Bakanlığına çağırdı."),
    ("tr", "ABD Hazine Bakanlığı, on iki şirkete yaptırım uyguladı."),
    ("it", "Il ritiro è stato chiesto dalla giunta militare del Niger e del Mali."),
])
def test_a_sentence_of_another_country_s_parties_is_no_home_of_the_language(lang, text):
    """A body whose sentence names parties of another country only is none of the press's
    state: the summoning ministry is Poland's, the Treasury the United States'."""
    assert "TUR" not in government_countries(text, lang)
    assert "ITA" not in government_countries(text, lang)


@pytest.mark.parametrize("lang, text, country", [
    ("tr", "Polis iki kişiyi gözaltına aldı.", "TUR"),
    ("pl", "Policja zatrzymała dwóch mężczyzn.", "POL"),
    ("it", "Centinaia di agricoltori francesi hanno protestato davanti al Parlamento.", None),
])
def test_a_domestic_body_with_no_setting_is_of_the_language_s_state(lang, text, country):
    """Unless its sentence names a party of another country: French farmers protest before
    no Italian parliament."""
    _, mentions, _ = code_text(text, lang, None)
    assert [m.country for m in mentions if m.kind == "sector"] == [country]


def test_the_government_alone_is_not_of_the_country_it_acts_on():
    """A report about Russia names Russia most; "condemned Russia" says whom it condemned."""
    text = "The government condemned Russia.\n\nRussia denied the charge and blamed Russia's foes."
    assert government_countries(text, "en")[0] is None


@pytest.mark.parametrize("lang, text", [
    ("pt", ("Lisboa, 9 out 2025 (Lusa) - Os dois governos comprometeram-se a realizar uma cimeira "
           "anual.")),
    ("en", "LONDON, May 9 - The two governments agreed to meet again in June."),
])
def test_a_pair_of_governments_is_no_home_state(lang, text):
    assert government_countries(text, lang) == [None]


@pytest.mark.parametrize("lang, text, country", [
    ("ru", "МОСКВА, 5 марта - Лидер оппозиции Иван Петров обвинил правительство в коррупции.",
     "RUS"),
    ("en", ("ANKARA, March 3 - Turkey's main opposition leader Ozan Karataş accused the "
           "government of corruption on Monday."), "TUR"),
    ("pl", "Warszawa (PAP) - Lider opozycji Jan Nowakowski oskarżył rząd o kłamstwo.", "POL"),
])
def test_an_unknown_opposition_leader_accuses_his_own_government(lang, text, country):
    """The name is no actor of the knowledge base; its phrase makes it a party of the country,
    and the government it accuses is the same state's: X -> X."""
    _, mentions, _ = code_text(text, lang, None)
    unknown = [m for m in mentions if m.kind == "unknown"]
    assert unknown and unknown[0].country == country
    assert ("ACCUSE", country, country) in dyads(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("el", "Ο αρχηγός της αξιωματικής αντιπολίτευσης Νίκος Παπαδάκης κατηγόρησε την κυβέρνηση."),
    ("el", "Ο βουλευτής Νίκος Σταθόπουλος μίλησε στη Βουλή."),
    ("en", "Opposition lawmaker Mark Denholm spoke in parliament."),
])
def test_a_given_name_is_no_capital_met_by_its_stem(lang, text):
    """"Νίκος" meets the stem of "Nikosia", "Mark" that of a "Marok" of Morocco: given names."""
    _, mentions, _ = code_text(text, lang, None)
    assert not {m.country for m in mentions} & {"CYP", "MAR"}


def test_a_capital_written_whole_still_links():
    _, mentions, _ = code_text("Ο πρόεδρος επισκέφθηκε τη Λευκωσία και τη Nikosia.", "el", None)
    assert "CYP" in {m.country for m in mentions}


@pytest.mark.parametrize("lang, text, country", [
    ("fa", ("عراقچی در مسکو با لاوروف دیدار کرد. پوتین نیز در مسکو سخن گفت. "
           "سخنگوی وزارت خارجه ایران اسرائیل را محکوم کرد."), "IRN"),
    ("id", ("Menlu Rusia Sergei Lavrov tiba di Moskwa. Putin juga berbicara di Moskwa. "
           "Kementerian Luar Negeri Malaysia mengecam serangan itu."), "MYS"),
])
def test_the_state_with_its_owner_after_it_is_the_owner(lang, text, country):
    """A ministry word with its country after it ("وزارت خارجه ایران") is that country's,
    though the rest of the report is about Russia."""
    assert government_countries(text, lang)[-1] == country
