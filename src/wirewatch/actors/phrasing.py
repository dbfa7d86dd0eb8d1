"""Which words may stand inside a role phrase, between a role and its place or holder.

"ministro de Exteriores de Rusia", "Russia's new foreign minister", "the Iranian president,
Masoud Pezeshkian" are one phrase; "MSZ oskarżył Białoruś", "Rusia habría enviado asesores",
"the president met Putin" are not: a verb stands between. No pack lists verbs, so the gap may
hold only function words the pack does list (prepositions, articles, genitive markers, the
sector joiners) and the modifiers of a role its `actors.toml` lists (`[phrases]
role_modifiers`: "new", "former", "acting"); anything else is taken for a verb. A demonym
is an adjective, after which no verb comes: "Iranian health officials" stays one phrase.

A sector word after a possessive (`[phrases] possessives`) belongs to its possessor: "retiró
sus tropas de Afganistán" withdrew its own troops from Afghanistan, not Afghan troops.

A place after a word or ending of direction (`[phrases] toward`, `toward_endings`: Persian
"به", Arabic "إلى", the Turkish dative "'ya") is where a role's holder goes, never whose
office it is: "وزیر امور خارجه به مسکو سفر کرد" is no Russian foreign minister.

A party's name that only modifies a word of the pack (`[phrases] member_heads`, joined to it
by a hyphen: "SPD-Politiker"; `member_endings` on it: "CHP'li") names one of its members, not
the party; before `near_heads` ("AfD-nahe") it names something else close to it.

In a script without case a name has no capital to show it: after a role, a two-word name is
read only where a word the pack knows ends it (`role_gap`, `[phrases] name_followers`: "إن",
"که"), and never with a word with an attached article (`not_name_prefixes`: Arabic "ال")
or a word that is no name (`not_names`: Persian light verbs).

After a head of state's word and the words that join an office to what it heads (`[phrases]
officer_links`: "of the", "des", "della"), a capitalised word names the organisation whose
officer it is ("il presidente di Confindustria": actors/officers.py) unless the pack lists it
as naming the state itself (`[phrases] state_words`: "Repubblica", "Federation").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from wirewatch.actors.sectors import sector_words
from wirewatch.lang.loader import Pack, pack_table
from wirewatch.text.keys import fold


@dataclass(frozen=True)
class Phrasing:
    role_gap: frozenset[str]  # folded words that may stand between a role and its place
    possessives: frozenset[str]  # folded possessive determiners ("sus", "their")
    toward: frozenset[str] = frozenset()  # folded words of direction ("به", "إلى")
    toward_endings: tuple[str, ...] = ()  # case endings of direction on a place ("'ya")
    member_heads: tuple[str, ...] = ()  # compound heads naming a party's member ("politiker*")
    member_endings: tuple[str, ...] = ()  # endings making a party an adjective ("'li")
    near_heads: tuple[str, ...] = ()  # compound heads naming something near a party ("nah*")
    name_followers: frozenset[str] = frozenset()  # folded words that may follow a name ("إن")
    not_name_prefixes: tuple[str, ...] = ()  # folded prefixes no name starts with ("ال")
    not_names: frozenset[str] = frozenset()  # folded words never in a name ("کرد")
    officer_links: frozenset[str] = frozenset()  # folded words joining an office to its body
    state_words: tuple[str, ...] = ()  # folded words and stems naming the state ("republi*")


def _folded(lang: str | None, key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in pack_table(lang, "actors.toml", "phrases").get(key, []))


def phrasing(pack: Pack) -> Phrasing:
    syntax = pack.syntax
    return _phrasing(pack.lang, syntax.prepositions, syntax.articles, syntax.genitive,
                     sector_words(pack.lang).joiners)


@lru_cache(maxsize=64)
def _phrasing(lang: str | None, *function_words: frozenset[str]) -> Phrasing:
    """Built once per pack (the word sets are its own): every document asks."""
    gap = frozenset().union(*function_words, _folded(lang, "role_modifiers"))
    return Phrasing(gap, _folded(lang, "possessives"), _folded(lang, "toward"),
                    *(tuple(sorted(_folded(lang, key))) for key in
                      ("toward_endings", "member_heads", "member_endings", "near_heads")),
                    _folded(lang, "name_followers"),
                    tuple(sorted(_folded(lang, "not_name_prefixes"))),
                    _folded(lang, "not_names"), _folded(lang, "officer_links"),
                    tuple(sorted(_folded(lang, "state_words"))))


def word_in(word: str, patterns: tuple[str, ...]) -> bool:
    """A folded word against plain words and stems ending in "*" ("politiker*")."""
    return any(word.startswith(p[:-1]) if p.endswith("*") else word == p for p in patterns)
