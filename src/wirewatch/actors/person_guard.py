"""Links to a person that the name's own context contradicts.

Transliteration keys and stems let "Путину", "Bidnove" and "Zelenskiy" reach their person; they
also let English words and other people's names reach one. In every language, a word that
meets a person's name only by its stem and is itself the name of a major place is the place
("Sale", "Бари" are no forms of "Salii", "Барро"); given the document's date, a word that
meets only by its stem a person out of every office for STALE_YEARS is another word ("Dacia"
no form of "Dacko"). A word that meets the name only by its key, not written as the name
though the name is spelled in the word's script ("Personen", "Person" key as "Persson"), is
as weak as a stem. In every language, a one-word name followed by a capitalised word that
names nothing is a given name before another surname when it is not written as the person's
name ("Paweł Wroński" is not Petr Pavel) or is a known given name not the person's own
("Pavel Novotny"). In a language that does not inflect names (actors/data/inflection.toml
`[stems]`), where a name is written as listed or not at all, a one-word person match does not
link when
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
import unicodedata
from datetime import date
from functools import cache

from anyascii import anyascii

from wirewatch.actors.guards import calendar_words, major_place, own_given_names
from wirewatch.actors.kb import Actor, KnowledgeBase, data_root
from wirewatch.actors.names import NameIndex, restorations, script_of
from wirewatch.geo.gazetteer import load_gazetteer, word_key
from wirewatch.lang.loader import pack_table
from wirewatch.text.keys import fold, translit_key
from wirewatch.text.tokens import Tokens

MAX_SHORT_FORM = 5
STALE_YEARS = 10  # out of every office this long, a person is reached by no stem alone


@cache
def uninflected_languages() -> frozenset[str]:
    data = tomllib.loads((data_root() / "inflection.toml").read_text(encoding="utf-8"))
    return frozenset(data.get("stems", {}).get("uninflected", []))


def _long_gone(people: list[Actor], day: date | None) -> bool:
    """Whether every person left every office more than STALE_YEARS before `day`: a word that
    only shares a stem with the name of a leader of the 1980s ("Dacko", "Salii") is seldom
    that leader; the full name still links."""
    if day is None or not people:
        return False
    ends = [r.end for p in people for r in p.roles]
    return bool(ends) and all(end is not None and (day - end).days > STALE_YEARS * 365
                              for end in ends)


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
                   given: frozenset[str], text: str = "", day: date | None = None) -> bool:
    """True when a one-word person atom is, by its context or the document's `day`, not that
    person."""
    if atom.kind != "person" or atom.end - atom.start != 1:
        return False
    i = atom.start
    word = tokens.surface[i]
    if text and _short_form_in_brackets(word, tokens, i, text) \
            and not _named_before(atom, atoms):
        return True
    if inside_place_name(i, tokens):
        return True
    people = [kb.get(a) for a in atom.actor_ids if kb.get(a) is not None]
    if (major_place(word) or _long_gone(people, day)) \
            and (atom.stem_only or _key_only(word, people, lang, suffixes)):
        return True
    if people and _given_name_of_other(atom, atoms, tokens, index, people, lang, suffixes,
                                       breaks, given):
        return True
    if people and _noun_after_article(atom, tokens, people, lang):
        return True
    if not people or lang not in uninflected_languages():
        return False
    if atom.stem_only and any(script_of(n) == script_of(word) for p in people for n in p.names):
        return True
    spelled = any(a in index.spelled.get(f, ()) for f in _forms(word, suffixes)
                  for a in atom.actor_ids)
    if spelled:
        return False
    return beside_unknown_capital(atom.start, atom.end, _covered(atoms, atom), tokens, breaks,
                                  lang) \
        or _other_given_name_before(i, atoms, tokens, people, given, breaks)


MAX_PLACE_LEAD = 3  # words of a place name before a person's name inside it


def inside_place_name(i: int, tokens: Tokens) -> bool:
    """Whether token i closes or continues a longer place name the gazetteer knows, begun
    before it: "Frankfurt am Main" holds no Theresa May, "Santa Cruz" no Ted Cruz, "Ciudad
    Juárez" no Juárez."""
    gazetteer = load_gazetteer()
    for k in range(max(0, i - MAX_PLACE_LEAD), i):
        for rest, _ in gazetteer.phrases.get(word_key(tokens.surface[k]), ()):
            end = k + 1 + len(rest)
            if end > i and end <= len(tokens) and list(rest) == [
                    word_key(w) for w in tokens.surface[k + 1:end]]:
                return True
    return False


def _given_name_of_other(atom, atoms, tokens: Tokens, index: NameIndex, people: list[Actor],
                         lang: str | None, suffixes: tuple[str, ...], breaks: frozenset[int],
                         given: frozenset[str]) -> bool:
    """Whether the one-word name is the given name of someone else, whose surname follows:
    "Rzecznik MSZ Paweł Wroński", "ο Παύλος Μαρινάκης" are not Petr Pavel. So it is when a
    capitalised word that names no actor (any more: "Pavel Jordan" is no country, guards.
    surname_reading) and no month follows one space away, and
    the word either is not written as any of the person's names (it met the surname only by
    its key or stem: "Paweł", "Παύλος") or is itself a known given name that is not the
    person's own ("Pavel Fischer")."""
    k = atom.end
    if k >= len(tokens) or k in breaks or k in _covered(atoms, atom):
        return False
    after = tokens.surface[k]
    gap = tokens.spans[k][0] - tokens.spans[k - 1][1]
    if gap != 1 or not _capital_word(after) or fold(after) in calendar_words(lang):
        return False
    word = tokens.surface[atom.start]
    spelled = any(a in index.spelled.get(f, ()) for f in _forms(word, suffixes)
                  for a in atom.actor_ids)
    if not spelled:
        return True
    key = translit_key(word)
    return key in given and not any(key in own_given_names(p) for p in people)


@cache
def _articles(lang: str | None) -> frozenset[str]:
    return frozenset(fold(w) for w in pack_table(lang, "syntax.toml", "cases").get("articles", []))


def _noun_after_article(atom, tokens: Tokens, people: list[Actor], lang: str | None) -> bool:
    """Whether the one-word name, right after an article of the pack, has a letter with a
    mark that none of the person's names has: it met the name only by folding accents away,
    and after an article it is a noun ("in die Länge", at length, is no David Lange), while a
    surname after one keeps the person's letters ("του Σαμαρά")."""
    i = atom.start
    if not i or tokens.folded[i - 1] not in _articles(lang):
        return False
    marked = {ch for ch in tokens.surface[i].casefold() if _has_mark(ch)}
    letters = {ch for p in people for n in p.names for ch in n.casefold()}
    return bool(marked - letters)


def _has_mark(ch: str) -> bool:
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", ch))


def _key_only(word: str, people: list[Actor], lang: str | None,
              suffixes: tuple[str, ...]) -> bool:
    """Whether the word meets the person's one-word name only through the key's folding of
    spellings (doubled letters, "sch"/"sh", "y"/"i"), though the name is written in the word's
    own script: German "Personen" less its plural "-en" keys as "Persson" does, Turkish
    "Hatta" ("even") as "Hata", and neither is a form of the name. Word and name are compared
    by their letters (`_letters`), after the language's endings and restored nominatives
    ("Σαμαρά" is Σαμαράς); such a match is as weak as a stem's. A name in another script has
    only its key to be met by."""
    script = script_of(word)
    names = {_letters(n) for p in people for n in p.names
             if " " not in n and script_of(n) == script}
    if not names:
        return False
    return names.isdisjoint(_letter_forms(word, lang, suffixes))


def _letters(word: str) -> str:
    """The word's letters in Latin, one for one, no spelling conventions folded."""
    return "".join(ch for ch in anyascii(fold(word)).lower() if ch.isalpha())


def _letter_forms(word: str, lang: str | None, suffixes: tuple[str, ...]) -> set[str]:
    """The word's letters, before an apostrophe, without each ending, and each with the
    nominative the language restores in place of a case ending (names.restorations)."""
    whole = _letters(word)
    forms = {whole, _letters(word.replace("’", "'").split("'", 1)[0])}
    for ending in filter(None, map(_letters, suffixes)):
        if whole.endswith(ending) and len(whole) > len(ending) + 2:
            forms.add(whole[:-len(ending)])
    rules = restorations(lang) if lang else ()
    return forms | {f[:len(f) - len(end)] + nom for f in forms for end, nom in rules
                    if f.endswith(end)}


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


def beside_unknown_capital(start: int, end: int, covered: set[int], tokens: Tokens, breaks,
                           lang) -> bool:
    """A capitalised word right beside the name at tokens start..end (one space away, in its
    sentence) that is not `covered` by an actor, nor a month or weekday: the name is part of
    another person's name."""
    for k in (start - 1, end):
        if not 0 <= k < len(tokens) or k in covered:
            continue
        if k < start and (start in breaks or k in breaks or k == 0):
            continue  # another sentence, or a word capitalised for opening one
        if k > start and k in breaks:
            continue
        word = tokens.surface[k]
        gap = tokens.spans[max(k, start)][0] - tokens.spans[min(k, start)][1]
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
