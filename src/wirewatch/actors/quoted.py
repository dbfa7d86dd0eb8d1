"""The first person of a quote is its teller: "«We demand that China stop», the ministry said".

Officials speak for their state in the first person plural ("We strongly condemn the launch",
"Мы осуждаем", "Nous appelons"), and the report names them only in the attribution before
or after the quote. Each pronoun of the pack (`lang/<xx>/actors.toml` `[speech] we`) inside a
quote becomes a mention of the party that tells the quote:

- the first party right after its closing mark, with only a few words between and no
  sentence end ("«...», the ministry said", "„...” – powiedział rzecznik MSZ");
- else the last party right before its opening mark, a colon between
  ("Lavrov said: «We ...»").

A quote with no teller named beside it leaves its pronouns unread.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from wirewatch.lang.loader import table_patterns
from wirewatch.lang.patterns import PatternSet, longest_non_overlapping
from wirewatch.models import Mention
from wirewatch.text.tokens import Tokens

CONFIDENCE = 0.7
TELLER_GAP = 6  # words between a quote's mark and its teller ("the ministry said in a ...")
CLOSERS = {"«": "»", "“": "”", "„": "”“", '"': '"', "»": "«", "‹": "›"}
SENTENCE_END = re.compile(r"[.!?。！？]")
WORD = re.compile(r"\w+")


@cache
def speech_words(lang: str | None) -> PatternSet:
    """The pack's first-person pronouns a speaker speaks for his party with."""
    return table_patterns(lang, "actors.toml", "speech")


def quoted_speakers(mentions: list[Mention], tokens: Tokens, text: str,
                    lang: str | None) -> list[Mention]:
    """Mentions for the first-person pronouns of quotes, each standing for its teller."""
    found = longest_non_overlapping(speech_words(lang).find(tokens.folded))
    if not found:
        return []
    quotes = quote_spans(text)
    parties = teller_candidates(mentions)
    out = []
    for match in found:
        start, end = tokens.spans[match.start][0], tokens.spans[match.end - 1][1]
        quote = next(((a, b) for a, b in quotes if a <= start and end <= b), None)
        if quote is None or any(m.start < end and start < m.end for m in mentions):
            continue
        teller = quote_teller(parties, text, quote)
        if teller is not None:
            out.append(replace(teller, start=start, end=end, surface=text[start:end],
                               confidence=CONFIDENCE, demonym=False))
    return out


QUOTE_MARK = re.compile("[" + re.escape("".join({*CLOSERS, *"".join(CLOSERS.values())})) + "]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quotation marks."""
    out = []
    marks = QUOTE_MARK.finditer(text)
    for opening in marks:
        closers = CLOSERS.get(opening.group())
        if closers is None:
            continue
        closing = next((m for m in marks if m.group() in closers), None)
        if closing is None:
            break
        out.append((opening.end(), closing.start()))
    return out


def teller_candidates(mentions: list[Mention]) -> list[Mention]:
    """The mentions that can tell a quote (a party: an actor, a country or an office), in
    text order, for `quote_teller`."""
    return sorted((m for m in mentions if m.actor_id or m.country or m.role),
                  key=lambda m: m.start)


def quote_teller(parties: list[Mention], text: str, quote: tuple[int, int]) -> Mention | None:
    """The party that tells the quote at `quote` (its inner span): named right after its
    closing mark, else right before its opening mark with a colon between."""
    return _teller_after(parties, text, quote[1]) or _teller_before(parties, text, quote[0])


def _teller_after(parties: list[Mention], text: str, close: int) -> Mention | None:
    """The first party after the closing mark, with few words and no sentence end between."""
    m = next((m for m in parties if m.start > close), None)
    if m is None:
        return None
    gap = text[close + 1:m.start]
    return m if _short(gap) and not SENTENCE_END.search(gap) else None


def _teller_before(parties: list[Mention], text: str, open_at: int) -> Mention | None:
    """The last party before the opening mark, a colon between them."""
    m = next((m for m in reversed(parties) if m.end < open_at), None)
    if m is None:
        return None
    gap = text[m.end:open_at - 1]
    return m if ":" in gap and _short(gap) and not SENTENCE_END.search(gap) else None


def _short(gap: str) -> bool:
    return len(WORD.findall(gap)) <= TELLER_GAP and "\n" not in gap
