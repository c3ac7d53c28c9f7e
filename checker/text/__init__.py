"""Text as the extractors read it: sentences and the tokenised article (`Doc`)."""
