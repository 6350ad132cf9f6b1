"""Importing and exporting from the window: formats and pictures."""
