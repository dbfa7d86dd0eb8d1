"""Coverage of office holders in the people files (src/wirewatch/actors/data/people/*.toml).

Why: a role description ("the Venezuelan foreign minister", "NATO's secretary general")
resolves to whoever held that office on the event date. A day nobody holds the office in the
knowledge base leaves such phrases unresolved without any error, so this test lists every
stretch longer than MAX_GAP between 2010-01-01 and 2025-12-31 that no spell covers.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections import defaultdict
from pathlib import Path

import pytest

PEOPLE_DIR = Path(__file__).resolve().parents[2] / "src" / "wirewatch" / "actors" / "data" / "people"
FIRST_DAY = dt.date(2010, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)
MAX_GAP = dt.timedelta(days=45)

G20 = ("ARG", "AUS", "BRA", "CAN", "CHN", "DEU", "FRA", "GBR", "IDN", "IND", "ITA", "JPN",
       "KOR", "MEX", "RUS", "SAU", "TUR", "USA", "ZAF")
IN_THE_NEWS = ("IRN", "PRK", "UKR", "ISR", "SYR", "ARE", "EGY", "PAK", "POL", "HUN", "BLR",
               "VEN", "QAT", "AFG", "IRQ", "JOR", "KWT", "OMN", "ETH", "NGA", "CUB", "COL",
               "ESP", "NLD", "BEL", "PRT", "SWE", "NOR", "DNK", "FIN", "GRC", "ROU", "AUT",
               "CZE", "SRB", "LTU", "MDA", "GEO", "ARM", "AZE", "KAZ", "VNM", "PHL")
COUNTRIES = G20 + IN_THE_NEWS

# Where the president heads the government there is no separate head_of_government; a span
# limits the office to the years it existed (Turkey abolished its prime minister in 2018, Cuba
# restored its own in 2019, the Taliban named one in 2021; Syria's transitional constitution
# of 2025 left the president at the head of the government).
NO_HEAD_OF_GOVERNMENT = {"USA", "ARG", "BRA", "MEX", "IDN", "ZAF", "IRN", "VEN", "NGA",
                         "COL", "PHL"}
HEAD_OF_GOVERNMENT_SPAN = {
    "TUR": (FIRST_DAY, dt.date(2018, 7, 9)),
    "CUB": (dt.date(2019, 12, 21), LAST_DAY),
    "AFG": (dt.date(2021, 9, 7), LAST_DAY),
    "SYR": (FIRST_DAY, dt.date(2025, 3, 29)),
}

# Days an office stood empty in fact: they count as covered. Lebanon's parliament failed to
# elect a president twice (the cabinet held the powers); Syria had no president between Assad's
# flight and al-Sharaa's appointment, and the Taliban emirate has a supreme leader (both coded
# `leader`) but no head of state. Austria's presidency passed to the three presidents of the
# National Council jointly in 2016; Nigeria's presidents governed months without a cabinet after
# taking office in 2015 and 2023. China left its defence minister's post empty for two months
# after Li Shangfu's removal.
VACANCIES = {
    ("head_of_state", "LBN"): [(dt.date(2014, 5, 25), dt.date(2016, 10, 31)),
                               (dt.date(2022, 10, 31), dt.date(2025, 1, 9))],
    ("head_of_state", "SYR"): [(dt.date(2024, 12, 8), dt.date(2025, 1, 29))],
    ("head_of_state", "AFG"): [(dt.date(2021, 8, 15), LAST_DAY)],
    ("defence_minister", "CHN"): [(dt.date(2023, 10, 24), dt.date(2023, 12, 29))],
    ("head_of_state", "AUT"): [(dt.date(2016, 7, 8), dt.date(2017, 1, 26))],
    ("foreign_minister", "NGA"): [(dt.date(2015, 5, 29), dt.date(2015, 11, 11)),
                                  (dt.date(2023, 5, 29), dt.date(2023, 8, 21))],
}

# Gaps where someone held the office but the compilers do not know who: tolerated, listed so
# they are filled when known (test_unresolved_gaps_are_still_open fails once they are).
UNRESOLVED = {
    ("foreign_minister", "PAK"): [(dt.date(2013, 3, 16), dt.date(2013, 6, 7))],  # caretaker cabinet
    ("foreign_minister", "ARM"): [(dt.date(2021, 6, 1), dt.date(2021, 8, 19))],  # after Aivazian
    ("foreign_minister", "MDA"): [(dt.date(2025, 11, 1), LAST_DAY)],  # Munteanu cabinet
}

# The 20 countries most often in political news: their defence ministers too.
DEFENCE_COUNTRIES = ("USA", "RUS", "CHN", "UKR", "IRN", "ISR", "GBR", "FRA", "DEU", "TUR",
                     "IND", "VEN", "PRK", "KOR", "JPN", "SAU", "SYR", "POL", "EGY", "ITA")

# Heads of international organisations, coded as igo.toml's header explains.
IGO_OFFICES = (
    ("secretary_general", "IGO:UN"), ("secretary_general", "IGO:NATO"),
    ("head_of_government", "IGO:EU"), ("head_of_state", "IGO:EU"),
    ("foreign_minister", "IGO:EU"), ("secretary_general", "IGO:IAEA"),
    ("secretary_general", "IGO:WHO"), ("secretary_general", "IGO:IMF"),
    ("secretary_general", "IGO:WB"), ("secretary_general", "IGO:OPEC"),
    ("secretary_general", "IGO:AL"), ("secretary_general", "IGO:AU"),
    ("secretary_general", "IGO:ASEAN"), ("secretary_general", "IGO:ICC"),
    ("secretary_general", "IGO:GCC"),
)


def _offices() -> list[tuple[str, str, dt.date, dt.date]]:
    """Every (role, country, first day, last day) the coverage rules ask for."""
    out = []
    for country in COUNTRIES:
        out.append(("head_of_state", country, FIRST_DAY, LAST_DAY))
        out.append(("foreign_minister", country, FIRST_DAY, LAST_DAY))
        if country in HEAD_OF_GOVERNMENT_SPAN:
            out.append(("head_of_government", country, *HEAD_OF_GOVERNMENT_SPAN[country]))
        elif country not in NO_HEAD_OF_GOVERNMENT:
            out.append(("head_of_government", country, FIRST_DAY, LAST_DAY))
    out += [("defence_minister", c, FIRST_DAY, LAST_DAY) for c in DEFENCE_COUNTRIES]
    out += [(role, org, FIRST_DAY, LAST_DAY) for role, org in IGO_OFFICES]
    return out


def _spells() -> dict[tuple[str, str], list[tuple[dt.date, dt.date]]]:
    spells = defaultdict(list)
    for path in sorted(PEOPLE_DIR.glob("*.toml")):
        with path.open("rb") as fh:
            people = tomllib.load(fh).get("person", [])
        for person in people:
            for role in person["roles"]:
                start = dt.date.fromisoformat(role["start"])
                end = dt.date.fromisoformat(role["end"]) if "end" in role else dt.date.max
                spells[(role["role"], role["country"])].append((start, end))
    for office, days in VACANCIES.items():
        spells[office] += days
    return spells


def uncovered(spells: list[tuple[dt.date, dt.date]], first: dt.date, last: dt.date) -> list[tuple[dt.date, dt.date]]:
    """Stretches of [first, last] longer than MAX_GAP that no spell covers (end days exclusive)."""
    gaps, covered_to = [], first
    for start, end in sorted(spells):
        if start > covered_to:
            gaps.append((covered_to, start))
        covered_to = max(covered_to, end)
    if covered_to < last:
        gaps.append((covered_to, last))
    return [(a, min(b, last)) for a, b in gaps if a < last and min(b, last) - a > MAX_GAP]


def test_coverage_lists():
    assert len(set(COUNTRIES)) == len(COUNTRIES) >= 60
    assert set(G20) <= set(COUNTRIES) and set(DEFENCE_COUNTRIES) <= set(COUNTRIES)
    assert len(DEFENCE_COUNTRIES) == 20


def test_uncovered_finds_gaps():
    """The gap finder itself: a two-month hole is reported, a three-week one is not."""
    day = dt.date
    spells = [(day(2009, 1, 1), day(2012, 3, 1)), (day(2012, 5, 1), day(2015, 1, 1)),
              (day(2015, 1, 20), day(2030, 1, 1))]
    assert uncovered(spells, FIRST_DAY, LAST_DAY) == [(day(2012, 3, 1), day(2012, 5, 1))]
    assert uncovered([], FIRST_DAY, LAST_DAY) == [(FIRST_DAY, LAST_DAY)]
    assert uncovered([(day(2009, 1, 1), day(2025, 12, 1))], FIRST_DAY, LAST_DAY) == []


def _gaps() -> list[tuple[str, str, dt.date, dt.date]]:
    spells = _spells()
    return [(role, country, a, b)
            for role, country, first, last in _offices()
            for a, b in uncovered(spells[(role, country)], first, last)]


def test_offices_covered_2010_to_2025():
    problems = [f"{role} {country} {a}..{b}" for role, country, a, b in _gaps()
                if (a, b) not in UNRESOLVED.get((role, country), [])]
    print("\n".join(problems))
    assert not problems, f"{len(problems)} gaps:\n" + "\n".join(problems)


@pytest.mark.parametrize(("role", "country"), [("foreign_minister", "VEN"), ("head_of_state", "KOR")])
def test_known_gaps_filled(role, country):
    """Gaps once reported stay filled (Jaua, Plasencia, Faría; Korea's acting presidents of 2025)."""
    assert not uncovered(_spells()[(role, country)], FIRST_DAY, LAST_DAY)


def test_unresolved_gaps_are_still_open():
    """An UNRESOLVED entry that the data now fills is stale: remove it from the list."""
    open_gaps = {((role, country), (a, b)) for role, country, a, b in _gaps()}
    stale = [(office, gap) for office, gaps in UNRESOLVED.items() for gap in gaps
             if (office, gap) not in open_gaps]
    assert not stale
