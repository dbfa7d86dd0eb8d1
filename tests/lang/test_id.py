"""Indonesian pack on news-style sentences: the -nya clitic on troops, the purpose of a visit,
national institutions by acronym, signing over the kind of pact, closing reporters."""

from wirewatch.lang.check import outline


def coded(sentence):
    return outline(sentence, "id")


def test_troops_with_a_possessive_clitic_are_withdrawn():
    assert coded("Rusia menarik pasukannya dari Suriah.") == {
        ("RETREAT", "RUS", "SYR", "asserted")}


def test_the_purpose_of_a_visit_is_no_second_event():
    assert coded("Perdana Menteri Jepang mengunjungi Vietnam untuk membahas kerja sama "
                 "maritim.") == {("CONSULT", "JPN", "VNM", "asserted")}


def test_the_armed_forces_by_acronym_are_indonesia():
    assert coded("TNI dan militer Australia akan menggelar latihan bersama.") == {
        ("COOPERATE", "IDN", "AUS", "planned")}


def test_signing_outranks_the_kind_of_pact():
    assert coded("Filipina dan Jepang menandatangani perjanjian kerja sama pertahanan.") == {
        ("SUPPORT", "PHL", "JPN", "asserted")}


def test_a_closing_reporter_is_no_party():
    assert coded("Rusia membebaskan dua warga Amerika Serikat, kata pejabat Uni Emirat "
                 "Arab.") == {("RETREAT", "RUS", "USA", "asserted")}


def test_the_sidelines_of_a_summit_are_a_setting():
    assert coded("Presiden Indonesia bertemu dengan Perdana Menteri India di sela-sela KTT "
                 "G20.") == {("CONSULT", "IDN", "IND", "asserted")}


def test_supplied_artillery_ammunition_is_aid_not_shelling():
    assert coded("Iran membantah memasok amunisi artileri kepada Rusia.") == {
        ("AID", "IRN", "RUS", "denied"), ("REJECT", "IRN", None, "asserted")}


def test_an_act_in_a_condition_did_not_happen():
    assert "MOBILIZE" not in {e[0] for e in coded(
        "Korea Utara akan membalas jika Amerika Serikat mengerahkan kapal induk ke Semenanjung "
        "Korea.")}


def test_the_gaza_strip_is_palestine():
    assert coded("Mesir mengirimkan bantuan kemanusiaan ke Jalur Gaza.") == {
        ("AID", "EGY", "PSE", "asserted")}


def test_unnamed_foreign_ministry_is_indonesias_own():
    assert coded("Kementerian Luar Negeri mengecam keras serangan Rusia terhadap Ukraina.") == {
        ("ACCUSE", "IDN", "RUS", "asserted"), ("ASSAULT", "RUS", "UKR", "asserted")}


def test_a_ministry_followed_by_its_country_is_that_countrys():
    assert coded("Kementerian Luar Negeri China mengecam Jepang.") == {
        ("ACCUSE", "CHN", "JPN", "asserted")}
