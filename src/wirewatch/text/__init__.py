"""Text understanding: cleaning, language id, sentences and matching keys."""
