"""Find actor mentions in a document: names, metonyms, demonyms and role descriptions.

One pass over the tokens finds atomic references (a name from the knowledge base, a
demonym, a role word, a counterpart word); a second pass joins neighbours into phrases:
"the Iranian president" (demonym + role) waits for the event date to name its holder,
"Russian President Vladimir Putin" is Putin, "his Iranian counterpart" is resolved by the
coder against the other party of the event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from wirewatch.actors.kb import KnowledgeBase, load_kb
from wirewatch.actors.names import NameIndex, generic_suffixes, suffix_keys, token_key_sets
from wirewatch.events.coordination import conjunctions
from wirewatch.lang.loader import Pack
from wirewatch.lang.patterns import Match, PatternSet, longest_non_overlapping
from wirewatch.models import Mention
from wirewatch.text.tokens import Tokens

MAX_GAP_TOKENS = 2
# Kinds in the order they win when two references cover the same tokens.
PRIORITY = {"person": 0, "igo": 1, "ngo": 1, "armed_group": 1, "country": 2, "metonym": 2,
            "collective": 3, "demonym": 4, "role": 5, "counterpart": 6}


@dataclass
class Atom:
    start: int  # token index
    end: int
    kind: str
    actor_ids: list[str] = field(default_factory=list)
    role: str | None = None
    place: str | None = None


@lru_cache(maxsize=4)
def name_index(kb: KnowledgeBase) -> NameIndex:
    return NameIndex(kb)


def _cased_upper(word: str) -> bool:
    first = word[0]
    return first.isupper() or first.lower() == first.upper()


def find_atoms(tokens: Tokens, pack: Pack, kb: KnowledgeBase) -> list[Atom]:
    index = name_index(kb)
    suffixes = suffix_keys(pack.name_suffixes) if pack.name_suffixes else generic_suffixes()
    full, stripped = token_key_sets(tokens.latin, suffixes)
    atoms: list[Atom] = []
    for i in range(len(tokens)):
        if not _cased_upper(tokens.surface[i]):
            continue
        cand = index.candidates_at(i, full, stripped, tokens.surface)
        if cand is not None:
            first = cand.entries[0]
            kind = "country" if first.kind == "metonym" else first.kind
            ids = list(dict.fromkeys(e.actor_id for e in cand.entries))
            atoms.append(Atom(cand.start, cand.end, kind, ids, place=first.place))
    atoms.extend(_pack_atoms(pack.demonyms, tokens, "demonym"))
    atoms.extend(_pack_atoms(pack.collectives, tokens, "collective"))
    atoms.extend(_pack_atoms(pack.roles, tokens, "role"))
    atoms.extend(_pack_atoms(pack.counterpart, tokens, "counterpart"))
    return _select(atoms)


def _pack_atoms(patterns: PatternSet, tokens: Tokens, kind: str) -> list[Atom]:
    matches: list[Match] = longest_non_overlapping(patterns.find(tokens.folded))
    if kind == "role" or kind == "counterpart":
        return [Atom(m.start, m.end, kind, role=m.payload) for m in matches]
    return [Atom(m.start, m.end, kind, [m.payload]) for m in matches]


def _select(atoms: list[Atom]) -> list[Atom]:
    """Leftmost-longest; on equal spans the stronger kind wins."""
    atoms.sort(key=lambda a: (a.start, -(a.end - a.start), PRIORITY.get(a.kind, 9)))
    chosen: list[Atom] = []
    until = -1
    for atom in atoms:
        if atom.start >= until:
            chosen.append(atom)
            until = atom.end
    return chosen


def _is_place(atom: Atom) -> bool:
    return atom.kind in ("country", "demonym", "igo", "collective")


def group_atoms(atoms: list[Atom], tokens: Tokens, breaks: set[int]) -> list[list[Atom]]:
    """Neighbouring atoms (at most two tokens apart, same sentence) form one phrase."""
    groups: list[list[Atom]] = []
    for atom in atoms:
        if groups:
            last = groups[-1][-1]
            crosses = any(last.end <= b <= atom.start for b in breaks) or any(
                tokens.folded[k] in conjunctions() for k in range(last.end, atom.start))
            if atom.start - last.end <= MAX_GAP_TOKENS and not crosses and _joinable(groups[-1], atom):
                groups[-1].append(atom)
                continue
        groups.append([atom])
    return groups


def _joinable(group: list[Atom], atom: Atom) -> bool:
    kinds = {a.kind for a in group}
    if atom.kind in ("role", "counterpart"):
        return not kinds & {"role", "counterpart", "person"}
    if atom.kind == "person":
        return "person" not in kinds and bool(kinds & {"role", "counterpart", "demonym", "country", "igo"})
    if _is_place(atom):
        return bool(kinds & {"role", "counterpart"}) and "person" not in kinds \
            and not any(_is_place(a) for a in group)
    return False


def mentions_from_groups(groups: list[list[Atom]], tokens: Tokens, text: str,
                         kb: KnowledgeBase, day: date | None) -> list[Mention]:
    out: list[Mention] = []
    for group in groups:
        mention = _phrase_mention(group, tokens, text, kb, day)
        if mention is not None:
            out.append(mention)
    return out


def _phrase_mention(group, tokens, text, kb, day) -> Mention | None:
    start = tokens.spans[group[0].start][0]
    end = tokens.spans[group[-1].end - 1][1]
    surface = text[start:end]
    person = next((a for a in group if a.kind == "person"), None)
    place = next((a for a in group if _is_place(a)), None)
    role = next((a for a in group if a.kind in ("role", "counterpart")), None)
    if person is not None:
        actor_id = _choose_person(person.actor_ids, kb, day, place)
        actor = kb.get(actor_id)
        return Mention(start, end, surface, actor_id, actor.name if actor else None, "person",
                       kb.affiliation(actor_id, day), 0.95 if role or place else 0.85,
                       role=role.role if role else None)
    if role is not None and place is not None:
        kind = "counterpart" if role.kind == "counterpart" else "role"
        return Mention(start, end, surface, None, None, kind, place.actor_ids[0], 0.7,
                       role=role.role, resolved=False)
    if role is not None and role.kind == "counterpart":
        return Mention(start, end, surface, None, None, "counterpart", None, 0.5,
                       role="counterpart", resolved=False)
    if place is not None:
        atom_start = tokens.spans[place.start][0]
        atom_end = tokens.spans[place.end - 1][1]
        actor_id = place.actor_ids[0]
        actor = kb.get(actor_id)
        kind = actor.kind if actor else place.kind
        country = actor_id if kind == "country" else (actor.country if actor else None)
        return Mention(atom_start, atom_end, text[atom_start:atom_end], actor_id,
                       actor.name if actor else None, kind, country,
                       0.9 if place.kind != "demonym" else 0.8)
    return None


def _choose_person(ids: list[str], kb: KnowledgeBase, day: date | None, place: Atom | None) -> str:
    """Among people sharing a name: the one of the named country, then in office that day."""
    if len(ids) == 1:
        return ids[0]

    def score(actor_id: str) -> tuple[int, int]:
        actor = kb.get(actor_id)
        same_country = int(place is not None and actor is not None and actor.country in place.actor_ids)
        in_office = int(bool(kb.roles_on(actor_id, day))) if day else 0
        return (same_country, in_office)

    return max(ids, key=score)


def recognize(text: str, tokens: Tokens, pack: Pack, breaks: set[int],
              day: date | None, kb: KnowledgeBase | None = None) -> list[Mention]:
    """All actor mentions of a document; `breaks` are token indices where sentences start."""
    kb = kb or load_kb()
    atoms = find_atoms(tokens, pack, kb)
    return mentions_from_groups(group_atoms(atoms, tokens, breaks), tokens, text, kb, day)
