"""Round 26 of #18, status (sentences written for these tests, not taken from any file of benchmarks/extraction_set):
the rules' status cues, class by class."""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import headline_status as _headline_status
from tests.core.evidence.titled_passages import rules_status as _status


@pytest.mark.parametrize(
    "passage",
    [
        "Samsung said on Monday that it had permanently stopped making and selling the Galaxy Fold 9.",
        "Sony stopped making the Xperia Z9 for good, a spokeswoman said on Friday.",
        "Motorola said it would end production of the Razr Edge permanently after the hinges cracked.",
    ],
)
def test_a_phone_stopped_for_good_is_cancelled(passage):
    """The guide (session 13): one phone's making and selling ended for good is `cancelled`."""
    assert _status(passage) == "cancelled"


def test_a_headline_ending_a_phone_for_good_is_cancelled():
    assert _headline_status("Motorola ends the Razr Edge for good") == "cancelled"


@pytest.mark.parametrize(
    "passage",
    [
        "Xiaomi said it would keep asking the court to lift the designation for good.",
        "Vivo's chief said the company was not leaving the American market for good.",
    ],
)
def test_for_good_without_an_end_is_no_cancellation(passage):
    assert _status(passage) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "Sony said on Thursday that it had stopped work on the Xperia Mini, a small phone it showed in May.",
        "TCL has halted work on its rollable phone, two people familiar with the matter said.",
    ],
)
def test_work_stopped_on_one_phone_is_cancelled(passage):
    assert _status(passage) == "cancelled"


def test_a_line_no_longer_developed_keeps_its_source():
    """A maker leaving a whole line keeps its source's status (the guide: a product line ended)."""
    assert _status("Sony will stop developing new consumer phones, a spokesman said on Monday.") == "confirmed"


def test_a_phone_shelved_as_the_outcome_of_a_shutdown_is_cancelled():
    assert _headline_status("Vivo closes its US unit, shelving its X200 phone") == "cancelled"


@pytest.mark.parametrize(
    "passage",
    [
        "Motorola said on Tuesday that the Razr Fold would not be released.",
        "The Xperia Mini, which Sony had meant to bring to Verizon, will never be sold, the company said.",
        "The TCL 60 had been due at Cricket in May; it will not now be released.",
    ],
)
def test_a_phone_that_will_never_come_is_cancelled(passage):
    assert _status(passage) == "cancelled"


def test_a_phone_not_sold_by_one_carrier_is_no_cancellation():
    assert _status("Vivo said the phone will not be sold by any US carrier at launch.") != "cancelled"


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo said on Monday that American buyers could order the X300 from its website from May 2.",
        "Sony delayed the Xperia 9 to June, the company said, saying demand had outrun what its factories could build.",
        "Honor said it would change the phone's software so that it could keep selling it through Amazon.",
    ],
)
def test_could_of_what_someone_was_able_to_do_is_no_hedge(passage):
    """"Could" of buyers' means, a limit or a purpose is no hedge on the event: the maker on the record confirms."""
    assert _status(passage) == "confirmed"


def test_could_of_the_event_itself_stays_a_hedge():
    assert _status("Xiaomi could bring the phone to American stores next year.") == "rumored"


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo is in talks with a US carrier, a spokeswoman said on Friday, though she would not say which.",
        "Sony said it would bring the Xperia 9 to Verizon stores, but would not say when.",
        "Honor said it was in talks with T-Mobile about its foldables, though it would not say when a deal might come.",
    ],
)
def test_a_detail_withheld_after_the_event_is_told_on_the_record_stays_confirmed(passage):
    assert _status(passage) == "confirmed"


def test_declining_to_say_whether_the_event_happens_stays_a_rumour():
    assert _status("Xiaomi declined to say whether it would sell the phone in the United States.") == "rumored"


@pytest.mark.parametrize(
    "passage",
    [
        "Sony's chief said the phone was on its road map but would not say when, or whether it would come to the US.",
        "Motorola said it welcomed regional carriers but did not say whether others would follow T-Mobile.",
    ],
)
def test_the_event_itself_withheld_stays_a_rumour(passage):
    """Not saying whether it happens at all leaves the event unsaid (the guide's "would not say" about the event)."""
    assert _status(passage) == "rumored"


@pytest.mark.parametrize(
    "passage",
    [
        "Sony sold about 2 million phones in the United States last year, the prospectus says.",
        "TCL's Verizon phone slipped to the spring because of a software fault, according to the prospectus.",
        "Vivo warned in a filing this month that it expected a loss for the half.",
        "A carrier sent back thousands of Honor phones last year, the company disclosed in the filing.",
        "Phones make up a tenth of Motorola's sales, according to its 2024 annual report.",
        "Xiaomi lost money in the quarter, it reported in its interim results.",
    ],
)
def test_a_company_filing_named_as_the_source_is_confirmed(passage):
    """The guide (session 13): a company's own results, report or filings named as the source are the company on the
    record."""
    assert _status(passage) == "confirmed"


def test_a_filing_whose_owner_is_not_said_stays_reported():
    assert _status("The FCC approved the radios of a new Vivo phone last week, a filing shows.") == "reported"
