"""Draft every event of an article: sentences, which are kept and why, matches with existing events, one edit."""

from __future__ import annotations

from gui.core.document.model import Document, Event, Evidence, Lane, Source, new_document
from gui.core.evidence.drafting import draft_events, drafts_edit, sentence_spans
from gui.core.storage.fileformat import read_document
from gui.core.storage.fileformat_write import write_document

ARTICLE = (
    "By Dana Reyes, Handset Weekly — March 4, 2019\n\n"
    "Huawei is in talks with Verizon to sell its Mate phones in the U.S. in the fall, people familiar with the "
    "matter said. The weather in Shenzhen was mild on Monday. OnePlus began selling the 6T at T-Mobile on "
    "Nov. 6, 2018, its first carrier deal.\n\n"
    "Analysts expect prices to rise. It also plans to open an online store in June."
)


def _document(tmp_path, events=()) -> tuple[Document, Source]:
    document = new_document()
    document.lanes[:] = [Lane("huawei", "Huawei"), Lane("zte", "ZTE")]
    source = Source("weekly", "Huawei eyes the US", published="2019-03-04", text=ARTICLE)
    document.sources.append(source)
    document.events.extend(events)
    path = tmp_path / "t.inroads"
    write_document(document, path)
    document = read_document(path).document
    return document, document.sources[0]


def test_sentences_do_not_end_at_abbreviations_or_initials():
    text = "Sales in the U.S. rose on Nov. 6 after J. Smith spoke. Then they fell!\n\nA new paragraph"
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert spans == ["Sales in the U.S. rose on Nov. 6 after J. Smith spoke.", "Then they fell!", "A new paragraph"]


def test_one_draft_per_sentence_that_names_a_maker_and_an_effort(tmp_path):
    document, source = _document(tmp_path)
    drafts = draft_events(document, source)
    quotes = [source.text[d.start : d.end] for d in drafts]
    assert quotes[0].startswith("Huawei is in talks with Verizon")
    assert any(q.startswith("OnePlus began selling") for q in quotes)
    assert not any("weather" in q or "Analysts" in q for q in quotes)  # no maker, or no effort
    talks = drafts[0]
    assert (talks.suggestion.lane, talks.suggestion.kind, talks.suggestion.partners) == ("huawei", "carrier-talks", ("Verizon",))
    assert "Huawei" in talks.why and "in talks" in talks.why
    oneplus = next(d for d in drafts if source.text[d.start :].startswith("OnePlus"))
    assert oneplus.suggestion.new_lane == "OnePlus" and oneplus.suggestion.start == "2018-11-06"
    store = next(d for d in drafts if source.text[d.start :].startswith("It also plans"))
    assert store.suggestion.lane == "huawei"  # "It" refers back to the maker named before


def test_a_draft_matching_an_event_is_offered_as_its_evidence(tmp_path):
    existing = Event("vz", "huawei", "Verizon talks", "2019", kind="carrier-talks", partners=["Verizon"])
    other_lane = Event("zte-vz", "zte", "ZTE at Verizon", "2019", kind="carrier-talks", partners=["Verizon"])
    document, source = _document(tmp_path, [other_lane, existing])
    talks = draft_events(document, source)[0]
    assert talks.match == "vz"
    assert "shared partner Verizon" in talks.match_why


def test_no_match_without_overlap_or_shared_partner(tmp_path):
    events = [
        Event("old", "huawei", "Verizon talks", "2016", kind="carrier-talks", partners=["Verizon"]),
        Event("att", "huawei", "AT&T talks", "2019", kind="carrier-talks", partners=["AT&T"]),
        Event("deal", "huawei", "Verizon deal", "2019", kind="carrier-deal", partners=["Verizon"]),
    ]
    document, source = _document(tmp_path, events)
    assert draft_events(document, source)[0].match is None


def test_a_passage_the_event_already_cites_is_not_drafted_again(tmp_path):
    quote = ARTICLE[ARTICLE.index("Huawei is in talks") : ARTICLE.index("said.") + 5]
    cited = Event("vz", "huawei", "Verizon talks", "2019", kind="carrier-talks", partners=["Verizon"],
                  evidence=[Evidence("weekly", quote)])
    document, source = _document(tmp_path, [cited])
    assert not any(source.text[d.start : d.end] == quote for d in draft_events(document, source))


def test_accepted_drafts_are_one_edit_that_undoes_exactly(tmp_path):
    existing = Event("vz", "huawei", "Verizon talks", "2019", kind="carrier-talks", partners=["Verizon"])
    document, source = _document(tmp_path, [existing])
    drafts = draft_events(document, source)
    before = (list(document.events), list(document.lanes))
    edit = drafts_edit(document, [(d, None) for d in drafts])
    edit.apply(document)
    assert len(document.events) == 1 + len(drafts) - 1  # the match became evidence, not an event
    assert next(e for e in document.events if e.id == "vz").evidence[-1].quote.startswith("Huawei is in talks")
    assert [lane.name for lane in document.lanes] == ["Huawei", "ZTE", "OnePlus"]
    oneplus = next(e for e in document.events if e.lane == document.lanes[-1].id)
    assert oneplus.start == "2018-11-06" and oneplus.evidence[0].source == "weekly"
    edit.revert(document)
    assert (list(document.events), list(document.lanes)) == before
