"""The passage helper the lane and status rounds' tests share: a passage selected in a titled article whose timeline
has the given lanes, with an optional paragraph ahead of it."""

from __future__ import annotations

from gui.core.document.model import Lane, Source, new_document
from gui.core.evidence.extract import suggest_event


def suggest_among(lanes: tuple[str, ...], passage: str, *, title: str, before: str = "", published: str):
    """The suggestion for ``passage``, in an article titled ``title`` with ``before`` ahead of it."""
    document = new_document("t")
    document.lanes.extend(Lane(name.lower(), name) for name in lanes)
    text = f"{title}\n\n{before}\n\n{passage}" if before else f"{title}\n\n{passage}"
    source = Source("s", title=title, published=published, text=text)
    start = text.index(passage)
    return suggest_event(document, source, start, start + len(passage))


def rules_answer(suggestion, field: str):
    """What the rules answered for ``field`` ("kind", "status", "start", or "partners": a tuple). Where the learned model's guess
    fills the field instead, its hint must say that it is a guess and what the rules said, so the form still shows the
    rules' answer. Tests of the rules' failure classes read this: on short sentences written to show a class, the model
    (right more often than the rules on text by other hands) may guess otherwise."""
    if field == "partners":
        rules = suggestion.rules_partners
        if set(suggestion.partners) != set(rules):
            hint = suggestion.hints["partners"]
            assert hint.startswith("a guess learned from ") and hint.endswith(
                f"the rules said {suggestion.rules_hints['partners']}"
            ), hint
        return rules
    if field == "start":
        rules = suggestion.rules_start
        if suggestion.start != rules:
            hint = suggestion.hints["start"]
            assert hint.startswith("a guess learned from ") and f"the rules said {rules or 'no date'} (" in hint, hint
        return rules
    rules = suggestion.rules_kind if field == "kind" else suggestion.rules_status
    if getattr(suggestion, field) != rules:
        hint = suggestion.hints[field]
        assert hint.startswith("a guess learned from ") and f"the rules said {rules} (" in hint, hint
    return rules
