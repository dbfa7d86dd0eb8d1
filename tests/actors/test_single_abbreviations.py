"""A one-character country abbreviation stands alone right after a character that governs a
country (对俄 "towards Russia", 访华 "visit China", 赴美 "go to the US"), never inside an
ordinary word (美元, 日益, 同日, 台风) nor inside a topic compound (售台武器, 涉台言论)."""

from __future__ import annotations

import pytest

from wirewatch.actors.abbreviations import abbreviations, find_abbreviations


def read(text: str) -> list[str]:
    return [actor for _, actor in find_abbreviations(list(text), set(), abbreviations("zh"))]


@pytest.mark.parametrize("text,expected", [
    ("欧盟决定延长对俄经济制裁。", ["RUS"]),
    ("总理下月将赴美出席会议。", ["USA"]),
    ("该国总统本周访华。", ["CHN"]),
    ("日本扩大对华出口。", ["CHN"]),
    ("首尔调整对朝政策。", ["PRK"]),
    ("美台关系出现新变化。", ["USA", "TWN"]),
])
def test_a_single_character_after_a_governing_word_is_the_country(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "双方同意继续对话。",  # 对话 "dialogue"
    "油价以美元计价。",  # 美元 "dollar"
    "两国贸易与日俱增。",  # 与日俱增 "grows by the day"
    "同日，外长举行记者会。",  # 同日 "the same day"
    "沿海地区防范台风。",  # 台风 "typhoon"
    "政府对华为实施限制。",  # 华为 Huawei
    "该公司对以上问题作出回应。",  # 以 is never read alone
    "当局对加强管理提出要求。",  # 加 is never read alone
    "他们参与售台武器的交易。",  # 售台: a topic inside a noun phrase
    "记者询问涉台言论。",  # 涉台: a topic
    "他们热爱和平。",  # 和平 "peace"
])
def test_ordinary_words_stay_words(text):
    assert read(text) == []


def test_the_table_is_read_through_the_pack_loader():
    rules = abbreviations("zh")
    assert rules.alone["华"] == "CHN" and "对" in rules.single_after
    assert abbreviations("fr") is None
