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


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo's US ambitions hit another wall",
        "Vivo's carrier push hits a roadblock as a second operator balks.",
        "Vivo ran into a brick wall at the two largest carriers last year.",
        "The plan hit the same dead end as Vivo's 2019 attempt.",
    ],
)
def test_walls_and_roadblocks_are_setbacks(passage):
    assert _suggest(passage).rules_kind == "setback"


def _drafted(text: str, lanes=("Vivo", "ZTE", "Motorola")) -> list[str]:
    from gui.core.evidence.drafting import draft_events

    document = new_document()
    document.lanes[:] = [Lane(name.lower(), name) for name in lanes]
    source = Source("s", text.splitlines()[0], published="2021-06-09", text=text)
    return [text[d.start : d.end] for d in draft_events(document, source)]


def test_a_withheld_answer_is_not_drafted_as_an_event_of_its_own():
    """Found in the draft review: "Motorola … declined to comment on Vivo's plans" became a Motorola setback."""
    text = (
        "Vivo in the US\n\nVivo pulled the plug on its US carrier plan in 2019 after the trade fight escalated. "
        "Motorola, which sells its Edge phones through all three national carriers, declined to comment on "
        "Vivo's plans. Vivo did not respond to a request for comment."
    )
    assert _drafted(text) == ["Vivo pulled the plug on its US carrier plan in 2019 after the trade fight escalated."]


def test_a_regulators_act_against_another_maker_does_not_go_on_into_the_next_sentence():
    """Found in the draft review: a Vivo sentence with no cue took the regulatory matter of ZTE's fine before it."""
    text = (
        "Carriers and China\n\nZTE was fined $1 billion by the Commerce Department in June 2018 for breaking US "
        "sanctions. Vivo's engineers spent the spring adjusting software for the networks of two national carriers."
    )
    document = new_document()
    document.lanes[:] = [Lane("vivo", "Vivo"), Lane("zte", "ZTE")]
    source = Source("s", "Carriers and China", published="2021-06-09", text=text)
    start = text.index("Vivo's engineers")
    got = suggest_event(document, source, start, len(text))
    # (the networks a phone is readied for, with no other cue: background, the guide's networks close call; round 29)
    assert got.rules_kind == "context", got.hints["kind"]
    # ... while a maker's own answer after its own listing still goes on with the matter
    text = (
        "ZTE listed\n\nThe Commerce Department added ZTE to the entity list on Monday. ZTE said it would take "
        "appropriate steps to protect its customers."
    )
    source = Source("s", "ZTE listed", published="2021-06-09", text=text)
    start = text.index("ZTE said")
    assert suggest_event(document, source, start, len(text)).rules_kind == "regulatory"


def test_an_inch_mark_opens_no_quotation():
    """Found in review: the inch marks of '6.1" … 6.7"' read as a quotation, so Samsung counted as quoted."""
    document = new_document()
    document.lanes[:] = [Lane("samsung", "Samsung"), Lane("google", "Google")]
    passage = 'With a 6.1" screen, Samsung will sell the 6.7" Galaxy at Verizon.'
    text = "Google and Samsung\n\n" + passage
    source = Source("s", "Google and Samsung", published="2021-06-09", text=text)
    assert suggest_event(document, source, text.index(passage), len(text)).lane == "samsung"
