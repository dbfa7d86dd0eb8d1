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
