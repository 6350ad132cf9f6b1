"""The lane is the passage's subject (issue #18): brands, pronouns, and makers without a lane offered as new lanes."""

from __future__ import annotations

from gui.core.document.model import Lane, Source, new_document
from gui.core.evidence.extract import suggest_event


def suggest(passage: str, *lanes: str, title: str = "", before: str = ""):
    document = new_document()
    document.lanes.extend(Lane(name.lower(), name) for name in lanes)
    text = before + passage
    source = Source("s", title=title, published="2019-06-03", text=text)
    return suggest_event(document, source, len(before), len(text))


def test_a_maker_without_a_lane_is_offered_as_a_new_lane_not_swapped_for_another():
    got = suggest("OnePlus will sell the 7 Pro at T-Mobile, a move Huawei could not make.", "Huawei", "ZTE")
    assert got.lane is None and got.new_lane == "OnePlus"
    assert got.other_lanes == ("huawei",)
    assert "New lane: OnePlus" in got.hints["lane"]


def test_a_brand_named_after_its_owner_is_the_subject():
    got = suggest("Lenovo's Motorola unit will start selling the Razr at Verizon in February.", "Lenovo", "Motorola")
    assert (got.lane, got.other_lanes) == ("motorola", ("lenovo",))
    got = suggest("Oppo's budget spin-off, Realme, plans a US debut next year.", "Oppo")
    assert (got.lane, got.new_lane, got.other_lanes) == (None, "Realme", ("oppo",))


def test_an_owner_named_in_passing_is_not_skipped():
    got = suggest("Huawei's chairman said ZTE should not be punished for its sales to Iran.", "Huawei", "ZTE")
    assert got.lane == "huawei"


def test_a_pronoun_subject_refers_to_the_articles_maker():
    passage = "It is one of three vendors, with Vivo and Oppo, that have never sold a phone in the US."
    got = suggest(passage, "Xiaomi", "Oppo", title="Xiaomi keeps its distance from America")
    assert got.lane == "xiaomi"
    got = suggest("The company is in talks with Cricket, people briefed on them said.", "TCL", "Oppo",
                  before="TCL sells Alcatel phones at MetroPCS.\n\n")  # fmt: skip
    assert got.lane == "tcl"


def test_a_lane_finds_its_makers_other_names():
    assert suggest("Nokia phones will reach Cricket stores in July.", "HMD", "Sony").lane == "hmd"
    assert suggest("Alcatel phones sold well at MetroPCS.", "TCL", "Sony").lane == "tcl"


def test_the_decision_that_followed_a_rival_s_trouble_is_the_article_s_makers():
    from gui.core.document.model import Lane, Source, new_document
    from gui.core.evidence.extract import suggest_event

    document = new_document()
    document.lanes.extend([Lane("vivo", "Vivo"), Lane("zte", "ZTE")])
    text = "Vivo has put its US plans on hold.\n\nThe decision came after Washington blacklisted ZTE in May."
    start = text.index("The decision")
    source = Source("s", title="Vivo holds off", published="2019-11-04", text=text)
    got = suggest_event(document, source, start, len(text))
    assert got.lane == "vivo", got.hints["lane"]


def test_a_parent_without_a_lane_speaks_for_its_unit():
    from gui.core.document.model import Lane, Source, new_document
    from gui.core.evidence.extract import suggest_event

    document = new_document()
    document.lanes.extend([Lane("motorola", "Motorola"), Lane("zte", "ZTE")])
    text = "Lenovo, Motorola's parent, said it expects US phone revenue to grow again."
    got = suggest_event(document, Source("s", published="2023-06-01", text=text), 0, len(text))
    assert (got.lane, got.new_lane) == ("motorola", None), got.hints["lane"]
