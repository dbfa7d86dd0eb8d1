"""Who acts and who suffers around a noun that names an act done to someone (ASSAULT, COERCE,
SANCTION: PLOVER's material conflict with a recipient). The complement of such a noun is what
suffers it ("the shelling of Beirut"); an agent phrase after it ("by Israel", "par l'Iran",
"durch den Iran", "de către Iran", an instrumental "иранскими властями") or an adjective of a
country next to it ("l'offensive azerbaïdjanaise", "القصف الأذربيجاني") names who acts. Own
sentences, three a language, each coded through the real pack and coder."""

import pytest

from wirewatch.lang.check import code_example

TABLE = [
    ("en", "The bombardment of Beirut by Israel lasted three days.", ("ASSAULT", "ISR", "LBN")),
    ("en", "The Azerbaijani shelling of Armenia resumed on Monday.", ("ASSAULT", "AZE", "ARM")),
    ("en", "The arrest of two French citizens by Iran lasted a month.", ("COERCE", "IRN", "FRA")),
    ("fr", "Le bombardement de Beyrouth par Israël a duré trois jours.", ("ASSAULT", "ISR", "LBN")),
    ("fr", "L'offensive azerbaïdjanaise contre l'Arménie a repris lundi.", ("ASSAULT", "AZE", "ARM")),
    ("fr", "L'arrestation de deux ressortissants français par l'Iran a indigné Paris.", ("COERCE", "IRN", "FRA")),
    ("es", "El bombardeo de Beirut por Israel duró tres días.", ("ASSAULT", "ISR", "LBN")),
    ("es", "La ofensiva azerbaiyana contra Armenia se reanudó el lunes.", ("ASSAULT", "AZE", "ARM")),
    ("es", "La detención de dos ciudadanos franceses por Irán indignó a París.", ("COERCE", "IRN", "FRA")),
    ("it", "L'aggressione del Libano da parte di Israele è durata tre giorni.", ("ASSAULT", "ISR", "LBN")),
    ("it", "L'attacco azero contro l'Armenia è ripreso lunedì.", ("ASSAULT", "AZE", "ARM")),
    ("it", "L'arresto di due cittadini francesi da parte dell'Iran ha indignato Parigi.", ("COERCE", "IRN", "FRA")),
    ("pt", "O bombardeio de Beirute por Israel durou três dias.", ("ASSAULT", "ISR", "LBN")),
    ("pt", "A ofensiva azerbaijana contra a Armênia foi retomada na segunda-feira.", ("ASSAULT", "AZE", "ARM")),
    ("pt", "A prisão de dois cidadãos franceses pelo Irã indignou Paris.", ("COERCE", "IRN", "FRA")),
    ("de", "Der Beschuss Armeniens durch Aserbaidschan dauerte die ganze Nacht.", ("ASSAULT", "AZE", "ARM")),
    ("de", "Die israelischen Luftangriffe auf den Libanon gingen weiter.", ("ASSAULT", "ISR", "LBN")),
    ("de", "Die Festnahme zweier französischer Staatsbürger durch den Iran dauerte einen Monat.", ("COERCE", "IRN", "FRA")),
    ("ru", "Обстрел Бейрута израильской авиацией продолжался три дня.", ("ASSAULT", "ISR", "LBN")),
    ("ru", "Азербайджанский обстрел Армении возобновился в понедельник.", ("ASSAULT", "AZE", "ARM")),
    ("ru", "Арест двух французских граждан иранскими властями возмутил Париж.", ("COERCE", "IRN", "FRA")),
    ("uk", "Обстріл Бейрута ізраїльською авіацією тривав три дні.", ("ASSAULT", "ISR", "LBN")),
    ("uk", "Азербайджанський обстріл Вірменії відновився в понеділок.", ("ASSAULT", "AZE", "ARM")),
    ("uk", "Арешт двох французьких громадян іранською владою обурив Париж.", ("COERCE", "IRN", "FRA")),
    ("pl", "Ostrzał Bejrutu przez Izrael trwał trzy dni.", ("ASSAULT", "ISR", "LBN")),
    ("pl", "Azerbejdżański ostrzał Armenii wznowiono w poniedziałek.", ("ASSAULT", "AZE", "ARM")),
    ("pl", "Aresztowanie dwóch obywateli Francji przez Iran oburzyło Paryż.", ("COERCE", "IRN", "FRA")),
    ("ro", "Bombardarea Beirutului de către Israel a durat trei zile.", ("ASSAULT", "ISR", "LBN")),
    ("ro", "Ofensiva azeră împotriva Armeniei a fost reluată luni.", ("ASSAULT", "AZE", "ARM")),
    ("ro", "Arestarea a doi cetățeni francezi de către Iran a indignat Parisul.", ("COERCE", "IRN", "FRA")),
    ("el", "Ο βομβαρδισμός της Βηρυτού από το Ισραήλ κράτησε τρεις μέρες.", ("ASSAULT", "ISR", "LBN")),
    ("el", "Η αζερική επίθεση κατά της Αρμενίας συνεχίστηκε τη Δευτέρα.", ("ASSAULT", "AZE", "ARM")),
    ("el", "Η σύλληψη δύο Γάλλων πολιτών από το Ιράν εξόργισε το Παρίσι.", ("COERCE", "IRN", "FRA")),
    ("tr", "Beyrut'un İsrail tarafından bombalanması üç gün sürdü.", ("ASSAULT", "ISR", "LBN")),
    ("tr", "Azerbaycan'ın Ermenistan'a saldırısı pazartesi yeniden başladı.", ("ASSAULT", "AZE", "ARM")),
    ("tr", "İki Fransız vatandaşının İran tarafından tutuklanması Paris'i kızdırdı.", ("COERCE", "IRN", "FRA")),
    ("ar", "استمر قصف إسرائيل لبيروت ثلاثة أيام.", ("ASSAULT", "ISR", "LBN")),
    ("ar", "تواصل القصف الأذربيجاني لأرمينيا يوم الاثنين.", ("ASSAULT", "AZE", "ARM")),
    ("ar", "أثار اعتقال مواطنين فرنسيين من قبل إيران غضب باريس.", ("COERCE", "IRN", "FRA")),
    ("fa", "بمباران بیروت توسط اسرائیل سه روز ادامه داشت.", ("ASSAULT", "ISR", "LBN")),
    ("fa", "حمله آذربایجان به ارمنستان دوشنبه از سر گرفته شد.", ("ASSAULT", "AZE", "ARM")),
    ("fa", "بازداشت دو شهروند فرانسوی توسط ایران پاریس را خشمگین کرد.", ("COERCE", "IRN", "FRA")),
    ("id", "Pengeboman Beirut oleh Israel berlangsung tiga hari.", ("ASSAULT", "ISR", "LBN")),
    ("id", "Serangan Azerbaijan terhadap Armenia berlanjut pada hari Senin.", ("ASSAULT", "AZE", "ARM")),
    ("id", "Penangkapan dua warga Prancis oleh Iran membuat marah Paris.", ("COERCE", "IRN", "FRA")),
    ("zh", "以色列对贝鲁特的轰炸持续了三天。", ("ASSAULT", "ISR", "LBN")),
    ("zh", "阿塞拜疆对亚美尼亚的炮击周一恢复。", ("ASSAULT", "AZE", "ARM")),
    ("zh", "土耳其对叙利亚北部的空袭造成多人死亡。", ("ASSAULT", "TUR", "SYR")),
]


def _coded(sentence: str, lang: str) -> set[tuple]:
    return {(e.type, e.source.country, e.target.country if e.target else None)
            for e in code_example(sentence, lang)}


@pytest.mark.parametrize("lang, sentence, expected", TABLE,
                         ids=[f"{row[0]}-{n}" for n, row in enumerate(TABLE)])
def test_the_complement_of_an_act_noun_suffers_it_and_its_agent_does_it(lang, sentence, expected):
    found = _coded(sentence, lang)
    etype, source, target = expected
    assert expected in found
    assert (etype, target, source) not in found


@pytest.mark.parametrize("lang, sentence, expected", [
    ("en", "The visit of Erdogan to Baku lasted two days.", ("CONSULT", "TUR", "AZE")),
    ("el", "Η επίσκεψη του Ερντογάν στο Μπακού κράτησε δύο μέρες.", ("CONSULT", "TUR", "AZE")),
])
def test_the_complement_of_a_visit_is_its_visitor(lang, sentence, expected):
    assert expected in _coded(sentence, lang)


def test_an_agent_phrase_after_a_verb_with_its_own_subject_is_no_agent():
    found = _coded("Israel struck Gaza on Monday, backed by the United States.", "en")
    assert ("ASSAULT", "USA", "PSE") not in found


def test_a_country_adjective_after_a_verb_whose_gap_holds_its_subject_is_its_object():
    found = _coded("أسقطت الدفاعات الجوية الإيرانية طائرة أمريكية.", "ar")
    assert ("ASSAULT", "IRN", "USA") in found
    assert ("ASSAULT", "USA", "IRN") not in found
