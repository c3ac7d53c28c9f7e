"""people words of the en lexicon (filled in as the rules move here)."""
