"""A star inside a word ("ب*قوات") and the `[not_triggers]` of `events.toml`: words that hold
a trigger without meaning it."""

from wirewatch.lang.loader import load_pack
from wirewatch.lang.patterns import GuardedSet, PatternSet, parse_pattern, split_pattern
from wirewatch.text.keys import fold, tokenize


def keys(text: str) -> list[str]:
    return [fold(text[a:b]) for a, b in tokenize(text)]


def found(patterns: PatternSet, text: str) -> list[str]:
    return [m.pattern for m in patterns.find(keys(text))]


def test_a_star_inside_a_word_keeps_it_one_token():
    assert split_pattern("دفع* ب*تعزيزات") == ["دفع*", "ب*تعزيزات"]
    assert split_pattern("serbest bırakıl*dığı*") == ["serbest", "bırakıl*dığı*"]
    assert [t.kind for t in parse_pattern("*x*y secretary-gen*ral")] == ["infix", "exact", "infix"]


def test_a_star_inside_a_word_opens_its_middle():
    patterns = PatternSet([("دفع* ب*تعزيزات", "reinforce"), ("serbest bırakıl*dığı*", "free")])
    assert found(patterns, "دفعت بتعزيزات") == ["دفع* ب*تعزيزات"]
    assert found(patterns, "دفع الجيش") == []
    assert found(patterns, "دفعت بالتعزيزات") == ["دفع* ب*تعزيزات"]
    assert found(patterns, "دفعت تعزيزات") == []
    assert found(patterns, "serbest bırakıldığını") == ["serbest bırakıl*dığı*"]
    assert found(patterns, "serbest bırakıldı") == []


def test_an_infix_pattern_may_open_a_pattern():
    patterns = PatternSet([("ب*قوات ... الحدود", "x")])
    assert found(patterns, "بالقوات على الحدود") == ["ب*قوات ... الحدود"]
    assert found(patterns, "قوات على الحدود") == []


def guarded(triggers: list[str], exceptions: list[str]) -> GuardedSet:
    patterns = GuardedSet([(p, p) for p in triggers])
    for p in exceptions:
        patterns.exceptions.add(p, "not_trigger")
    return patterns


def test_an_exception_drops_a_trigger_inside_it():
    patterns = guarded(["visit*", "met"], ["visitor*"])
    assert found(patterns, "the visitors met the mayor") == ["met"]
    assert found(patterns, "the minister visited Rome") == ["visit*"]


def test_a_trigger_running_past_an_exception_stays():
    patterns = guarded(["反对", "坚决反对", "反对派兵"], ["反对派"])
    assert found(patterns, "叙利亚反对派") == []
    assert found(patterns, "坚决反对派兵") == ["坚决反对", "反对派兵"]


def test_a_gap_over_an_exception_keeps_the_trigger():
    patterns = guarded(["talk* ... by phone"], ["visitor*"])
    assert found(patterns, "talked with visitors by phone") == ["talk* ... by phone"]


def test_packs_list_nouns_that_hold_a_verb():
    zh, de, en = load_pack("zh"), load_pack("de"), load_pack("en")
    assert not zh.events.find(keys("叙利亚反对派领导人"))
    assert not zh.events.find(keys("他的支持者"))
    assert [m.payload.type for m in zh.events.find(keys("中方反对制裁"))] == ["REJECT", "SANCTION"]
    assert not de.events.find(keys("Die Besucher"))
    assert not en.events.find(keys("the visitors"))
    assert [m.payload.type for m in en.events.find(keys("she visited Paris"))] == ["CONSULT"]
