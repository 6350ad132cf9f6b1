"""kind_thesaurus.carrier_channel: a carrier as the place or the seller of a sale. A sentence that opens with a carrier
and runs on without a sale once sent its subject alternative into exponential backtracking (every way of splitting
the words after the carrier into "fellow carriers" was tried): Draft Events and the training scripts hung on it."""

from __future__ import annotations

import pytest

from gui.core.evidence.kind_thesaurus import carrier_channel

# (before the fix, the first sentence alone took over 20 s of regex matching; each word more doubled it)
LONG_SENTENCES_WITHOUT_A_SALE = [
    "Verizon Wireless said on Tuesday that the Droid Bionic, which Motorola showed at CES in January and which had "
    "been due in stores this spring, would not reach its shelves until the second quarter because the company wanted "
    "more time to tune the software",
    "T-Mobile told investors on a call that the handset, which Samsung had promised for the holidays and which several "
    "analysts had pencilled into their forecasts for the quarter, was now not expected before the end of the year at all",
]


@pytest.mark.parametrize("sentence", LONG_SENTENCES_WITHOUT_A_SALE)
def test_a_long_sentence_opening_with_a_carrier_and_no_sale_is_no_channel(sentence):
    carrier = sentence.split()[0]
    assert carrier_channel(carrier).search(sentence) is None


@pytest.mark.parametrize(
    ("carrier", "sentence"),
    [
        ("Verizon", "Verizon will begin selling the phone on Thursday."),
        ("Verizon", "Verizon Wireless will still begin selling the phone in November, the carrier said."),
        ("T-Mobile", "T-Mobile USA, the last big carrier without it, said that it will start selling the phone in April."),
        ("T-Mobile", "T-Mobile, AT&T and Verizon will sell the phone from March."),
        ("Cricket", "The company said that Cricket Wireless and Metro would carry it."),
        ("Sprint", "The phone is available at Sprint from Friday."),
    ],
)  # fmt: skip
def test_a_carrier_selling_with_the_words_before_its_verb_is_still_a_channel(carrier, sentence):
    assert carrier_channel(carrier).search(sentence) is not None
