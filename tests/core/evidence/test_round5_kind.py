"""Round 5 of #18, kind: how reporters say each kind, beyond the sentences the first lexicon was grown from.

Sentences written for these tests (not taken from any file of benchmarks/extraction_set), one class per test:
a thesaurus per kind (talks, deals, retail, online, launch, regulatory, setback), verbs matched by lemma,
setbacks that end the effort they befell, and what makes a statement background (context).
"""

from __future__ import annotations

import pytest

from gui.core.document.model import Lane, Source, new_document
from gui.core.evidence.extract import suggest_event
from tests.core.evidence.titled_passages import rules_answer


def _document():
    document = new_document()
    document.lanes.extend(
        [Lane("vivo", "Vivo"), Lane("zte", "ZTE"), Lane("sony", "Sony"), Lane("nothing", "Nothing"), Lane("asus", "Asus")]
    )
    return document


def suggest(passage: str, published: str = "2024-06-12"):
    return suggest_event(_document(), Source("s", published=published, text=passage), 0, len(passage))


def kind(passage: str) -> str:
    got = suggest(passage)
    assert got.hints["kind"]
    return got.kind


def test_a_verb_is_matched_in_every_form_of_its_lemma():
    import re

    from gui.core.evidence.kind_thesaurus import verb

    ink = re.compile(verb("ink", "sound out", "scrap+", "subpoena", "rally", "approach"), re.I)
    for word in ("ink", "inks", "inked", "inking", "sounding out", "sounded out", "scrapped", "scrapping",
                 "subpoenaed", "rallies", "rallied", "approaches", "approached"):  # fmt: skip
        assert ink.fullmatch(word), word
    assert not ink.search("inkling") and not ink.search("sounded")


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo is exploring a tie-up with Verizon that would bring its phones to American stores, three people said.",
        "ZTE has been sounding out Cricket about a cheaper model, according to a person familiar with the matter.",
        "Vivo approached T-Mobile last year about selling its phones, a person familiar with the matter said.",
        "Asus is in early-stage conversations with AT&T, according to people familiar with the plans.",
        "Nothing pitched its Phone (2) to Verizon in the spring, the people said.",
    ],
)
def test_talks_said_in_other_words(passage):
    assert kind(passage) == "carrier-talks"


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo inked a pact with T-Mobile to sell the V30 in its stores from June, the companies said.",
        "ZTE clinched a contract with Cricket for two prepaid models, the company said on Tuesday.",
        "Nothing landed its first US carrier partner, T-Mobile, which will take the Phone (3) from May 2.",
        "Vivo sealed an exclusivity pact with AT&T for the X100, the carrier said.",
        "The Xperia 5 was added to T-Mobile's lineup in October.",
        "The Pixel went on sale on Tuesday, with Sprint and US Cellular added to Verizon as US carriers.",
    ],
)
def test_deals_said_in_other_words(passage):
    got = suggest(passage)
    assert got.kind == "carrier-deal"
    assert "no other cue" not in got.hints["kind"]  # a cue says so, not only the carrier's name


@pytest.mark.parametrize(
    ("passage", "expected", "cue"),
    [
        ("Vivo's phones are now stocked by Best Buy, the retailer said.", "retail", '"stocked"'),
        ("Nothing's phones hit Walmart shelves", "retail", '"shelves"'),  # a headline: the noun, not the verb
        ("ZTE phones hit shelves in March.", "retail", '"shelves"'),  # no setback: nothing is shelved
        ("Sony's Xperia 10 will be sold at big-box chains across the country.", "retail", '"big-box"'),
        ("Vivo opened an Amazon storefront for its phones on Monday.", "online-sales", '"storefront"'),
        ("Asus sells the Zenfone direct-to-consumer in the US.", "online-sales", '"direct-to-consumer"'),
        ("ZTE's Nubia brand sells phones in the US through its own web store.", "online-sales", '"web store"'),
    ],
)
def test_stores_and_storefronts(passage, expected, cue):
    got = suggest(passage)
    assert rules_answer(got, "kind") == expected
    assert cue in got.rules_hints["kind"]


@pytest.mark.parametrize(
    "passage",
    [
        "The Asus Zenfone 10 arrives in the US next month.",
        "Sony's new Xperia hits the US in June.",
        "Vivo's first American phone made its bow at a New York event on Monday.",
        "The Nothing Phone (2) is coming to the US in July, the company said.",
        "Asus rolled out the ROG Phone 8 in the United States on Monday.",
    ],
)
def test_launches_said_in_other_words(passage):
    assert kind(passage) == "launch"


@pytest.mark.parametrize(
    "passage",
    [
        "US authorities added Vivo to a list of companies barred from buying American technology.",
        "The International Trade Commission ruled that Vivo phones infringe two patents.",
        "A grand jury subpoenaed ZTE's US subsidiary in June.",
        "A congressional panel in 2012 told American firms to shun ZTE's network gear.",
        "Vivo's first US phone received equipment authorisation last week, a filing shows.",
    ],
)
def test_regulators_and_their_acts(passage):
    assert kind(passage) == "regulatory"


@pytest.mark.parametrize(
    "passage",
    [
        "Nothing's US launch was put on ice in May.",  # the setback outweighs the launch it befell
        "ZTE's carrier deal with AT&T unravelled in April.",
        "Vivo mothballed its US plans last year.",
        "Asus tried but failed to land a US carrier deal in 2022.",  # "land a … deal" is a deal cue: the failure wins
        "Sony parted ways with Verizon after two years.",
    ],
)
def test_setbacks_said_in_other_words(passage):
    assert kind(passage) == "setback"


@pytest.mark.parametrize(
    "passage",
    [
        # Stative descriptions: ranks, accounts for, a share, loses money, makes things, a following.
        "Asus accounts for less than 1 percent of US smartphone sales.",
        "Vivo holds about 9 percent of the global market, according to IDC.",
        "Sony's phone unit has lost money for years.",
        "ZTE makes phones, network gear and routers.",
        "Nothing has a loyal following among young buyers.",
        "The Chinese electronics group ranks second in US television sales.",
        # A market position told in the main clause: the channels it names are where the maker sells.
        "Vivo is the fifth-largest phone vendor in the US, where its phones are stocked by Cricket and Boost.",
        # An analyst's general view is background, whatever effort it names.
        "Most analysts expect Vivo to stay out of the US for years.",
        "Analysts view Asus as a niche brand whose fans buy online rather than in carrier stores.",
        # Phones sold only by importers are not the maker's sales.
        "Vivo's phones reach the US only through importers and third-party sellers on Amazon.",
    ],
)
def test_background_is_context(passage):
    assert rules_answer(suggest(passage), "kind") == "context"


def test_a_setback_told_with_a_grey_market_is_still_a_setback():  # a guard: the grey market is no setback's end
    passage = "A Vivo spokesman said the listing was run by a third-party seller and that Vivo had no plans to enter the US."
    assert kind(passage) == "setback"


def test_an_action_beats_a_description():  # a guard: a partner's rank and an attribution are not background
    # "the fourth-largest carrier" describes the partner, not the maker: the deal is the event.
    assert kind("Vivo inked a deal with T-Mobile, the second-largest US carrier, on Monday.") == "carrier-deal"
    assert kind("Analysts said Vivo walked away from talks with AT&T in May.") == "setback"


# --- The second batch's classes: what the event led to, how an attempt ended, money and other products -------


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # A consequence trailing the main clause is not the event: the deal is.
        ("AT&T will keep its exclusive on the Vivo X100 until June, Vivo said on Monday, pushing back the phone's"
         " arrival at other carriers.", "carrier-deal"),
        # A comment on the move ("a move it said would let it release …") is not a launch.
        ("Vivo folded its US unit into its parent in March, a move it said would let it release more phones.", "context"),
        # ... while a participle that tells the event itself still counts.
        ("Vivo made its US debut in 2016, launching the X9 through its own web store.", "online-sales"),
    ],
)
def test_what_the_event_led_to_is_not_its_kind(passage, expected):
    assert kind(passage) == expected


@pytest.mark.parametrize(
    "passage",
    [
        "Vivo had tried to get its flagship into carrier stores, but no carrier took it.",
        "Asus pitched the Zenfone to AT&T and Verizon, but neither wanted it.",
        "Sony hoped to bring the Xperia 5 to Verizon stores, but the plan went nowhere.",
    ],
)
def test_an_attempt_that_came_to_nothing_is_a_setback(passage):
    assert kind(passage) == "setback"


@pytest.mark.parametrize(
    "passage",
    [
        # Money as a state: "struggled to turn a profit" is no setback.
        "Vivo's US unit has struggled to turn a profit since it opened.",
        # A small player: the channels it relies on are where it stands.
        "Asus, which was founded in 1989 in Taipei, is a small player in the US, where it relies on online sales.",
        # Other products than phones as the subject.
        "Its robot vacuums and scooters are widely available at US retailers.",
        # Who merged with whom.
        "Nothing merged its US sales team with its European one in March.",
        # An analyst's view, whatever words of a regulator it uses.
        "Analysts think the brand still carries weight with government buyers and regulators.",
    ],
)
def test_more_background_is_context(passage):
    assert kind(passage) == "context"


# --- The third batch's classes: the carrier as the seller, meetings, refusals, words that qualify a noun -------


@pytest.mark.parametrize(
    "passage",
    [
        # The carrier as the seller (the subject), as the stockist, or the version made for it.
        "Cricket will begin selling Vivo's Y36 later this month, the prepaid brand said on Tuesday.",
        "Vivo phones were stocked by T-Mobile and Metro this year.",
        "A Verizon version of the Asus Zenfone 9 was launched last year.",
    ],
)
def test_a_carrier_selling_is_a_carrier_deal(passage):
    assert kind(passage) == "carrier-deal"


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("Vivo executives met with AT&T in April to go over a 5G handset, a person familiar with the matter said.",
         "carrier-talks"),
        ("None of the big four carriers has agreed to sell the Vivo X90, the company's US chief conceded.", "setback"),
        ("Vivo has no intention of selling phones in the US for now, even as the brand grows in Europe.", "setback"),
        ("Sony's mobile division has cut thousands of jobs since 2014.", "setback"),
        ("Asus trimmed its US workforce by a third in May.", "setback"),
        ("Vivo has been testing pop-up shops in three US cities.", "retail"),
        # The same words found by two cues count once: "under discussion" is one talks cue, not two.
        ("The X90 will be sold at Amazon and through Vivo's US website, with a carrier deal still under discussion.",
         "online-sales"),
    ],
)
def test_more_ways_of_saying_each_kind(passage, expected):
    assert kind(passage) == expected


@pytest.mark.parametrize(
    "passage",
    [
        "In the US, however, Vivo handsets are a rare sight.",
        "Sales of the Vivo X90 at T-Mobile beat the carrier's expectations, he said.",
        "Vivo does not sell phones in the United States, though its earbuds and watches are available from US retailers.",
    ],
)
def test_sales_beating_expectations_and_other_products_are_context(passage):
    assert kind(passage) == "context"


def test_a_noun_that_qualifies_another_points_back_to_nothing():
    text = (
        "T-Mobile renewed its deal with Vivo on Tuesday. "
        "Vivo still sells most of its US phones through its own website, which took most orders before the carrier deal."
    )
    start = text.index("Vivo still")
    got = suggest_event(_document(), Source("s", published="2024-06-12", text=text), start, len(text))
    assert (got.kind, got.partners) == ("online-sales", ())


def test_the_listing_points_back_to_the_sentence_that_names_a_list():
    text = (
        "The Pentagon put Vivo on a list of companies tied to the Chinese military in January. "
        "Vivo does not sell phones in the US, though its earbuds are available from American retailers. "
        "The company had warned that the listing could scare off partners in other markets."
    )
    start = text.index("The company had warned")
    got = suggest_event(_document(), Source("s", published="2024-06-12", text=text), start, len(text))
    assert got.kind == "regulatory"


# --- The fourth batch's classes: trade shows, the law's words, unnamed carriers, purchases, stops that end a sale ---


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # A trade show is no regulator.
        ("Vivo's booth at the Mobile World Congress drew large crowds on Monday.", "other"),
        ("Vivo is talking to all four national carriers about the X100, the executive said.", "carrier-talks"),
        ("Verizon is close to certifying Vivo phones for its 5G network, a step that would end years of courtship.",
         "carrier-talks"),
        ("Vivo's push comes as its network gear faces growing resistance in Washington.", "regulatory"),
        ("Canadian authorities arrested a Vivo executive in Vancouver on Saturday at the request of the United States.",
         "regulatory"),
        ("ZTE said it would explore legal options.", "regulatory"),
        ("In the United States, the Vivo X100 is offered by all three major carriers and can be bought unlocked too.",
         "carrier-deal"),
        ("Vivo X100 deliveries to some online customers have slipped to January.", "setback"),
        ("Vivo froze its US plans in 2019, after it had hired staff in Seattle and held talks with T-Mobile.", "setback"),
        # A sale that went on until a stop told in a ", when …" clause: the stop is the event.
        ("Vivo phones had been sold at Cricket and Boost until 2020, when both carriers stopped ordering them.", "setback"),
    ],
)
def test_fourth_batch_classes(passage, expected):
    got = suggest(passage)
    assert got.rules_kind == expected, got.hints["kind"]
    if expected == "other":  # no cue: the prefill is the learned model's guess, and says it is one
        assert got.hints["kind"].startswith("a guess learned from"), got.hints["kind"]
    else:
        assert got.kind == expected, got.hints["kind"]


@pytest.mark.parametrize(
    "passage",
    [
        "The arrest is likely to complicate Vivo's already faint hopes of selling phones through US carriers.",
        "Google agreed on Thursday to pay $1.1 billion for a team of Vivo engineers, in a deal that stops short of"
        " buying the company outright.",
        "Nothing was valued at about $1 billion in its latest funding round.",
        "Vivo sells phones in more than 60 countries.",
        "Vivo's US phone sales hit a record in the third quarter, the company said.",
    ],
)
def test_purchases_money_and_hopes_are_context(passage):
    assert kind(passage) == "context"


def test_a_since_clause_is_what_came_before_unless_it_tells_of_a_stop():
    assert kind("It is the first time AT&T has offered a Vivo phone since the two companies began working together"
                " on 5G certification in 2020.") == "carrier-deal"  # fmt: skip
    assert kind("Vivo phones have not been carried by a US operator since T-Mobile stopped offering them in 2021.") == (
        "setback"
    )


# --- The fifth batch's classes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("Vivo tested the US market last year with a single mid-range phone.", "launch"),
        ("The company plans to show its first US phone at CES in January.", "launch"),
        ("ZTE's US phone sales, which made it a top-five vendor last year, have been frozen since April.", "setback"),
        ("A planned Vivo launch at Verizon in 2023 was pushed into the following year after software problems.", "setback"),
        ("Vivo's streaming devices and some accessories are sold by Walmart.", "context"),
        ("A Commerce spokesperson said the department does not comment on Vivo.", "regulatory"),
        # Carriers as the subject, in a list; carriers not named, in the singular.
        ("AT&T, T-Mobile and Verizon will start selling the Vivo X100 in July, Vivo said.", "carrier-deal"),
        ("Vivo sells the X100 through every major US carrier and its own online store.", "carrier-deal"),
    ],
)
def test_fifth_batch_classes(passage, expected):
    assert rules_answer(suggest(passage), "kind") == expected


# --- The sixth batch's classes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("Vivo has never disclosed its US sales figures.", "context"),
        ("Vivo expects to ship 20 million fewer phones abroad this year because of the US ban, its founder said.", "context"),
        ("Asus has made the US its second-biggest market for laptops.", "context"),
        ("The X100 will stay on sale at Amazon and Best Buy until stocks run out.", "context"),
        ("The company still has no plans for US phone sales.", "setback"),
        ("Vivo stopped all US sales in 2020, its chief said.", "setback"),
        ("Vivo's phones now reach buyers through three US carriers and Walmart.", "carrier-deal"),
        # What acts on the maker's hopes names channels that are only hoped for.
        ("The arrest is likely to dim Vivo's hopes of selling phones through US carriers.", "context"),
    ],
)
def test_sixth_batch_classes(passage, expected):
    assert kind(passage) == expected


def test_the_outcome_points_back_to_the_case():
    text = (
        "The Defense Department agreed on Tuesday to remove Vivo from its list of military companies. "
        "Vivo said it was pleased with the outcome."
    )
    start = text.index("Vivo said")
    got = suggest_event(_document(), Source("s", published="2024-06-12", text=text), start, len(text))
    assert got.kind == "regulatory"


# --- The seventh batch (written after the rules above and run once as a blind check), its classes -------------


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # A carrier's name is matched whole: "the Google Store" is not Google Fi, "US carriers" not US Cellular.
        ("The Vivo phones will be sold unlocked through the Google Store and supported on Google Fi.", "online-sales"),
        ("The Vivo X100 went on sale at all four national carriers and Best Buy on Friday.", "carrier-deal"),
        ("Verizon and AT&T both cut the X100's price by $150 within a month of its launch, a sign demand was soft.",
         "setback"),
        ("Vivo lost a bid to supply Cricket's own-brand phones to a rival maker earlier this year.", "setback"),
        ("Vivo lost its exclusive deal with Verizon for the X100 this spring.", "setback"),  # the lost deal ends it
        ("Vivo ended its budget phone line in the US earlier this year.", "setback"),
        ("An antitrust trial over Vivo's search deals with Google began last month.", "regulatory"),
        ("Vivo, which does not sell phones in the US, said it complies with all laws where it operates.", "regulatory"),
        # A partner's past told after the event is not its kind.
        ("Vivo is also negotiating to return to Boost Mobile, which dropped it in 2023.", "carrier-talks"),
        # What helped is not the event: the rank is.
        ("Vivo has overtaken Asus to become the fifth-largest phone brand in the US, helped by Asus's exit from the"
         " market.", "context"),
        ("Vivo has built its US business almost entirely on phones sold under carriers' own labels.", "context"),
        ("Vivo's phone business is run from Dongguan but designs many of its US models in San Diego.", "context"),
        ("The company's US business consists mainly of scooters and robot vacuums.", "context"),
    ],
)
def test_seventh_batch_classes(passage, expected):
    assert kind(passage) == expected


# --- The eighth batch (a second blind check, written after the seventh's rules), its classes -------------------


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("Vivo's bid to supply network equipment to Sprint was blocked on security grounds in 2010.", "regulatory"),
        ("Vivo executives say they have stopped trying to sell network gear to large US carriers.", "context"),
        ("The company counts more than 10 million US users.", "context"),
        ("Vivo is considering an entry into the US phone market as early as next year, an executive said.", "launch"),
        ("Vivo has been in contact with US carriers but has not reached any agreement, the executive said.",
         "carrier-talks"),
        ("Vivo's shares have fallen by a third since its listing in Hong Kong in July.", "context"),
        ("Vivo has sold only a few hundred thousand X Folds worldwide since the phone went on sale in September.",
         "context"),
        ("The X Fold's April launch was pulled at the last minute after reviewers' screens failed.", "setback"),
        ("Vivo depends on Qualcomm and other US suppliers for its chips.", "context"),
        # a price cut is a sale at the channels that cut it (round 27, as "A price cut at a carrier is carrier-deal")
        ("Vivo cut the X Fold's price by $300 on its online store this week, and Amazon and Best Buy matched it.",
         "online-sales"),
        ("No US carrier has sold a Vivo phone since 2015.", "setback"),
        ("The unlocked Vivo X90 has been a best seller on Amazon since its launch in March.", "context"),
        ("Vivo expects to sell 7 million phones in the US this year, a company executive said.", "context"),
    ],
)
def test_eighth_batch_classes(passage, expected):
    assert rules_answer(suggest(passage), "kind") == expected


# --- The ninth batch (a third blind check, written after the eighth's rules), its classes ----------------------


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("Vivo has hired a former Google executive to run its international business.", "context"),
        ("None of the four big US carriers will sell the Vivo X100, leaving it to Amazon and Best Buy, Vivo said.",
         "setback"),
        ("The X100 scored well with reviewers but has sold modestly, according to people familiar with the figures.",
         "context"),
        ("Vivo sponsors several NBA teams to raise its profile in the US.", "context"),
        ("A Vivo spokesman said the company remained committed to American consumers.", "context"),
        ("The suit is Vivo's second against the US government this year.", "regulatory"),
        ("Carriers including T-Mobile have stopped taking orders for the X100 since the Commerce Department's order.",
         "setback"),
        ("Vivo has said it wants to be a top-five phone brand in the US by 2027.", "context"),
        ("Its US headquarters moved from San Diego to Dallas last year.", "context"),
        ("Vivo said the new rules would have limited effect on its business because it sells no phones in the US.",
         "context"),
        ("Vivo's chief executive has said the company may list its shares in the next few years.", "context"),
    ],
)
def test_ninth_batch_classes(passage, expected):
    assert kind(passage) == expected


# --- The tenth batch (a fourth blind check, written after the ninth's rules), its classes ----------------------


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("Industry analysts are skeptical that a Chinese premium brand like Vivo can win over US consumers.", "context"),
        ("Vivo's talks with T-Mobile about carrying the X100 ended without a deal, a person familiar said.", "setback"),
        ("Vivo's US phone business has been dormant since April.", "setback"),
        ("A Vivo tablet promised for 2022 was held back until June.", "setback"),
        ("Vivo will sell the X100 in Europe, the Middle East and Asia, but not the United States, the company said.",
         "setback"),
        ("The brand has ruled out a US launch while it remains under scrutiny.", "setback"),
        ("The Vivo X90 has been its best-received phone in America so far.", "context"),
        ("Vivo has not had a hit phone in the US in several years.", "context"),
        ("The company has said it wants to double its US phone sales by 2026.", "context"),
        ("The company extended the phone's warranty to two years in response.", "context"),
        # "lineup" alone is no deal: whose lineup says so ("Cricket's lineup", "its lineup of phones for Europe" is not)
        ("Vivo trimmed its lineup of phones for Europe this year.", "context"),
    ],
)
def test_tenth_batch_classes(passage, expected):
    assert kind(passage) == expected
