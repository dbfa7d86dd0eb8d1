"""Per-language location cues (`lang/<code>/places.toml`): what makes a name the event's place.

A place name counts as where something happens only after a locative preposition ("in",
"στην", "в", "在"), with a locative ending ("Tahran'da") or a locative prefix ("بموسكو");
`visit_*` cues ("to", "nach", "'a") locate only visits and trips; `after` cues are words that
follow the name and make it a location (Turkish "İstanbul'un Saraçhane semtinde", "Dera
kırsalında": the district or countryside of the named place). See docs/geo.md.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from wirewatch.lang.loader import PackError, pack_root
from wirewatch.text.keys import fold, tokenize

LIST_KEYS = ("before", "not_before", "visit_before", "suffixes", "visit_suffixes", "prefixes",
             "after")


@dataclass(frozen=True)
class PlaceCues:
    before: frozenset[tuple[str, ...]] = frozenset()
    not_before: frozenset[tuple[str, ...]] = frozenset()
    visit_before: frozenset[tuple[str, ...]] = frozenset()
    suffixes: tuple[str, ...] = ()
    visit_suffixes: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    after: tuple[str, ...] = ()  # folded words, "*" ending a prefix: "semtinde*"
    object_before_verb: bool = False

    @property
    def longest(self) -> int:
        return max(map(len, self.before | self.not_before | self.visit_before), default=0)


def follows_as_place(word: str, cues: PlaceCues) -> bool:
    """The folded word after a name is one of the `after` cues (a final "*" matches any rest)."""
    return any(word.startswith(c[:-1]) if c.endswith("*") else word == c for c in cues.after)


def _token_tuple(phrase: str) -> tuple[str, ...]:
    return tuple(fold(phrase[a:b]) for a, b in tokenize(phrase))


def parse_cues(where: str, data: dict) -> PlaceCues:
    section = data.get("cues", {})
    unknown = set(section) - set(LIST_KEYS) - {"object_before_verb"}
    if unknown:
        raise PackError(f"{where}: unknown keys {sorted(unknown)} in [cues]")
    lists = {}
    for key in LIST_KEYS:
        value = section.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise PackError(f"{where}: cues.{key} must be a list of non-empty strings")
        lists[key] = value
    return PlaceCues(
        before=frozenset(map(_token_tuple, lists["before"])),
        not_before=frozenset(map(_token_tuple, lists["not_before"])),
        visit_before=frozenset(map(_token_tuple, lists["visit_before"])),
        suffixes=tuple(fold(s) for s in lists["suffixes"]),
        visit_suffixes=tuple(fold(s) for s in lists["visit_suffixes"]),
        prefixes=tuple(lists["prefixes"]),
        after=tuple(fold(s) for s in lists["after"]),
        object_before_verb=bool(section.get("object_before_verb", False)),
    )


@cache
def load_cues(lang: str | None) -> PlaceCues:
    """The cues of `lang`; a language without a places.toml gets none (only visits locate)."""
    path = pack_root() / (lang or "und") / "places.toml"
    if not lang or not path.is_file():
        return PlaceCues()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"{lang}/places.toml: invalid TOML: {exc}") from exc
    return parse_cues(f"{lang}/places.toml", data)
