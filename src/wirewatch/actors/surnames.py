"""Bare surnames of office holders: "Sánchez", "Кима", "lui Kim", "Си".

The knowledge base lists a one-word form for many people ("Macron", "Scholz", "Дуда"), not
for all ("Pedro Sánchez", "Kim Jong Un"): a bare surname is often someone else's, and most
people in it are not the one the press means. It names the holder of a high office by the
surname alone once the date makes clear who is meant. So the surname of a multi-word name
(its last word, its first where names open with the family name: actors/data/surnames.toml)
links on its own when, on the document's date,
  - the person holds an office the press names by the surname (head of state, party
    leader, head of government, foreign or defence minister, secretary general; spokespeople
    and officials are named in full), and no other person in the knowledge base who bears
    that surname holds one as high (in 2023 "Kim" is Kim Jong Un, not the premier Kim Tok
    Hun);
  - nothing else the knowledge base lists is written there ("Johnson" stays Boris Johnson's);
  - the word is capitalised, in the surname's own script, the surname itself or the surname
    with an ending of the language ("Кима", "Sáncheza"; no stem: "Sari" is no "Saree"), and
    at a sentence start, where any word is capitalised, written exactly as the surname; it
    is no common word or month of the language, no known given name ("Martin", "Thomas"),
    no name of a major place ("Zamora", "Austin"), and no part of another person's name:
    no unknown capitalised word stands beside it ("Carlos Sánchez" is someone else).
Without a date nothing links this way: who holds an office cannot be checked.
"""

from __future__ import annotations

import tomllib
from datetime import date
from functools import lru_cache

from wirewatch.actors.guards import common_word, major_place
from wirewatch.actors.kb import Actor, KnowledgeBase, data_root
from wirewatch.actors.names import NameIndex, script_of
from wirewatch.actors.person_guard import beside_unknown_capital
from wirewatch.lang.loader import load_pack
from wirewatch.text.keys import fold, tokenize, translit_key
from wirewatch.text.tokens import Tokens

# Offices whose holders the press names by the surname alone, the most readily first.
OFFICE_RANK = {"leader": 0, "head_of_state": 0, "head_of_government": 1,
               "foreign_minister": 2, "defence_minister": 2, "secretary_general": 2}
MINISTER = 2


@lru_cache(maxsize=1)
def _data() -> dict:
    return tomllib.loads((data_root() / "surnames.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def family_first() -> frozenset[str]:
    return frozenset(_data()["family_first"])


@lru_cache(maxsize=1)
def particles() -> frozenset[str]:
    return frozenset(fold(w) for w in _data()["particles"])


def surname_of(name: str, family_name_first: bool) -> str | None:
    """The surname word of a multi-word name; None for a one-word name and for one that
    holds a particle, a title or a lower-case word ("bin Salman", "King Charles", "von der
    Leyen"), ends in an initial or numeral ("Albert II"), or is written in a script without
    capitals (Arabic, Han: a capital is what sets a name apart from a word)."""
    words = [name[a:b] for a, b in tokenize(name)]
    if len(words) < 2 or any(w[:1].islower() or fold(w) in particles() for w in words):
        return None
    word = words[0] if family_name_first else words[-1]
    return word if word[:1].isupper() and not word.isupper() else None


def derived_surnames(actor: Actor) -> set[str]:
    """The bare surnames of a person, in each script it has no one-word name in already."""
    listed = {script_of(n) for n in actor.names if len(tokenize(n)) == 1}
    first = actor.country in family_first()
    found = (surname_of(n, first) for n in (actor.name, *actor.names))
    return {s for s in found if s and script_of(s) not in listed}


@lru_cache(maxsize=4)
def given_name_keys(kb: KnowledgeBase) -> frozenset[tuple[str, str]]:
    """(script, key) of the first words of names that open with the given name ("Martin
    Stropnický"). The script is part of it: keys of two scripts meet by chance (the Cyrillic
    given name "Аун" and the Latin surname "Aoun" share the key "aun")."""
    return frozenset(given_name_key(n[a:b]) for actor in kb.actors.values()
                     if actor.kind == "person" and actor.country not in family_first()
                     for n in (actor.name, *actor.names)
                     for a, b in tokenize(n)[:1] if len(tokenize(n)) > 1)


def given_name_key(word: str) -> tuple[str, str]:
    return script_of(word), translit_key(word)


@lru_cache(maxsize=4)
def surname_index(kb: KnowledgeBase) -> NameIndex:
    """Every derived surname, indexed like any name, but one that is also a known given name
    ("Martin", "Thomas"); a family name that opens a name ("Kim", "Lee") is kept: its owners'
    own names hold no given names before it."""
    given = given_name_keys(kb)
    names = [(s, actor.id, "person") for actor in kb.actors.values() if actor.kind == "person"
             for s in derived_surnames(actor)
             if (actor.country in family_first() or given_name_key(s) not in given)
             and not major_place(s)]
    return NameIndex(None, names)



def office_rank(kb: KnowledgeBase, actor_id: str, day: date) -> int | None:
    """The rank of the highest office of OFFICE_RANK the person holds on `day`; None for
    none."""
    roles = kb.roles_on(actor_id, day)
    return min((OFFICE_RANK[r.role] for r in roles if r.role in OFFICE_RANK), default=None)


def holder_of_surname(kb: KnowledgeBase, actor_ids: list[str], day: date,
                      lowest: int = MINISTER) -> str | None:
    """The one bearer of a surname in the highest office that day, if there is exactly one
    and that office ranks `lowest` or higher."""
    ranked = [(rank, a) for a in dict.fromkeys(actor_ids)
              if (rank := office_rank(kb, a, day)) is not None]
    if not ranked:
        return None
    best = min(rank for rank, _ in ranked)
    top = [a for rank, a in ranked if rank == best]
    return top[0] if len(top) == 1 and best <= lowest else None


def _written_so(index: NameIndex, entry, word: str, keys: frozenset[str], start: bool,
                endings: frozenset[str]) -> bool:
    """Whether the token is the surname in its own script, bare or with an ending; at a
    sentence start only as written. The letters must be the surname's own: keys meet by
    chance ("Sala" and "Sall" share the key "sal"), a word is the surname plus an ending of
    the language (`endings`, folded: "Sáncheza", "Кима") or nothing."""
    folded = fold(word)
    if start:
        return entry.actor_id in index.spelled.get(folded, ())
    return entry.keys[0] in keys \
        and script_of(word) in index.scripts.get((entry.keys, entry.actor_id), ()) \
        and (entry.actor_id in index.spelled.get(folded, ())
             or any(folded.startswith(name) and folded[len(name):] in endings
                    for name in index.written.get(entry.actor_id, ())))


@lru_cache(maxsize=64)
def folded_endings(lang: str | None) -> frozenset[str]:
    """The language's name endings as written, folded ("-ului" -> "ului", "'nin" -> "nin")."""
    return frozenset(e for e in (fold(s.lstrip("'’-")) for s in load_pack(lang).name_suffixes) if e)


def _after_given_name(i: int, tokens: Tokens, covered: set[int],
                      given: frozenset[tuple[str, str]]) -> bool:
    """A known given name right before the surname, also at a sentence start where
    `beside_unknown_capital` does not look: "Carlos Sánchez dijo" is not Pedro Sánchez."""
    k = i - 1
    return k >= 0 and k not in covered and tokens.surface[k][:1].isupper() \
        and given_name_key(tokens.surface[k]) in given


def bare_surnames(tokens: Tokens, keys: list[frozenset[str]], kb: KnowledgeBase,
                  day: date | None, breaks: frozenset[int], covered: set[int],
                  lang: str | None) -> list[tuple[int, str]]:
    """(token, person) for each bare surname that names an office holder on `day`; tokens
    `covered` by another name are left alone."""
    if day is None:
        return []
    index = surname_index(kb)
    out: list[tuple[int, str]] = []
    for i, word in enumerate(tokens.surface):
        if i in covered or not word[:1].isupper() or word.isupper() \
                or not index.may_start(keys[i], word):
            continue
        start = i in breaks or i == 0
        cand = index.candidates_at(i, keys, tokens.surface, start)
        bearers = [e.actor_id for e in cand.entries
                   if _written_so(index, e, word, keys[i], start, folded_endings(lang))] \
            if cand is not None else []
        if not bearers or common_word(lang, tokens.folded[i], start) \
                or beside_unknown_capital(i, i + 1, covered, tokens, breaks, lang) \
                or _after_given_name(i, tokens, covered, given_name_keys(kb)):
            continue
        # two letters ("Си", "Hu") are too weak a name for any but a head of state or government
        holder = holder_of_surname(kb, bearers, day, MINISTER - 1 if len(word) == 2 else MINISTER)
        if holder is not None:
            out.append((i, holder))
    return out
