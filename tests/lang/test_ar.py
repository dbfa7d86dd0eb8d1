"""Arabic pack: condemnation over the attack it names, supply of missiles, recall of an
envoy, protest motives, present-tense withdrawal and exchange, aid words."""

from wirewatch.lang.check import outline


def coded(sentence):
    return outline(sentence, "ar", mode=True)


def test_condemnation_outranks_the_shelling_it_names():
    assert ("ACCUSE", "EGY", "TUR", "asserted", None) in coded("أدانت مصر القصف التركي لمواقع في شمال العراق.")


def test_missiles_supplied_are_aid_and_the_denial_reaches_past_a_long_subject():
    assert coded("نفت كوريا الشمالية أن تكون قد زودت روسيا بصواريخ.") == {
        ("AID", "PRK", "RUS", "denied", "military")}


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
