"""Words that look like events but report none: purposes, reports of someone else's acts,
objects taken for subjects, topics without an addressee, and a claim the article later
confirms. Own sentences, coded through the real packs and coder."""

from datetime import date

import pytest

from wirewatch.lang.check import code_example
from wirewatch.models import RawDocument
from wirewatch.pipeline import process


def events(sentence, lang):
    return {(e.type, e.source.country, e.target.country if e.target else None, e.status)
            for e in code_example(sentence, lang)}


def types(sentence, lang):
    return {e[0] for e in events(sentence, lang)}


def dyads(sentence, lang):
    return {e[:3] for e in events(sentence, lang)}


@pytest.mark.parametrize("sentence, lang", [
    (("Kremlinul a evitat să comenteze acuzaţiile conform cărora Polonia ar fi trimis arme "
     "Ucrainei."), "ro"),
    ("Guvernul Ungariei a respins acuzaţiile potrivit cărora Serbia ar fi trimis arme Rusiei.",
     "ro"),
    (("Το Κρεμλίνο απέφυγε να σχολιάσει τις κατηγορίες σύμφωνα με τις οποίες η Ρωσία "
     "μοιράζεται πληροφορίες με το Ιράν."), "el"),
    ("Jakarta menanggapi tuduhan bahwa Malaysia mengirim senjata ke Myanmar.", "id"),
])
def test_accusations_whose_content_follows_are_no_accusation_of_the_subject(sentence, lang):
    assert "ACCUSE" not in types(sentence, lang)


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Acuzaţiile Kievului la adresa Moscovei s-au înmulţit.", "ro", ("ACCUSE", "UKR", "RUS")),
    ("Polonia a formulat acuzaţii împotriva Belarusului.", "ro", ("ACCUSE", "POL", "BLR")),
    ("Ministerul rus de Externe a lansat acuzaţii grave la adresa Ungariei.", "ro",
     ("ACCUSE", "RUS", "HUN")),
    ("Οι κατηγορίες της Αθήνας κατά της Σόφιας πληθαίνουν.", "el", ("ACCUSE", "GRC", "BGR")),
    ("Η Ελλάδα υπέβαλε καταγγελία κατά της Τουρκίας.", "el", ("ACCUSE", "GRC", "TUR")),
    ("Tuduhan Kiev terhadap Moskow semakin keras.", "id", ("ACCUSE", "UKR", "RUS")),
    ("Filipina melontarkan tuduhan terhadap Tiongkok.", "id", ("ACCUSE", "PHL", "CHN")),
])
def test_an_accusation_noun_with_an_owner_or_a_subject_is_still_an_accusation(
        sentence, lang, expected):
    assert expected in dyads(sentence, lang)


def test_the_content_of_a_reported_accusation_keeps_its_own_dyad():
    found = dyads("Kremlinul a evitat să comenteze acuzaţiile conform cărora Polonia ar fi "
                  "trimis arme Ucrainei.", "ro")
    assert ("AID", "POL", "UKR") in found


@pytest.mark.parametrize("sentence", [
    "Η Σερβία στρέφεται σε συμμάχους της, όπως η Ουγγαρία, για στήριξη.",
    "Η Αλβανία αναζητά εταίρους, όπως η Ιταλία, για συνεργασία.",
])
def test_a_bare_noun_after_a_purpose_word_is_what_is_sought_not_an_act(sentence):
    assert not types(sentence, "el") & {"SUPPORT", "COOPERATE"}


def test_a_purpose_word_before_an_article_leaves_the_act():
    assert ("SUPPORT", "SRB", "HUN") in dyads("Η Σερβία ευχαρίστησε την Ουγγαρία για τη στήριξη.",
                                              "el")


@pytest.mark.parametrize("sentence, lang", [
    ("Η Ρωσία χρησιμοποιεί την Ουκρανία ως πεδίο δοκιμών και επιστρατεύει Ιρανούς στρατιώτες.",
     "el"),
    ("Επιστρατεύει Ιρανούς στρατιώτες για τον πόλεμο.", "el"),
])
def test_a_bare_noun_after_a_greek_verb_is_its_object_not_its_subject(sentence, lang):
    assert not any(e[1] == "IRN" for e in events(sentence, lang))


@pytest.mark.parametrize("sentence, expected", [
    ("Επιτέθηκε η Τουρκία στη Συρία.", ("ASSAULT", "TUR", "SYR")),
    ("«Θα στείλουμε βοήθεια στην Ουκρανία», δήλωσε ο Πεσκόφ.", ("AID", "RUS", "UKR")),
])
def test_a_greek_subject_after_its_verb_takes_its_article(sentence, expected):
    assert expected in dyads(sentence, "el")


@pytest.mark.parametrize("sentence, lang", [
    (("Reports suggested the possibility of supplying Chile with missiles from Peruvian "
     "territory."), "en"),
    ("Laporan media menyebut kemungkinan memasok Malaysia dengan rudal dari wilayah Thailand.",
     "id"),
])
def test_the_object_of_a_verb_without_subject_is_not_its_source(sentence, lang):
    assert not any(e[0] == "AID" and e[1] in ("CHL", "MYS") for e in events(sentence, lang))


def test_welcoming_a_wish_to_cooperate_is_intent_and_welcoming_a_guest_is_a_visit():
    """A party welcoming another's wish to cooperate with it states its own intent
    (test_intent_and_victims.py), no endorsement of another's act."""
    wish = dyads("Presiden Brasil menyambut keinginan Argentina untuk memperluas kerja sama "
                 "perdagangan dengan Brasil.", "id")
    assert ("COOPERATE", "BRA", "ARG") in wish
    assert not any(d[0] == "CONSULT" for d in wish)
    assert ("CONSULT", "TZA", "KEN") in dyads("Presiden Kenya menyambut Presiden Tanzania di "
                                              "Nairobi.", "id")


def test_a_wish_to_cooperate_is_planned():
    found = events("Argentina menyatakan keinginan untuk meningkatkan kerja sama dengan Brasil.",
                   "id")
    assert {e[3] for e in found if e[0] == "COOPERATE"} == {"planned"}


@pytest.mark.parametrize("sentence", [
    "Generalul iranian, care a fost asasinat luni, conducea forţele Iranului.",
    "Ambasadorul Franţei a fost asasinat în Mali.",
])
def test_the_victim_of_an_agentless_passive_is_not_the_attacker(sentence):
    assert "ASSAULT" not in types(sentence, "ro")


def test_the_agent_of_a_passive_killing_is_the_attacker():
    assert ("ASSAULT", "RUS", "UKR") in dyads("Un jurnalist ucrainean a fost ucis de soldaţi ruşi.",
                                              "ro")


@pytest.mark.parametrize("sentence, lang", [
    (("Preşedintele Franţei şi-a reiterat poziţia în favoarea unei dezescaladări rapide a "
     "conflictului."), "ro"),
    ("Η Τουρκία ασκεί πιέσεις προσπαθώντας να κερδίσει έδαφος.", "el"),
])
def test_a_position_or_pressure_with_no_addressee_is_no_request(sentence, lang):
    assert "REQUEST" not in types(sentence, lang)


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Germania a cerut Serbiei o dezescaladare rapidă.", "ro", ("REQUEST", "DEU", "SRB")),
    ("Οι ΗΠΑ ασκούν πιέσεις στην Αθήνα να υπογράψει τη συμφωνία.", "el", ("REQUEST", "USA", "GRC")),
    ("Η Γαλλία πίεσε την Ιταλία να δεχθεί τους μετανάστες.", "el", ("REQUEST", "FRA", "ITA")),
])
def test_asking_someone_for_it_is_a_request(sentence, lang, expected):
    assert expected in dyads(sentence, lang)


@pytest.mark.parametrize("text, lang", [
    (("Media Barat mengklaim bahwa Chile telah memasok Peru dengan drone. Menteri Luar Negeri "
     "Chile mengakui bahwa negaranya memberi Peru sejumlah kecil drone."), "id"),
    (("Western media claimed that Chile had supplied drones to Peru. Chile's foreign minister "
     "admitted that Chile supplied a few drones to Peru."), "en"),
])
def test_a_claim_the_article_confirms_is_one_asserted_event(text, lang):
    doc = process(RawDocument(source="t", text=text, lang=lang, published=date(2024, 6, 15)))
    aid = [e for e in doc.events if e.type == "AID"]
    assert [(e.source.country, e.target.country, e.status) for e in aid] == [
        ("CHL", "PER", "asserted")]


def test_a_denial_stays_beside_the_confirmed_event():
    text = ("Chile denied that it had sent missiles to Peru. Chile's foreign minister admitted "
            "that Chile supplied a few drones to Peru.")
    doc = process(RawDocument(source="t", text=text, lang="en", published=date(2024, 6, 15)))
    assert {e.status for e in doc.events if e.type == "AID"} == {"denied", "asserted"}
