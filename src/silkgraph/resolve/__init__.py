"""Article-level resolution of references that no single sentence settles (pair anaphors)."""
