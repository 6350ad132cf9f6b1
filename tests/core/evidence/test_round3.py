"""Issue #18, third round, from sentences written for these tests: the kind from the event's own clause, words
that point back to the sentence before ("the same carriers", "the deal"), a maker on the record."""

from __future__ import annotations

import pytest

from gui.core.document.model import Lane, Source, new_document
from gui.core.evidence.anaphora import pointing_back, sentence_before
from gui.core.evidence.clauses import before_after_spans, side_spans
from gui.core.evidence.extract import suggest_event
from tests.core.evidence.titled_passages import rules_answer


def _document():
    document = new_document()
    document.lanes.extend([Lane("vivo", "Vivo"), Lane("zte", "ZTE"), Lane("sony", "Sony")])
    return document


def suggest(passage: str, published: str = "2020-03-10"):
    return suggest_event(_document(), Source("s", published=published, text=passage), 0, len(passage))


def suggest_last(paragraphs: list[str], published: str = "2020-03-10"):
    """The suggestion for the last paragraph, read in its article (the paragraphs before it)."""
    text = "\n\n".join(paragraphs)
    start = text.rindex(paragraphs[-1])
    return suggest_event(_document(), Source("s", published=published, text=text), start, len(text))


# --- Kind: the event's own clause -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "kind"),
    [
        # The pressure behind the event is its reason, not its kind.
        ("Sprint shelved its Vivo launch in January under pressure from lawmakers.", "setback"),
        ("Vivo withdrew its carrier application, citing security reviews that had dragged on.", "setback"),
        # What happened before or after it, as a clause of its own, is background.
        ("Vivo began selling unlocked phones on Amazon a month after talks with Verizon collapsed.", "online-sales"),
        (
            "ZTE signed with Cricket for three more years, two years after regulators banned its suppliers.",
            "carrier-deal",
        ),
    ],
)
def test_a_reason_or_an_earlier_event_does_not_set_the_kind(passage, kind):
    assert suggest(passage).kind == kind


@pytest.mark.parametrize(
    ("passage", "kind"),
    [
        # A partner's refusal ends the effort; "declined to comment" does not.
        ("Vivo pitched its flagship to T-Mobile this winter, but the carrier declined.", "setback"),
        ("Cricket stopped taking new orders for ZTE phones in May.", "setback"),
        ("Vivo lost its only carrier partner when Sprint merged with T-Mobile.", "setback"),
        # Who owns whom is context.
        ("A Shenzhen holding company acquired ZTE's handset unit in 2019.", "context"),
    ],
)
def test_refusals_stopped_orders_lost_partners_and_owners(passage, kind):
    assert suggest(passage).kind == kind


def test_declined_to_comment_is_no_setback():
    assert suggest("Vivo is in talks with Sprint; Sprint declined to comment.").kind == "carrier-talks"


def test_a_clause_after_after_needs_a_verb_to_be_background():
    # "after March 3" is the event's own time, not a clause about something else.
    passage = "ZTE phones go on sale at Cricket after March 3."
    assert before_after_spans(passage) == []
    assert suggest(passage).start == "2020-03-03"
    # A passage dated only by its before-clause takes that date ("just days before … CES 2020").
    got = suggest("Verizon walked away from the Vivo deal just days before the maker was set to show it at CES 2020.",
                  published="2020-01-20")  # fmt: skip
    assert got.start == "2020-01"
    assert got.partners == ("Verizon",)


def test_the_partner_in_a_clause_after_after_is_background():
    got = suggest("Vivo's X50 went on sale unlocked through Amazon on Tuesday, a year after Vivo lost its AT&T deal.")
    assert got.partners == ("Amazon",)
    assert got.kind == "online-sales"
    assert side_spans("Vivo's X50 went on sale through Amazon, a year after Vivo lost its AT&T deal.")


# --- Words that point back ------------------------------------------------------------------------


def test_the_same_retailers_are_the_retailers_named_before():
    got = suggest_last([
        "Vivo will sell the X60 unlocked at Best Buy and Newegg from June 2, the company said.",
        "Carriers were not part of the plan, and Vivo has held no talks with AT&T.",
        "Vivo said the same retailers will carry its cheaper Y-series later this year.",
    ])  # fmt: skip
    assert got.partners == ("Best Buy", "Newegg")
    assert got.kind == "online-sales"
    assert "points back to an earlier sentence" in got.hints["partners"]  # past the sentence naming AT&T
    assert got.status == "confirmed"  # "Vivo said": the maker on the record


def test_the_deal_and_the_talks_take_the_partners_of_the_sentence_before():
    got = suggest_last([
        "ZTE will bring the Blade 20 to Boost Mobile in April, the carrier announced.",
        "The talks started last summer, a person familiar with them said.",
    ])  # fmt: skip
    assert got.partners == ("Boost",)
    assert rules_answer(got, "kind") == "carrier-talks"
    assert got.start == "2019"


def test_a_word_pointing_back_with_no_cue_takes_the_kind_before():
    got = suggest_last([
        "Sprint dropped the Sony Xperia from its line-up in March, two people said.",
        "Sony's US chief told investors on Thursday that the loss would cost it half its US sales.",
    ])  # fmt: skip
    assert got.kind == "setback"
    assert rules_answer(got, "partners") == ("Sprint",)
    assert got.start == "2020-03-05"
    assert got.status == "confirmed"


def test_a_word_pointing_back_to_a_side_clause_reaches_no_further():
    got = suggest_last([
        "Sony sells the Xperia 5 at Verizon.",
        "Sony, which had made phones for a mobile game brand under licence, ended that arrangement in 2019.",
    ])  # fmt: skip
    assert got.partners == ()
    assert got.kind == "setback"


def test_the_carrier_is_the_carrier_named_before():
    got = suggest_last([
        "Metro by T-Mobile began selling the ZTE Blade A7 on Friday.",
        "It was the best-selling phone at the carrier last quarter, according to Counterpoint.",
    ])  # fmt: skip
    assert got.partners == ("Metro",)
    assert got.kind == "context"


def test_pointing_back_and_the_sentence_before():
    assert pointing_back("The same carriers will sell it.")["noun"] == "carriers"
    assert pointing_back("Vivo sells phones at Sprint.") is None
    text = "First one. Second one here. The deal is done."
    start, end = sentence_before(text, text.index("The deal"))
    assert text[start:end] == "Second one here."
    assert sentence_before(text, 0) is None


# --- Kind: a market position is context unless an action is stated ----------------------------------


@pytest.mark.parametrize(
    ("passage", "kind"),
    [
        ("Vivo's share of US prepaid phones slipped to 2 percent last year.", "context"),
        ("The brand's US shipments collapsed in 2019 as carriers favoured cheaper rivals.", "context"),
        ("ZTE's US revenue doubled in 2016, the company said.", "context"),
        # An action stated with it decides.
        ("Sony's US sales fell by a third, and the unit closed its Atlanta office in June.", "setback"),
        # Sales that stopped are an event, not a position.
        ("ZTE's phone sales at Cricket and Boost halted for six weeks during the export ban.", "setback"),
        # A state that goes on, told with what was going on, is context.
        ("Vivo's phones stayed on sale at Sprint throughout the federal review.", "context"),
    ],
)
def test_a_figure_that_moved_is_context_unless_an_action_is_stated(passage, kind):
    assert rules_answer(suggest(passage), "kind") == kind


@pytest.mark.parametrize(
    ("passage", "kind"),
    [
        # The channel named decides how a maker launched.
        ("Vivo made its US debut in 2016, launching the X9 on its own website.", "online-sales"),
        ("Sony unveiled the Xperia Z and launched it in the US at Best Buy in 2013.", "retail"),
        # A deal only asked about, with no answer, is talks at most.
        ("A Sony spokesman declined to comment on whether the Xperia 5 would reach T-Mobile.", "carrier-talks"),
        ("ZTE did not respond to questions about a deal with Verizon, which carried its Axon 7.", "carrier-talks"),
        # How many sold is context.
        ("Vivo's first US models sold in small numbers, mostly through importers.", "context"),
    ],
)
def test_the_channel_decides_a_launch_and_a_deal_asked_about_is_talks(passage, kind):
    assert rules_answer(suggest(passage), "kind") == kind


def test_a_word_pointing_back_past_a_side_clause_that_names_no_deal():
    got = suggest_last([
        "T-Mobile dropped the Vivo X70 from its line-up in May, two people said.",
        "Li Wen, who runs Vivo's overseas business, told investors on Tuesday that the loss hurt.",
    ], published="2020-06-12")  # fmt: skip
    assert rules_answer(got, "partners") == ("T-Mobile",)
    assert got.kind == "setback"


# --- A second batch of written articles: refusals, channels as subjects, other products, figures ----------


@pytest.mark.parametrize(
    ("passage", "kind"),
    [
        ("Sony talked with AT&T and Verizon about the Xperia 1, but neither carrier agreed to sell it.", "setback"),
        ("Sony will not sell the Xperia Pro in the United States, the company said on Monday.", "setback"),
        ("US carriers have shunned ZTE phones since May, when regulators warned of security risks.", "setback"),
        # A retailer and no carrier: the retailer's channel, whatever the verb ("carry").
        ("Best Buy will carry the Vivo X80 as well, a Best Buy spokeswoman said.", "retail"),
        # Other products than phones sold through a channel: context.
        ("Vivo sells its earbuds and watches through Amazon and Walmart.", "context"),
        # Sales figures and rankings: context.
        ("The first Xperia 1 sold about 300,000 units in its first year, according to IDC.", "context"),
        ("Analysts said the move makes ZTE the second-largest Android supplier to Cricket.", "context"),
        ("ZTE's chairman said the company would keep working to win back the US market.", "launch"),
    ],
)
def test_second_batch_kinds(passage, kind):
    assert suggest(passage).kind == kind


def test_a_chief_on_the_record_confirms():
    assert (
        suggest("ZTE's consumer chief Lin Feng said the company would keep working to win back the US market.").status
        == "confirmed"
    )


def test_the_carrier_singular_is_the_first_carrier_named_before():
    got = suggest_last([
        "The Vivo Y20 went on sale at Sprint and Boost on Friday.",
        "The carrier had sold earlier Vivo models since 2017.",
    ])  # fmt: skip
    assert got.partners == ("Sprint",)


def test_the_decision_takes_the_kind_but_not_the_partners_before():
    got = suggest_last([
        "Vivo shelved its plan to sell phones through T-Mobile on Monday, two people said.",
        "The decision came weeks after the company had hired a US sales chief.",
    ])  # fmt: skip
    assert got.kind == "setback"
    assert got.partners == ()


def test_its_sister_brand_named_is_the_subject():
    document = new_document()
    document.lanes.extend([Lane("oppo", "Oppo"), Lane("oneplus", "OnePlus")])
    text = (
        "Oppo's US plans slip\n\nOppo postponed its launch.\n\nIts sister brand OnePlus sells phones through T-Mobile."
    )
    start = text.index("Its sister")
    assert suggest_event(document, Source("s", published="2020-09-09", text=text), start, len(text)).lane == "oneplus"


# --- Dates: the event's own clause ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "published", "start", "kind"),
    [
        # When it was first told of is background: the main clause dates the event.
        ("Vivo's deal with AT&T, first reported in January, was signed on March 3.", "2021-03-10", "2021-03-03",
         "carrier-deal"),
        ("The ZTE ban, announced in April, was lifted on July 13.", "2018-07-20", "2018-07-13", "regulatory"),
        # The statement is the event: its day dates it.
        ("ZTE, which entered the US in 2011, said on Monday it would leave the market.", "2020-06-10", "2020-06-08",
         "setback"),
        ("Vivo confirmed on Friday that talks with Verizon, which began in 2019, had ended.", "2021-06-10", "2021-06-04",
         "setback"),
    ],
)  # fmt: skip
def test_the_main_clause_dates_the_event(passage, published, start, kind):
    got = suggest(passage, published=published)
    assert (got.start, got.kind) == (start, kind)


# --- A third batch of written articles: other markets, other products, causes, no comment ----------------


@pytest.mark.parametrize(
    ("passage", "kind"),
    [
        # The timeline follows the US market: a step in another market is context.
        ("Sony pulled out of the Indian market in 2018 and now sells mostly in Japan.", "context"),
        ("Vivo launched the X70 in India on Tuesday.", "context"),
        # Other products than phones, even to US shoppers, are context.
        (
            "Vivo said it will sell earbuds and chargers to US shoppers through its own website, but not phones.",
            "context",
        ),
        # The cause of a setback is not its kind.
        ("The talks have stalled over US security concerns about ZTE's ties to Beijing, one person said.", "setback"),
        # "but stopped" with nothing after it ends the effort.
        ("Vivo sold its phones through Amazon in 2019 but stopped after the carrier review in 2020.", "setback"),
        # Another event named as the time ("after its 2004 debut") is not the event.
        ("The original Xperia sold more than 30 million units after its 2010 debut.", "context"),
    ],
)
def test_third_batch_kinds(passage, kind):
    assert suggest(passage).kind == kind


def test_a_carrier_that_does_not_comment_leaves_a_rumour():
    got = suggest_last([
        "Vivo has held early talks with T-Mobile, according to two people briefed on the matter.",
        "A T-Mobile spokesman said the carrier does not comment on talks with phone makers.",
    ])  # fmt: skip
    assert got.status == "rumored"
    assert got.kind == "carrier-talks"
