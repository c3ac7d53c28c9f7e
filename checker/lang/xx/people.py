"""people words of the xx lexicon (filled in as the rules move here)."""
