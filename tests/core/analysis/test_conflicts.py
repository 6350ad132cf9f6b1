"""What reports of the same thing disagree on, source by source."""

from __future__ import annotations

from gui.core.analysis.conflicts import conflicts, conflicts_of, event_conflicts
from gui.core.document.model import Event, Evidence
from gui.core.storage.fileformat import read_document


def test_status_conflict_names_each_side_sources_and_what_they_say(market):
    found = conflicts(market)
    status = [c for c in found if c.what == "status"]
    assert [c.event_ids for c in status] == [("deal", "deal-off")]
    assert status[0].words() == "Bloomberg, The Information, Reuters: confirmed \u00b7 Reuters: cancelled"
    assert status[0].other("deal-off").event_id == "deal"


def test_publication_dates_as_recorded_and_date_conflicts_in_words(market):
    for source in market.sources:
        if source.id == "bbg":
            source.published = "2018-01-09"
        if source.id == "reuters":
            source.published = "2018-01"  # a month only: shown as a month, nothing invented
    launch = next(c for c in conflicts(market) if c.what == "date")
    assert launch.event_ids == ("launch", "launch-2")
    assert (
        launch.words() == "Blog, Bloomberg (2018-01-09), Reuters (2018-01): May 2019 \u00b7 The Information: June 2019"
    )
    deal = conflicts_of("deal", conflicts(market))
    assert [c.what for c in deal] == ["status"]
    assert deal[0].sides[1].sources == ("Reuters (2018-01)",)


def test_an_event_without_sources_is_named_by_its_title(market):
    market.events.append(
        Event(
            "deal-2",
            "huawei",
            "AT&T deal, per a tweet",
            "2018-01",
            kind="carrier-deal",
            status="cancelled",
            partners=["AT&T"],
        )
    )
    found = conflicts_of("deal-2", conflicts(market))
    assert [c.sides[1].words() for c in found] == ["\u201cAT&T deal, per a tweet\u201d: cancelled"]


def test_follows_the_events_given_and_the_sample_has_none(market, sample_path):
    shown = [e for e in market.events if e.id != "deal-off"]
    assert [c.what for c in conflicts(market, shown)] == ["date"]
    assert conflicts(read_document(sample_path).document) == []


def test_an_unknown_source_id_is_shown_as_written(market):
    market.events[4].evidence = [Evidence("gone", "x")]
    status = next(c for c in conflicts(market) if c.what == "status")
    assert status.sides[1].sources == ("gone",)


def test_the_sentence_for_one_event_names_the_other_report(market):
    deal_off = next(e for e in market.events if e.id == "deal-off")
    found = event_conflicts(market, deal_off)
    expected = "Bloomberg, The Information, Reuters: confirmed \u00b7 Reuters: cancelled"
    assert [c.sentence("deal-off") for c in found] == [
        f"Sources disagree on the status with \u201cAT&T deal\u201d: {expected}"
    ]
    cert = next(e for e in market.events if e.id == "cert")
    assert event_conflicts(market, cert) == []


def test_a_pair_disagreeing_on_date_and_status_is_one_conflict_saying_both(market):
    off = next(e for e in market.events if e.id == "deal-off")
    off.start = "2018-02"
    found = conflicts_of("deal-off", conflicts(market))
    assert [c.what for c in found] == ["date and status"]
    assert found[0].words() == (
        "Bloomberg, The Information, Reuters: January 2018, confirmed \u00b7 Reuters: February 2018, cancelled"
    )


def test_a_source_without_publisher_is_named_by_its_title_shortened(market):
    bbg = next(s for s in market.sources if s.id == "bbg")
    bbg.publisher, bbg.title = "", "Huawei and Xiaomi in Talks with AT&T and Verizon to Carry Phones in 2018"
    status = next(c for c in conflicts(market) if c.what == "status")
    assert status.sides[0].sources[0] == "\u00abHuawei and Xiaomi in Talks with AT&T an\u2026\u00bb"


def test_one_event_s_conflicts_are_those_of_the_whole_file(tmp_path, repo_root, market):
    """Details look only at the events of the same year and partner (#22): nothing is lost or added."""
    import subprocess
    import sys

    out = tmp_path / "gen.json"
    subprocess.run(
        [sys.executable, str(repo_root / "benchmarks" / "make_timeline.py"), "--events", "3000", "--lanes", "4",
         "--seed", "3", str(out)],
        check=True,
        timeout=120,
    )
    for document in (read_document(out).document, market):
        every = conflicts(document)
        assert len(every) > (20 if document is not market else 1)
        for event in document.events:
            assert event_conflicts(document, event) == conflicts_of(event.id, every), event.id


def test_could_disagree_keeps_the_events_of_the_year_naming_a_partner_and_never_a_start_that_is_no_date(monkeypatch):
    """The lane is sifted by each start's year (#22): a start that is no date is never a candidate (its year is
    None, which must not compare as a match), and a full year table starts again without losing any."""
    from gui.core.analysis import conflicts as module

    def event(event_id: str, start: str, partners=()) -> Event:
        return Event(id=event_id, lane="apple", title=event_id, start=start, partners=list(partners))

    me = event("me", "2018-03", ["AT&T"])
    same = [
        event("a", "2018-11-02", ["at&t"]),
        event("b", "2019-01", ["AT&T"]),
        event("c", "not a date", ["AT&T"]),
        event("d", "2018", ["Verizon"]),
        me,
        event("e", "2018-05~", ["Verizon", "AT&T"]),
    ]
    expected = ["a", "me", "e"]
    assert [e.id for e in module.could_disagree(me, same)] == expected
    monkeypatch.setattr(module, "_YEARS_MAX", 3)  # fewer than the lane's starts: the table starts again
    module._YEARS.clear()
    assert [e.id for e in module.could_disagree(me, iter(same))] == expected
    assert [e.id for e in module.could_disagree(event("none", "2018"), same)] == []  # no partner: none named none
