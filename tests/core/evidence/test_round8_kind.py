"""Kind rules found wrong in round 8 (while looking at the New Event form), from our own sentences."""

from __future__ import annotations

import pytest

from gui.core.document.model import Lane, Source, new_document
from gui.core.evidence.extract import suggest_event


def _suggest(passage: str):
    document = new_document()
    document.lanes[:] = [Lane("vivo", "Vivo")]
    text = "Vivo in the US\n\n" + passage
    source = Source("s", "Vivo in the US", published="2021-05-04", text=text)
    return suggest_event(document, source, text.index(passage), len(text))


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo's engineers spent the spring fine-tuning its software for the networks of two national carriers.",
        "The fine print of Vivo's agreement lets the carrier drop the phone after a year.",
        "Vivo walks a fine line between its own online store and the carriers that sell its phones.",
        "Vivo's phones worked just fine on the carrier's network in tests, the company said.",
    ],
)
def test_fine_tuning_and_fine_print_are_no_fine(passage):
    """Found while looking at the New Event form: "fine-tuning" was a regulator's fine."""
    assert _suggest(passage).rules_kind != "regulatory"


@pytest.mark.parametrize("passage", ["Vivo was fined $3 million by the FCC.", "The fine was the largest ever."])
def test_a_fine_is_still_regulatory(passage):
    assert _suggest(passage).rules_kind == "regulatory"
