"""An acronym a report defines in brackets is that actor wherever it comes back.

News spells a body out once with its short form in brackets ("the Joint Chiefs of Staff
(JCS)", "Tentara Nasional Indonesia (TNI)", "Федеральная служба безопасности (ФСБ)") and
then uses the short form alone. The knowledge base may lack the short form or give it another
meaning; inside the report the definition wins, so every later bare use takes a copy of the
mention that the brackets follow.

A bracket counts as a definition only when its letters are the initials of the mention's own
words, in order and ending on one of its last two ("Rapid Support Forces (RSF)"): a party
after a politician ("Johann Wadephul (CDU)"), an agency after a dateline ("Jakarta (ANTARA)")
or a body whose name the mention only ends ("Boliviana" of "Central Obrera Boliviana (COB)")
defines nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from wirewatch.models import Mention
from wirewatch.text.tokens import Tokens

CONFIDENCE = 0.7
DEFINITION = re.compile(r"\s*\((\w{2,8})\)")
WORD = re.compile(r"\w+")
INFLECTED = "'’-"  # "MİT'in", "ABW-u": a case ending after the short form
WINDOW = 3  # words before the bracket the initials may reach beyond the acronym's length


@dataclass(frozen=True)
class Definition:
    acronym: str
    mention: Mention
    end: int  # offset right after the closing bracket


def defined_acronyms(mentions: list[Mention], tokens: Tokens, text: str) -> list[Mention]:
    """The mentions with every later bare use of a defined acronym read as its definition."""
    definitions = [d for m in mentions if (d := _definition(m, text)) is not None]
    for definition in definitions:
        mentions = _apply(definition, mentions, tokens)
    return mentions


def _definition(mention: Mention, text: str) -> Definition | None:
    if not (mention.actor_id or mention.country or mention.role):
        return None
    found = DEFINITION.match(text, mention.end)
    if found is None or not _acronym(found.group(1)):
        return None
    acronym = found.group(1)
    if mention.demonym or not _initials_fit(acronym, mention.surface):
        return None
    return Definition(acronym, mention, found.end())


def _acronym(word: str) -> bool:
    """Capitals only (with a lower-case joint at most: "PiS" is a name, not a definition)."""
    return word.isalpha() and sum(c.isupper() for c in word) >= len(word) - 1 >= 1 \
        and word[0].isupper()


def _initials_fit(acronym: str, before: str) -> bool:
    """Whether the acronym's letters are, in order, initials of the words of `before` (the
    defined mention), the last of them one of its last two words."""
    words = WORD.findall(before)[-(len(acronym) + WINDOW):]
    initials = [w[0].upper() for w in words]
    letters = [c.upper() for c in acronym]
    k = len(initials) - 1
    for n, letter in enumerate(reversed(letters)):
        while k >= 0 and initials[k] != letter:
            k -= 1
        if k < 0 or (n == 0 and k < len(initials) - 2):
            return False
        k -= 1
    return True


def _apply(definition: Definition, mentions: list[Mention], tokens: Tokens) -> list[Mention]:
    """Later uses of the acronym, each a copy of the defined mention; a mention the knowledge
    base gave such a use gives way."""
    uses = [(s, e) for (s, e), word in zip(tokens.spans, tokens.surface)
            if s >= definition.end and _is_use(word, definition.acronym)
            and not any(m.start <= s and e <= m.end and m.end - m.start > e - s
                        for m in mentions)]
    if not uses:
        return mentions
    kept = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in uses)]
    source = definition.mention
    copies = [replace(source, start=s, end=s + len(definition.acronym),
                      surface=definition.acronym, confidence=min(source.confidence, CONFIDENCE))
              for s, _ in uses]
    return sorted(kept + copies, key=lambda m: m.start)


def _is_use(word: str, acronym: str) -> bool:
    return word == acronym or (word.startswith(acronym) and word[len(acronym):len(acronym) + 1]
                               in tuple(INFLECTED) and len(word) > len(acronym) + 1)
