"""A head of state's or government's word that governs an organisation's name is that
organisation's officer: "der Präsident des Bauernverbands", "il presidente di Confindustria",
"le président du Medef", "the president of the Confederation of Business" head a union, an
association or a company, not the state.

The role is followed by the words that join an office to what it heads (`[phrases]
officer_links`: "des", "di", "du", "of the") and a capitalised word that no country, person or other known party
covers: that word opens the organisation's name. Adjectives of a country inside that name
("des Deutschen Bauernverbands", "of the British Farmers' Union") are the organisation's, not
the role's, and are read as no party. A word the pack lists as naming the state itself
(`[phrases] state_words`: "Republik", "République", "Federation") keeps the role the
state's ("il presidente della Repubblica"), and a name right after the role with no joining
word is its holder's, never an organisation ("President Macron").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from wirewatch.actors.phrasing import Phrasing, word_in
from wirewatch.text.tokens import Tokens

# Offices whose word alone ("president", "presidente", "Präsident") also heads a union, a
# company or an association.
GENERIC_OFFICES = frozenset({"head_of_state", "head_of_government"})
OFFICER_ROLE = "party_leader"  # an organisation's officer (recognize.PARTY_ROLE)
MAX_LINKS = 3  # joining words between a role and its organisation ("of the")
MAX_ADJECTIVES = 2  # country adjectives opening the organisation's name
ATTACHED = ("", "'", "’")  # "dell'Anpi": an article elided onto the name


class AtomLike(Protocol):
    start: int
    end: int
    kind: str
    role: str | None


def organisation_officers(atoms: Sequence[AtomLike], tokens: Tokens, text: str,
                          breaks: set[int], words: Phrasing) -> list:
    """The atoms, with a generic office that governs an organisation's name read as that
    organisation's officer and the country adjectives inside the name dropped."""
    at = {k: n for n, a in enumerate(atoms) for k in range(a.start, a.end)}
    dropped: set[int] = set()
    out = list(atoms)
    for n, atom in enumerate(atoms):
        if atom.kind != "role" or atom.role not in GENERIC_OFFICES:
            continue
        adjectives = _organisation_governed(atom.end, atoms, at, tokens, text, breaks, words)
        if adjectives is not None:
            out[n] = replace(atom, role=OFFICER_ROLE, actor_ids=[], heads_body=True)
            dropped.update(adjectives)
    return [a for n, a in enumerate(out) if n not in dropped]


def _organisation_governed(end: int, atoms: Sequence[AtomLike], at: dict[int, int],
                           tokens: Tokens, text: str, breaks: set[int],
                           words: Phrasing) -> list[int] | None:
    """The indices of the country adjectives opening the organisation's name that the role
    ending at token `end` governs, or None when it governs none."""
    k = end
    while k < min(len(tokens), end + MAX_LINKS) and k not in at and k not in breaks \
            and tokens.folded[k] in words.officer_links and _attached(tokens, text, k):
        k += 1
    if k == end:
        return None
    adjectives: list[int] = []
    while k < len(tokens) and k in at and atoms[at[k]].kind == "demonym" \
            and len(adjectives) < MAX_ADJECTIVES and _attached(tokens, text, k):
        adjectives.append(at[k])
        k = atoms[at[k]].end
    if k >= len(tokens) or k in at or k in breaks or not _attached(tokens, text, k):
        return None
    word = tokens.surface[k]
    if not word[0].isupper() or word_in(tokens.folded[k], words.state_words):
        return None
    return adjectives


def _attached(tokens: Tokens, text: str, k: int) -> bool:
    """Whether token k follows the one before it within one phrase: a space or an elision."""
    gap = text[tokens.spans[k - 1][1]:tokens.spans[k][0]]
    return gap.strip() in ATTACHED and "\n" not in gap
