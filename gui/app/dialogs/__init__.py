"""Dialogs: lanes, sources, evidence, new events, recovery, load errors and about."""
