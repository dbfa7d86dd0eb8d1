"""Event coding: PLOVER type, dyad, status and evidence for each trigger in a sentence."""
