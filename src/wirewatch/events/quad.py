"""PLOVER types mapped to quad classes, as the PLOVER manual's table "Quad categories" sets them."""

QUAD_CLASS = {
    "AGREE": "verbal_cooperation",
    "CONSULT": "verbal_cooperation",
    "SUPPORT": "verbal_cooperation",
    "CONCEDE": "verbal_cooperation",
    "COOPERATE": "material_cooperation",
    "AID": "material_cooperation",
    "RETREAT": "material_cooperation",
    "REQUEST": "verbal_conflict",
    "ACCUSE": "verbal_conflict",
    "REJECT": "verbal_conflict",
    "THREATEN": "verbal_conflict",
    "PROTEST": "material_conflict",
    "SANCTION": "verbal_conflict",
    "MOBILIZE": "material_conflict",
    "COERCE": "material_conflict",
    "ASSAULT": "material_conflict",
}
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def is_cooperation(event_type: str) -> bool:
    return QUAD_CLASS[event_type].endswith("cooperation")
