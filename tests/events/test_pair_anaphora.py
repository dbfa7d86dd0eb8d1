"""Reciprocal subjects ("the two leaders", "both sides", "the delegations", "сторони",
"الوفدان") stand for the pair of the last event with two parties, in every pack; a bare
numeral ("two ministers were sacked"), "on the other hand" and "the Russian side" do not
(`[anaphora]` of each pack's syntax.toml, events/coder.py: _pair_anaphors). Own sentences."""

from datetime import date

import pytest

from wirewatch.events.text import code_text

DAY = date(2025, 11, 12)


def second_dyads(first, second, lang):
    """The dyads coded on the second sentence, after the first has named the pair."""
    _, _, events = code_text(f"{first} {second}", lang, DAY)
    return {(e.type, e.source.country, e.target.country if e.target else None)
            for e in events if e.start >= len(first)}


@pytest.mark.parametrize("first, second, lang, pair", [
    ("The Greek prime minister met the Turkish president in Ankara on Monday.",
     "The two heads of state signed a memorandum of understanding on energy.", "en",
     {"GRC", "TUR"}),
    ("Ο Έλληνας πρωθυπουργός συναντήθηκε με τον Τούρκο πρόεδρο στην Άγκυρα τη Δευτέρα.",
     "Οι δύο πρωθυπουργοί συμφώνησαν να συναντηθούν ξανά την άνοιξη.", "el", {"GRC", "TUR"}),
    ("Preşedintele român s-a întâlnit luni cu preşedintele polonez la Varşovia.",
     "Cele două guverne au semnat un memorandum de înţelegere în domeniul energiei.", "ro",
     {"ROU", "POL"}),
    ("Президент України зустрівся з президентом Польщі у Варшаві в понеділок.",
     "Сторони домовилися продовжити діалог.", "uk", {"UKR", "POL"}),
    ("Президент России встретился с президентом Казахстана в Астане в понедельник.",
     "Главы двух государств подписали меморандум о взаимопонимании.", "ru", {"RUS", "KAZ"}),
    ("Prezydent Polski spotkał się w poniedziałek z prezydentem Litwy w Wilnie.",
     "Obie delegacje podpisały trzy umowy handlowe.", "pl", {"POL", "LTU"}),
    ("Le président français a rencontré lundi le chancelier allemand à Berlin.",
     "Les deux chefs d'État ont signé un protocole d'accord sur l'énergie.", "fr",
     {"FRA", "DEU"}),
    ("El presidente español se reunió el lunes con el presidente argentino en Madrid.",
     "Ambos jefes de Estado firmaron un memorando de entendimiento sobre energía.", "es",
     {"ESP", "ARG"}),
    ("La premier italiana ha incontrato lunedì il primo ministro albanese a Tirana.",
     "Le parti hanno concordato di proseguire il dialogo.", "it", {"ITA", "ALB"}),
    (("O primeiro-ministro português reuniu-se na segunda-feira com o presidente angolano em "
     "Luanda."), "Ambas as partes assinaram uma declaração conjunta.", "pt", {"PRT", "AGO"}),
    ("Der französische Präsident traf am Montag den deutschen Bundeskanzler in Berlin.",
     "Beide Staatschefs unterzeichneten eine Absichtserklärung zur Energie.", "de",
     {"FRA", "DEU"}),
    ("Presiden Indonesia bertemu dengan Perdana Menteri Malaysia di Jakarta pada Senin.",
     "Kedua kepala negara menandatangani deklarasi bersama.", "id", {"IDN", "MYS"}),
    (("Cumhurbaşkanı Erdoğan pazartesi günü Ankara'da Azerbaycan Cumhurbaşkanı Aliyev ile "
     "görüştü."), "İki heyet üç ticaret anlaşması imzaladı.", "tr", {"TUR", "AZE"}),
    ("التقى وزير الخارجية المصري نظيره الأردني في عمان يوم الاثنين.",
     "ووقعت الدولتان اتفاقية للتعاون.", "ar", {"EGY", "JOR"}),
    ("وزیر امور خارجه ایران روز دوشنبه در مسکو با همتای روس خود دیدار کرد.",
     "دو رئیس‌جمهور بیانیه مشترکی امضا کردند.", "fa", {"IRN", "RUS"}),
    ("中国国家主席周一在北京会见了越南国家主席。", "两位总统同意明年春天再次会晤。", "zh",
     {"CHN", "VNM"}),
])
def test_a_reciprocal_subject_is_the_pair_before(first, second, lang, pair):
    assert any({s, t} == pair for _, s, t in second_dyads(first, second, lang))


def test_two_ministers_without_an_article_are_no_pair():
    found = second_dyads("The Greek prime minister met the Turkish president in Ankara on Monday.",
                         "Police arrested two ministers in Istanbul.", "en")
    assert not any(t == "GRC" for _, _, t in found)


@pytest.mark.parametrize("second, lang", [
    ("С другой стороны, подписано соглашение с Китаем.", "ru"),
    ("Представитель казахстанской стороны осудил удары по Украине.", "ru"),
])
def test_on_the_other_hand_and_one_side_are_no_pair(second, lang):
    found = second_dyads("Президент России встретился с президентом Казахстана в Астане.",
                         second, lang)
    assert not any(etype in ("SUPPORT", "ASSAULT") for etype, _, _ in found)


def test_the_side_named_by_its_demonym_after_it_is_that_country():
    found = second_dyads("Prezydent Polski spotkał się z prezydentem Litwy w Wilnie.",
                         "Mińsk odrzucił żądania strony polskiej.", "pl")
    assert ("REJECT", "BLR", "POL") in found
    assert not any(t == "LTU" for _, _, t in found)


def test_the_parties_a_speaker_names_as_an_object_are_no_pair():
    """Turkish bare "taraflar" is the pair as a subject only: "tarafların dönmesi" (that the
    parties return) names the parties of a conflict the speaker talks about."""
    first = "Erdoğan, Putin ile telefonda görüştü."
    assert ("AGREE", "TUR", "RUS") in second_dyads(
        first, "Taraflar esir takası konusunda anlaştı.", "tr")
    assert not any(t for _, _, t in second_dyads(
        first, "Erdoğan, tarafların bir an önce müzakere masasına dönmesi gerektiğini belirtti.",
        "tr"))
