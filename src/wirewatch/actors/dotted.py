"""Acronyms written with a dot after each letter ("O.N.U.", "S.U.A.", "Ε.Ε."), as Romanian
and Greek papers often write them: the tokenizer splits them into single letters, so the
name index never sees the acronym; joined, the letters meet it ("ONU", "SUA", "ΕΕ")."""

from __future__ import annotations

from wirewatch.text.tokens import Tokens


def _dotted_letter(tokens: Tokens, text: str, k: int) -> bool:
    word = tokens.surface[k]
    end = tokens.spans[k][1]
    return len(word) == 1 and word.isupper() and text[end:end + 1] == "."


def dotted_acronyms(tokens: Tokens, text: str, acronyms: dict[str, list]) -> list[tuple[int, int, list]]:
    """(start, end, index entries) of each run of two or more dotted capitals, written without
    spaces ("O.N.U.", not the initials "I. L."), that spells a known acronym."""
    out = []
    until = -1
    for i in (k for k, word in enumerate(tokens.surface) if len(word) == 1):
        if i < until or not _dotted_letter(tokens, text, i):
            continue
        j = i + 1
        while j < len(tokens) and tokens.spans[j][0] == tokens.spans[j - 1][1] + 1 \
                and _dotted_letter(tokens, text, j):
            j += 1
        until = j
        found = acronyms.get("".join(tokens.surface[i:j])) if j - i >= 2 else None
        if found:
            out.append((i, j, found))
    return out
