"""A saved page's JSON-LD: its objects, articles first, and the headline, date, URL and publisher they give."""

from __future__ import annotations

import json
import re
from typing import Any

from gui.core.document.textquote import normalize_space

__all__ = ["json_ld_nodes", "json_ld_publisher", "json_ld_value"]

_ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Posting|Report", re.IGNORECASE)
_MAX_JSON_LD_NODES = 10_000


def json_ld_nodes(scripts: list[str]) -> list[dict[str, Any]]:
    """The objects of a page's JSON-LD blocks, articles first, walked without recursion."""
    nodes: list[dict[str, Any]] = []
    for script in scripts:
        try:
            data = json.loads(script.strip().removeprefix("<!--").removesuffix("-->"))
        except (ValueError, RecursionError):
            continue
        pending = [(data, 0)]
        while pending and len(nodes) < _MAX_JSON_LD_NODES:
            value, depth = pending.pop()
            if depth > 20:
                continue
            if isinstance(value, list):
                pending.extend((item, depth + 1) for item in reversed(value))
            elif isinstance(value, dict):
                nodes.append(value)
                graph = value.get("@graph")
                if isinstance(graph, list):
                    pending.extend((item, depth + 1) for item in reversed(graph))
    return sorted(nodes, key=lambda node: not _ARTICLE_TYPES.search(str(node.get("@type", ""))))


def _json_ld_text(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    return normalize_space(value) if isinstance(value, str) else ""


def json_ld_publisher(nodes: list[dict[str, Any]]) -> str:
    by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    for node in nodes:
        publisher = node.get("publisher")
        if isinstance(publisher, list):
            publisher = publisher[0] if publisher else None
        if isinstance(publisher, str):
            return normalize_space(publisher)
        if isinstance(publisher, dict):
            name = _json_ld_text(publisher.get("name"))
            if not name and isinstance(publisher.get("@id"), str):
                name = _json_ld_text(by_id.get(publisher["@id"], {}).get("name"))
            if name:
                return name
    return ""


def json_ld_value(nodes: list[dict[str, Any]], key: str) -> str:
    for node in nodes:
        value = _json_ld_text(node.get(key))
        if value:
            return value
    return ""

