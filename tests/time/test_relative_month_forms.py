"""Last, this and next month in the case forms news uses after "at the end of", "early in"
("Ende letzten Monats", "la sfârșitul lunii trecute", "в конце прошлого месяца")."""

import pytest

from wirewatch.time import find_dates

SENTENCES = [
    ("de", "Die Minister hatten sich Ende letzten Monats in Berlin getroffen.", "2024-05"),
    ("de", "Der Vertrag soll Mitte nächsten Monats unterzeichnet werden.", "2024-07"),
    ("fr", "Les deux ministres s'étaient rencontrés à la fin du mois dernier.", "2024-05"),
    ("es", "Los ministros se reunieron a finales del mes pasado en Madrid.", "2024-05"),
    ("it", "I ministri si erano incontrati alla fine del mese scorso a Roma.", "2024-05"),
    ("pt", "Os ministros reuniram-se no início deste mês em Lisboa.", "2024-06"),
    ("ro", "Miniștrii s-au întâlnit la sfârșitul lunii trecute la București.", "2024-05"),
    ("el", "Οι υπουργοί συναντήθηκαν στα τέλη του περασμένου μήνα στην Αθήνα.", "2024-05"),
    ("ru", "Министры встретились в конце прошлого месяца в Москве.", "2024-05"),
    ("uk", "Міністри зустрілися у минулому місяці в Києві.", "2024-05"),
    ("pl", "Ministrowie spotkali się pod koniec ubiegłego miesiąca w Warszawie.", "2024-05"),
    ("tr", "Bakanlar geçen ayın sonunda Ankara'da bir araya geldi.", "2024-05"),
    ("id", "Para menteri bertemu di Jakarta bulan yang lalu.", "2024-05"),
    ("ar", "التقى الوزيران في القاهرة الشهر الفائت.", "2024-05"),
    ("fa", "دو وزیر ماه آتی در تهران دیدار خواهند کرد.", "2024-07"),
]


@pytest.mark.parametrize("lang,text,value", SENTENCES)
def test_relative_month_in_its_case_forms(lang, text, value, anchor):
    assert [x.value for x in find_dates(text, lang, anchor)] == [value]
