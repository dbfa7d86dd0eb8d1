"""Actors: the knowledge base, recognition of names in any script, roles resolved by date."""
