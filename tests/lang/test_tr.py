"""Turkish pack: charges of an arrest, trade figures, warplanes as objects, import bans and
the negative future with its possessive ending."""

import pytest

from wirewatch.lang.check import outline


def coded(sentence):
    return outline(sentence, "tr", mode=True)


def test_charge_of_an_arrest_is_no_accusation():
    assert coded("Rus polisi bir Amerikalı gazeteciyi casusluk suçlamasıyla gözaltına aldı.") == {
        ("COERCE", "RUS", "USA", "asserted", "arrest")}


@pytest.mark.parametrize("sentence", [
    "Türkiye ile Rusya arasındaki ticaret hacmi 60 milyar dolara ulaştı.",
    "Yunanistan yeni savaş uçakları satın aldı.",
])
def test_no_event(sentence):
    assert coded(sentence) == set()


def test_import_ban_is_an_embargo():
    assert coded("Rusya, Gürcistan'dan şarap ithalatını yasakladı.") == {
        ("SANCTION", "RUS", "GEO", "asserted", "embargo")}


def test_negative_future_with_possessive_ending():
    statuses = {s for t, _, _, s, _ in coded("Fransa'nın Ukrayna'ya yeni tank göndermeyeceği açıklandı.")
                if t == "AID"}
    assert statuses == {"negated"}


@pytest.mark.parametrize("sentence, expected", [
    ("Sırbistan'ın Çin'den mühimmat aldığı iddia edildi.", ("AID", "CHN", "SRB", "claimed")),
    ("Kremlin, Rusya'nın İran'dan mühimmat aldığı yönündeki haberleri yalanladı.",
     ("AID", "IRN", "RUS", "denied")),
])
def test_the_ablative_before_a_verb_of_receiving_is_the_giver(sentence, expected):
    assert {e[:4] for e in coded(sentence)} == {expected}


def test_a_nominalised_act_before_a_demand_is_what_is_demanded():
    assert {e[:4] for e in coded("Ermenistan, Rusya'dan barış gücü göndermesini talep etti.")} == {
        ("REQUEST", "ARM", "RUS", "asserted")}


def test_a_mediator_named_in_passing_proposes_nothing():
    assert not any(t == "AGREE" for t, *_ in coded(
        "Görüşmeler Katar'ın arabuluculuğunda Doha'da yapıldı."))


def test_unnamed_foreign_ministry_is_turkeys_own():
    assert coded("Dışişleri Bakanlığı, Yunanistan'ı adalardaki askeri yığınak nedeniyle suçladı.") \
        == {("ACCUSE", "TUR", "GRC", "asserted", None)}


@pytest.mark.parametrize("sentence, expected", [
    # a country beside the body names it another state's
    ("Rusya Dışişleri Bakanlığı, ABD'yi seçimlere müdahale etmekle suçladı.",
     ("ACCUSE", "RUS", "USA", "asserted", None)),
    # "to the Foreign Ministry" is the summoning country's, not Turkey's
    ("Litvanya, Belarus büyükelçisini Dışişleri Bakanlığına çağırdı.",
     ("ACCUSE", "LTU", "BLR", "asserted", "disapprove")),
])
def test_a_foreign_ministry_is_not_always_turkeys(sentence, expected):
    assert coded(sentence) == {expected}


def test_an_attack_condemned_by_a_final_verb_is_the_possessors():
    assert coded("Türkiye, Rusya'nın Harkiv'e düzenlediği füze saldırısını kınadı.") == {
        ("ACCUSE", "TUR", "RUS", "asserted", None), ("ASSAULT", "RUS", "UKR", "asserted", "missile")}
