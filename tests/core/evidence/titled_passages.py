"""The passage helpers the rounds' tests share: a passage selected in a titled article whose timeline has the given
lanes, with an optional paragraph ahead of it; the rules' answer for a field; and the status and kind rounds' own
articles."""

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


#: The lanes of the status rounds' articles (rounds 25 and 26).
STATUS_LANES = ("Honor", "Motorola", "Sony", "TCL", "Xiaomi", "Vivo", "Samsung")


def rules_status(passage: str, title: str = "Phones in the US") -> str:
    """The rules' status of ``passage`` in an article titled ``title``, of March 2024, among ``STATUS_LANES``."""
    return rules_answer(suggest_among(STATUS_LANES, passage, title=title, published="2024-03-01"), "status")


def headline_status(headline: str) -> str:
    """The rules' status of ``headline`` selected as the title of its article (the guide's headline rule reads it)."""
    return rules_status(headline, title=headline)


def vivo_rules_kind(passage: str) -> str:
    """The cue rules' kind of ``passage`` under the headline "Vivo in the US" (May 2021; lanes Vivo and ZTE), as the
    kind rounds' tests read it."""
    document = new_document()
    document.lanes[:] = [Lane("vivo", "Vivo"), Lane("zte", "ZTE")]
    text = "Vivo in the US\n\n" + passage
    source = Source("s", "Vivo in the US", published="2021-05-04", text=text)
    return suggest_event(document, source, text.index(passage), len(text)).rules_kind
