"""Analysis over the store: canonical events, dyad timelines, search."""
