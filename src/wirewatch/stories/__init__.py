"""Stories across languages and canonical events: count events, not articles."""
