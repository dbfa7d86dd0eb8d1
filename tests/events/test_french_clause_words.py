"""French `content` and `complement` words (lang/fr/syntax.toml): what an accusation alleges
is an act of the accused, claimed, and a that-clause holds its own subject's act."""

from wirewatch.lang.check import outline


def test_alleged_act_noun_after_du_is_the_accused_claimed_act():
    events = outline("La Pologne a accusé la Biélorussie du pilonnage de postes frontaliers.", "fr")
    assert ("ASSAULT", "BLR", "POL", "claimed") in events
    assert ("ACCUSE", "POL", "BLR", "asserted") in events


def test_alleged_bombing_is_the_accused_claimed_act():
    events = outline("L'Arménie a accusé l'Azerbaïdjan du bombardement de villages frontaliers.", "fr")
    assert ("ASSAULT", "AZE", "ARM", "claimed") in events


def test_that_clause_after_reporting_verb_keeps_its_own_subject():
    events = outline("La France a indiqué que l'Iran a arrêté deux ressortissants français.", "fr")
    assert ("COERCE", "IRN", "FRA", "asserted") in events
