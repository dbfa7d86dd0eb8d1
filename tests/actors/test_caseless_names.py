"""Names the knowledge base lacks, in scripts without case (Arabic, Persian).

No capital shows a name there: after a role's phrase, two words that the pack knows as no
function word, light verb or article-bearing noun, ended by a punctuation mark or a word the
pack lets follow a name, are an unknown person of the phrase's country; the surname alone
links back later. The sentences and the names in them are written for these tests.
"""

from __future__ import annotations

import pytest

from wirewatch.events.text import code_text


def unknown(text: str, lang: str) -> list[tuple[str, str | None]]:
    _, mentions, _ = code_text(text, lang, None)
    return [(m.surface, m.country) for m in mentions if m.kind == "unknown"]


@pytest.mark.parametrize("lang, text, name, country", [
    ("ar", "وقال المبعوث الأمريكي جيمس كارلتون إن واشنطن ستواصل دعم الجيش.",
     "جيمس كارلتون", "USA"),
    ("ar", "وصرحت المتحدثة باسم الخارجية الفرنسية لورين بوسكيه، أن باريس قلقة.",
     "لورين بوسكيه", "FRA"),
    ("fa", "سخنگوی وزارت امور خارجه آمریکا دیوید هارتمن روز دوشنبه گفت که مذاکرات ادامه دارد.",
     "دیوید هارتمن", "USA"),
])
def test_two_words_after_a_role_are_its_holder(lang, text, name, country):
    assert (name, country) in unknown(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("ar", "دعا الرئيس الفرنسي جميع الأطراف إلى ضبط النفس."),
    ("ar", "التقى وزير الخارجية المصري السفير الأمريكي في القاهرة."),
    ("fa", "وزیر خارجه آمریکا اعلام کرد که تحریم‌ها ادامه خواهد داشت."),
    ("fa", "وزیر خارجه آلمان روز سه‌شنبه به تهران سفر کرد."),
])
def test_common_words_after_a_role_are_no_name(lang, text):
    assert unknown(text, lang) == []


def test_the_surname_alone_links_back():
    """"ودعت كارلتون" later is the same American envoy: a party of the United States."""
    text = ("وقالت المبعوثة الأمريكية سارة كارلتون إن واشنطن تدعم الحكومة. "
            "ودعت كارلتون السلطات اللبنانية إلى تسريع نزع السلاح.")
    _, _, events = code_text(text, "ar", None)
    assert ("REQUEST", "USA", "LBN") in {
        (e.type, e.source.country, e.target.country if e.target else None) for e in events}
