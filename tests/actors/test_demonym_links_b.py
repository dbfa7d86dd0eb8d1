"""Demonyms of the de es it pt tr ar fa zh packs linked by the real recognizer (issue 4).

Own sentences with adjectives and inhabitant nouns in their genders, numbers and cases; the
pairs a careless stem confuses (Niger/Nigeria, the three Guineas, Dominica/Dominican Republic,
Sudan/South Sudan, Slovakia/Slovenia); and ordinary words that a too-short stem would take
for a country ("Cinayet", "Abdullah", "العراقيل", "servia", 索马里 around 马里).
"""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from wirewatch.events.text import code_text

LANGS = ("de", "es", "it", "pt", "tr", "ar", "fa", "zh")
# Beyond the states of test_demonym_coverage: dependent territories the press reports on.
TERRITORIES = ("HKG", "MAC", "FLK", "GIB", "GRL", "PRI", "NCL")


def countries_in(text: str, lang: str) -> set[str]:
    _, mentions, _ = code_text(text, lang, None)
    return {m.country for m in mentions if m.country} | {m.actor_id for m in mentions if m.actor_id}


# (lang, sentence, country that must be linked or None, countries that must not be)
SENTENCES = [
    # de: adjective in every case and gender, inhabitant nouns in -er/-e, plural
    ("de", "Die malische Junta wies den Botschafter aus.", "MLI", ()),
    ("de", "Nigrische Soldaten schlossen die Grenze.", "NER", ("NGA",)),
    ("de", "Der guineische Präsident löste das Parlament auf.", "GIN", ("GNQ", "GNB")),
    ("de", "Ein äquatorialguineischer Minister reiste nach Madrid.", "GNQ", ("GIN",)),
    ("de", "Die dominikanische Polizei nahm zwei Verdächtige fest.", "DOM", ("DMA",)),
    ("de", "Südsudanesische Truppen überquerten die Grenze.", "SSD", ("SDN",)),
    ("de", "Der Premier traf seinen slowenischen Amtskollegen.", "SVN", ("SVK",)),
    ("de", "Die Burundier unterzeichneten ein Abkommen.", "BDI", ()),
    ("de", "Der Sprecher widersprach den bhutanischen Diplomaten.", "BTN", ()),
    ("de", "Mehrere Sahrauis demonstrierten vor dem Gericht.", "ESH", ()),
    ("de", "Die Ivorer wählten ein neues Parlament.", "CIV", ()),
    ("de", "Die salomonische Lösung gefiel allen.", None, ("SLB",)),
    # es: masculine, feminine, plural; invariable -ense/-í forms
    ("es", "La junta maliense expulsó al embajador.", "MLI", ()),
    ("es", "El gobierno nigerino cerró la frontera.", "NER", ("NGA",)),
    ("es", "Las autoridades nigerianas detuvieron a tres hombres.", "NGA", ("NER",)),
    ("es", "Los militares guineanos arrestaron al presidente.", "GIN", ("GNQ", "GNB")),
    ("es", "Una delegación ecuatoguineana llegó a la capital.", "GNQ", ("GIN",)),
    ("es", "El presidente bisauguineano disolvió el parlamento.", "GNB", ("GIN",)),
    ("es", "La policía dominicana detuvo a dos sospechosos.", "DOM", ("DMA",)),
    ("es", "Las tropas sursudanesas cruzaron la frontera.", "SSD", ("SDN",)),
    ("es", "El primer ministro esloveno se reunió con sus colegas.", "SVN", ("SVK",)),
    ("es", "Los saharauis protestaron ante el tribunal.", "ESH", ()),
    ("es", "El ministro togolés firmó el acuerdo.", "TGO", ()),
    ("es", "El granadino ganó la carrera.", None, ("GRD",)),
    # it
    ("it", "La giunta maliana ha espulso l'ambasciatore.", "MLI", ()),
    ("it", "Il governo nigerino ha chiuso il confine.", "NER", ("NGA",)),
    ("it", "I soldati nigeriani hanno lanciato un'offensiva.", "NGA", ("NER",)),
    ("it", "Il presidente guineano ha sciolto il parlamento.", "GIN", ("GNQ",)),
    ("it", "La polizia dominicana ha arrestato due sospetti.", "DOM", ("DMA",)),
    ("it", "Le truppe sudsudanesi hanno attraversato il confine.", "SSD", ("SDN",)),
    ("it", "Il premier sloveno ha telefonato al collega.", "SVN", ("SVK",)),
    ("it", "La guardia costiera maltese ha soccorso i migranti.", "MLT", ()),
    ("it", "I ministri ghanesi hanno respinto le accuse.", "GHA", ()),
    ("it", "La polizia kosovara ha arrestato tre uomini.", "XKX", ()),
    ("it", "Il turista ha russato sul treno per tutta la notte.", None, ("RUS",)),
    # pt
    ("pt", "A junta malinesa expulsou o embaixador.", "MLI", ()),
    ("pt", "O governo nigerino fechou a fronteira.", "NER", ("NGA",)),
    ("pt", "Os soldados nigerianos lançaram uma ofensiva.", "NGA", ("NER",)),
    ("pt", "O presidente guineense dissolveu o parlamento.", "GNB", ("GIN",)),
    ("pt", "A delegação equato-guineense chegou à capital.", "GNQ", ("GIN", "GNB")),
    ("pt", "A polícia dominicana prendeu dois suspeitos.", "DOM", ("DMA",)),
    ("pt", "As tropas sul-sudanesas atravessaram a fronteira.", "SSD", ("SDN",)),
    ("pt", "O ministro moçambicano assinou o acordo.", "MOZ", ()),
    ("pt", "Os militares burquinenses repeliram o ataque.", "BFA", ()),
    ("pt", "O governo cabo-verdiano pediu ajuda.", "CPV", ()),
    ("pt", "O garçom servia o jantar aos convidados.", None, ("SRB",)),
    # tr: -lı/-li/-lu/-lü nouns with plural and case endings
    ("tr", "Malili askerler yönetime el koydu.", "MLI", ()),
    ("tr", "Nijerli yetkililer sınırı kapattı.", "NER", ("NGA",)),
    ("tr", "Nijeryalı askerler saldırıyı püskürttü.", "NGA", ("NER",)),
    ("tr", "Gineli bakan istifa etti.", "GIN", ("GNQ", "GNB")),
    ("tr", "Ekvator Gineli heyet başkente ulaştı.", "GNQ", ("GIN",)),
    ("tr", "Dominikli polis iki şüpheliyi gözaltına aldı.", "DOM", ("DMA",)),
    ("tr", "Güney Sudanlı askerler sınırı geçti.", "SSD", ("SDN",)),
    ("tr", "Slovenyalı bakan açıklama yaptı.", "SVN", ("SVK",)),
    ("tr", "Ganalıların tepkisi sert oldu.", "GHA", ()),
    ("tr", "Kosovalı polisler üç kişiyi gözaltına aldı.", "XKX", ()),
    ("tr", "Cinayet soruşturmasında Rüstem ve Abdullah ifade verdi.", None, ("CHN", "RUS", "USA")),
    ("tr", "Kitabın bu faslında eski bir hikaye anlatılıyor.", None, ("MAR",)),
    # ar: nisba adjectives with the article, feminine and plural
    ("ar", "قال المجلس العسكري المالي إنه سيطرد السفير.", "MLI", ()),
    ("ar", "أغلقت السلطات النيجرية الحدود.", "NER", ("NGA",)),
    ("ar", "شن الجيش النيجيري هجوما.", "NGA", ("NER",)),
    ("ar", "اعتقل الجنود الغينيون الرئيس.", "GIN", ("GNQ", "GNB")),
    ("ar", "وصل وفد غيني استوائي إلى العاصمة.", "GNQ", ("GIN",)),
    ("ar", "اعتقلت الشرطة الدومينيكانية مشتبهين.", "DOM", ("DMA",)),
    ("ar", "عبرت القوات الجنوب سودانية الحدود.", "SSD", ("SDN",)),
    ("ar", "التقى الرئيس السلوفيني نظيره.", "SVN", ("SVK",)),
    ("ar", "رفضت الحكومة الموريتانية الاتهامات.", "MRT", ()),
    ("ar", "قال الوزير الليبيري إن الاتفاق وقع.", "LBR", ("LBY",)),
    ("ar", "قال البابا فرنسيس إن العراقيل كثيرة في الدول الاسكندينافية.", None, ("FRA", "IRQ", "CAN")),
    # fa: -ی / -ایی adjectives after the noun (ezafe), plural -ها
    ("fa", "ارتش مالی کنترل پایتخت را به دست گرفت.", "MLI", ()),
    ("fa", "مقامات نیجریه‌ای مرز را بستند.", "NGA", ("NER",)),
    ("fa", "دولت سنگالی بیانیه داد.", "SEN", ()),
    ("fa", "سفیر کنیایی احضار شد.", "KEN", ()),
    ("fa", "نخست وزیر اسلوونیایی با همتایان خود دیدار کرد.", "SVN", ("SVK",)),
    ("fa", "پلیس دومینیکنی دو مظنون را بازداشت کرد.", "DOM", ("DMA",)),
    ("fa", "وزیر خارجه پرتغالی به تهران سفر کرد.", "PRT", ()),
    ("fa", "هیئت تانزانیایی وارد شد.", "TZA", ()),
    ("fa", "نیروهای سریلانکایی عقب نشینی کردند.", "LKA", ()),
    ("fa", "مقامات سورینامی وارد شدند.", "SUR", ("SYR",)),
    # zh: full forms, no stems; a short name never fires inside a longer one
    ("zh", "马里军政府驱逐了法国大使。", "MLI", ()),
    ("zh", "索马里人抗议政府决定。", "SOM", ("MLI",)),
    ("zh", "尼日尔人在边境集会。", "NER", ("NGA",)),
    ("zh", "几内亚比绍人选出了新总统。", "GNB", ("GIN",)),
    ("zh", "赤道几内亚人庆祝独立日。", "GNQ", ("GIN",)),
    ("zh", "南苏丹人逃往邻国。", "SSD", ("SDN",)),
    ("zh", "多米尼加人抗议物价上涨。", "DOM", ("DMA",)),
    ("zh", "斯洛文尼亚人投票支持该协议。", "SVN", ("SVK",)),
    ("zh", "印尼人民庆祝独立日。", "IDN", ()),
    ("zh", "教廷呼吁停火。", "VAT", ()),
    ("zh", "中非人民友谊源远流长。", None, ("CAF",)),
]


@pytest.mark.parametrize("lang, text, expected, absent", SENTENCES)
def test_demonym_links_to_its_country(lang, text, expected, absent):
    got = countries_in(text, lang)
    if expected is not None:
        assert expected in got, f"{expected} not linked in {text!r}: {sorted(got)}"
    assert not got & set(absent), f"{sorted(got & set(absent))} wrongly linked in {text!r}"


@pytest.mark.parametrize("lang", LANGS)
def test_at_least_ten_linking_sentences_per_language(lang):
    assert sum(1 for s in SENTENCES if s[0] == lang and s[2] is not None) >= 10


@pytest.mark.parametrize("lang", LANGS)
def test_dependent_territories_have_an_entry(lang):
    path = resources.files("wirewatch.lang") / lang / "actors.toml"
    demonyms = tomllib.loads(path.read_text(encoding="utf-8"))["demonyms"]
    assert not [t for t in TERRITORIES if t not in demonyms]
