"""The newer dates.toml sections work in every pack (sentences in time_section_cases.py)."""

import tomllib

import pytest
from time_section_cases import SECTION_CASES

from wirewatch.time import find_dates, resolve_event_date
from wirewatch.time.config import LANG_DIR

LANGS = ["el", "en", "ro", "id", "ru", "uk", "fr", "de", "es", "it", "pt", "tr", "ar", "fa", "zh", "pl"]
SECTIONS = ["weekend", "day_part", "day_number", "century", "season", "modifier"]
NO_DAY_WORDS = {"zh"}  # Chinese writes day numbers in digits or in the 日 form


def _pack(lang):
    with (LANG_DIR / lang / "dates.toml").open("rb") as fh:
        return tomllib.load(fh)


@pytest.mark.parametrize("lang", LANGS)
def test_every_pack_has_the_sections(lang):
    cfg = _pack(lang)
    assert cfg["meta"]["numeric_order"] in ("dmy", "mdy")
    for table in ("weekend", "day_parts", "centuries"):
        assert cfg.get(table), (lang, table)
    assert len(cfg["names"]["seasons"]) == 4
    assert cfg["cues"].get("modifiers") or cfg["cues"].get("modifiers_after")
    assert bool(cfg.get("day_numbers")) == (lang not in NO_DAY_WORDS)
    wanted = SECTIONS if lang not in NO_DAY_WORDS else [s for s in SECTIONS if s != "day_number"]
    assert all(SECTION_CASES[lang].get(s) for s in wanted), lang


def _params():
    for lang in LANGS:
        for section, cases in SECTION_CASES[lang].items():
            for i, (sentence, expected) in enumerate(cases):
                yield pytest.param(lang, sentence, expected, id=f"{lang}-{section}-{i}")


@pytest.mark.parametrize("lang,sentence,expected", list(_params()))
def test_section_expression(lang, sentence, expected, anchor):
    got = [(x.text, x.value) for x in find_dates(sentence, lang, anchor)]
    for item in expected:
        assert item in got, (sentence, got)


@pytest.mark.parametrize("lang", LANGS)
def test_event_dates_drop_the_part_of_day_and_weekend(lang, anchor):
    """An event dated "this morning" gets the day; "next weekend" the month of that week."""
    for section in ("day_part", "weekend"):
        for sentence, expected in SECTION_CASES[lang][section]:
            exprs = find_dates(sentence, lang, anchor)
            value, prec = resolve_event_date(exprs, 0, len(sentence), 0, anchor, False, False)
            want = expected[0][1]
            assert (value, prec) == ((want[:10], "day") if "T" in want else ("2024-06", "month")), sentence
