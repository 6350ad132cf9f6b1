"""Evidence: citations, drafting events from passages, date phrases in prose, and importing articles."""
