"""One-character country abbreviations ("中俄", "美日韩", "美外长"), read only where they are safe.

Chinese writes a pair of countries with one character each: 中俄 is China and Russia, 美韩 the
United States and South Korea. Alone the characters are common words (中 "middle", 日 "day",
以 "by means of"), so a pack lists them (`[abbreviations]` in `lang/<xx>/actors.toml`) with
the contexts that make them names:
  - a run of two or three of them, none covered by a longer name ("以美国为首": 美国 is a name,
    so 以 stands alone), opened at a word boundary: the text start, a non-Han character other
    than a digit, or a listed `before` character ("的", "与"); after any other character the
    run's first character ends the word before it (同意 "agree" in "同意中美合作", the 日 of a
    date in "5日中日会谈") and the rest of the run is read;
  - not followed by a `not_after` character that makes the run part of a longer word
    (中美洲 "Central America", 中英文 "Chinese and English");
  - or a single one right before a `followers` word (方 "side", 军 "army", 外长 "foreign
    minister"), which the other pack patterns read on;
  - or a single one of the `alone` table (the countries whose character is seldom an
    ordinary word, and 华 China, 台 Taiwan, which are no part of runs: 华美 is "splendid")
    right after a `single_after` character that governs a country: 对俄 "towards Russia",
    涉台 "concerning Taiwan", 访华 "visit China", 赴美 "go to the US", 与日 "with Japan";
    never where it makes a word listed in `not_words` with the character before or after it
    (美元 "dollar", 日益 "daily", 同日 "the same day", 台风 "typhoon", 华为 Huawei).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from wirewatch.lang.loader import PackError, pack_table
from wirewatch.text.keys import is_cjk

MAX_RUN = 3


@dataclass(frozen=True)
class Abbreviations:
    countries: dict[str, str]  # character -> actor id
    before: frozenset[str]
    not_after: frozenset[str]
    followers: tuple[str, ...]
    alone: dict[str, str] = field(default_factory=dict)  # read singly after `single_after`
    single_after: frozenset[str] = frozenset()
    not_words: frozenset[str] = frozenset()  # two-character words no single one stands in


@cache
def abbreviations(lang: str | None) -> Abbreviations | None:
    """The pack's abbreviation rules; None for a language that lists none."""
    section = pack_table(lang, "actors.toml", "abbreviations")
    if not section:
        return None
    countries = _one_character_ids(lang, "countries", section.get("countries", {}))
    alone = _one_character_ids(lang, "alone", section.get("alone", {}))
    return Abbreviations(countries, frozenset(section.get("before", [])),
                         frozenset(section.get("not_after", [])),
                         tuple(sorted(section.get("followers", []), key=len, reverse=True)),
                         alone, frozenset(section.get("single_after", [])),
                         frozenset(section.get("not_words", [])))


def _one_character_ids(lang: str, key: str, table: dict) -> dict[str, str]:
    """A table of one character to an actor id, checked."""
    if not all(len(ch) == 1 and isinstance(v, str) for ch, v in table.items()):
        raise PackError(f"{lang}/actors.toml: abbreviations.{key} maps one character to an id")
    return dict(table)


def _opens(prev: str, rules: Abbreviations) -> bool:
    """Whether a run may start after `prev` ("" at the text start)."""
    return not prev or prev in rules.before or not (is_cjk(prev) or prev.isdigit())


def find_abbreviations(chars: list[str], covered: set[int], rules: Abbreviations
                       ) -> list[tuple[int, str]]:
    """(index, actor id) of every abbreviation read as a country; `chars` are one-character
    tokens (or any tokens: longer ones are never abbreviations), `covered` the indices other
    names already take."""
    def abbr(k: int) -> bool:
        return 0 <= k < len(chars) and k not in covered and chars[k] in rules.countries

    found: list[tuple[int, str]] = []
    k = 0
    while k < len(chars):
        if not abbr(k):
            if k not in covered and _alone(chars, k, rules):
                found.append((k, rules.alone[chars[k]]))
            k += 1
            continue
        end = k
        while abbr(end):
            end += 1
        found.extend(_run(chars, k, end, rules))
        k = end
    return found


def _run(chars: list[str], start: int, end: int, rules: Abbreviations) -> list[tuple[int, str]]:
    following = "".join(chars[end:end + 4])
    if end - start == 1:
        if any(following.startswith(f) for f in rules.followers):
            return [(start, rules.countries[chars[start]])]
        return [(start, rules.alone[chars[start]])] if _alone(chars, start, rules) else []
    if following[:1] in rules.not_after:
        return []
    if not _opens(chars[start - 1] if start else "", rules):
        start += 1  # its first character ends the word before it ("同意中美", "5日中日")
    ids = [rules.countries[chars[k]] for k in range(start, end)]
    if not 2 <= len(ids) <= MAX_RUN or len(set(ids)) < len(ids):
        return []
    return list(zip(range(start, end), ids))


def _alone(chars: list[str], k: int, rules: Abbreviations) -> bool:
    """Whether the character at k stands alone for its country: one of `alone`, right after
    a `single_after` character, making no listed word with its neighbours."""
    if chars[k] not in rules.alone or k == 0 or chars[k - 1] not in rules.single_after:
        return False
    after = chars[k] + chars[k + 1] if k + 1 < len(chars) else ""
    return chars[k - 1] + chars[k] not in rules.not_words and after not in rules.not_words
