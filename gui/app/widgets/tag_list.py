"""Comma-separated lists (partners, tags, cites) in a line edit."""

from __future__ import annotations

__all__ = ["parse_list", "format_list"]


def parse_list(text: str) -> list[str]:
    """"AT&T, Verizon,, " -> ["AT&T", "Verizon"]; duplicates dropped, order kept."""
    return list(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))


def format_list(items: list[str]) -> str:
    return ", ".join(items)
