"""A party named inside a pro-/anti- compound is no party: "pro-EU protesters", "les
séparatistes pro-russes", "anti-government rallies", "Rus yanlısı", "亲俄武装".

The compound says whom a group sides with or stands against, not who acts: the protesters
are the party, the EU is not. Each pack lists (`lang/<xx>/actors.toml` `[compounds]`) the
text that opens such a compound right before a name (`before`: "pro-", "anti-", "الموالية ل")
and the text that closes it right after one (`after`: "-freundlich", " yanlısı"); a name
with either beside it is dropped before phrases are built, so a sector it would have placed
("Pro-Russian separatists") takes its country from elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from wirewatch.lang.loader import pack_table
from wirewatch.text.keys import is_cjk


@dataclass(frozen=True)
class Compounds:
    before: tuple[str, ...]
    after: tuple[str, ...]


@cache
def compounds(lang: str | None) -> Compounds:
    """The pack's compound openers and closers (lower case); none for a pack without."""
    section = pack_table(lang, "actors.toml", "compounds")
    return Compounds(tuple(w.lower() for w in section.get("before", [])),
                     tuple(w.lower() for w in section.get("after", [])))


def in_compound(start: int, end: int, text: str, rules: Compounds) -> bool:
    """Whether the name at text[start:end] stands inside a pro-/anti- compound."""
    return any(_opened_by(text, start, word) for word in rules.before) \
        or any(text[end:end + len(word)].lower() == word for word in rules.after)


def _opened_by(text: str, start: int, word: str) -> bool:
    """`word` ends right at `start` and starts a word of its own (any place in Han script)."""
    at = start - len(word)
    if at < 0 or text[at:start].lower() != word:
        return False
    return at == 0 or not text[at - 1].isalnum() or is_cjk(word[0])
