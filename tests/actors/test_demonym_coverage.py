"""Demonyms of every state in every pack language (issue 4).

Three checks: every UN member and observer state, Kosovo, Taiwan and Western Sahara has a
`[demonyms]` entry in each pack (an empty list records a decision that the language uses the
name attributively); no pattern of one country can match another country's demonym or name
in the same language; and own sentences show demonyms in their cases linked to their country
by the real recognizer.
"""

from __future__ import annotations

import json
import tomllib
from functools import cache
from importlib import resources

import pytest
from babel import Locale

from wirewatch.events.text import code_text
from wirewatch.lang.patterns import TokenPattern, parse_pattern
from wirewatch.text.keys import fold, pattern_tokens

# countries.json holds every CLDR territory and does not say which are states, so the
# members (193), the observers (Holy See, Palestine) and the disputed territories the press
# reports on as actors are listed here.
UN_MEMBERS = frozenset(["AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR", "BGD", "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR", "BFA", "BDI", "CPV", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG", "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "PRK", "COD", "DNK", "DJI", "DMA", "DOM", "ECU", "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO", "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND", "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "KWT", "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS", "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MCO", "MNG", "MNE", "MAR", "MOZ", "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "MKD", "NOR", "OMN", "PAK", "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR", "MDA", "ROU", "RUS", "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP", "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE", "SYR", "TJK", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA", "UKR", "ARE", "GBR", "TZA", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE"])
OBSERVERS = frozenset({"VAT", "PSE"})
DISPUTED = frozenset({"XKX", "TWN", "ESH"})
STATES = UN_MEMBERS | OBSERVERS | DISPUTED

MINE = ("en", "el", "ro", "id", "ru", "uk", "pl", "fr")
OTHERS = ("de", "es", "it", "pt", "tr", "ar", "fa", "zh")
LANGS = MINE + OTHERS


@cache
def _actors(lang: str) -> dict:
    path = resources.files("wirewatch.lang") / lang / "actors.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


@cache
def _countries() -> dict:
    path = resources.files("wirewatch.actors") / "data" / "countries.json"
    return json.loads(path.read_text(encoding="utf-8"))["countries"]


def test_state_list_is_complete_and_known():
    assert len(UN_MEMBERS) == 193
    assert STATES <= set(_countries())


@pytest.mark.parametrize("lang", LANGS)
def test_every_state_has_a_demonym_entry(lang):
    missing = sorted(STATES - set(_actors(lang).get("demonyms", {})))
    assert not missing, f"{lang}: no [demonyms] entry for {missing}"


# --- collisions --------------------------------------------------------------------------

Tokens = tuple[TokenPattern, ...]


def _witness(token: TokenPattern) -> str:
    """The shortest word a token pattern stands for: its text."""
    return token.text


def _catches(pattern: Tokens, words: tuple[str, ...]) -> bool:
    """Whether `pattern` matches exactly the word sequence `words` (same number of tokens):
    leftmost-longest selection settles every other overlap in favour of the longer phrase."""
    return len(pattern) == len(words) and all(t.matches(w) for t, w in zip(pattern, words))


def _patterns(lang: str) -> dict[str, list[tuple[str, Tokens]]]:
    out = {}
    for country, patterns in _actors(lang).get("demonyms", {}).items():
        parsed = [(p, tuple(t for t in parse_pattern(p) if t.kind != "gap")) for p in patterns]
        out[country] = parsed
    return out


def _name_forms(lang: str, suffixes: tuple[str, ...]) -> dict[str, set[tuple[str, ...]]]:
    """Each country's name in `lang` (CLDR), folded, with the pack's case endings on its last
    word (added to the word and to the word less a final vowel: "Нигерия" -> "Нигерии")."""
    names = Locale.parse(lang).territories
    forms: dict[str, set[tuple[str, ...]]] = {}
    for iso3, entry in _countries().items():
        name = names.get(entry["alpha2"])
        if not name:
            continue
        words = tuple(fold(w) for w in pattern_tokens(name))
        if not words:
            continue
        *head, last = words
        stems = {last, last[:-1]} if last[-1:] in "aeiouyаеиоуыяюэієїαεηιουωă" else {last}
        variants = {last} | {s + fold(x) for s in stems for x in suffixes}
        forms[iso3] = {(*head, v) for v in variants}
    return forms


def collisions(lang: str) -> list[str]:
    """Patterns of one country that match a demonym stem or a name form of another."""
    patterns = _patterns(lang)
    suffixes = tuple(_actors(lang).get("meta", {}).get("name_suffixes", []))
    names = _name_forms(lang, suffixes)
    found = []
    for country, own in patterns.items():
        for text, pattern in own:
            for other, theirs in patterns.items():
                if other == country:
                    continue
                for other_text, other_pattern in theirs:
                    if _catches(pattern, tuple(_witness(t) for t in other_pattern)):
                        found.append(f"{country} {text!r} catches {other} demonym {other_text!r}")
            for other, forms in names.items():
                if other == country:
                    continue
                hit = next((f for f in sorted(forms) if _catches(pattern, f)), None)
                if hit:
                    found.append(f"{country} {text!r} catches {other} name {' '.join(hit)!r}")
    return found


def test_collision_check_can_fail():
    """A stem for Niger that is a prefix of Nigeria's adjective and name is reported."""
    niger = tuple(parse_pattern("niger*"))
    assert _catches(niger, ("nigerian",)) and _catches(niger, ("nigeria",))
    assert not _catches(niger, ("south", "nigerian"))
    assert not _catches(tuple(parse_pattern("nigerien*")), ("nigerian",))


@pytest.mark.parametrize("lang", LANGS)
def test_no_demonym_catches_another_country(lang):
    found = collisions(lang)
    assert not found, f"{lang}: " + "; ".join(found)


# --- own sentences through the recognizer ------------------------------------------------

def countries_in(text: str, lang: str) -> set[str]:
    _, mentions, _ = code_text(text, lang, None)
    return {m.country for m in mentions if m.country} | {m.actor_id for m in mentions if m.actor_id}


SENTENCES = [
    # en
    ("en", "The Malian junta expelled the French ambassador.", "MLI", ()),
    ("en", "Nigerien soldiers closed the border on Tuesday.", "NER", ("NGA",)),
    ("en", "Burkinabe officials rejected the report.", "BFA", ()),
    ("en", "Two Guinean ministers resigned on Monday.", "GIN", ("GNQ", "GNB")),
    ("en", "An Equatorial Guinean delegation arrived in Madrid.", "GNQ", ("GIN",)),
    ("en", "Dominican police detained the suspects.", "DOM", ("DMA",)),
    ("en", "South Sudanese troops crossed into the area.", "SSD", ("SDN",)),
    ("en", "The Ivorian government recalled its envoy.", "CIV", ()),
    ("en", "Kosovar police arrested three men near the bridge.", "XKX", ()),
    ("en", "Sahrawi activists protested outside the court.", "ESH", ()),
    ("en", "A Bhutanese diplomat criticised the plan.", "BTN", ()),
    ("en", "Salvadoran authorities deported the gang leaders.", "SLV", ()),
    # el: nominative, genitive and accusative, masculine, feminine and plural
    ("el", "Οι Μαλιανοί στρατιωτικοί κατέλαβαν την εξουσία.", "MLI", ()),
    ("el", "Η σενεγαλέζικη κυβέρνηση ανακάλεσε τον πρέσβη.", "SEN", ()),
    ("el", "Ο Ουρουγουανός υπουργός έφτασε χθες.", "URY", ("PRY",)),
    ("el", "Οι Τανζανοί αξιωματούχοι απέρριψαν τις κατηγορίες.", "TZA", ()),
    ("el", "Ο πρόεδρος μίλησε με τον Ζιμπαμπουανό ομόλογό του.", "ZWE", ()),
    ("el", "Η ουγκαντέζικη αστυνομία συνέλαβε τρεις άνδρες.", "UGA", ()),
    ("el", "Η μαλτέζικη ακτοφυλακή διέσωσε μετανάστες.", "MLT", ()),
    ("el", "Οι Κοσοβάροι αστυνομικοί συνέλαβαν δύο υπόπτους.", "XKX", ()),
    ("el", "Η τζαμαϊκανή κυβέρνηση ζήτησε βοήθεια.", "JAM", ()),
    ("el", "Οι Γκανέζοι στρατιώτες αποχώρησαν από την περιοχή.", "GHA", ()),
    ("el", "Η πρόταση της λουξεμβουργιανής προεδρίας απορρίφθηκε.", "LUX", ()),
    # ro: masculine, feminine, plural, articulated
    ("ro", "Armata maliană a atacat tabăra.", "MLI", ()),
    ("ro", "Guvernul nigerez a închis frontiera.", "NER", ("NGA",)),
    ("ro", "Soldații nigerieni au fost trimiși în nord.", "NGA", ("NER",)),
    ("ro", "Poliția senegaleză a arestat doi bărbați.", "SEN", ()),
    ("ro", "Autoritățile ivoriene au rechemat ambasadorul.", "CIV", ()),
    ("ro", "Ministrul tanzanian a semnat acordul.", "TZA", ()),
    ("ro", "Trupele sud-sudaneze au trecut granița.", "SSD", ("SDN",)),
    ("ro", "Delegația kosovară a sosit vineri.", "XKX", ()),
    ("ro", "Guvernul guineez a suspendat constituția.", "GIN", ("GNQ",)),
    ("ro", "Garda de coastă malteză a salvat migranții.", "MLT", ()),
    ("ro", "Oficialii eritreeni au respins acuzațiile.", "ERI", ()),
    # id: the name stands attributively
    ("id", "Militer Mali menguasai ibu kota.", "MLI", ()),
    ("id", "Pemerintah Niger menutup perbatasan.", "NER", ("NGA",)),
    ("id", "Polisi Pantai Gading menangkap tiga orang.", "CIV", ()),
    ("id", "Presiden Guinea Bissau membubarkan parlemen.", "GNB", ("GIN",)),
    ("id", "Tentara Republik Demokratik Kongo menyerang pemberontak.", "COD", ("COG",)),
    ("id", "Pejabat Sahara Barat menolak rencana itu.", "ESH", ()),
    ("id", "Pasukan Sudan Selatan mundur dari perbatasan.", "SSD", ("SDN",)),
    ("id", "Delegasi Kosovo tiba kemarin.", "XKX", ()),
    ("id", "Pemerintah Timor Leste membuka kedutaan baru.", "TLS", ()),
    ("id", "Duta besar Vatikan bertemu menteri luar negeri.", "VAT", ()),
    ("id", "Presiden Tanjung Verde berpidato di sidang umum.", "CPV", ()),
    # ru: cases and genders of adjectives, nouns of people
    ("ru", "Малийские военные заявили о перевороте.", "MLI", ()),
    ("ru", "Нигерские власти закрыли границу.", "NER", ("NGA",)),
    ("ru", "Нигерийская армия начала операцию.", "NGA", ("NER",)),
    ("ru", "Гвинейские военные арестовали президента.", "GIN", ("GNQ", "GNB")),
    ("ru", "Ивуарийский министр прибыл с визитом.", "CIV", ()),
    ("ru", "Сенегальцы вышли на протесты.", "SEN", ()),
    ("ru", "Доминиканская полиция задержала подозреваемых.", "DOM", ("DMA",)),
    # a capitalised adjective must not meet another country's CLDR name by its stem: Slovak
    # "Slovensko" for "Словенский", Bangladesh for "Датская"
    ("ru", "Словенский премьер встретился с коллегами.", "SVN", ("SVK",)),
    ("ru", "Датская компания отказалась от контракта.", "DNK", ("BGD",)),
    ("ru", "Косовская полиция задержала двух человек.", "XKX", ()),
    ("ru", "Танзанийского посла вызвали в министерство.", "TZA", ()),
    ("ru", "С уругвайской делегацией провели переговоры.", "URY", ()),
    ("ru", "В ватиканских кругах это опровергли.", "VAT", ()),
    # uk
    ("uk", "Малійські військові захопили владу.", "MLI", ()),
    ("uk", "Нігерська влада закрила кордон.", "NER", ("NGA",)),
    ("uk", "Гвінейські військові заарештували президента.", "GIN", ("GNQ",)),
    ("uk", "Сенегальського посла викликали до міністерства.", "SEN", ()),
    ("uk", "Чорногорський уряд ухвалив рішення.", "MNE", ()),
    ("uk", "Словенська делегація прибула з візитом.", "SVN", ("SVK",)),
    ("uk", "З ісландським прем'єром обговорили співпрацю.", "ISL", ()),
    ("uk", "Косовська поліція затримала двох чоловіків.", "XKX", ()),
    ("uk", "Танзанійські дипломати відвідали столицю.", "TZA", ()),
    ("uk", "Непальська армія допомагала рятувальникам.", "NPL", ()),
    ("uk", "Албанці протестували біля парламенту.", "ALB", ()),
    ("uk", "Ватиканська дипломатія запропонувала посередництво.", "VAT", ()),
    # pl: masculine-personal plurals in -scy/-ccy, instrumental, feminine
    ("pl", "Malijscy żołnierze przejęli władzę.", "MLI", ()),
    ("pl", "Rząd nigerski zamknął granicę.", "NER", ("NGA",)),
    ("pl", "Nigeryjscy urzędnicy odrzucili zarzuty.", "NGA", ("NER",)),
    ("pl", "Gwinejskie wojsko aresztowało prezydenta.", "GIN", ()),
    ("pl", "Senegalska policja zatrzymała demonstrantów.", "SEN", ()),
    ("pl", "Słoweński premier spotkał się z kolegami.", "SVN", ("SVK",)),
    ("pl", "Czarnogórscy politycy podpisali porozumienie.", "MNE", ()),
    ("pl", "Kosowska policja zatrzymała dwóch mężczyzn.", "XKX", ()),
    ("pl", "Z tanzańskim ministrem rozmawiano o handlu.", "TZA", ()),
    ("pl", "Niemieccy dyplomaci przybyli w poniedziałek.", "DEU", ()),
    ("pl", "Albańscy urzędnicy odrzucili plan.", "ALB", ()),
    ("pl", "Watykańska dyplomacja zaproponowała mediację.", "VAT", ()),
    # fr: masculine, feminine, plural
    ("fr", "Les autorités maliennes ont expulsé l'ambassadeur.", "MLI", ()),
    ("fr", "Le gouvernement nigérien a fermé la frontière.", "NER", ("NGA",)),
    ("fr", "L'armée nigériane a lancé une offensive.", "NGA", ("NER",)),
    ("fr", "Les militaires guinéens ont arrêté le président.", "GIN", ("GNQ",)),
    ("fr", "La police sénégalaise a dispersé les manifestants.", "SEN", ()),
    ("fr", "Le ministre ivoirien a démissionné.", "CIV", ()),
    ("fr", "Les soldats burkinabè ont repoussé l'attaque.", "BFA", ()),
    ("fr", "La diplomatie vaticane a proposé une médiation.", "VAT", ()),
    ("fr", "Les autorités kosovares ont arrêté trois hommes.", "XKX", ()),
    ("fr", "Le président centrafricain a rencontré son homologue.", "CAF", ()),
    ("fr", "Les militants sahraouis ont manifesté samedi.", "ESH", ()),
    ("fr", "Le gouvernement slovène a approuvé le plan.", "SVN", ("SVK",)),
    ("fr", "La police dominicaine a arrêté deux suspects.", "DOM", ("DMA",)),
]


@pytest.mark.parametrize("lang, text, expected, absent", SENTENCES,
                         ids=[f"{s[0]}-{s[2]}-{n}" for n, s in enumerate(SENTENCES)])
def test_demonym_links_to_its_country(lang, text, expected, absent):
    got = countries_in(text, lang)
    assert expected in got, f"{expected} not linked in {text!r}: {sorted(got)}"
    assert not got & set(absent), f"{sorted(got & set(absent))} wrongly linked in {text!r}"


@pytest.mark.parametrize("lang", MINE)
def test_at_least_ten_sentences_per_language(lang):
    assert sum(1 for s in SENTENCES if s[0] == lang) >= 10
