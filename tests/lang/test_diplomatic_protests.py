"""Diplomatic protests against street protests, and refusals to yield (PLOVER manual, PROTEST
"potential ambiguities"; own sentences): a protest lodged with a government, a formal protest,
a protest note or an envoy summoned "to protest" is ACCUSE "disapprove" and no PROTEST, which
presumes collective physical activity; crowds protesting in a street stay PROTEST. A refusal to
be intimidated or to accept a fait accompli is REJECT, not THREATEN."""

import pytest

from wirewatch.lang.check import code_example


def coded(sentence, lang):
    return {(e.type, e.source.country, e.target and e.target.country, e.mode)
            for e in code_example(sentence, lang)}


@pytest.mark.parametrize("sentence, lang, pair", [
    ("Lithuania issued a diplomatic protest to Russia over the incident.", "en", ("LTU", "RUS")),
    ("Japan filed a protest with China through diplomatic channels.", "en", ("JPN", "CHN")),
    ("Η Ελλάδα προχώρησε σε διάβημα διαμαρτυρίας προς την Τουρκία.", "el", ("GRC", "TUR")),
    ("Argentina presentó una protesta formal ante el Reino Unido por los ejercicios militares.", "es",
     ("ARG", "GBR")),
    ("El Gobierno español convocó al embajador ruso para protestar por la detención de un periodista.",
     "es", ("ESP", "RUS")),
    ("L'Algérie a protesté auprès de la France contre l'arrestation de son agent consulaire.", "fr",
     ("DZA", "FRA")),
    ("La Grecia ha elevato una vibrata protesta alla Turchia.", "it", ("GRC", "TUR")),
    ("O Brasil protestou formalmente junto ao Paraguai.", "pt", ("BRA", "PRY")),
    ("România a convocat ambasadorul Rusiei pentru a protesta față de incident.", "ro", ("ROU", "RUS")),
    ("Österreich legte bei Ungarn offiziell Protest ein.", "de", ("AUT", "HUN")),
    ("Litwa złożyła oficjalny protest wobec Rosji.", "pl", ("LTU", "RUS")),
    ("Россия направила ноту протеста Эстонии.", "ru", ("RUS", "EST")),
    ("Україна направила ноту протесту Польщі.", "uk", ("UKR", "POL")),
    ("Türkiye, Fransa'ya diplomatik bir protesto iletti.", "tr", ("TUR", "FRA")),
    ("韩国向日本抗议其教科书问题。", "zh", ("KOR", "JPN")),
    ("احتج العراق رسميا لدى تركيا على القصف.", "ar", ("IRQ", "TUR")),
    ("ایران مراتب اعتراض خود را به سفیر فرانسه منتقل کرد.", "fa", ("IRN", "FRA")),
    ("Indonesia mengajukan protes resmi kepada Australia.", "id", ("IDN", "AUS")),
])
def test_a_diplomatic_protest_is_an_accusation_not_a_demonstration(sentence, lang, pair):
    events = coded(sentence, lang)
    assert ("ACCUSE", *pair, "disapprove") in events
    assert not any(e[0] == "PROTEST" for e in events)


@pytest.mark.parametrize("sentence, lang, source", [
    ("French farmers protested outside the parliament in Paris.", "en", "FRA"),
    ("Χιλιάδες Κύπριοι διαμαρτυρήθηκαν έξω από τη Βουλή.", "el", "CYP"),
    ("Centenas de agricultores portugueses protestaram junto ao Parlamento.", "pt", "PRT"),
    ("Tysiące Polaków protestowały w Warszawie przeciwko rządowi.", "pl", "POL"),
    ("Binlerce Türk İstanbul'da hükümeti protesto etti.", "tr", "TUR"),
    ("数千名韩国民众在首尔抗议政府。", "zh", "KOR"),
])
def test_crowds_protesting_in_a_street_stay_a_protest(sentence, lang, source):
    events = coded(sentence, lang)
    assert any(e[0] == "PROTEST" and e[1] == source for e in events)
    assert not any(e[0] == "ACCUSE" for e in events)


@pytest.mark.parametrize("sentence, lang, pair", [
    ("Taiwan said it would not be intimidated by China.", "en", ("TWN", "CHN")),
    ("Η Ελλάδα δεν θα δεχθεί τετελεσμένα από την Τουρκία.", "el", ("GRC", "TUR")),
    ("A Guiana não será intimidada pela Venezuela.", "pt", ("GUY", "VEN")),
    ("日本表示无意撤回对中国的言论。", "zh", ("JPN", "CHN")),
    ("روسیه و چین به قطعنامه آمریکا رأی منفی دادند.", "fa", ("RUS", "USA")),
])
def test_a_refusal_to_yield_is_a_rejection(sentence, lang, pair):
    events = coded(sentence, lang)
    assert any(e[:3] == ("REJECT", *pair) for e in events)
    assert not any(e[0] == "THREATEN" for e in events)
