"""The rule coder on English sentences written for these tests: tenses, noun forms,
passives, reported demands, modes and status cues of the English pack."""

from __future__ import annotations

import pytest

from wirewatch.lang.check import code_example


def coded(sentence: str) -> set[tuple]:
    return {(e.type, e.source.country, e.target.country if e.target else None, e.status)
            for e in code_example(sentence, "en")}


CASES = [
    # tenses and noun forms
    ("Greece and Bulgaria agree on a new border crossing.", ("AGREE", "GRC", "BGR", "asserted")),
    ("Chile is willing to accept the Peruvian proposal.", ("AGREE", "CHL", "PER", "asserted")),
    ("The Kenyan president pays tribute to Uganda and praised its army.",
     ("SUPPORT", "KEN", "UGA", "asserted")),
    ("Norway gave Mozambique forty million dollars for its schools.", ("AID", "NOR", "MOZ", "asserted")),
    ("Latvia has reopened its border with Belarus.", ("RETREAT", "LVA", "BLR", "asserted")),
    ("Armenian fighters surrendered to Azerbaijan.", ("RETREAT", "ARM", "AZE", "asserted")),
    ("Spain is suing Morocco over the fishing dispute.", ("ACCUSE", "ESP", "MAR", "asserted")),
    ("Mali reneged on its commitment to Algeria.", ("REJECT", "MLI", "DZA", "asserted")),
    ("Ecuador defied Colombia by keeping the border closed.", ("REJECT", "ECU", "COL", "asserted")),
    ("Cuban workers staged a nationwide strike against the government of Cuba.",
     ("PROTEST", "CUB", "CUB", "asserted")),  # domestic: workers against the government
    ("Kosovo blockaded roads leading to Serbia.", ("COERCE", "XKX", "SRB", "asserted")),
    ("Thai troops demolished Cambodian houses near the border.", ("COERCE", "THA", "KHM", "asserted")),
    ("Bolivian soldiers tortured Peruvian migrants.", ("ASSAULT", "BOL", "PER", "asserted")),
    ("Eritrea violated the ceasefire with Ethiopia.", ("ASSAULT", "ERI", "ETH", "asserted")),
    ("Germany suspended air links with Belarus.", ("SANCTION", "DEU", "BLR", "asserted")),
    ("Tunisia halted economic aid to Libya.", ("SANCTION", "TUN", "LBY", "asserted")),
    ("Sweden shares intelligence information with Finland.", ("COOPERATE", "SWE", "FIN", "asserted")),
    # reported demands: the speaker asks, the subject of "must" is asked
    ("Canada said on Monday that Venezuela must release the prisoners.",
     ("REQUEST", "CAN", "VEN", "asserted")),
    ("Poland is pressing Hungary to change its position.", ("REQUEST", "POL", "HUN", "asserted")),
    # passives
    ("Nepal was accused by India of harbouring rebels.", ("ACCUSE", "IND", "NPL", "asserted")),
    # status cues
    ("Vietnam said it would boycott talks with Cambodia.", ("PROTEST", "VNM", "KHM", "planned")),
    ("Oman did not sign the treaty with Yemen.", ("SUPPORT", "OMN", "YEM", "negated")),
    ("Moldova allegedly expelled a Russian diplomat.", ("SANCTION", "MDA", "RUS", "claimed")),
    # refusals are REJECT whatever the tense
    ("Egypt will not accept a Turkish role in Libya.", ("REJECT", "EGY", "TUR", "asserted")),
    ("Japan failed to reach agreement with South Korea.", ("REJECT", "JPN", "KOR", "asserted")),
    # the outer verb decides the type (issue 5): a threat to strike is THREATEN, not PROTEST
    ("Chadian unions threatened on Friday to call a general strike against Cameroon.",
     ("THREATEN", "TCD", "CMR", "asserted")),
    ("Peru mounted its long-announced offensive against Ecuador.", ("ASSAULT", "PER", "ECU", "asserted")),
    ("Kenya welcomed the Tanzanian decision to reopen the border.",
     ("SUPPORT", "KEN", "TZA", "asserted")),
    ("The Chilean president gave a warm welcome on Monday to the Bolivian president.",
     ("CONSULT", "BOL", "CHL", "asserted")),
    ("Ecuador granted political asylum to a Peruvian opposition leader.",
     ("AID", "ECU", "PER", "asserted")),
    # a curfew after unrest is the curfew, the unrest is background
    ("Nepal imposed a curfew on the Indian border towns after days of unrest.",
     ("COERCE", "NPL", "IND", "asserted")),
    # past leaders named alone (scripts/build_leaders.py; people/leaders-reign.toml)
    ("Askar Akayev met Nursultan Nazarbayev in Almaty.", ("CONSULT", "KGZ", "KAZ", "asserted")),
]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_english_sentence(sentence, expected):
    assert expected in coded(sentence)


@pytest.mark.parametrize("sentence", [
    "Protestant churches in Ireland held a service on Sunday.",
    "The talks resumed in March in Geneva.",
    "Amnesty International opened an office in Kenya.",
])
def test_no_event(sentence):
    assert coded(sentence) == set()
