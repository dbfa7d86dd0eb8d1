"""Summons read in reverse and the rejecter of allegations: a verb chained after a comma, a
verb restating the one it is joined to, a passive whose subject follows it, an envoy named
inside the summons trigger, and a participle or converb clause after a rejection. Own
sentences in several languages, coded through the real packs and coder (code_text)."""

from datetime import date

import pytest

from wirewatch.events.text import code_text

DAY = date(2024, 6, 15)


def coded(text, lang):
    return {(e.type, e.source.country, e.target.country if e.target else None)
            for e in code_text(text, lang, DAY)[2]}


# ---------------------------------------------------------------- topic chains after a comma

@pytest.mark.parametrize("text, lang, expected", [
    ("韩国外交部召见日本驻韩大使，提出强烈抗议。", "zh", {("ACCUSE", "KOR", "JPN")}),
    ("越南外交部召见中国驻越南大使，随即要求中方停止在南海的活动。", "zh",
     {("ACCUSE", "VNM", "CHN"), ("REQUEST", "VNM", "CHN")}),
    (("Kementerian Luar Negeri RI memanggil Duta Besar Jepang untuk Indonesia pada Rabu, "
     "kemudian menyampaikan protes keras."), "id", {("ACCUSE", "IDN", "JPN")}),
    (("Kementerian Luar Negeri Malaysia memanggil Duta Besar Rusia, lalu meminta Rusia "
     "menghentikan serangan."), "id", {("ACCUSE", "MYS", "RUS"), ("REQUEST", "MYS", "RUS")}),
])
def test_a_verb_chained_after_a_comma_keeps_the_subject_of_the_verb_before(text, lang, expected):
    """The summoned envoy, the object before the comma, is no subject of the protest or the
    demand after it (`[clauses] comma_chain`); a protest naming no one restates the summons."""
    assert coded(text, lang) == expected


def test_a_party_after_the_comma_still_opens_its_own_clause():
    """"..., 乌克兰随后袭击了俄罗斯": a subject after the comma is the second verb's own."""
    assert ("ASSAULT", "RUS", "UKR") in coded("俄罗斯袭击了乌克兰，乌克兰随后袭击了俄罗斯。", "zh")


# ---------------------------------------------------------------- restated and passive summons

@pytest.mark.parametrize("text", [
    ("The Russian chargé d'affaires was summoned to the Polish foreign ministry on Monday and "
    "handed a note of protest."),
    "Poland summoned the Russian ambassador and lodged a formal protest.",
])
def test_a_joined_verb_naming_no_party_restates_the_summons(text):
    """The envoy before "and" is the summons' object, not the protest's subject."""
    assert coded(text, "en") == {("ACCUSE", "POL", "RUS")}


def test_a_joined_verb_of_another_kind_is_still_an_act_of_its_own():
    """"expelled ... and recalled its ambassador": two measures, the second naming no party."""
    events = code_text("France expelled two Algerian diplomats and recalled its ambassador.",
                       "en", DAY)[2]
    assert {(e.type, e.mode, e.source.country, e.target.country) for e in events} \
        == {("SANCTION", "expel", "FRA", "DZA"), ("SANCTION", "discontinue", "FRA", "DZA")}


@pytest.mark.parametrize("text, lang, summoner", [
    ("В МИД Польши был вызван посол России.", "ru", "POL"),
    ("В министерство иностранных дел Латвии был вызван временный поверенный в делах России.",
     "ru", "LVA"),
    ("Посол России был вызван в МИД Польши.", "ru", "POL"),
])
def test_the_subject_of_a_passive_summons_may_follow_the_verb(text, lang, summoner):
    """The envoy after "был вызван", no preposition before it, is summoned; the ministry a
    preposition governs summons."""
    assert coded(text, lang) == {("ACCUSE", summoner, "RUS")}


def test_an_envoy_named_inside_the_summons_trigger_is_its_target():
    """"memanggil Duta Besar Australia": the trigger ends inside the envoy's phrase."""
    assert coded("Indonesia memanggil Duta Besar Australia untuk Indonesia.", "id") \
        == {("ACCUSE", "IDN", "AUS")}


# ---------------------------------------------------------------- the rejecter of allegations

@pytest.mark.parametrize("text, lang, rejecter, accuser", [
    (("Rusia acusó a Polonia de sabotaje. El Ministerio de Exteriores polaco rechazó las "
     "acusaciones, asegurando que Ucrania no tiene nada que ver."), "es", "POL", "RUS"),
    (("Η Ελλάδα κατηγόρησε την Τουρκία για παραβίαση. Η Τουρκία απέρριψε τις κατηγορίες, "
     "υποστηρίζοντας ότι η Κύπρος παραβιάζει το διεθνές δίκαιο."), "el", "TUR", "GRC"),
    (("Yunanistan Türkiye'yi ihlalle suçladı. Ankara ise iddiaları reddederek, Kıbrıs'ın "
     "uluslararası hukuku ihlal ettiğini bildirdi."), "tr", "TUR", "GRC"),
])
def test_a_rejection_answers_the_accuser_not_a_party_of_the_clause_after_it(
        text, lang, rejecter, accuser):
    """A gerund after the comma opens a clause of its own (a converb before it closes the
    rejection's): the party named there is no target; the accuser of the sentence before is."""
    rejections = {(s, t) for kind, s, t in coded(text, lang) if kind == "REJECT"}
    assert rejections == {(rejecter, accuser)}


def test_a_party_in_a_saying_clause_is_not_what_is_rejected():
    assert coded("China's foreign ministry rejected the criticism, saying the Taiwan question "
                 "was an internal affair.", "en") == {("REJECT", "CHN", None)}


# ---------------------------------------------------------------- the pair after talks

@pytest.mark.parametrize("text, lang, pair", [
    (("Premier Donald Tusk spotkał się w Wilnie z premierem Litwy. Ministrowie podpisali "
     "memorandum o współpracy."), "pl", ("POL", "LTU")),
    (("Kanclerz Friedrich Merz spotkał się z premierem Donaldem Tuskiem. Po rozmowach z "
     "premierem Donaldem Tuskiem obaj szefowie rządów podpisali wspólną deklarację."), "pl",
     ("DEU", "POL")),
    (("Путин провел переговоры с Эрдоганом. После беседы с Эрдоганом оба лидера подписали "
     "меморандум."), "ru", ("RUS", "TUR")),
])
def test_the_ministers_and_both_heads_sign_as_the_pair_of_the_talks(text, lang, pair):
    """A bare "Ministrowie" is the pair of the talks before; "obaj"/"оба" (both) opens a
    pair phrase that is no side of the party right before it."""
    signed = {(s, t) for kind, s, t in coded(text, lang) if kind == "SUPPORT"}
    assert signed == {pair}
