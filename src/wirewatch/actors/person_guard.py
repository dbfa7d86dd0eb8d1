"""Links to a person that the name's own context contradicts.

Transliteration keys and stems let "Путину", "Bidnove" and "Zelenskiy" reach their person; they
also let English words and other people's names reach one. In a language that does not
inflect names (actors/data/inflection.toml `[stems]`), where a name is written as listed or
not at all, a one-word person match does not link when
  - the word meets the name only by its stem in the name's own script: "Court" is no form of
    "Kurti", "Abbas" none of "Abbasi";
  - it is not written as any of the person's names and stands beside a capitalised word that
    is no actor: "Moody Awori" is someone else, whose first name only sounds like "Modi";
  - it is not written as any of the person's names and a known given name that is not the
    person's own stands right before it: "Mahmoud Abbas" is not Abbasi ("Joseph Biden" is
    Biden: the surname is his);
  - it is an all-capital short form in parentheses, where a text defines the abbreviation of
    the words before it ("Arbeitskreis Kommunalpolitik (AKK)"), unless the person was named
    right before ("Annegret Kramp-Karrenbauer (AKK)"); this one in every language.
"""

from __future__ import annotations

import tomllib
from functools import cache

from wirewatch.actors.guards import calendar_words
from wirewatch.actors.kb import KnowledgeBase, data_root
from wirewatch.actors.names import NameIndex, script_of
from wirewatch.text.keys import fold, translit_key
from wirewatch.text.tokens import Tokens

MAX_SHORT_FORM = 5


@cache
def uninflected_languages() -> frozenset[str]:
    data = tomllib.loads((data_root() / "inflection.toml").read_text(encoding="utf-8"))
    return frozenset(data.get("stems", {}).get("uninflected", []))


def _forms(word: str, suffixes: tuple[str, ...]) -> set[str]:
    """The word folded, before an apostrophe, and without each ending it may carry."""
    folded = fold(word)
    out = {folded, fold(word.replace("’", "'").split("'", 1)[0])}
    for s in suffixes:
        s = fold(s)
        if s and folded.endswith(s) and len(folded) > len(s) + 2:
            out.add(folded[: -len(s)])
    return out


def person_misread(atom, atoms, tokens: Tokens, index: NameIndex, kb: KnowledgeBase,
                   lang: str | None, suffixes: tuple[str, ...], breaks: frozenset[int],
                   given: frozenset[str], text: str = "") -> bool:
    """True when a one-word person atom is, by its context, not that person."""
    if atom.kind != "person" or atom.end - atom.start != 1:
        return False
    i = atom.start
    word = tokens.surface[i]
    if text and _short_form_in_brackets(word, tokens, i, text) \
            and not _named_before(atom, atoms):
        return True
    people = [kb.get(a) for a in atom.actor_ids if kb.get(a) is not None]
    if not people or lang not in uninflected_languages():
        return False
    if atom.stem_only and any(script_of(n) == script_of(word) for p in people for n in p.names):
        return True
    spelled = any(a in index.spelled.get(f, ()) for f in _forms(word, suffixes)
                  for a in atom.actor_ids)
    if spelled:
        return False
    return _beside_unknown_capital(atom, atoms, tokens, breaks, lang) \
        or _other_given_name_before(i, atoms, tokens, people, given, breaks)


def _short_form_in_brackets(word: str, tokens: Tokens, i: int, text: str) -> bool:
    start, end = tokens.spans[i]
    return word.isupper() and len(word) <= MAX_SHORT_FORM \
        and text[start - 1:start] == "(" and text[end:end + 1] == ")"


def _named_before(atom, atoms) -> bool:
    before = [a for a in atoms if a.end <= atom.start and a.kind == "person"]
    return bool(before) and bool(set(before[-1].actor_ids) & set(atom.actor_ids))


def _covered(atoms, atom) -> set[int]:
    return {k for a in atoms if a is not atom for k in range(a.start, a.end)}


def _capital_word(word: str) -> bool:
    return word[:1].isupper() and word.isalpha() and not word.isupper()


def _beside_unknown_capital(atom, atoms, tokens: Tokens, breaks, lang) -> bool:
    """A capitalised word right beside the name (one space away, in its sentence) that is no
    actor, month or weekday: the name is part of another person's name."""
    covered = _covered(atoms, atom)
    for k in (atom.start - 1, atom.end):
        if not 0 <= k < len(tokens) or k in covered:
            continue
        if k < atom.start and (atom.start in breaks or k in breaks or k == 0):
            continue  # another sentence, or a word capitalised for opening one
        if k > atom.start and k in breaks:
            continue
        word = tokens.surface[k]
        gap = tokens.spans[max(k, atom.start)][0] - tokens.spans[min(k, atom.start)][1]
        if gap == 1 and _capital_word(word) and fold(word) not in calendar_words(lang):
            return True
    return False


def _other_given_name_before(i: int, atoms, tokens: Tokens, people, given: frozenset[str],
                             breaks) -> bool:
    k = i - 1
    if k < 0 or i in breaks or k in _covered(atoms, None):
        return False
    word = tokens.surface[k]
    key = translit_key(word)
    if not _capital_word(word) or key not in given:
        return False
    own = {translit_key(n.split()[0]) for p in people for n in (p.name, *p.names) if " " in n}
    return key not in own
