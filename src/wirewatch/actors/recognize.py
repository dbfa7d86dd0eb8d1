"""Find actor mentions in a document: names, metonyms, demonyms and role descriptions.

One pass over the tokens finds atomic references (a name from the knowledge base, a
demonym, a role word, a counterpart word); a second pass joins neighbours into phrases:
"the Iranian president" (demonym + role) waits for the event date to name its holder,
"Russian President Vladimir Putin" is Putin, "his Iranian counterpart" is resolved by the
coder against the other party of the event.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache

from wirewatch.actors.abbreviations import abbreviations, find_abbreviations
from wirewatch.actors.anaphora import described_parties, named_holders
from wirewatch.actors.compounds import compounds, in_compound
from wirewatch.actors.context import (
    currency_qualifiers,
    inside_han_names,
    read_in_context,
    seat_places,
)
from wirewatch.actors.coreference import later_mentions
from wirewatch.actors.defined_acronyms import defined_acronyms
from wirewatch.actors.dotted import dotted_acronyms
from wirewatch.actors.ethnic import ethnic_residence
from wirewatch.actors.guards import (
    ADDRESS,
    ambiguous_country_dropped,
    calendar_words,
    common_word,
    foreign_reading,
    given_name_read,
    given_names,
    major_place,
    own_given_names,
    place_misread,
    read_shared,
    short_form_misread,
    surname_reading,
)
from wirewatch.actors.kb import Actor, KnowledgeBase, load_kb
from wirewatch.actors.named_bodies import name_bodies
from wirewatch.actors.names import (
    NameIndex,
    add_proclitic_keys,
    pack_suffixes,
    token_key_sets,
    whole_name,
)
from wirewatch.actors.officers import organisation_officers
from wirewatch.actors.person_guard import person_misread
from wirewatch.actors.phrasing import Phrasing, phrasing, word_in
from wirewatch.actors.quoted import quoted_speakers
from wirewatch.actors.sectors import home_reader, place_sectors, sector_mention, sector_words
from wirewatch.actors.surnames import bare_surnames
from wirewatch.events.coordination import conjunctions
from wirewatch.lang.loader import Pack
from wirewatch.lang.patterns import Match, PatternSet, PatternUnion, longest_non_overlapping
from wirewatch.models import Mention
from wirewatch.text.keys import fold, straight_apostrophe, translit_key
from wirewatch.text.tokens import Tokens

MAX_GAP_TOKENS = 2
# Kinds in the order they win when two references cover the same tokens.
PRIORITY = {"person": 0, "igo": 1, "ngo": 1, "armed_group": 1, "body": 1, "country": 2,
            "metonym": 2,
            "collective": 3, "demonym": 4, "role": 5, "counterpart": 6, "sector": 7}


@dataclass
class Atom:
    start: int  # token index
    end: int
    kind: str
    actor_ids: list[str] = field(default_factory=list)
    role: str | None = None
    place: str | None = None
    stem_only: bool = False  # a one-word name met only by its stem ("Γάλλοι" by "Γαλλία")
    heads_body: bool = False  # an office read as the officer of the body it governs (officers.py)


@lru_cache(maxsize=4)
def name_index(kb: KnowledgeBase) -> NameIndex:
    return NameIndex(kb)


@cache
def _upper_or_caseless(first: str) -> bool:
    """Whether a word starting with this character may be a name: a capital, or a script
    without case. Remembered per character: every token of a document asks."""
    return first.isupper() or first.lower() == first.upper()


def find_atoms(tokens: Tokens, pack: Pack, kb: KnowledgeBase,
               breaks: frozenset[int] = frozenset(), text: str = "",
               day: date | None = None) -> list[Atom]:
    """Atomic references; `text` (the document) lets short forms in brackets be read, `day`
    bare surnames of that day's office holders (actors/surnames.py)."""
    index = name_index(kb)
    suffixes = pack_suffixes(pack)
    keys = add_proclitic_keys(token_key_sets(tokens.latin, suffixes), tokens.folded, pack.lang,
                              suffixes)
    atoms: list[Atom] = []
    for i, word in enumerate(tokens.surface):
        if not _upper_or_caseless(word[0]):
            continue
        cand = index.candidates_at(i, keys, tokens.surface, i in breaks or i == 0)
        if cand is None:
            continue
        first = cand.entries[0]
        single_word = cand.end - cand.start == 1 and bool(first.forms)
        if single_word and common_word(pack.lang, tokens.folded[i], i in breaks or i == 0):
            continue
        kind = "country" if first.kind == "metonym" else first.kind
        ids = list(dict.fromkeys(e.actor_id for e in cand.entries))
        stem_only = cand.end - cand.start == 1 and not whole_name(cand, keys[i], tokens.surface[i])
        atoms.append(Atom(cand.start, cand.end, kind, ids, place=first.place, stem_only=stem_only))
    atoms.extend(Atom(i, j, entries[0].kind, list(dict.fromkeys(e.actor_id for e in entries)))
                 for i, j, entries in dotted_acronyms(tokens, text, index.acronyms))
    named = {k for a in atoms for k in range(a.start, a.end)}
    atoms.extend(Atom(i, i + 1, "person", [actor]) for i, actor
                 in bare_surnames(tokens, keys, kb, day, breaks, named, pack.lang))
    def given() -> frozenset[str]:
        return given_names(kb)

    atoms = [a for a in atoms
             if not ambiguous_country_dropped(a, atoms, tokens, keys, breaks, given, pack.lang)
             and not place_misread(a, tokens, keys, index)
             and not short_form_misread(a, tokens, kb)
             and not given_name_read(a, tokens, kb)
             and not foreign_reading(a, tokens, keys, index, pack.lang, suffixes)
             and not _body_elsewhere(a, kb, pack.lang)]
    atoms = [p for p in (_surname_read(a, atoms, tokens, breaks, given, pack.lang, kb)
                                for a in atoms)
             if p is not None]
    atoms = [a for a in atoms
             if not person_misread(a, atoms, tokens, index, kb, pack.lang, pack.name_suffixes,
                                   breaks, given(), text, day)]
    doc_keys: set[str] = set()
    for atom in atoms:
        if len(atom.actor_ids) > 1 and atom.end - atom.start == 1:
            doc_keys = doc_keys or set().union(*keys)
            atom.actor_ids = read_shared(atom.actor_ids, keys[atom.start], doc_keys)
    demonyms, collectives, roles, counterparts, sectors = (
        _pack_atoms(matches, kind) for matches, kind
        in zip(_pack_words(pack).find_each(tokens.folded), PACK_KINDS))
    atoms = [a for a in atoms if not _read_as_other_demonym(a, demonyms)] + demonyms
    atoms.extend(collectives)
    atoms.extend(roles)
    atoms.extend(counterparts)
    spans = {(a.start, a.end) for a in sectors}
    # a body the pack lists, word for word, as a sector is that sector, whatever role a pattern
    # also reads in it: "армия", "gobierno" (an "official"), "Ministerstwo Spraw Zagranicznych"
    # (a minister's pattern "minister* spraw zagranicznych"), "外交部发言人" (a spokesperson)
    atoms = [a for a in atoms if a.kind != "role" or (a.start, a.end) not in spans]
    atoms.extend(sectors)
    atoms.extend(_abbreviation_atoms(tokens, pack.lang, atoms))
    atoms = _select(_roles_with_places(atoms))
    misread = currency_qualifiers(atoms, tokens, text, pack.lang) \
        | inside_han_names(atoms, tokens, pack.lang)
    return _national_bodies([a for n, a in enumerate(atoms) if n not in misread])


def _body_elsewhere(atom: Atom, kb: KnowledgeBase, lang: str | None) -> bool:
    """A national body read in a pack it does not count in (bodies.toml `langs`): its short
    form is a word or another body there ("PP" in Portuguese, "KPK" in English)."""
    if atom.kind != "body":
        return False
    body = kb.get(atom.actor_ids[0])
    return body is not None and bool(body.langs) and lang not in body.langs


def _surname_read(atom: Atom, atoms: list[Atom], tokens: Tokens, breaks: frozenset[int],
                  given, lang: str | None, kb: KnowledgeBase) -> Atom | None:
    """The atom, or, where a country's name stands as a surname (guards.surname_reading),
    the person of that name it also links: after a form of address ("Mr Montenegro") any,
    after a given name one who bears it ("Luis Montenegro", not "Mario Montenegro"); else
    nothing."""
    reading = surname_reading(atom, atoms, tokens, breaks, given, lang)
    if reading is None:
        return atom
    people = [a for a in atom.actor_ids if kb.get(a) is not None and kb.get(a).kind == "person"
              and (reading == ADDRESS or reading in own_given_names(kb.get(a)))]
    return Atom(atom.start, atom.end, "person", people) if people else None


def _roles_with_places(atoms: list[Atom]) -> list[Atom]:
    """A role whose words hold its country's name or adjective is that country's office: one
    compound word ("Bundesaußenminister", read as a demonym and a role alike), or a pattern
    through the place ("US-Außenminister", "επικεφαλής της ρωσικής διπλωματίας"). The role
    keeps the place (its `actor_ids`), which would else be lost under the longer or equal
    role; a place inside a role with two countries in it stays unread."""
    inner: set[int] = set()
    for role in (a for a in atoms if a.kind == "role"):
        places = [n for n, a in enumerate(atoms) if a.kind in ("demonym", "country")
                  and a.actor_ids and role.start <= a.start and a.end <= role.end]
        if len({atoms[n].actor_ids[0] for n in places}) == 1:
            role.actor_ids = [atoms[places[0]].actor_ids[0]]
            inner.update(places)
    return [a for n, a in enumerate(atoms) if n not in inner]


def _abbreviation_atoms(tokens: Tokens, lang: str | None, atoms: list[Atom]) -> list[Atom]:
    """"中俄", "美韩": one-character abbreviations where the pack lets them stand (a pair, a
    triple, before 方 or 外长); they read as demonyms, attributes of what follows. A pack's own
    pattern for one such character ("俄" alone) does not hide it from a pair."""
    rules = abbreviations(lang)
    if rules is None:
        return []
    covered = {k for a in atoms for k in range(a.start, a.end)
               if not (a.end - a.start == 1 and tokens.surface[a.start] in rules.countries)}
    return [Atom(k, k + 1, "demonym", [actor])
            for k, actor in find_abbreviations(tokens.surface, covered, rules)]


def _read_as_other_demonym(atom: Atom, demonyms: list[Atom]) -> bool:
    """A capitalised adjective ("Словенский" at a sentence start) can meet another country's
    name in some CLDR locale by its stem (Slovak "Slovensko"); the pack's demonym for that very
    word knows the country better. A word that meets its own country's name only by the stem
    ("Γάλλοι", "the French") is that demonym too; one that is the name in a case ("Γαλλίας",
    "Rusya'da", though a pattern "rusya'*" lists it) stays the name: a place."""
    return atom.kind == "country" and any(
        d.start == atom.start and d.end == atom.end
        and (d.actor_ids[0] not in atom.actor_ids or atom.stem_only)
        for d in demonyms)


def party_members(atoms: list[Atom], tokens: Tokens, text: str, words: Phrasing,
                  kb: KnowledgeBase) -> list[Atom]:
    """A party's name that only modifies another word is no party of the event: "der
    SPD-Politiker", "CHP'li belediye başkanı" name one of its members, read as an official of
    the party's country (the head joins the member's span, "SPD-Politiker Pistorius" is
    Pistorius); "ein AfD-naher Verein" names no one the party is (`[phrases] member_heads`,
    `member_endings`, `near_heads`, actors/phrasing.py)."""
    out: list[Atom] = []
    skip_to = -1
    for atom in atoms:
        if atom.start < skip_to:
            continue
        party = kb.get(atom.actor_ids[0]) if atom.kind == "body" and atom.actor_ids else None
        if party is None or party.sector != "PARTY":
            out.append(atom)
            continue
        head = _compound_head(atom, tokens, text)
        if head is not None and word_in(tokens.folded[head], words.near_heads):
            skip_to = head + 1
            continue
        if head is not None and word_in(tokens.folded[head], words.member_heads):
            out.append(Atom(atom.start, head + 1, "role", [party.country], "official"))
            skip_to = head + 1
            continue
        last = straight_apostrophe(tokens.folded[atom.end - 1])
        if words.member_endings and last.endswith(words.member_endings):
            out.append(Atom(atom.start, atom.end, "role", [party.country], "official"))
            continue
        out.append(atom)
    return out


def _compound_head(atom: Atom, tokens: Tokens, text: str) -> int | None:
    """The token a hyphen joins right after a name ("SPD-Politiker"), if any."""
    nxt = atom.end
    if nxt >= len(tokens) or not text:
        return None
    gap = text[tokens.spans[atom.end - 1][1]:tokens.spans[nxt][0]]
    return nxt if gap in ("-", "\u2010", "\u2011") else None


def _national_bodies(atoms: list[Atom]) -> list[Atom]:
    """"Russian Security Council", "το ρωσικό Συμβούλιο Ασφαλείας": a demonym right before an
    organisation's generic name makes it that country's own body, coded with the country. So
    does a country beside an NGO: "the Iranian Red Crescent", "هلال احمر ایران" are national
    societies."""
    out: list[Atom] = []
    for atom in atoms:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "demonym" and atom.kind in ("igo", "ngo") \
                and atom.start == prev.end:
            out[-1] = Atom(prev.start, atom.end, "country", list(prev.actor_ids))
            continue
        if prev is not None and prev.kind == "ngo" and atom.kind in ("country", "demonym") \
                and atom.start == prev.end:
            out[-1] = Atom(prev.start, atom.end, "country", list(atom.actor_ids))
            continue
        out.append(atom)
    return out


# The pack's word lists read as atoms, in the order of `_pack_words`.
PACK_KINDS = ("demonym", "collective", "role", "counterpart", "sector")
_PACK_WORDS: dict[str | None, PatternUnion] = {}


def _pack_words(pack: Pack) -> PatternUnion:
    """The pack's demonyms, collectives, roles, counterparts and sector words as one union,
    built once per pack: each token is looked up once for all five."""
    sets = (pack.demonyms, pack.collectives, pack.roles, pack.counterpart,
            sector_words(pack.lang).patterns)
    union = _PACK_WORDS.get(pack.lang)
    if union is None or not union.made_of(sets):
        union = _PACK_WORDS[pack.lang] = PatternUnion(sets)
    return union


def _pack_atoms(found: list[Match], kind: str) -> list[Atom]:
    matches = longest_non_overlapping(found)
    if kind in ("role", "counterpart", "sector"):
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
    """Whatever a role or a person can belong to: a country, an IGO, an NGO, an armed group."""
    return atom.kind in ("country", "demonym", "igo", "ngo", "armed_group", "collective")


def _placed(atom: Atom) -> bool:
    """A place, or a role with its country in its own words ("Bundesaußenminister"): what
    names the country of a phrase."""
    return _is_place(atom) or (atom.kind == "role" and bool(atom.actor_ids))


def group_atoms(atoms: list[Atom], tokens: Tokens, breaks: set[int],
                joiners: frozenset[str] = frozenset(),
                prepositions: frozenset[str] = frozenset(),
                triggers: PatternSet | None = None, text: str = "",
                words: Phrasing | None = None, owner_after: bool = True) -> list[list[Atom]]:
    """Neighbouring atoms (at most two tokens apart, same sentence) form one phrase; a sector
    word and its place only when nothing but `joiners` stands between them ("the army of
    Iraq", not "the police in Karachi": that place is where they are, not whose), and a place
    after its sector only where the pack's owners may follow (`owner_after`: not in Turkish,
    where "Dışişleri Bakanlığı İsrail'i kınadı" names Israel as the object); a place
    and a role after it not across a preposition ("received in North Korea by the leader");
    a role and what follows it not across an event word of the pack ("the president visited
    Russia" is no Russian president), nor across a comma that closes a clause (see
    `_across_comma`); given the pack's `words` (`actors.phrasing`), a role joins its place
    or holder only across function words, and a sector after a possessive no place."""
    groups: list[list[Atom]] = []
    starts = sorted(breaks)
    for n, atom in enumerate(atoms):
        if groups and _claimed_by_next(groups[-1], atom, atoms[n + 1] if n + 1 < len(atoms) else None):
            groups.append([atom])
            continue
        if groups:
            last = groups[-1][-1]
            k = bisect_left(starts, last.end)
            crosses = (k < len(starts) and starts[k] <= atom.start) or any(
                tokens.folded[k] in conjunctions() for k in range(last.end, atom.start))
            if atom.start - last.end <= MAX_GAP_TOKENS and not crosses \
                    and _joinable(groups[-1], atom) and _sector_gap(last, atom, tokens, joiners, owner_after) \
                    and not _role_across_preposition(last, atom, tokens, prepositions) \
                    and not _role_across_trigger(groups[-1], atom, tokens, triggers) \
                    and not _across_comma(groups[-1], atom, tokens, text) \
                    and not _toward(groups[-1], atom, tokens, words) \
                    and _phrased(groups[-1], atom, tokens, words):
                groups[-1].append(atom)
                continue
        groups.append([atom])
    return groups


def _claimed_by_next(group: list[Atom], atom: Atom, nxt: Atom | None) -> bool:
    """A role set off from a preceding place but right before its own place or person starts
    a new phrase: "din Iran cu preşedintele american Donald Trump" is Trump, not Iran's
    president."""
    if atom.kind not in ("role", "counterpart") or nxt is None or nxt.start - atom.end > 1:
        return False
    last = group[-1]
    return _is_place(last) and atom.start > last.end and (_is_place(nxt) or nxt.kind == "person")


def _role_across_preposition(last: Atom, atom: Atom, tokens: Tokens,
                             prepositions: frozenset[str]) -> bool:
    return atom.kind in ("role", "counterpart") and _is_place(last) \
        and any(tokens.folded[k] in prepositions for k in range(last.end, atom.start))


def _role_across_trigger(group: list[Atom], atom: Atom, tokens: Tokens,
                         triggers: PatternSet | None) -> bool:
    end = group[-1].end
    return triggers is not None and atom.start > end \
        and any(a.kind in ("role", "counterpart") for a in group) \
        and bool(triggers.find(tokens.folded[end:atom.start]))


def _phrased(group: list[Atom], atom: Atom, tokens: Tokens, words: Phrasing | None) -> bool:
    """Whether only function words stand between a role and what joins it ("ministro de
    Exteriores de Rusia"; not "MSZ oskarżył Białoruś"), and a sector joining a place after
    it has no possessor ("sus tropas de Afganistán")."""
    if words is None:
        return True
    last = group[-1]
    if last.kind == "sector" and _is_place(atom) and last.start > 0 \
            and tokens.folded[last.start - 1] in words.possessives:
        return False
    if not {atom.kind, last.kind} & {"role", "counterpart"} or "demonym" in (atom.kind, last.kind):
        return True  # an adjective takes a noun's modifiers between: "Iranian health officials"
    return all(w in words.role_gap for w in tokens.folded[last.end:atom.start])


def _toward(group: list[Atom], atom: Atom, tokens: Tokens, words: Phrasing | None) -> bool:
    """A place reached by a word or case ending of direction is where a role's holder goes,
    not whose office it is: "وزیر امور خارجه به مسکو", "وزير الخارجية إلى موسكو",
    "Dışişleri Bakanı Moskova'ya" (`[phrases] toward`, `toward_endings`)."""
    if words is None:
        return False
    roles = ("role", "counterpart")
    last = group[-1]
    if atom.kind in roles and _is_place(last):
        place = last
    elif _is_place(atom) and any(a.kind in roles for a in group):
        place = atom
    else:
        return False
    ending = words.toward_endings and \
        straight_apostrophe(tokens.folded[place.end - 1]).endswith(words.toward_endings)
    return bool(ending) or any(w in words.toward for w in tokens.folded[last.end:atom.start])


CLAUSE_MARKS = frozenset(",;:،؛，；：、")


def _across_comma(group: list[Atom], atom: Atom, tokens: Tokens, text: str) -> bool:
    """A comma between two atoms ends a clause or a list item ("según la oposición, Rusia
    habría enviado ..."), except the one that opens an apposition naming a role's holder
    ("the Iranian president, Masoud Pezeshkian")."""
    if not text or atom.start <= group[-1].end - 1:
        return False
    gap = text[tokens.spans[group[-1].end - 1][1]:tokens.spans[atom.start][0]]
    if not CLAUSE_MARKS.intersection(gap):
        return False
    return not (atom.kind == "person" and any(a.kind in ("role", "counterpart") for a in group))


def _sector_gap(last: Atom, atom: Atom, tokens: Tokens, joiners: frozenset[str],
                owner_after: bool = True) -> bool:
    if "sector" not in (last.kind, atom.kind):
        return True
    if last.kind == "sector" and _is_place(atom) and not owner_after:
        return False
    return all(tokens.folded[k] in joiners for k in range(last.end, atom.start))


def _joinable(group: list[Atom], atom: Atom) -> bool:
    kinds = {a.kind for a in group}
    if atom.kind == "sector":
        # "Iraqi troops", "Russia's army", "the Trump administration" (the person's own)
        return "sector" not in kinds and not kinds & {"role", "counterpart"} \
            and group[-1].kind in ("demonym", "country", "person")
    if atom.kind == "body":
        # "the Sweden Democrats", "the Israeli IDF": the country right before a national body,
        # not a dateline's or a city's name ("ANKARA - CHP")
        return group[-1].kind in ("demonym", "country") and group[-1].place is None \
            and atom.start == group[-1].end
    if kinds == {"sector"}:
        # "la police française", "polisi Indonesia", "the police spokesman"; a body's
        # spokesperson named by a sector word right before the name, "外交部发言人林剑"
        return atom.kind in ("demonym", "country", "role") \
            or (atom.kind == "person" and atom.start == group[-1].end)
    if atom.kind in ("role", "counterpart"):
        # a role after a national body is its officer ("CHP lideri"), read by unknown_names,
        # not an office of the country named before it ("Türkiye'de CHP lideri")
        return not kinds & {"role", "counterpart", "person", "body"}
    if atom.kind == "person":
        if "person" in kinds:
            return False
        if kinds & {"role", "counterpart"}:
            return True
        # "Russia's Putin", "Iranian Pezeshkian"; not "ZDA in Bidnove" ("the USA and Biden")
        return bool(kinds & {"demonym", "country", "igo"}) and atom.start == group[-1].end
    if _is_place(atom):
        return bool(kinds & {"role", "counterpart"}) and "person" not in kinds \
            and not any(_placed(a) for a in group)
    return False


APPOSITION_MARKS = frozenset(",،，")


def held_roles_after(groups: list[list[Atom]], tokens: Tokens, text: str, breaks: set[int],
                     kb: KnowledgeBase, words: Phrasing) -> list[list[Atom]]:
    """A person named before an office joins it, as a role before the name does: set off by
    a comma ("Radosław Sikorski, Poland's foreign minister,") or right after the name, as
    Arabic and Persian write it ("كامل إدريس رئيس مجلس الوزراء السوداني"), with only function
    words between. A name before a role may as well be another party ("التقى بوتين رئيس
    الوزراء العراقي": Putin met the Iraqi prime minister), so the person must have held that
    office, of the country the phrase names, by the knowledge base."""
    out: list[list[Atom]] = []
    for group in groups:
        prev = out[-1] if out else None
        if prev is not None and _names_holder(prev, group, tokens, text, breaks, words) \
                and _held(prev[-1], group, kb):
            out[-1] = prev + group
            continue
        out.append(group)
    return out


def _names_holder(name: list[Atom], office: list[Atom], tokens: Tokens, text: str,
                  breaks: set[int], words: Phrasing) -> bool:
    """Whether a phrase that ends in a person is followed, in its sentence, by an office
    phrase (a role of a state or organisation, no person of its own) that may be in
    apposition to it: at most a comma and function words between."""
    last, first = name[-1], office[0]
    if last.kind != "person" or any(a.kind in ("role", "counterpart") for a in name) \
            or {a.kind for a in office} & {"person", "counterpart", "sector"} \
            or not any(a.kind == "role" and a.role != PARTY_ROLE for a in office) \
            or any(k in breaks for k in range(last.end, first.start + 1)) \
            or first.start - last.end > MAX_GAP_TOKENS:
        return False
    # what stands between the tokens, from the name's end on: a comma only right after it
    marks = [text[tokens.spans[k - 1][1]:tokens.spans[k][0]].strip()
             for k in range(last.end, first.start + 1)]
    return marks[0] in ("", *APPOSITION_MARKS) and not any(marks[1:]) \
        and all(w in words.role_gap for w in tokens.folded[last.end:first.start])


def _held(person: Atom, office: list[Atom], kb: KnowledgeBase) -> bool:
    """Whether one of the people a name may be has held the office's role, in the country or
    organisation the office phrase names, if it names one."""
    role = next(a.role for a in office if a.kind == "role" and a.role != PARTY_ROLE)
    place = next((a.actor_ids[0] for a in office if _placed(a) and a.actor_ids), None)
    return any(r.role == role and (place is None or r.country == place)
               for actor_id in person.actor_ids if kb.get(actor_id) is not None
               for r in kb.get(actor_id).roles)


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
    place = next((a for a in group if _placed(a)), None)
    role = next((a for a in group if a.kind in ("role", "counterpart")), None)
    sector = next((a for a in group if a.kind == "sector"), None)
    if person is not None:
        actor_id = _choose_person(person.actor_ids, kb, day, place)
        actor = kb.get(actor_id)
        # "Arab League Secretary General Chedli Klibi" acts for the organisation he is named with
        body = kb.get(place.actor_ids[0]) if role is not None and place is not None else None
        affiliation = body.id if body is not None and body.kind in ("igo", "ngo") \
            else kb.affiliation(actor_id, day)
        return Mention(start, end, surface, actor_id, actor.name if actor else None, "person",
                       affiliation, 0.95 if role or place else 0.85,
                       role=role.role if role else None)
    body = next((a for a in group if a.kind == "body"), None)
    if body is not None:
        return _body_mention(start, end, surface, kb.get(body.actor_ids[0]), place)
    if role is not None and place is not None and role.role != PARTY_ROLE:
        # a party's officer is named by the party, not its country: "the Italian party
        # leader", "LONDON - The chairman" leave only the place
        kind = "counterpart" if role.kind == "counterpart" else "role"
        return Mention(start, end, surface, None, None, kind, place.actor_ids[0], 0.7,
                       role=role.role, resolved=False)
    if sector is not None:  # "Iraqi troops", "the police"; "the Iranian government spokesman" is the role
        return sector_mention(start, end, surface, sector.role,
                              place.actor_ids[0] if place is not None else None)
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
        demonym = place.kind == "demonym"
        return Mention(atom_start, atom_end, text[atom_start:atom_end], actor_id,
                       actor.name if actor else None, kind, country, 0.8 if demonym else 0.9,
                       demonym=demonym)
    return None


def _body_mention(start: int, end: int, surface: str, body: Actor, place: Atom | None) -> Mention:
    """A national body is its sector of its own country ("СБУ" the security forces of
    Ukraine), coded as the same sector named with its country would be; named with another
    country it is that country's namesake ("Sweden Democrats", "the Norwegian Labour Party")."""
    country = body.country
    if place is not None and place.kind in ("country", "demonym"):
        country = place.actor_ids[0]
    mention = sector_mention(start, end, surface, body.sector, country)
    return replace(mention, name=body.name if country == body.country else mention.name,
                   confidence=0.9)


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
    atoms = ethnic_residence(find_atoms(tokens, pack, kb, frozenset(breaks), text, day), text,
                             tokens, pack, breaks)
    atoms = [a for a in atoms if not _in_compound(a, tokens, text, pack.lang)]
    atoms = party_members(atoms, tokens, text, phrasing(pack), kb)
    atoms = organisation_officers(atoms, tokens, text, breaks, phrasing(pack))
    groups = group_atoms(atoms, tokens, breaks, sector_words(pack.lang).joiners,
                         pack.syntax.prepositions, pack.events, text, phrasing(pack),
                         sector_words(pack.lang).owner_after)
    groups = held_roles_after(groups, tokens, text, breaks, kb, phrasing(pack))
    mentions = mentions_from_groups(groups, tokens, text, kb, day)
    mentions = place_sectors(mentions, text, tokens, pack.lang, breaks)
    seats = {(a.start, a.end) for a in atoms if a.place in seat_places(kb)}
    of = sector_words(pack.lang).joiners | pack.syntax.articles | pack.syntax.genitive
    mentions = read_in_context(mentions, tokens, text, pack, of, kb, seats)
    owners = sector_words(pack.lang).joiners | pack.syntax.genitive
    mentions = mentions + described_parties(mentions, tokens, text, pack.lang, kb, owners)
    organisations = Organisations(phrasing(pack).role_gap, given_names(kb),
                                  home_reader(text, tokens, pack.lang, breaks, mentions),
                                  calendar_words(pack.lang) if pack.lang else frozenset(),
                                  phrasing(pack))
    # a national body (bodies.toml: "PiS", "Pd") is read there as the organisation the
    # knowledge base lacks: its words stay free for its officer's phrase ("Prezes PiS ...")
    officers = [a for a in atoms if a.kind != "body"]
    unknown = unknown_names(officers, tokens, text, breaks, mentions, organisations)
    pairs = {k for m in pack.pair_anaphora.find(tokens.folded) for k in range(m.start, m.end)}
    offices = home_offices(groups, tokens, text, organisations, unknown, pairs, breaks)
    found = named_holders(mentions + offices + unknown, kb, day) \
        + later_mentions(unknown, mentions, tokens, text, breaks, pack.lang)
    found = name_bodies(defined_acronyms(found, tokens, text), tokens, pack.lang)
    return found + quoted_speakers(found, tokens, text, pack.lang)


def _in_compound(atom: Atom, tokens: Tokens, text: str, lang: str | None) -> bool:
    """Whether the atom is the name inside a pro-/anti- compound ("pro-EU protesters")."""
    return in_compound(tokens.spans[atom.start][0], tokens.spans[atom.end - 1][1], text,
                       compounds(lang))


def home_offices(groups: list[list[Atom]], tokens: Tokens, text: str,
                 orgs: Organisations, unknown: list[Mention], pairs: set[int],
                 breaks: set[int]) -> list[Mention]:
    """A state office of one holder named without its country ("Szef MON skrytykował Rosję",
    "the defence minister warned") is the report's home state's, as an unknown office
    holder's name is (`unknown_names`): a role mention of that country, which the event's day
    resolves to its holder. Not a role right before an unknown name (that name's, already
    read), nor one inside a pair phrase (`pairs`: "the two ministers", "Министры", the pair
    the coder reads), nor a bare "minister", who may hold any portfolio. Nor one of an
    organisation the knowledge base lacks, named by its short form ("il presidente della
    CGIL", "the president of the FNSEA"): that is the organisation's officer, not the
    state's. An office read as the officer of the body it governs ("der Präsident des
    Bauernverbands", officers.py) is a party of the home state, with no holder of its own."""
    named = {tokens.index_range(m.start, m.end)[0] for m in unknown}
    places = {k for group in groups for a in group if a.kind in ("country", "demonym")
              for k in range(a.start, a.end)}
    out: list[Mention] = []
    for n, group in enumerate(groups):
        role = group[0]
        if len(group) != 1 or role.kind != "role" \
                or (role.role not in HOME_OFFICES and not role.heads_body) \
                or role.end in named or pairs.intersection(range(role.start, role.end)):
            continue
        nxt = groups[n + 1][0].start if n + 1 < len(groups) else len(tokens)
        if not role.heads_body and _short_form_after(role.end, nxt, tokens, breaks, places, orgs):
            continue
        country = orgs.home(role.start)
        if country is None:
            continue
        start, end = tokens.spans[role.start][0], tokens.spans[role.end - 1][1]
        out.append(Mention(start, end, text[start:end], None, None, "role", country,
                           HOME_OFFICE_CONFIDENCE, role=role.role, resolved=False))
    return out


MAX_UNKNOWN_TOKENS = 4
MAX_LINKS = 3  # function words between a role and its organisation ("secretary of the")
MAX_ORGANISATION_TOKENS = 4  # words of an organisation's name ("Partido Popular", "CGT")
PARTY_ROLE = "party_leader"
HOME_OFFICE_CONFIDENCE = 0.6  # below a role named with its country (0.7)
# Offices of a state's government: one named without its country ("İçişleri Bakanı Ali
# Yerlikaya", "Innenminister Alexander Dobrindt") is the report's home state's, as its
# domestic bodies are.
STATE_OFFICES = frozenset({"head_of_state", "head_of_government", "foreign_minister",
                           "defence_minister", "minister", "security_council_secretary",
                           "national_security_adviser"})
HOME_OFFICES = STATE_OFFICES - {"minister"}  # offices of one holder each


@dataclass(frozen=True)
class Organisations:
    """What lets a name the knowledge base lacks stand as the officer of an organisation it
    also lacks ("La segretaria del Pd Elly Schlein", "SPD-Chef Lars Klingbeil"): the words
    that join a role to its organisation, the known given names where the person's name
    starts after the organisation's, and the report's home (`sectors.home_reader`), whose
    domestic party such an officer is unless the phrase names another country."""
    links: frozenset[str]
    given: frozenset[str]
    home: Callable[[int], str | None]
    calendar: frozenset[str] = frozenset()
    words: Phrasing | None = None  # the pack's phrasing, for names in a script without case


def _name_like(word: str) -> bool:
    return len(word) >= 2 and word[0].isupper() and word.isalpha() and not word.isupper()


def _acronym(word: str) -> bool:
    """An organisation's short form: "CHP", "PiS", "ΠΑΣΟΚ", "M5S", "FdI"."""
    return len(word) >= 2 and word.isalnum() and word[0].isupper() \
        and sum(c.isupper() for c in word) >= 2


def unknown_names(atoms: list[Atom], tokens: Tokens, text: str, breaks: set[int],
                  mentions: list[Mention] = (),
                  organisations: Organisations | None = None) -> list[Mention]:
    """Person-like names not in the knowledge base, kept as unlinked mentions.

    Two to four capitalised words right after a role, sector word, demonym or country
    ("Iranian official Ali Bagheri", "ministr zahraničí Jan Novák", "лидер оппозиции Иван
    Петров") become a mention of kind "unknown" with the country its phrase gives (`mentions`:
    the placed sector mentions, whose country a sector word's phrase takes), so that the
    coder may take it as a party of that country and `wirewatch actors unknown` list it. A
    name after a sector word takes the sector as its role: "the opposition's Ivan Petrov" is
    the opposition.

    Given `organisations`, so does the officer of a party, union or NGO: a name after a role
    and the organisation's name ("secrétaire générale de la CGT Sophie Binet", "prezes PiS
    Jarosław Kaczyński"), after a role with the organisation before it ("CHP leader Özgür
    Özel", "SPD-Chef Lars Klingbeil") or after a party role of the pack ("CHP Genel Başkanı
    Özgür Özel"), or before such a role in apposition ("Sophie Binet, secrétaire générale de
    la CGT,"). Without a country in its phrase, such an officer is a party of the report's
    home.
    """
    covered = {k for a in atoms for k in range(a.start, a.end)}
    out: list[Mention] = []
    for n, atom in enumerate(atoms):
        if atom.kind not in ("role", "demonym", "country", "sector"):
            continue
        nxt = atoms[n + 1].start if n + 1 < len(atoms) else len(tokens)
        span = _name_at(atom.end, nxt, tokens, text, breaks, covered,
                        organisations.calendar if organisations is not None else frozenset())
        if span is None and organisations is not None and organisations.words is not None \
                and _phrase_role(atoms, n) is not None:
            span = _caseless_name_at(atom.end, tokens, text, breaks, covered, organisations)
        officer = atom.kind == "role" and organisations is not None and span is not None \
            and (atom.role == PARTY_ROLE
                 or _organisation_before(atom, tokens, text, breaks, covered))
        if span is None and organisations is not None and _office(atoms, n):
            span = _name_after_organisation(atom.end, nxt, tokens, text, breaks, covered,
                                            organisations)
            officer = span is not None
        if span is None:
            continue
        i, j = span
        phrase = _phrase_before(atoms, n, tokens, text, breaks)
        country = _context_country(phrase) or _sector_country(phrase, tokens, mentions) \
            or (organisations.home(atom.start)
                if organisations is not None and (officer or atom.role in STATE_OFFICES)
                else None)
        start, end = tokens.spans[i][0], tokens.spans[j - 1][1]
        office = _phrase_role(atoms, n) if atom.kind in ("demonym", "country") else None
        role = office.role if office is not None else atom.role
        out.append(Mention(start, end, text[start:end], None, None, "unknown", country, 0.5,
                           role=role))
    if organisations is not None:
        # the officer's reading of a name wins over the one after a dateline's place
        officers = _officers_in_apposition(atoms, tokens, text, breaks, covered, mentions,
                                           organisations)
        spans = {(m.start, m.end) for m in officers}
        out = [m for m in out if (m.start, m.end) not in spans] + officers
    return sorted(out, key=lambda m: m.start)


def _phrase_role(atoms: list[Atom], n: int) -> Atom | None:
    """The role whose phrase atom n ends, if it ends one: the role itself, or the role right
    before the places or bodies that end it ("وزير الخارجية المصري", "سخنگوی وزارت امور خارجه
    آمریکا", "المتحدثة باسم الخارجية الفرنسية")."""
    k = n
    while k > 0 and n - k < MAX_GAP_TOKENS and atoms[k].kind in ("demonym", "country", "sector") \
            and atoms[k].start - atoms[k - 1].end <= MAX_GAP_TOKENS:
        k -= 1
    return atoms[k] if atoms[k].kind == "role" else None


def _office(atoms: list[Atom], n: int) -> bool:
    """Whether atom n ends an office's words: a role, or a demonym right after one ("il
    leader turco del Chp")."""
    atom = atoms[n]
    return atom.kind == "role" or (
        atom.kind == "demonym" and n > 0 and atoms[n - 1].kind == "role"
        and atom.start - atoms[n - 1].end <= MAX_GAP_TOKENS)


def _name_at(i: int, nxt: int, tokens: Tokens, text: str, breaks: set[int],
             covered: set[int], calendar: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """The tokens of a two- to four-word name starting at token i, if one does; no month or
    weekday ("the party chairman Tuesday")."""
    if i in breaks or i >= len(tokens) or i in covered or not _name_like(tokens.surface[i]) \
            or _acronym(tokens.surface[i]):
        return None  # "Prezes PiS Jarosław Kaczyński": the short form is the organisation's
    j = i + 1
    while j < min(nxt, i + MAX_UNKNOWN_TOKENS) and j not in covered and j not in breaks \
            and _name_like(tokens.surface[j]) and _joined(tokens, text, j):
        j += 1
    if j - i < 2 or any(fold(w) in calendar for w in tokens.surface[i:j]):
        return None
    return i, j


CASELESS_NAME_TOKENS = 2
MIN_CASELESS_LETTERS = 3  # no one-character token of Chinese, no clitic


def _caseless_name_at(i: int, tokens: Tokens, text: str, breaks: set[int], covered: set[int],
                      orgs: Organisations) -> tuple[int, int] | None:
    """A two-word name in a script without case right after a role's phrase ("المبعوثة
    الأمريكية مورغان أورتاغوس إن"): no word of it known to the pack as no name
    (`not_names`: a light verb, "کرد") or function word, or opening with an attached article
    ("جميع الأطراف"), and a word the pack lets follow a name, a punctuation mark or the
    sentence's end right after it; no month or weekday."""
    words = orgs.words
    j = i + CASELESS_NAME_TOKENS
    if j > len(tokens) or covered.intersection(range(i, j)) \
            or breaks.intersection(range(i, j)) or not _joined(tokens, text, i + 1):
        return None
    folded = tokens.folded[i:j]
    if not all(_caseless_word(w) for w in tokens.surface[i:j]) \
            or any(w.startswith(words.not_name_prefixes) or w in words.role_gap
                   or w in words.name_followers or w in words.not_names or w in orgs.calendar
                   for w in folded):
        return None
    return (i, j) if _name_ends(j, tokens, text, breaks, words) else None


def _caseless_word(word: str) -> bool:
    """A word of a script without case, long enough to be a name."""
    return len(word) >= MIN_CASELESS_LETTERS and word.isalpha() \
        and word[0].lower() == word[0].upper()


def _name_ends(j: int, tokens: Tokens, text: str, breaks: set[int], words: Phrasing) -> bool:
    """Whether a name may end before token j: at the text's or a sentence's end, before a
    punctuation mark, or before a word the pack lets follow a name."""
    if j >= len(tokens) or j in breaks or text[tokens.spans[j - 1][1]:tokens.spans[j][0]].strip():
        return True
    return tokens.folded[j] in words.role_gap or tokens.folded[j] in words.name_followers


def _joined(tokens: Tokens, text: str, j: int) -> bool:
    """Whether token j follows the one before it as a word of one name does."""
    return text[tokens.spans[j - 1][1]:tokens.spans[j][0]] in (" ", "-")


def _organisation_before(atom: Atom, tokens: Tokens, text: str, breaks: set[int],
                         covered: set[int]) -> bool:
    """Whether an organisation the knowledge base lacks names the role right before it: a
    short form ("CHP leader", "SPD-Chef") or a name joined to it by a hyphen ("Grünen-Chefin")."""
    k = atom.start - 1
    if k < 0 or k in covered or atom.start in breaks:
        return False
    word, gap = tokens.surface[k], text[tokens.spans[k][1]:tokens.spans[atom.start][0]]
    return (_acronym(word) and gap in (" ", "-")) or (_name_like(word) and gap == "-")


def _short_form_after(end: int, nxt: int, tokens: Tokens, breaks: set[int],
                      places: set[int], orgs: Organisations) -> bool:
    """Whether a role's joining words lead to the short form of an organisation, known or
    not ("della CGIL", "of the FNSEA"), and not of a state (`places`: "degli USA"); a
    capitalised word may be the state's own ("della Repubblica"), a short form is not."""
    k = end
    while k < min(nxt, end + MAX_LINKS) and k not in breaks and tokens.folded[k] in orgs.links:
        k += 1
    return end < k < len(tokens) and k not in places and k not in breaks \
        and _acronym(tokens.surface[k])


def _name_after_organisation(end: int, nxt: int, tokens: Tokens, text: str, breaks: set[int],
                             covered: set[int], orgs: Organisations) -> tuple[int, int] | None:
    """The name of the person after a role, its joining words and an organisation the
    knowledge base lacks ("del Pd Elly Schlein", "de la CGT Sophie Binet", "PSD Marcel
    Ciolacu"): a run of capitalised words and short forms, of which the organisation's name
    is the first part and the person's the last two to four words. The person's name starts
    at the first known given name of the run after its first word, else after the short
    forms that open it; no word of it may be a major place or a month, nor a place the
    knowledge base names ("del Pd Roma Nord": the run ends before it)."""
    k = end
    while k < min(nxt, end + MAX_LINKS) and k not in breaks and tokens.folded[k] in orgs.links:
        k += 1
    j = k
    while j < min(nxt, k + MAX_ORGANISATION_TOKENS + MAX_UNKNOWN_TOKENS) and j not in covered \
            and (j == k or (j not in breaks and _joined(tokens, text, j))) \
            and (_name_like(tokens.surface[j]) or _acronym(tokens.surface[j])):
        j += 1
    start = _person_start(k, j, tokens, orgs.given)
    if start is None or not 2 <= j - start <= MAX_UNKNOWN_TOKENS \
            or not all(_name_like(w) for w in tokens.surface[start:j]) \
            or any(major_place(w) or fold(w) in orgs.calendar for w in tokens.surface[start:j]):
        return None
    return start, j


def _person_start(k: int, j: int, tokens: Tokens, given: frozenset[str]) -> int | None:
    """Where, in the run of tokens k..j that names an organisation and then a person, the
    person's name starts: at the first known given name after the first word that has a
    surname after it ("Faure" is a given name too), else after the short forms that open
    the run ("PS", "Pd", "Cgil": an Italian short form is written as a word), leaving the
    person two words at least ("Pd Elly Schlein")."""
    start = next((s for s in range(k + 1, j - 1) if translit_key(tokens.surface[s]) in given),
                 None)
    if start is not None:
        return start
    s = k
    while s < j - 2 and _short_form(tokens.surface[s]):
        s += 1
    return s if s > k else None


SHORT_FORM_LETTERS = 4  # "Pd", "Cgil", "Avs": a short form written as a word


def _short_form(word: str) -> bool:
    return _acronym(word) or (_name_like(word) and len(word) <= SHORT_FORM_LETTERS)


def _officers_in_apposition(atoms: list[Atom], tokens: Tokens, text: str, breaks: set[int],
                            covered: set[int], mentions: list[Mention],
                            orgs: Organisations) -> list[Mention]:
    """An officer named before the role that makes him one, set off by a comma: "Sophie
    Binet, secrétaire générale de la CGT, a exigé", "Özgür Özel, CHP Genel Başkanı,". The
    role must be the pack's party role or name its organisation after it."""
    out: list[Mention] = []
    for n, atom in enumerate(atoms):
        if atom.kind != "role" or atom.start in breaks:
            continue
        k = atom.start
        while k > 0 and atom.start - k < MAX_LINKS and tokens.folded[k - 1] in orgs.links \
                and k not in breaks:
            k -= 1
        if k <= 0 or k in breaks \
                or text[tokens.spans[k - 1][1]:tokens.spans[k][0]].strip() != ",":
            continue
        nxt = atoms[n + 1].start if n + 1 < len(atoms) else len(tokens)
        if atom.role != PARTY_ROLE \
                and not _organisation_before(atom, tokens, text, breaks, covered) \
                and not _organisation_after(atom.end, nxt, tokens, breaks, covered, orgs):
            continue
        span = _name_ending(k, tokens, text, breaks, covered, orgs)
        if span is None:
            continue
        i, j = span
        start, end = tokens.spans[i][0], tokens.spans[j - 1][1]
        phrase = _phrase_before(atoms, n, tokens, text, breaks)
        country = _context_country(phrase) or _sector_country(phrase, tokens, mentions) \
            or orgs.home(i)
        out.append(Mention(start, end, text[start:end], None, None, "unknown", country, 0.5,
                           role=atom.role))
    return out


def _organisation_after(end: int, nxt: int, tokens: Tokens, breaks: set[int],
                        covered: set[int], orgs: Organisations) -> bool:
    """Whether a role's joining words lead to an organisation the knowledge base lacks,
    written as a short form or a capitalised name: "de la CGT", "of the Democratic Alliance",
    "președintele UDMR" (a short form needs no joining word)."""
    k = end
    while k < min(nxt, end + MAX_LINKS) and k not in breaks and tokens.folded[k] in orgs.links:
        k += 1
    return k < nxt and k not in covered and k not in breaks \
        and (_acronym(tokens.surface[k]) or (k > end and _name_like(tokens.surface[k])))


def _name_ending(k: int, tokens: Tokens, text: str, breaks: set[int], covered: set[int],
                 orgs: Organisations) -> tuple[int, int] | None:
    """The two- to four-word name that ends right before token k (the comma before an
    apposition), opening its sentence or after a word that is no name."""
    j = k
    i = j - 1
    if i < 0 or i in covered or not _name_like(tokens.surface[i]):
        return None
    while i > 0 and j - i < MAX_UNKNOWN_TOKENS and i not in breaks and i - 1 not in covered \
            and _name_like(tokens.surface[i - 1]) and _joined(tokens, text, i):
        i -= 1
    if i > 0 and i not in breaks and _name_like(tokens.surface[i - 1]) and i - 1 not in covered:
        return None  # a longer run of capitalised words: a title, a place, an organisation
    if i in breaks and j - i > 2 and translit_key(tokens.surface[i]) not in orgs.given:
        i += 1  # a word capitalised for opening the sentence ("Yesterday Sophie Binet,")
    if j - i < 2:
        return None
    words = tokens.surface[i:j]
    if any(major_place(w) or fold(w) in orgs.calendar for w in words):
        return None
    return i, j


PHRASE_KINDS = frozenset({"role", "sector", "demonym", "country"})


def _phrase_before(atoms: list[Atom], n: int, tokens: Tokens, text: str,
                   breaks: set[int]) -> list[Atom]:
    """The atoms of the phrase that ends at atom n, nearest first: roles, sector words and
    places at most MAX_GAP_TOKENS apart in one clause ("Turkey's main opposition leader")."""
    phrase = [atoms[n]]
    for before in reversed(atoms[:n]):
        after = phrase[-1]
        if before.kind not in PHRASE_KINDS or after.start - before.end > MAX_GAP_TOKENS \
                or any(k in breaks for k in range(before.end, after.start + 1)) \
                or CLAUSE_MARKS.intersection(
                    text[tokens.spans[before.end - 1][1]:tokens.spans[after.start][0]]):
            break
        phrase.append(before)
    return phrase


def _context_country(phrase: list[Atom]) -> str | None:
    """The country of the nearest place word of the phrase, or of a role's own words
    ("Bundesinnenminister"). In a phrase with a role the first place word wins: a place
    after the one that says whose office it is tells where it is held ("the Russian
    ambassador in Berlin", "l'ambassadeur de Russie à Berlin", "Rusya'nın Berlin
    Büyükelçisi" are Russia's)."""
    placed = [a for a in phrase if a.kind in ("demonym", "country", "role") and a.actor_ids]
    if any(a.kind == "role" for a in phrase):
        placed.reverse()
    return placed[0].actor_ids[0] if placed else None


def _sector_country(phrase: list[Atom], tokens: Tokens, mentions: list[Mention]) -> str | None:
    """The country a sector word of the phrase was placed in (actors/sectors.py): "лидер
    оппозиции" of a report from Moscow is of Russia's opposition."""
    spans = [(tokens.spans[a.start][0], tokens.spans[a.end - 1][1])
             for a in phrase if a.kind == "sector"]
    return next((m.country for m in mentions if m.kind == "sector" and m.country
                 and any(m.start <= a and b <= m.end for a, b in spans)), None)
