"""Every language pack codes its own examples.txt: the pack's regression suite."""

import pytest

from wirewatch.lang.check import code_example, matches, read_examples
from wirewatch.lang.loader import pack_root

PACKS = sorted(p.parent.name for p in pack_root().glob("*/examples.txt"))
MIN_SHARE = 0.9  # a pack may carry a few documented hard cases, not more


@pytest.mark.parametrize("lang", PACKS)
def test_pack_codes_its_examples(lang):
    examples = read_examples(lang)
    assert len(examples) >= 60, f"{lang}: too few examples to trust the pack"
    misses = [ex for ex in examples if not matches(ex.expected, code_example(ex.sentence, lang))]
    share = 1 - len(misses) / len(examples)
    detail = "\n".join(f"  line {ex.line}: {ex.sentence} -> expected {ex.expected}" for ex in misses)
    assert share >= MIN_SHARE, f"{lang}: {share:.2f} coded as expected\n{detail}"


def test_every_pack_with_events_has_examples():
    with_events = {p.parent.name for p in pack_root().glob("*/events.toml")}
    assert with_events <= set(PACKS), with_events - set(PACKS)
