"""Pack wording of calls, blockades, interference, expulsions and seizures (own sentences).

A call on a party to act is a REQUEST to that party (Turkish "-meye çağırdı", Arabic participles
"مطالبا", "داعيا"); farmers or hauliers blocking roads are PROTEST "obstruct", while a state
closing a crossing or a port is no protest; naming an act interference in one's internal affairs
accuses its author; journalists expelled are deported individuals (COERCE "deport", PLOVER keeps
SANCTION "expel" for diplomats); a prison sentence is COERCE "arrest", not a condemnation; a ship
taken by a state is seized, not attacked; a letter or a delegation sent is no aid; Indonesian
"mengamankan"/"diamankan" said of people is an arrest and "menetapkan ... sebagai tersangka" a
formal charge (ACCUSE "allege")."""

import pytest

from wirewatch.lang.check import code_example


def coded(sentence, lang):
    return {(e.type, e.source.country, e.target and e.target.country, e.mode)
            for e in code_example(sentence, lang)}


def types(sentence, lang):
    return {e.type for e in code_example(sentence, lang)}


@pytest.mark.parametrize("sentence, lang, pair", [
    ("Türkiye, İsrail'i saldırıları derhal durdurmaya çağırdı.", "tr", ("TUR", "ISR")),
    ("Yunanistan, Türkiye'yi uluslararası hukuka uymaya davet etti.", "tr", ("GRC", "TUR")),
    ("Çin, Japonya'yı itidale çağırdı.", "tr", ("CHN", "JPN")),
    ("رحبت السعودية بالاتفاق مطالبا إيران باحترام تعهداتها.", "ar", ("SAU", "IRN")),
    ("أدانت الكويت القصف داعية روسيا إلى وقف الهجمات.", "ar", ("KWT", "RUS")),
    ("México exhortó a Estados Unidos a respetar los derechos de los migrantes.", "es", ("MEX", "USA")),
])
def test_a_call_on_a_party_to_act_is_a_request_to_it(sentence, lang, pair):
    assert any(e[0] == "REQUEST" and e[1:3] == pair for e in coded(sentence, lang))


@pytest.mark.parametrize("sentence, lang, country", [
    ("Hundreds of Spanish truckers blocked motorways near Madrid on Monday.", "en", "ESP"),
    ("Des centaines d'agriculteurs français ont bloqué l'autoroute A1 avec leurs tracteurs.", "fr", "FRA"),
    ("Los transportistas mexicanos cortaron las principales autopistas del país.", "es", "MEX"),
    ("Centinaia di agricoltori italiani hanno bloccato l'autostrada con i trattori.", "it", "ITA"),
    ("Centenas de camionistas portugueses bloquearam as estradas de acesso a Lisboa.", "pt", "PRT"),
    ("Hunderte deutsche Landwirte blockierten mit ihren Traktoren die Autobahnauffahrten.", "de", "DEU"),
    ("Sute de fermieri români au blocat drumurile de acces spre București cu tractoarele.", "ro", "ROU"),
    ("Οι Έλληνες αγρότες έστησαν μπλόκα στους εθνικούς δρόμους.", "el", "GRC"),
    ("Polscy rolnicy blokują ciągnikami przejście graniczne w Dorohusku.", "pl", "POL"),
    ("Сотни французских фермеров перекрыли дороги тракторами.", "ru", "FRA"),
    ("Українські водії перекрили трасу на Київ.", "uk", "UKR"),
    ("Yüzlerce Türk çiftçi traktörleriyle otoyolu trafiğe kapattı.", "tr", "TUR"),
    ("قطع محتجون عراقيون الطرق الرئيسية في البصرة.", "ar", "IRQ"),
    ("صدها کامیون‌دار ایرانی جاده‌ها را مسدود کردند.", "fa", "IRN"),
    ("Ratusan sopir truk Indonesia memblokade jalan tol di Jakarta.", "id", "IDN"),
    ("数百名法国农民用拖拉机封锁了高速公路。", "zh", "FRA"),
])
def test_blocking_roads_is_a_protest_obstructing_passage(sentence, lang, country):
    assert ("PROTEST", country, country, "obstruct") in coded(sentence, lang)


@pytest.mark.parametrize("sentence, lang", [
    ("Israel blocked the Kerem Shalom border crossing for aid trucks.", "en"),
    ("Израиль заблокировал пункт пропуска Рафах.", "ru"),
])
def test_a_state_closing_a_crossing_is_no_protest(sentence, lang):
    assert "PROTEST" not in types(sentence, lang)


@pytest.mark.parametrize("sentence, lang, pair", [
    ("中国外交部表示，美方行径严重干涉中国内政。", "zh", ("CHN", "USA")),
    ("俄方指出，美国的制裁粗暴干涉俄罗斯内政。", "zh", ("RUS", "USA")),
    ("МИД России назвал заявления Лондона вмешательством во внутренние дела.", "ru", ("RUS", "GBR")),
    ("اعتبرت الجزائر تصريحات فرنسا تدخلا سافرا في شؤونها الداخلية.", "ar", ("DZA", "FRA")),
    ("ایران بیانیه آلمان را دخالت آشکار در امور داخلی خود خواند.", "fa", ("IRN", "DEU")),
    ("Indonesia menilai pernyataan Australia sebagai campur tangan dalam urusan dalam negeri.", "id",
     ("IDN", "AUS")),
])
def test_interference_named_so_accuses_its_author(sentence, lang, pair):
    assert any(e[0] == "ACCUSE" and e[1:3] == pair for e in coded(sentence, lang))


def test_a_grave_breach_with_no_victim_named_after_it_codes_no_reversed_accusation():
    assert not any(e[0] == "ACCUSE" and e[1] == "JPN" for e in coded("中方认为，日本的做法严重违反国际法。", "zh"))


@pytest.mark.parametrize("sentence, lang", [
    ("La Russie a expulsé deux journalistes allemands.", "fr"),
    ("Rusia expulsó a dos periodistas alemanes.", "es"),
    ("Russland hat zwei deutsche Journalisten ausgewiesen.", "de"),
    ("Η Ρωσία απέλασε δύο Γερμανούς δημοσιογράφους.", "el"),
    ("Rosja wydaliła dwóch niemieckich dziennikarzy.", "pl"),
    ("Россия выслала двух немецких журналистов.", "ru"),
    ("Rusya iki Alman gazeteciyi sınır dışı etti.", "tr"),
    ("طردت روسيا صحفيين ألمانيين.", "ar"),
    ("Rusia mengusir dua wartawan Jerman.", "id"),
    ("俄罗斯驱逐了两名德国记者。", "zh"),
])
def test_journalists_expelled_are_deported_not_diplomats_expelled(sentence, lang):
    events = coded(sentence, lang)
    assert ("COERCE", "RUS", "DEU", "deport") in events
    assert not any(e[0] == "SANCTION" for e in events)


@pytest.mark.parametrize("sentence, lang", [
    ("Un tribunale russo ha condannato un giornalista americano a 16 anni di carcere.", "it"),
    ("Um tribunal russo condenou um jornalista americano a 16 anos de prisão.", "pt"),
    ("Un tribunal rus a condamnat un jurnalist american la 16 ani de închisoare.", "ro"),
    ("Ρωσικό δικαστήριο καταδίκασε έναν Αμερικανό δημοσιογράφο σε 16 χρόνια φυλάκιση.", "el"),
    ("Російський суд засудив американського журналіста до 16 років ув'язнення.", "uk"),
    ("دادگاه روسیه یک خبرنگار آمریکایی را به ۱۶ سال زندان محکوم کرد.", "fa"),
])
def test_a_prison_sentence_is_an_arrest_not_a_condemnation(sentence, lang):
    events = coded(sentence, lang)
    assert ("COERCE", "RUS", "USA", "arrest") in events
    assert not any(e[0] == "ACCUSE" for e in events)


@pytest.mark.parametrize("sentence, lang", [
    ("Iran zajął grecki tankowiec.", "pl"),
    ("Иран захватил греческий танкер.", "ru"),
    ("Іран захопив грецький танкер.", "uk"),
    ("احتجزت إيران ناقلة نفط يونانية.", "ar"),
])
def test_a_ship_taken_by_a_state_is_seized_not_attacked(sentence, lang):
    events = coded(sentence, lang)
    assert ("COERCE", "IRN", "GRC", "seize") in events
    assert not any(e[0] == "ASSAULT" for e in events)


@pytest.mark.parametrize("sentence, lang", [
    ("El presidente de México envió una carta al rey de España.", "es"),
    ("China envió una delegación a Moscú.", "es"),
    ("Scholz schickte einen Brief an Putin.", "de"),
    ("China schickte eine Delegation nach Moskau.", "de"),
])
def test_a_letter_or_delegation_sent_is_no_aid(sentence, lang):
    assert "AID" not in types(sentence, lang)


def test_a_presidents_veto_is_a_rejection():
    assert "REJECT" in types("Президент Польщі ветував закон.", "uk")


@pytest.mark.parametrize("sentence, expected", [
    ("Polisi Indonesia mengamankan tiga warga negara China di Batam.", ("COERCE", "IDN", "CHN", "arrest")),
    ("Sebanyak 20 warga Malaysia diamankan polisi Indonesia di Riau.", ("COERCE", "IDN", "MYS", "arrest")),
    ("Kejaksaan Agung Indonesia menetapkan dua warga negara China sebagai tersangka.",
     ("ACCUSE", "IDN", "CHN", "allege")),
    ("Dua warga Australia ditetapkan sebagai tersangka oleh polisi Indonesia.", ("ACCUSE", "IDN", "AUS", "allege")),
])
def test_indonesian_arrests_and_suspects(sentence, expected):
    assert expected in coded(sentence, "id")


def test_securing_supplies_is_no_arrest():
    assert "COERCE" not in types("Indonesia berupaya mengamankan pasokan energi dari Rusia.", "id")
