"""Pattern sets: the matching paths `find` takes (plain words, prefixes, suffixes, gaps) and a
union of sets found in one pass, rebuilt when one of its sets changes."""

from wirewatch.actors.recognize import _pack_words
from wirewatch.lang.loader import load_pack
from wirewatch.lang.patterns import PatternSet, PatternUnion, literal_walk, parse_pattern

KEYS = ["the", "russian", "army", "fired", "missiles", "at", "the", "city", "of", "kharkiv"]


def spans(matches):
    return [(m.start, m.end, m.payload) for m in matches]


def test_find_reads_words_prefixes_suffixes_and_gaps_in_order():
    found = PatternSet([("fired", "one"), ("fired missiles", "two"), ("fire* ... at", "gap"),
                        ("*ssiles", "suffix"), ("city of kharkiv", "three"), ("city of x", "no"),
                        ("rus* army", "prefix")]).find(KEYS)
    assert spans(found) == [(1, 3, "prefix"), (3, 6, "gap"), (3, 5, "two"), (3, 4, "one"),
                            (4, 5, "suffix"), (7, 10, "three")]


def test_find_takes_a_tuple_of_keys_as_a_list():
    patterns = PatternSet([("city of kharkiv", "three")])
    assert spans(patterns.find(tuple(KEYS))) == spans(patterns.find(KEYS))


def test_a_gap_takes_the_leftmost_reading():
    tokens = parse_pattern("fired ... the")
    assert literal_walk(tokens, 0, KEYS, 3) == [3, 6]
    assert spans(PatternSet([("fired ... the", "x")]).find(KEYS)) == [(3, 7, "x")]


def test_a_union_finds_what_each_set_finds():
    sets = (PatternSet([("army", "a"), ("russian army", "b")]),
            PatternSet([("fire*", "c"), ("*ssiles", "d")]),
            PatternSet([("city ... kharkiv", "e"), ("army", "f")]))
    union = PatternUnion(sets)
    assert [spans(m) for m in union.find_each(KEYS)] == [spans(s.find(KEYS)) for s in sets]


def test_a_union_is_rebuilt_when_a_set_gains_a_pattern():
    pack = load_pack("en")
    union = _pack_words(pack)
    assert _pack_words(pack) is union
    pack.collectives.add("zzyzx villagers", "ZZZ")
    try:
        rebuilt = _pack_words(pack)
        assert rebuilt is not union
        assert spans(rebuilt.find_each(["zzyzx", "villagers"])[1]) == [(0, 2, "ZZZ")]
    finally:
        load_pack.cache_clear()
