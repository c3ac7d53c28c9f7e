"""The en lexicon: one module per stage (see checker/lang/__init__.py)."""
