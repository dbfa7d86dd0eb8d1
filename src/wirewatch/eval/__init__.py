"""Evaluation against gold sets in the format of shared/gold/SCHEMA.md."""
