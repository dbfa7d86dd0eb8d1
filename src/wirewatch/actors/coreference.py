"""Later mentions of a person the knowledge base lacks: "Landini ha respinto le critiche".

A report introduces an office holder it knows and the knowledge base does not with the
office ("il segretario generale della Cgil Maurizio Landini", "Kenya's opposition leader
Kalonzo Musyoka"), and from then on names him without it: by the full name again or by the
surname alone, in the cases of the language ("Krajewskiego"). Each later mention is the same
unknown person, of the country and in the office the first one gave (actors/recognize.py
`unknown_names`), so that the coder takes it as a party of that country.

Only a capitalised word that no other mention covers counts, and a surname does not when a
capitalised word stands beside it ("Maria Landini" is someone else) or, at a sentence start,
when it is a common word of the language. In a script without case ("ودعت أورتاغوس") the
surname counts only whole and long.
"""

from __future__ import annotations

from dataclasses import replace

from wirewatch.actors.guards import common_word
from wirewatch.actors.surnames import folded_endings
from wirewatch.models import Mention
from wirewatch.text.keys import fold
from wirewatch.text.tokens import Tokens


def later_mentions(unknown: list[Mention], taken: list[Mention], tokens: Tokens, text: str,
                   breaks: set[int], lang: str | None) -> list[Mention]:
    """Mentions of the named unknown people after their first one, by full name or surname."""
    covered = _covered(tokens, [*unknown, *taken])
    endings = folded_endings(lang) | {""}
    out: list[Mention] = []
    for first in (m for m in unknown if m.country and m.role):
        a, b = tokens.index_range(first.start, first.end)
        words = [fold(w) for w in tokens.surface[a:b]]
        if len(words) < 2:
            continue
        k = b
        while k < len(tokens):
            j = _full_name_at(k, words, tokens, covered) or _surname_at(
                k, words[-1], tokens, covered, breaks, endings, lang)
            if j is None:
                k += 1
                continue
            start, end = tokens.spans[k][0], tokens.spans[j - 1][1]
            out.append(replace(first, start=start, end=end, surface=text[start:end]))
            covered.update(range(k, j))
            k = j
    return out


def _covered(tokens: Tokens, mentions: list[Mention]) -> set[int]:
    out: set[int] = set()
    for m in mentions:
        a, b = tokens.index_range(m.start, m.end)
        out.update(range(a, max(b, a + 1)))
    return out


def _full_name_at(k: int, words: list[str], tokens: Tokens, covered: set[int]) -> int | None:
    j = k + len(words)
    if j > len(tokens) or covered.intersection(range(k, j)):
        return None
    return j if [fold(w) for w in tokens.surface[k:j]] == words else None


def _surname_at(k: int, surname: str, tokens: Tokens, covered: set[int], breaks: set[int],
                endings: frozenset[str], lang: str | None) -> int | None:
    word = tokens.surface[k]
    caseless = _caseless(word)
    if k in covered or not (caseless or (word[:1].isupper() and not word.isupper())):
        return None
    folded = fold(word)
    if not (folded.startswith(surname) and folded[len(surname):] in endings):
        return None
    if caseless:
        return k + 1 if len(folded) >= MIN_CASELESS_SURNAME and folded == surname else None
    start = k in breaks or k == 0
    if start and common_word(lang, folded, True):
        return None
    if _capital_beside(k, tokens, breaks, covered):
        return None
    return k + 1


MIN_CASELESS_SURNAME = 4  # letters; no short common word of a script without case


def _caseless(word: str) -> bool:
    """A word of a script without case ("أورتاغوس"): no capital tells a name there, so only
    the surname itself, whole and long, links back."""
    return word[:1].isalpha() and word[:1].lower() == word[:1].upper()


def _capital_beside(k: int, tokens: Tokens, breaks: set[int], covered: set[int]) -> bool:
    """A capitalised word right before (not at a sentence start) or after the surname, that
    no other mention explains: the surname is part of another person's name."""
    before = k - 1 >= 0 and k not in breaks and k - 1 not in covered \
        and tokens.surface[k - 1][:1].isupper()
    after = k + 1 < len(tokens) and k + 1 not in breaks and k + 1 not in covered \
        and tokens.surface[k + 1][:1].isupper()
    return before or after
