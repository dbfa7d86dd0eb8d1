"""Arabic pack: condemnation over the attack it names, supply of missiles, recall of an
envoy, protest motives, present-tense withdrawal and exchange, aid words."""

from wirewatch.lang.check import outline


def coded(sentence):
    return outline(sentence, "ar", mode=True)


def test_condemnation_outranks_the_shelling_it_names():
    assert ("ACCUSE", "EGY", "TUR", "asserted", None) in coded("أدانت مصر القصف التركي لمواقع في شمال العراق.")


def test_missiles_supplied_are_aid_and_the_denial_reaches_past_a_long_subject():
    assert coded("نفت كوريا الشمالية أن تكون قد زودت روسيا بصواريخ.") == {
        ("AID", "PRK", "RUS", "denied", "military"), ("REJECT", "PRK", None, "asserted", None)}


def test_recalling_ones_own_ambassador_is_a_sanction():
    assert coded("استدعت تركيا سفيرها في السويد للتشاور.") == {
        ("SANCTION", "TUR", "SWE", "asserted", "withdraw")}


def test_in_protest_at_is_a_motive_not_a_second_protest():
    assert coded("تظاهر مئات اللبنانيين أمام السفارة الفرنسية احتجاجاً على تصريحات الرئيس.") == {
        ("PROTEST", "LBN", "FRA", "asserted", "demo")}


def test_present_tense_withdrawal_negated():
    assert coded("لم تسحب تركيا قواتها من العراق.") == {("RETREAT", "TUR", "IRQ", "negated", "withdraw")}


def test_exchange_of_information_around_the_subject():
    assert coded("تتبادل ألمانيا المعلومات مع بولندا.") == {
        ("COOPERATE", "DEU", "POL", "asserted", "intelligence")}


def test_medical_aid_is_humanitarian():
    assert coded("أرسلت قطر شحنة من المساعدات الطبية إلى لبنان.") == {
        ("AID", "QAT", "LBN", "asserted", "humanitarian")}


def test_the_verb_to_call_alone_is_a_phone_call():
    assert coded("اتصل الرئيس المصري بنظيره الفرنسي لبحث الوضع في غزة.") == {
        ("CONSULT", "EGY", "FRA", "asserted", "phone")}


def types_of(sentence):
    return {t for t, *_ in coded(sentence)}


def test_protesters_fired_on_are_no_protest():
    # "المتظاهرين" names the people acted on; the act is the crowd control (tear gas: ASSAULT
    # crowd-control in the PLOVER manual)
    assert coded("أطلقت الشرطة الباكستانية الغاز المسيل للدموع على المتظاهرين.") == {
        ("ASSAULT", "PAK", "PAK", "asserted", "crowd-control")}


def test_a_protest_whose_purpose_is_a_demand_stays_a_protest():
    assert coded("تظاهر مئات الأتراك في أنقرة للمطالبة بالإفراج عن الصحفيين.") == {
        ("PROTEST", "TUR", "TUR", "asserted", "demo")}


def test_taking_to_the_streets_is_a_protest_with_the_crowd_as_source():
    assert ("PROTEST", "MAR", "MAR", "asserted", "demo") in coded(
        "خرج آلاف الطلاب المغاربة إلى الشوارع في الرباط للمطالبة بإصلاح التعليم.")


def test_a_province_is_no_boycott_and_a_boycott_of_elections_is():
    assert "PROTEST" not in types_of("زار الرئيس الصيني مقاطعة سيتشوان.")
    assert ("PROTEST", "DZA", "DZA", "asserted", "boycott") in coded(
        "قاطعت المعارضة الجزائرية الانتخابات.")


def test_death_sentence_freed_hostages_and_an_anniversary_are_no_assault():
    assert "ASSAULT" not in types_of("أصدرت محكمة مصرية حكما بالإعدام على متهم عراقي.")
    assert "ASSAULT" not in types_of("أفرجت الحركة عن الرهائن الفرنسيين.")
    assert "ASSAULT" not in types_of("أحيا اللبنانيون ذكرى اغتيال رئيس الوزراء.")


def test_car_bomb_gunfire_and_downing_a_plane_are_assaults():
    assert ("ASSAULT", "SOM", "KEN", "asserted", "explosives") in coded(
        "فجر مسلحون من حركة الشباب الصومالية سيارة مفخخة قرب قاعدة للجيش الكيني.")
    assert ("ASSAULT", "ISR", "PSE", "asserted", "firearms") in coded(
        "أطلق جنود إسرائيليون النار على متظاهرين فلسطينيين.")
    assert ("ASSAULT", "SYR", "ISR", "asserted", "airstrike") in coded(
        "أسقطت الدفاعات الجوية السورية طائرة إسرائيلية.")


def test_dawn_is_no_detonation():
    # "فجر" is also "dawn": the verb counts with its object or in its plural forms
    assert "ASSAULT" not in types_of("وصل الرئيس المصري إلى الرياض فجر أمس.")
