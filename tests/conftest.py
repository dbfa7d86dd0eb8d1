"""Shared fixtures: the shared/ folder beside the project (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "gold" / "seeds.jsonl").is_file():
        pytest.skip("../shared is absent: gold-based tests skipped")
    return SHARED
