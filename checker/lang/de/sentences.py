"""German words for sentence splitting (filled in as the rules move here)."""
