"""The document: dates, the model, edits, ids, validation, problems and finding quotes in sources."""
