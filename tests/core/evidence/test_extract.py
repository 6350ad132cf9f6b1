"""A new event prefilled from a selected passage (issue #10): measured on the sample, tested on invented text."""

from __future__ import annotations

import datetime
import tracemalloc

import msgspec
import pytest

from gui.core.document.dates import Precision, ends_before, parse_date
from gui.core.document.model import DEFAULT_KINDS, DEFAULT_STATUSES, Document, Event, Lane, Source, new_document
from gui.core.document.textquote import find_quote
from gui.core.document.validate import check_document
from gui.core.evidence import date_model
from gui.core.evidence.extract import (
    DEFAULT_PARTNERS,
    TITLE_LENGTH,
    KnownPartner,
    paragraph_bounds,
    suggest_event,
    vocabulary_for,
)
from gui.core.storage.fileformat import read_document
from tests.core.evidence.titled_passages import rules_answer

#: The issue's bar: at least half of the sample's events reproduced from their passages.
REQUIRED_REPRODUCED = 6


def precision(edtf: str) -> Precision:
    return parse_date(edtf).precision


# --- The measurement on the sample ----------------------------------------------------------------------


def measure_sample(document: Document, every_quote: bool = False) -> tuple[int, int, list[str]]:
    """(lenient count, strict count, one line per case) for each event's first evidence quote (or every quote)."""
    texts = {source.id: source for source in document.sources}
    lenient = strict = 0
    lines = []
    for event in document.events:
        for number, evidence in enumerate(event.evidence if every_quote else event.evidence[:1]):
            source = texts[evidence.source]
            start, end = find_quote(source.text, evidence.quote, evidence.prefix, evidence.suffix)
            got = suggest_event(document, source, start, end)
            checks = {
                "lane": got.lane == event.lane or event.lane in got.other_lanes,
                "kind": got.kind == event.kind,
                "start": precision(got.start) == precision(event.start),
            }
            ok = all(checks.values())
            lenient += ok
            strict += ok and got.lane == event.lane
            why = [f"{field}: {got.hints[field]}" for field, passed in checks.items() if not passed]
            if ok and got.lane != event.lane:
                why = [f"strict: lane {got.lane} chosen, {event.lane} is among the others named ({got.hints['lane']})"]
            name = f"{event.id}[{number}]" if every_quote else event.id
            lines.append(
                f"{'ok  ' if ok and not why else 'MISS' if not ok else 'ok* '} {name}: want "
                f"{event.lane}/{event.kind}/{event.start}, got {got.lane}{list(got.other_lanes)}/{got.kind}/{got.start}"
                + (" -- " + "; ".join(why) if why else "")
            )
    return lenient, strict, lines


def test_sample_events_are_reproduced_from_their_passages(sample_path):
    """The acceptance measure: right lane, kind and date precision for >= 6 of the 12 events.

    Run with ``-s`` to see the report. A lane counts for the lenient figure when it is the chosen
    lane or among the other makers named (two events share one quote on different lanes); the
    strict figure needs the chosen lane. For information, the report also runs every evidence
    quote (18), not just each event's first.
    """
    document = read_document(sample_path).document
    lenient, strict, lines = measure_sample(document)
    all_lenient, all_strict, all_lines = measure_sample(document, every_quote=True)
    report = "\n".join(
        [
            f"first quotes: reproduced {lenient}/{len(lines)} (strict, chosen lane only: {strict})",
            *lines,
            f"every quote: reproduced {all_lenient}/{len(all_lines)} (strict: {all_strict})",
            *(line for line in all_lines if not line.startswith("ok  ")),
        ]
    )
    print("\n" + report)
    assert lenient >= REQUIRED_REPRODUCED, report
    assert strict >= REQUIRED_REPRODUCED, report


def test_every_evidence_quote_of_the_sample_gives_a_valid_event(sample_path):
    """All 18 quotes, not just the first of each event: every suggestion makes a valid event."""
    document = read_document(sample_path).document
    source = document.sources[0]
    events = []
    for event in document.events:
        for evidence in event.evidence:
            start, end = find_quote(source.text, evidence.quote, evidence.prefix, evidence.suffix)
            got = suggest_event(document, source, start, end)
            assert (got.evidence.source, got.evidence.quote) == (evidence.source, evidence.quote), event.id
            found = find_quote(source.text, got.evidence.quote, got.evidence.prefix, got.evidence.suffix)
            assert found == (start, end), event.id  # the selector finds the selection again
            assert got.kind in DEFAULT_KINDS and got.status in DEFAULT_STATUSES
            assert got.lane in {"huawei", "xiaomi"}
            events.append(to_event(got, f"{event.id}-{len(events)}"))
    checked = msgspec.structs.replace(document, events=events)
    assert check_document(checked) == []


def to_event(got, event_id: str) -> Event:
    return Event(
        event_id,
        got.lane,
        got.title,
        got.start,
        end=got.end,
        kind=got.kind,
        status=got.status,
        partners=list(got.partners),
        evidence=[got.evidence],
        notes=got.notes,
    )


# --- Invented passages ----------------------------------------------------------------------------------------


def make_document(*lanes: Lane, partners: tuple[str, ...] = ()) -> Document:
    document = new_document("test")
    document.lanes = list(lanes)
    if partners:
        document.events = [Event("e1", lanes[0].id, "earlier", "2017", partners=list(partners))]
    return document


MAKERS = (
    Lane("huawei", "Huawei"),
    Lane("xiaomi", "Xiaomi", aliases=["Mi", "Xiamoi"]),
    Lane("zte", "ZTE"),
    Lane("oneplus", "OnePlus", aliases=["One Plus"]),
)


def suggest(text: str, passage: str | None = None, published: str | None = "2018-06-01", **source_fields):
    """Suggest from ``passage`` (the whole text by default) in a source with ``text``."""
    document = make_document(*MAKERS, partners=source_fields.pop("partners", ()))
    source = Source("s1", text=text, published=published, **source_fields)
    passage = text if passage is None else passage
    start = text.index(passage)
    return suggest_event(document, source, start, start + len(passage))


def test_an_invented_passage_about_another_maker():
    got = suggest("In March 2019, ZTE unveiled the Axon 10 Pro for T-Mobile customers.")
    assert (got.lane, got.start, got.end, rules_answer(got, "kind")) == ("zte", "2019-03", None, "launch")
    assert got.partners == ("T-Mobile",)
    assert got.hints["start"] == '"In March 2019" in the passage'
    assert got.hints["lane"] == '"ZTE" named in the passage'
    assert got.rules_hints["kind"] == 'cue "unveiled"'


def test_last_year_is_counted_from_the_publication_date():
    got = suggest("Last year, OnePlus tried and failed to strike a deal with Verizon.")
    assert (got.lane, got.start, got.kind) == ("oneplus", "2017", "setback")
    assert got.hints["start"] == '"Last year" in the passage: counted from the source\'s date (2018-06-01)'
    assert '"failed"' in got.hints["kind"]


def test_a_source_date_that_is_uncertain_stays_uncertain():
    got = suggest("Xiaomi sold phones recently.", published="2017?")
    assert got.start == "2017%"  # approximate ("recently") and uncertain (the source's date)
    got = suggest("Xiaomi started selling phones last year.", published="2017?")
    assert got.start == "2016?"


def test_a_passage_without_a_date_takes_the_source_date_marked_approximate():
    got = suggest("Huawei sells its phones unlocked on Amazon.")
    assert (got.start, got.end) == ("2018-06-01~", None)
    assert got.hints["start"] == "no date in the passage: the source's date (2018-06-01), marked approximate"
    assert got.notes  # an approximate date comes with a note saying why
    assert (got.kind, got.partners) == ("online-sales", ("Amazon",))


def test_a_source_without_a_publication_date_falls_back_to_when_it_was_read():
    got = suggest("Huawei sells phones.", published=None, accessed="2019-02-03")
    assert got.start == "2019-02-03~"
    assert "the date the source was read" in got.hints["start"]


def test_a_source_without_any_date_gives_no_date_never_todays():
    # Issue #18: this used to be today's year ("2024%" from ``today=``); a date comes from the passage,
    # the source's date, or nowhere.
    document = make_document(*MAKERS)
    source = Source("s1", text="Huawei sells phones last year.", published="around 2017")
    got = suggest_event(document, source, 0, len(source.text))
    assert got.start == "" and got.end is None
    assert "no date in the passage and the source has none" in got.hints["start"]
    assert '"around 2017" is not EDTF' in got.hints["start"]
    assert "no date in the passage and the source has none" in got.notes
    got = suggest_event(document, Source("s2", text="Huawei sells phones."), 0, 20)
    assert got.start == ""
    assert got.hints["start"].startswith("no date in the passage and the source has none")
    assert str(datetime.date.today().year) not in got.hints["start"] + got.notes


def test_a_dateless_source_still_takes_a_year_written_in_the_passage():
    document = make_document(*MAKERS)
    got = suggest_event(document, Source("s", text="Huawei was in talks with AT&T in 2017."), 0, 38)
    assert got.start == "2017"
    assert got.status != "rumored"  # no reference: nothing is "after the source's date"


def test_for_years_is_a_state_up_to_the_publication_date(monkeypatch):
    """The rules' reading (the learned date is left out here): "for years" tells how long a state has held up to the
    source's date, which the guide gives the article's date, approximate (round 21; the phrase itself still reads as a
    range, test_date_phrases)."""
    monkeypatch.setattr(date_model, "date_model", lambda: None)
    got = suggest("OnePlus has been courting carriers for years.", published="2019-05")
    assert (got.start, got.end, got.kind) == ("2019-05~", None, "carrier-talks")
    assert got.hints["start"].startswith("no date in the passage: the source's date (2019-05), marked approximate")


def test_since_gives_a_range_up_to_the_publication_date():
    got = suggest("Huawei has sold phones through Best Buy since 2015.")
    assert (got.start, got.end, rules_answer(got, "kind")) == ("2015", "2018-06-01", "retail")


def test_a_future_date_dates_the_deal_and_is_a_plan():
    got = suggest("Xiaomi is in talks with AT&T to carry its phones in 2019.")
    assert (rules_answer(got, "kind"), rules_answer(got, "status"), got.start) == ("carrier-deal", "rumored", "2019")
    assert "after the source's" in got.rules_hints["kind"] and "after the source's" in got.rules_hints["status"]
    got = suggest("Xiaomi is in talks with AT&T to carry its phones.")  # no date after the source's
    assert (got.kind, got.status) == ("carrier-talks", "reported")


@pytest.mark.parametrize(
    "passage, kind",
    [
        ("Huawei is negotiating with Sprint.", "carrier-talks"),
        ("Huawei signed an agreement with Sprint.", "carrier-deal"),
        ("Cricket will carry the Huawei P20.", "carrier-deal"),
        ("Huawei sells the P20 online, factory unlocked.", "online-sales"),
        ("The P20 reached brick-and-mortar stores this year.", "retail"),
        ("Huawei phones are now at Walmart.", "retail"),
        ("Huawei will launch the Mate 20 next month.", "launch"),
        ("The FCC moved to ban Huawei gear.", "regulatory"),
        ("The Commerce Department put ZTE on a list.", "regulatory"),
        ("AT&T pulled out of the Huawei deal.", "setback"),
        ("Verizon backed out at the last minute.", "setback"),
        ("Xiaomi is the third-largest maker in India.", "context"),
        ("Huawei makes phones.", "context"),  # a present-tense description of the business: background
        ("Huawei's P20 has a 6.1-inch screen.", "other"),
        ("Huawei phones at AT&T.", "carrier-deal"),  # only a carrier is named
    ],
)
def test_kind_cues(passage, kind):
    got = suggest(passage)
    assert got.rules_kind == kind, got.hints["kind"]
    if kind == "other":  # no cue: the prefill is the learned model's guess, and says it is one
        assert got.kind != "other" and got.hints["kind"].startswith("a guess learned from"), got.hints["kind"]
    else:
        assert got.kind == kind, got.hints["kind"]
    assert got.hints["kind"]


@pytest.mark.parametrize(
    "passage, status, cue",
    [
        ("Huawei is reportedly in talks with AT&T.", "reported", "reportedly"),
        ("According to Bloomberg, Huawei is in talks.", "reported", "According to"),
        ("Sources say Huawei is in talks.", "reported", "Sources say"),
        ("Huawei is said to be in talks.", "reported", "is said to"),
        ("A rumor has Huawei in talks.", "rumored", "rumor"),
        ("Huawei could sign with AT&T.", "rumored", "could"),
        ("Huawei plans to sell phones via AT&T.", "reported", "plans to"),  # the writer's own statement (round 28)
        ("Huawei may sell phones via AT&T.", "rumored", "may"),
        ("Huawei announced a deal with AT&T.", "confirmed", "announced"),
        ("AT&T confirmed the deal.", "confirmed", "confirmed"),
        ("The deal was called off.", "cancelled", "called off"),
        ("AT&T cancelled the Huawei deal, Bloomberg reported.", "cancelled", "cancelled"),
        ("Huawei sells phones.", "reported", None),
    ],
)
def test_status_hedges(passage, status, cue):
    got = suggest(passage)
    assert rules_answer(got, "status") == status
    if cue:
        assert f'"{cue}"' in got.rules_hints["status"]
    else:
        assert got.rules_hints["status"] == "no hedge or confirmation in the passage: reported, the default"


def test_may_the_month_is_no_hedge():
    got = suggest("Huawei signed with AT&T in May 2018.")
    assert (got.status, got.start) == ("reported", "2018-05")


def test_partners_take_the_document_spelling_and_group_known_spellings():
    got = suggest("Huawei is in talks with AT&T and Verizon Wireless, and with T-Mobile US.")
    assert got.partners == ("AT&T", "Verizon", "T-Mobile")
    assert (
        got.hints["partners"]
        == 'named in the passage: AT&T, Verizon (as "Verizon Wireless"), T-Mobile (as "T-Mobile US")'
    )
    # A document that writes "Verizon Wireless" keeps that spelling for every Verizon mention.
    got = suggest("Huawei is in talks with Verizon.", partners=("Verizon Wireless",))
    assert got.partners == ("Verizon Wireless",)
    # Partners the document already uses are known too, in their own spelling and case.
    got = suggest("Huawei outsold APPLE and Apple again; Samsung too.", partners=("Apple", "Samsung Electronics"))
    assert got.partners == ("Apple",)


def test_partner_names_need_their_capitals_and_word_boundaries():
    got = suggest("Huawei hit its target in Sprinting stores; bestbuy.")
    assert got.partners == ()
    got = suggest("Huawei phones at Target, and at B&H.")
    assert got.partners == ("Target", "B&H")


def test_a_maker_is_never_its_own_partner():
    document = make_document(*MAKERS)
    document.events = [Event("e1", "huawei", "t", "2017", partners=["Xiaomi", "Best Buy"])]
    vocabulary = vocabulary_for(document)
    assert "Xiaomi" not in vocabulary.partner_categories
    assert [name for _s, _e, name in vocabulary.partners.finditer("Xiaomi and Best Buy")] == ["Best Buy"]


@pytest.mark.parametrize(
    "passage, lanes",
    [
        ("Xiaomi’s phones sell well.", ("xiaomi",)),  # curly possessive
        ("Xiaomi's phones sell well.", ("xiaomi",)),
        ("The Mi Max is coming.", ("xiaomi",)),
        ("Mi’s phones are cheap.", ("xiaomi",)),
        ("XIAOMI AND HUAWEI IN TALKS", ("xiaomi", "huawei")),
        ("The Xiamoi and Huawei phones", ("xiaomi", "huawei")),
        ("One Plus and ZTE phones", ("oneplus", "zte")),
        ("Xiaomi-made phones", ("xiaomi",)),
    ],
)
def test_makers_are_found_by_name_and_alias(passage, lanes):
    got = suggest(passage)
    assert (got.lane, *got.other_lanes) == lanes


@pytest.mark.parametrize(
    "passage",
    ["Sales in Miami grew.", "mid-range phones grew.", "MI sales grew.", "Amid the noise, sales grew.", "zte-like"],
)
def test_short_aliases_do_not_match_inside_words_or_in_another_case(passage):
    document = make_document(*MAKERS)
    vocabulary = vocabulary_for(document)
    assert list(vocabulary.lanes.finditer(passage)) == []


def test_a_selection_that_cuts_a_word_does_not_name_a_maker():
    text = "Sales in Miami grew."
    vocabulary = vocabulary_for(make_document(*MAKERS))
    assert list(vocabulary.lanes.finditer(text, 9, 11)) == []  # "Mi" of "Miami"


def test_without_a_maker_in_the_passage_the_paragraph_names_it():
    text = (
        "Xiaomi is big in India.\n\n"
        "ZTE is big in China. Huawei, meanwhile, sells its phones online. "
        "The company has struggled.\n\n"
        "OnePlus is next."
    )
    got = suggest(text, "The company has struggled.")
    assert (got.lane, got.other_lanes) == ("huawei", ("zte",))  # nearest before it, not the other paragraphs
    assert got.hints["lane"] == 'no maker named in the passage; "Huawei" named nearest before it in its paragraph'


def test_then_the_title_then_the_text_then_the_only_lane():
    text = "Intro.\n\nThe company has struggled.\n\nLater on, Xiaomi did too."
    got = suggest(text, "The company has struggled.", title="ZTE's US troubles")
    assert got.lane == "zte" and "the source's title" in got.hints["lane"]
    got = suggest(text, "The company has struggled.")
    assert got.lane == "xiaomi" and "the source first names" in got.hints["lane"]
    document = make_document(Lane("only", "Only Maker"))
    got = suggest_event(document, Source("s", text="It struggled."), 0, 12)
    assert got.lane == "only" and "only lane" in got.hints["lane"]
    got = suggest_event(make_document(*MAKERS), Source("s", text="It struggled."), 0, 12)
    assert got.lane is None and "choose a lane" in got.hints["lane"]


def test_paragraph_bounds():
    text = "one\n\ntwo a\ntwo b\n  \nthree"
    start = text.index("two b")
    assert text[slice(*paragraph_bounds(text, start, start + 3))] == "two a\ntwo b"
    single_lines = "one\ntwo\nthree"
    assert single_lines[slice(*paragraph_bounds(single_lines, 4, 7))] == "two"


def test_title_is_the_first_sentence_without_attribution_cut_at_a_word():
    got = suggest("According to Bloomberg, the two makers are in talks. More text follows here.")
    assert got.title == "The two makers are in talks"
    long = "but " + "Huawei has been selling a great many phones " * 4
    got = suggest(long)
    assert got.title.startswith("Huawei has been") and got.title.endswith("…")
    assert len(got.title) <= TITLE_LENGTH + 1 and " " + got.title[:-1].split(" ")[-1] + " " in long


def test_every_field_has_a_hint():
    got = suggest("Huawei makes phones.")
    for field in ("lane", "title", "start", "end", "kind", "status", "partners", "evidence"):
        assert got.hints[field], field


def test_evidence_is_the_text_quote_selector_of_the_selection():
    text = "Huawei is in talks. Xiaomi is in talks too.  "
    document = make_document(*MAKERS)
    source = Source("s1", text=text, published="2018")
    got = suggest_event(document, source, text.index("Xiaomi"), len(text))
    assert (got.evidence.source, got.evidence.quote, got.evidence.prefix) == ("s1", "Xiaomi is in talks too.", "")
    got = suggest_event(document, source, text.index("is in talks too"), text.index(" too"))
    assert got.evidence.prefix == "Huawei is in talks. Xiaomi"  # the quote repeats: context added
    assert find_quote(text, got.evidence.quote, got.evidence.prefix, got.evidence.suffix)[0] == text.index(
        "is in talks too"
    )


def test_bad_selections_are_refused():
    document = make_document(*MAKERS)
    source = Source("s1", text="Huawei.  \n ")
    with pytest.raises(ValueError, match="outside"):
        suggest_event(document, source, 3, 99)
    with pytest.raises(ValueError, match="empty"):
        suggest_event(document, source, 7, 10)


def test_custom_default_partners():
    document = make_document(*MAKERS)
    vocabulary = vocabulary_for(
        document, (*DEFAULT_PARTNERS, KnownPartner("Visible", ("Visible Wireless",), "carrier"))
    )
    source = Source("s1", text="Huawei phones on Visible Wireless.", published="2020")
    got = suggest_event(document, source, 0, len(source.text), vocabulary=vocabulary)
    assert got.partners == ("Visible",)


def test_a_passage_in_a_10_mb_source_reads_only_around_it(seed_article):
    """The suggestion reads the passage and the text near it, never a copy of the whole source: a copy of 10 MB
    would show as megabytes allocated (``_is_headline`` once sliced everything before the passage: 40 MB, 34 ms).
    Memory, not a clock, so that a busy machine cannot fail it; benchmarks/drafting.py times drafting."""
    article = seed_article.read_text(encoding="utf-8")
    text = (article + "\n\n") * 5000 + "\n\nIn March 2019, Xiaomi announced it will sell the Mi 9 on Amazon.\n"
    assert len(text) > 10_000_000
    document = make_document(*MAKERS)
    source = Source("big", text=text, published="2019-03-20")
    start = text.index("In March 2019")
    suggest_event(document, source, start, len(text))  # the first call loads the models
    middle = text.index("blockbuster success", len(text) // 2)
    for begin, end in ((start, len(text)), (middle, middle + 33)):
        tracemalloc.start()
        try:
            got = suggest_event(document, source, begin, end)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak < 2_000_000, (begin, peak)
        if begin == start:
            assert (got.lane, got.start, got.status, got.partners) == ("xiaomi", "2019-03", "confirmed", ("Amazon",))


def test_suggestions_make_dates_that_run_forwards():
    for passage in ("since 2019", "for years", "between 2015 and 2017", "from 2017 to 2015", "last year"):
        got = suggest(f"Huawei, {passage}.")
        if got.end and got.end != "..":
            assert not ends_before(parse_date(got.end), parse_date(got.start)), passage
