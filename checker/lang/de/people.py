"""people words of the de lexicon (filled in as the rules move here)."""
