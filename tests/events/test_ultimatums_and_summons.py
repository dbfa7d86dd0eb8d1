"""Ultimatums, passive summons, a state body before the envoys it summons, and "the two
countries" after two people. Own sentences in several languages, each coded through the real
packs and coder (code_text, as the pack checker codes its examples)."""

from datetime import date

import pytest

from wirewatch.events.text import code_text

DAY = date(2024, 6, 15)


def coded(sentence, lang):
    return {(e.type, e.source.country, e.target.country if e.target else None, e.status)
            for e in code_text(sentence, lang, DAY)[2]}


def types(sentence, lang):
    return {t for t, *_ in coded(sentence, lang)}


# ---------------------------------------------------------------- ultimatums

@pytest.mark.parametrize("sentence, lang, target", [
    ("If Belarus does not release the journalist by Friday, Poland will impose sanctions.",
     "en", "BLR"),
    ("If the journalist is not released by Friday, Poland will impose sanctions on Belarus.",
     "en", "BLR"),
    (("Warszawa zapowiedziała, że jeśli dziennikarz nie zostanie zwolniony, Polska zamknie "
      "przejście graniczne z Białorusią."), "pl", "BLR"),
    ("Jeśli Białoruś nie uwolni dziennikarza do piątku, Polska nałoży sankcje.", "pl", "BLR"),
    ("Polska nałoży sankcje na Mińsk, jeśli dziennikarz nie zostanie uwolniony.", "pl", "BLR"),
    ("Если журналист не будет освобожден до пятницы, Россия закроет границу с Польшей.",
     "ru", "POL"),
    ("Россия введет санкции против Польши, если журналист не будет освобожден.", "ru", "POL"),
    (("Si la Biélorussie ne libère pas le journaliste d'ici vendredi, la Pologne imposera des "
      "sanctions."), "fr", "BLR"),
    ("Si Bielorrusia no libera al periodista antes del viernes, Polonia impondrá sanciones.",
     "es", "BLR"),
    (("Falls der Journalist nicht bis Freitag freigelassen wird, wird Polen Sanktionen gegen "
      "Belarus verhängen."), "de", "BLR"),
])
def test_an_act_of_force_waiting_on_a_demand_is_a_threat(sentence, lang, target):
    """The condition closes at its comma, the main clause's actor threatens, the party the
    condition is on (or the act's own target) is threatened; the threat is made now."""
    source = "RUS" if lang == "ru" else "POL"
    assert coded(sentence, lang) == {("THREATEN", source, target, "asserted")}


def test_the_subject_of_a_condition_is_not_the_main_clause_s():
    """"If Belarus does not release him, Poland will ...": Poland acts, Belarus is threatened
    (without the condition's own clause Belarus read as Poland's antecedent subject)."""
    assert coded("If Belarus does not release the journalist by Friday, Poland will close "
                 "the border.", "en") == {("THREATEN", "POL", "BLR", "asserted")}


def test_no_demand_and_no_other_party_is_no_threat():
    """"If adopted, the package will impose ...": a condition on the act itself, not on the
    other side, leaves a planned act; a past act before a hedge stays what it was."""
    assert "THREATEN" not in types(
        "If the vote passes, the European Union will impose sanctions on Russia.", "en")
    assert ("ASSAULT", "ISR", "PSE", "asserted") in coded(
        "Israel struck Gaza overnight, if the reports are true.", "en")


def test_a_comma_between_listed_parties_does_not_close_the_condition():
    found = coded("If Russia, Belarus or Iran attack Poland, the United States will impose "
                  "sanctions on them.", "en")
    assert not any(s in ("RUS", "BLR", "IRN") for _, s, _, _ in found)


# ---------------------------------------------------------------- passive summons

@pytest.mark.parametrize("sentence, lang", [
    ("The Russian ambassador was summoned to Poland's Foreign Ministry.", "en"),
    ("Ο Ρώσος πρέσβης κλήθηκε στο υπουργείο Εξωτερικών της Πολωνίας.", "el"),
    ("Российский посол был вызван в МИД Польши.", "ru"),
    ("Ambasador Rosji został wezwany do MSZ Polski.", "pl"),
    ("L'ambassadeur russe a été convoqué au ministère polonais des Affaires étrangères.", "fr"),
    ("El embajador ruso fue convocado al Ministerio de Exteriores de Polonia.", "es"),
])
def test_a_summoned_envoy_is_accused_by_the_ministry_that_summons(sentence, lang):
    assert ("ACCUSE", "POL", "RUS", "asserted") in coded(sentence, lang)
    assert not any(s == "RUS" for _, s, _, _ in coded(sentence, lang))


def test_a_greek_ministry_summons_in_a_greek_report():
    """An unnamed ministry in a Greek report is Greece's."""
    assert ("ACCUSE", "GRC", "RUS", "asserted") in coded(
        "Ο Ρώσος πρέσβης κλήθηκε στο υπουργείο Εξωτερικών.", "el")


# ---------------------------------------------------------------- a state body before the envoys

@pytest.mark.parametrize("sentence, lang, country", [
    ("وزارت امور خارجه سفیران انگلیس، فرانسه و آلمان را احضار کرد.", "fa", "IRN"),
    ("وزارت امور خارجه همچنین سفیران انگلیس، فرانسه و آلمان در تهران را احضار کرد.", "fa", "IRN"),
    ("Dışişleri Bakanlığı İngiltere, Fransa ve Almanya büyükelçilerini bakanlığa çağırdı.",
     "tr", "TUR"),
])
def test_a_ministry_before_a_row_of_envoys_summons_each_of_them(sentence, lang, country):
    """The row of envoys' countries ends at the verb's object: each is a target, the
    ministry (a state body standing apart before them) the source."""
    found = coded(sentence, lang)
    assert {(t, s, tg) for t, s, tg, _ in found} == {
        ("ACCUSE", country, "GBR"), ("ACCUSE", country, "FRA"), ("ACCUSE", country, "DEU")}


@pytest.mark.parametrize("sentence, lang, subjects", [
    ("ایران و روسیه آمریکا را محکوم کردند.", "fa", ("IRN", "RUS")),
    ("Rusya ve Çin ABD'yi kınadı.", "tr", ("RUS", "CHN")),
])
def test_coordinated_subjects_before_a_verb_final_act_each_act(sentence, lang, subjects):
    """A row that opens at the subject is the subjects: both condemn the US."""
    assert {(t, s, tg) for t, s, tg, _ in coded(sentence, lang)} == {
        ("ACCUSE", s, "USA") for s in subjects}


# ---------------------------------------------------------------- "the two countries"

def parties(text, lang):
    return [(e.type, e.source.id, e.target.id if e.target else None)
            for e in code_text(text, lang, DAY)[2]]


@pytest.mark.parametrize("text, lang", [
    (("Shoigu met Kim Jong Un in Pyongyang. The two countries have embarked on a "
      "rapprochement."), "en"),
])
def test_the_two_countries_after_two_people_are_their_states(text, lang):
    found = parties(text, lang)
    assert found[1:] and all({s, t} == {"RUS", "PRK"} for _, s, t in found[1:])


@pytest.mark.parametrize("text, lang", [
    (("Путин встретился с Си Цзиньпином в Пекине. Обе страны подписали соглашение о "
      "сотрудничестве."), "ru"),
    (("Ο Πούτιν συναντήθηκε με τον Σι Τζινπίνγκ στο Πεκίνο. Οι δύο χώρες υπέγραψαν συμφωνία "
      "συνεργασίας."), "el"),
    ("Putin bertemu Xi Jinping di Beijing. Kedua negara menandatangani perjanjian kerja sama.",
     "id"),
])
def test_the_two_countries_in_other_languages(text, lang):
    found = parties(text, lang)
    assert found[1:] and all({s, t} == {"RUS", "CHN"} for _, s, t in found[1:])


def test_the_two_leaders_after_two_people_stay_the_people():
    found = parties("Shoigu met Kim Jong Un in Pyongyang. The two leaders signed a "
                    "cooperation agreement.", "en")
    assert any({s, t} == {"PER:sergei-shoigu", "PER:kim-jong-un"} for _, s, t in found[1:])
