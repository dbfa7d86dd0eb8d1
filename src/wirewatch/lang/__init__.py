"""Language packs: per-language data files and the loader that validates them."""
