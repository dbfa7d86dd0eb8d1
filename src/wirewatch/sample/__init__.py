"""The demo corpus, written for this project (events are invented for demonstration)."""

from importlib import resources
from pathlib import Path


def corpus_path() -> Path:
    return Path(str(resources.files("wirewatch.sample") / "corpus"))
