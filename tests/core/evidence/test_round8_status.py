"""Round 8 of #18, status: who says it and how sure (sentences written for these tests, not taken from any file of
benchmarks/extraction_set), one class per test: a speaker named before and referred back to ("he added", "It said",
a surname said again), the company going on to tell ("…, telling reporters"), a regulator's own document, an
analysts' note that suggests, what is not an announcement (a bill introduced, "announced no", "before the
announcement"), a wish, an argument, talks about a possible deal, a company document seen by the press, an
expectation given up before "but", and a sale ahead stated as settled without a date.
"""

from __future__ import annotations

import pytest

from tests.core.evidence.titled_passages import suggest_among
from tests.core.evidence.titled_passages import rules_answer

LANES = ("Vivo", "Asus", "ZTE", "Motorola", "Google", "Sony")


def suggest(passage: str, *, before: str = "", title: str = "Phones in the US", published: str = "2023-04-05"):
    return suggest_among(LANES, passage, title=title, before=before, published=published)


def status(passage: str, **kwargs) -> str:
    got = suggest(passage, **kwargs)
    assert got.hints["status"]
    return got.status


@pytest.mark.parametrize(
    ("before", "passage"),
    [
        (
            "Asus's North American chief, Lin Hsu, told reporters in Taipei on Monday that sales had doubled.",
            "The Zenfone sold out at Visible's online store within a week, she added.",
        ),
        (
            "Vivo said on Tuesday that it would enter the US through Amazon.",
            "It said the first phones would ship in the autumn, with a carrier to follow.",
        ),
        (
            "ZTE USA's president, Dana Whitfield, spoke at a dealer event in Dallas.",
            "Whitfield said Cricket would carry two more ZTE models before the holidays.",
        ),
        (
            "Commerce Secretary Gina Raimondo said the agency would review Vivo's supply chain.",
            "Raimondo also said the review would finish by the end of the year.",
        ),
    ],
)
def test_a_speaker_on_the_record_referred_back_to_confirms(before, passage):
    assert status(passage, before=before) == "confirmed"


@pytest.mark.parametrize(
    ("before", "passage"),
    [
        (
            "Analyst Jo Perrin of Lakeside Research expects Vivo to find a carrier this year.",
            "Perrin said Visible was the likeliest partner.",
        ),
        (
            "Counterpoint said Asus shipped fewer phones in North America in the first quarter.",
            "It added that the Zenfone sold mostly through Amazon.",
        ),
    ],
)
def test_an_analyst_referred_back_to_does_not_confirm(before, passage):
    assert status(passage, before=before) != "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo's Dallas office rejected the account, telling Phone Post the company had never approached Verizon.",
        "Asus dismissed the report, telling reporters it had no plans for a US carrier phone.",
    ],
)
def test_the_company_going_on_to_tell_someone_is_on_the_record(passage):
    assert status(passage) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "The FCC barred ZTE from a federal subsidy programme on Friday, according to the agency's order.",
        "Vivo must pay a $2 million penalty for late filings, according to the commission's notice.",
    ],
)
def test_a_regulators_own_document_is_on_the_record(passage):
    assert rules_answer(suggest(passage), "status") == "confirmed"  # (session 10: the learned status may differ)


def test_what_channel_checks_suggest_is_a_rumour():
    passage = "Our channel checks suggest T-Mobile will drop the Asus Zenfone after the summer, the analyst wrote."
    assert status(passage) == "rumored"


@pytest.mark.parametrize(
    "passage",
    [
        "Two senators introduced a bill on Thursday that would bar ZTE phones from federal offices.",
        # (the showing itself is the maker's own announcement, confirmed since session 13: not in this sentence)
        "Sony held a launch event in Berlin but announced no US carrier partner.",
        "Verizon had been set to carry the Vivo phone, but backed out the week before the announcement.",
    ],
)
def test_what_is_not_an_announcement_does_not_confirm(passage):
    assert rules_answer(suggest(passage), "status") != "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo would like to sell its phones through a US carrier within two years, its president said.",
        "Asus would love to bring the ROG Phone to AT&T, a company executive told the audience.",
    ],
)
def test_a_wish_is_a_rumour_even_on_the_record(passage):
    assert rules_answer(suggest(passage), "status") == "rumored"


@pytest.mark.parametrize(
    "passage",
    [
        "Lawmakers argued that ZTE might use its phones to collect data on American users.",
        "Vivo executives met Verizon in March to discuss a possible 5G phone, a person familiar with the talks said.",
    ],
)
def test_a_hedge_in_an_argument_or_on_the_object_of_talks_does_not_make_a_rumour(passage):
    assert status(passage) == "reported"


@pytest.mark.parametrize(
    "passage",
    [
        "Sony will end sales of its Xperia phones at Best Buy in May, the company told staff in a memo seen by Phone Post.",
        "Motorola plans to cut the Edge's price at Verizon, according to a company slide deck obtained by reporters.",
    ],
)
def test_a_company_document_seen_by_the_press_is_reported(passage):
    assert status(passage) == "reported"


def test_an_expectation_given_up_before_but_does_not_hedge_what_happened():
    passage = "AT&T had been expected to stock the Zenfone in the spring, but the launch slipped, two people said."
    assert status(passage) == "reported"


@pytest.mark.parametrize(
    "passage",
    [
        "The phone will also be sold unlocked through Amazon and Best Buy.",
        "Verizon and AT&T will carry the cheaper model as well.",
    ],
)
def test_a_sale_ahead_stated_as_settled_without_a_date_is_confirmed(passage):
    assert status(passage, title="Vivo's first US phone") == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "Asus executives say the company has stopped courting US carriers.",
        # (an agency: a congressional committee's report is reported since session 13, test_round25_status.py)
        "The Commerce Department said on Tuesday that ZTE phones pose a risk to federal networks.",
    ],
)
def test_executives_and_an_agency_speaking_are_on_the_record(passage):
    assert status(passage) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "The Zenfone is still stocked at Walmart, a Walmart representative said.",
        "Vivo phones will stay in Costco warehouses through the summer, a Costco representative wrote in an email.",
    ],
)
def test_a_partners_representative_by_name_is_on_the_record(passage):
    assert status(passage) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "It was not clear whether the FCC would review the Vivo phone's radio.",
        "It is unclear when Visible will begin selling the Asus phone.",
        "ZTE did not say whether Cricket would keep the Blade after June.",
    ],
)
def test_what_is_unclear_or_left_unsaid_is_a_rumour(passage):
    assert rules_answer(suggest(passage), "status") == "rumored"


def test_an_expectation_with_a_time_is_a_rumour_even_from_people_not_named():
    passage = "AT&T's version is expected in October, a person briefed on the carrier's schedule said."
    assert status(passage) == "rumored"


@pytest.mark.parametrize(
    "passage",
    [
        "Asus shipped 2 million phones to North America last year, its annual report shows.",
        "Sony's US phone revenue fell by a third, the company's quarterly results show.",
    ],
)
def test_the_companys_own_report_showing_it_is_on_the_record(passage):
    assert status(passage) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "The court dismissed the suit against ZTE on Monday, ending a case that could have halted its US sales.",
        "Regulators approved Vivo's phone in March; a rejection could have delayed its launch by a year.",
    ],
)
def test_what_could_have_happened_is_no_hedge(passage):
    assert status(passage) == "reported"


@pytest.mark.parametrize(
    "passage",
    [
        "A launch at Visible is tentatively planned for June, according to a person at the carrier.",
        "Vivo apparently showed the phone to AT&T buyers in March.",
    ],
)
def test_tentatively_and_apparently_are_hedges(passage):
    assert rules_answer(suggest(passage), "status") == "rumored"


@pytest.mark.parametrize(
    "passage",
    [
        "A Vivo executive, who asked not to be named because the plans are private, said Verizon would carry the phone.",
        "Sony executives said on condition of anonymity that Best Buy would stock the Xperia in May.",
        "An Asus manager who was not authorized to speak publicly said the company had stopped courting Verizon.",
    ],
)
def test_someone_speaking_without_their_name_is_not_on_the_record(passage):
    assert status(passage) == "reported"


@pytest.mark.parametrize(
    "passage",
    [
        "Cricket will carry the Blade from March, a source at Cricket said.",
        "The Zenfone is selling slowly, an employee at Best Buy said.",
    ],
)
def test_a_source_at_a_named_company_is_not_the_company(passage):
    assert status(passage, title="ZTE and Asus at US stores") == "reported"


@pytest.mark.parametrize(
    "passage",
    [
        "An earlier version of this story said Visible had cancelled the Vivo launch; the carrier has delayed it to May.",
        "This article incorrectly stated that Asus scrapped the Zenfone 11; its US release has been pushed back.",
    ],
)
def test_a_corrected_claim_is_not_the_event(passage):
    assert status(passage) == "reported"


@pytest.mark.parametrize(
    "passage",
    [
        "Asus made a third of its revenue from phones last year, per its latest annual report.",
        "Vivo's overseas sales doubled, according to the company's most recent annual report.",
    ],
)
def test_per_the_companys_own_report_is_on_the_record(passage):
    assert status(passage) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "Asus, for its part, said the Zenfone remained on sale at Best Buy.",
        "Sony, by comparison, said its phone revenue rose 4 percent.",
        "Verizon, meanwhile, said it would keep the Vivo phone in stores.",
    ],
)
def test_a_maker_or_partner_speaking_after_a_short_aside_is_on_the_record(passage):
    assert status(passage) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo did not return a request for comment.",
        "Asus did not return calls seeking comment on the Visible talks.",
        "Verizon refused to be drawn on whether it would carry the Zenfone.",
    ],
)
def test_no_answer_in_other_words_is_a_rumour(passage):
    assert status(passage) == "rumored"


@pytest.mark.parametrize(
    "passage",
    [
        "Verizon: no plans to carry Vivo phones",
        "Asus: Zenfone 11 coming to Best Buy in June",
    ],
)
def test_a_headline_with_the_speaker_before_a_colon_is_on_the_record(passage):
    assert status(passage) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "Sony's US staff were told of the cuts on Friday, an employee said.",
        "Vivo's sales team was told to stop pitching carriers, two employees said.",
    ],
)
def test_people_told_something_are_not_the_company_speaking(passage):
    assert status(passage) == "reported"


@pytest.mark.parametrize(
    "passage",
    [
        "The Zenfone 11 runs Android 14, and goes on sale at Best Buy on May 2.",
        "The Vivo phone uses a Qualcomm chip, and ships to Visible customers from May 9.",
    ],
)
def test_a_coordinate_clause_opening_with_a_present_verb_goes_on_with_the_subject(passage):
    # The cue rules' status: the prefill may be the learned model's guess over it, labelled as one (status_model.py).
    got = suggest(passage)
    assert got.rules_status == "confirmed"
    assert got.status == "confirmed" or got.hints["status"].startswith("a guess learned from")


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo will likely add a second carrier next year, analysts at Wave7 say.",
        "The Zenfone will probably reach Visible in the summer, the company said.",
        "Asus would most likely sell the phone only online, a person briefed on the plans said.",
    ],
)
def test_likely_and_probably_are_hedges(passage):
    # (session 11: the learned status reads the company's own "will probably" as its expectation, which the guide's
    # round 10 close call settles as `confirmed`; the rules' hedge words are what this class is about)
    assert rules_answer(suggest(passage), "status") == "rumored"


@pytest.mark.parametrize(
    "passage",
    [
        "Asus denies cancelling the Zenfone launch at Visible",
        "ZTE denied on Friday that it had scrapped the Blade at Cricket, saying the phone was only delayed.",
    ],
)
def test_a_cancellation_denied_is_none(passage):
    assert status(passage) != "cancelled"


@pytest.mark.parametrize(
    "passage",
    [
        "It is understood that Visible has asked Vivo for samples.",
        "Word is that Asus has stopped courting Verizon.",
        "It is believed that Cricket will add a second ZTE model.",
    ],
)
def test_what_is_understood_or_word_is_are_rumours(passage):
    assert status(passage) == "rumored"


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo's talks with Visible are dead, according to two people briefed on them.",
        "The Asus deal with Verizon is now dead, a person familiar with the matter said.",
    ],
)
def test_a_deal_that_is_dead_is_cancelled(passage):
    assert status(passage) == "cancelled"


@pytest.mark.parametrize(
    "passage",
    [
        "“Our prepaid buyers want more,” said Vivo's head of US sales in the release.",
        "The phone marks a new start, said Asus chief executive Samson Hu at the launch.",
    ],
)
def test_said_before_the_companys_speaker_is_on_the_record(passage):
    assert status(passage) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo reiterated on Monday that it would enter the US through Visible.",
        "Asus stressed that the Zenfone would reach Best Buy in June.",
        "ZTE insisted the Blade would stay at Cricket through the year.",
        "Sony was quoted by a Tokyo newspaper as saying it would keep selling phones in the US.",
    ],
)
def test_more_ways_the_company_speaks(passage):
    assert status(passage) == "confirmed"


@pytest.mark.parametrize(
    ("before", "passage"),
    [
        (
            "Vivo will sell the phone through Amazon from June.",
            "On Thursday, it clarified that Visible would carry it too.",
        ),
        ("Asus cut the Zenfone's price by $100.", "It added that Best Buy would stock the phone from May."),
    ],
)
def test_it_speaking_after_a_sentence_with_no_one_unnamed_is_the_company(before, passage):
    assert status(passage, before=before) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "A cheaper Zenfone for Walmart is in the works, a person with knowledge of the plans said.",
        "A Visible version remains under consideration, the person added.",
        "A US launch is still on the table, Vivo's president said.",
        "A Vivo phone with T-Mobile's bands has been spotted in a certification database.",
    ],
)
def test_what_is_in_the_works_on_the_table_or_spotted_is_a_rumour(passage):
    assert rules_answer(suggest(passage), "status") == "rumored"


@pytest.mark.parametrize(
    ("before", "passage"),
    [
        (
            "Asus will pull the Zenfone from Best Buy in June, according to a memo to staff seen by Phone Post.",
            "Existing stock will be sold at a discount, the memo said.",
        ),
        (
            "Vivo has told suppliers to prepare a US model, according to a letter reviewed by reporters.",
            "The phone would go to Visible first, the letter added.",
        ),
    ],
)
def test_a_leaked_document_referred_back_to_is_reported(before, passage):
    assert status(passage, before=before) == "reported"


def test_the_companys_email_to_the_publication_stays_on_the_record():
    before = "Asus confirmed the change in an email to Phone Post."
    passage = "Existing stock will be sold at a discount, the email said."
    assert status(passage, before=before) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "The phones on Amazon are imports, a company representative told me.",
        "Cricket will stop selling the Blade in June, a carrier official said.",
    ],
)
def test_a_company_representative_by_what_it_is_is_on_the_record(passage):
    assert status(passage) == "confirmed"


@pytest.mark.parametrize(
    "passage",
    [
        "Verizon is unlikely to take the Zenfone, one of the people said.",
        "Cricket is also unlikely to carry the cheaper Vivo model this year.",
    ],
)
def test_an_event_unlikely_to_happen_is_a_rumour(passage):
    assert status(passage) == "rumored"


def test_an_effect_unlikely_stays_what_the_teller_says():
    assert status("The fine is unlikely to dent Vivo's sales at Walmart, analysts said.") == "reported"


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo did not explain why Visible was left out.",
        "Asus has not explained why the Zenfone skipped Verizon.",
    ],
)
def test_what_the_company_did_not_explain_is_a_rumour(passage):
    assert rules_answer(suggest(passage), "status") == "rumored"


def test_said_before_a_name_and_its_role_is_on_the_record():
    passage = "Not at launch, said Lin Hsu, the company's president, when asked about Verizon."
    assert status(passage) == "confirmed"
