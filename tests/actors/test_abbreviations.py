"""One-character country abbreviations in Chinese: pairs and triples, never alone (issue 4)."""

from __future__ import annotations

import pytest

from wirewatch.actors.abbreviations import abbreviations, find_abbreviations
from wirewatch.events.text import code_text


def countries(text: str) -> list[str]:
    _, mentions, _ = code_text(text, "zh", None)
    return [m.country for m in mentions if m.country]


@pytest.mark.parametrize("text,expected", [
    ("中俄两国举行了海上联合演习。", ["CHN", "RUS"]),
    ("美韩宣布暂停联合军演。", ["USA", "KOR"]),
    ("俄乌谈判没有取得进展。", ["RUS", "UKR"]),
    ("美日韩三方会谈本周举行。", ["USA", "JPN", "KOR"]),
    ("专家认为中美关系仍然紧张。", ["CHN", "USA"]),
    ("12日中日双方签署了协议。", ["CHN", "JPN"]),  # the 日 of the date is no Japan
    ("他同意中印边境谈判的安排。", ["CHN", "IND"]),  # 意 belongs to 同意 "agree"
])
def test_pairs_and_triples_give_each_country(text, expected):
    assert countries(text) == expected


@pytest.mark.parametrize("text", [
    "会议在中美洲的一个小国举行。",  # 中美洲: Central America
    "据朝中社报道，试射成功。",  # 朝中社: the news agency
    "宪法中没有相关规定。",  # 法中: "in the constitution"
    "日前，中方代表抵达。",  # 日 alone ("recently")
    "学生学习中英文写作。",  # 中英文: Chinese and English writing
])
def test_no_country_from_ordinary_words(text):
    found = countries(text)
    assert not {"USA", "PRK", "FRA", "JPN", "GBR"} & set(found), found


def test_a_single_abbreviation_before_a_role():
    _, mentions, _ = code_text("美外长将于下周访问北京。", "zh", None)
    assert [(m.kind, m.country, m.role) for m in mentions if m.country == "USA"] == \
        [("role", "USA", "foreign_minister")]


def test_a_single_abbreviation_alone_is_nothing():
    rules = abbreviations("zh")
    assert find_abbreviations(list("他们在中间"), set(), rules) == []
    assert find_abbreviations(list("美中"), set(), rules) == [(0, "USA"), (1, "CHN")]
    assert find_abbreviations(list("美中"), {1}, rules) == []  # 中 taken by a longer name


def test_languages_without_a_list_have_none():
    assert abbreviations("en") is None
