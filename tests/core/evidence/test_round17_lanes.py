"""Round 17, the lane: BLU by the spelling most reporters use ("Blu"), and Sharp, whose bare name is a common word
("Sharp price cuts"), as the event's maker where the article shows it means the company (our own sentences)."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import suggest_among

LANES = ("Samsung", "Sony", "Motorola", "ZTE")


def suggest(passage: str, *, title: str, before: str = ""):
    return suggest_among(LANES, passage, title=title, before=before, published="2016-05-11")


@pytest.mark.parametrize(
    "passage",
    [
        "Blu, the Miami company, will sell its Vivo 6 unlocked through Best Buy from next month.",
        "Blu Products said on Monday that Amazon would carry its new R1 phone.",
        "Sales of Blu phones at Walmart doubled last year, an analyst said.",
    ],
)
def test_blu_as_reporters_spell_it(passage):
    assert suggest(passage, title="A budget brand's next step").new_lane == "BLU"


def test_blu_ray_is_not_the_maker():
    got = suggest("Sony will sell the phone with a Blu-ray bundle at Best Buy.", title="Sony's bundle")
    assert (got.lane, got.new_lane) == ("sony", None)


@pytest.mark.parametrize(
    "passage",
    [
        "Sharp will sell its Aquos Crystal at Sprint from Aug. 22, the company said.",
        "Sharp said on Tuesday that it had ended talks with T-Mobile about a new model.",
        "Japan's Sharp is weighing a return to the US market, two people said.",
    ],
)
def test_sharp_as_the_company(passage):
    got = suggest(passage, title="Sharp's phone plans", before="Sharp's Aquos phones sell well in Japan.")
    assert got.new_lane == "Sharp"


def test_sharp_as_a_word_is_no_maker():
    got = suggest("Sharp price cuts at Verizon lifted Motorola's sales, the company said.", title="Price cuts")
    assert (got.lane, got.new_lane) == ("motorola", None)


BRANDED = ("BlackBerry", "TCL", "Samsung")


@pytest.mark.parametrize(
    "before",
    [
        "Verizon will sell the BlackBerry Motion, a phone that TCL Communication makes under licence from BlackBerry.",
        "BlackBerry said last year that TCL would design, make and sell BlackBerry-branded phones under a licence.",
    ],
)
def test_a_licence_told_in_other_words_gives_the_brands_phones_to_the_licensee(before):
    got = suggest_among(BRANDED, "AT&T has not said whether it will carry the Motion.", title="The BlackBerry Motion",
                        before=before, published="2017-10-20")  # fmt: skip
    assert got.lane == "tcl", got.hints["lane"]
    assert "made under licence by TCL" in got.hints["lane"]


def test_the_brands_own_company_acting_keeps_its_lane():
    got = suggest_among(BRANDED, "BlackBerry said its licensing revenue rose 40 percent in the quarter.",
                        title="The BlackBerry Motion", published="2017-10-20",
                        before="Verizon will sell the BlackBerry Motion, which TCL makes under licence from BlackBerry.")  # fmt: skip
    assert got.lane == "blackberry", got.hints["lane"]
