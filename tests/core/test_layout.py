"""Layout: stacking that never overlaps and never depends on zoom; lanes by manufacturer, partner or kind."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.fileformat import read_document
from gui.core.layout import build_layout
from gui.core.model import FORMAT_NAME, Document, Event, Lane


def test_stacked_rows_never_overlap_in_time(sample_path):
    layout = build_layout(read_document(sample_path).document)
    for item in range(layout.count):
        for other in range(item + 1, layout.count):
            if layout.lane[item] == layout.lane[other] and layout.row[item] == layout.row[other]:
                assert layout.end_end[item] <= layout.start_first[other] or layout.end_end[other] <= layout.start_first[item]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(2000, 2010), st.integers(0, 3)), min_size=1, max_size=40))
def test_stacking_property(specs):
    events = [Event(f"e{i}", f"l{lane}", "t", f"{year}", f"{year + length}" if length else None)
              for i, (lane, year, length) in enumerate(specs)]
    layout = build_layout(Document(FORMAT_NAME, 1, lanes=[Lane(f"l{i}") for i in range(3)], events=events), today=0)
    for lane in range(3):
        items = layout.lane_order(lane)
        for row in np.unique(layout.row[items]):
            in_row = items[layout.row[items] == row]
            spans = sorted(zip(layout.start_first[in_row], layout.end_end[in_row]))
            assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))
        assert layout.lane_rows[lane] == (layout.row[items].max() + 1 if len(items) else 1)


def test_lanes_by_partner_puts_an_event_in_each_of_its_partners_lanes(sample_path):
    document = read_document(sample_path).document
    layout = build_layout(document, lanes_by="partner")
    assert layout.lane_ids == ["Apple", "AT&T", "Best Buy", "Verizon", ""]
    assert layout.lane_names[-1] == "No partner"
    att = layout.lane_ids.index("AT&T")
    in_att = {document.events[layout.item_event[i]].id for i in layout.lane_order(att)}
    assert {"huawei-att-verizon-talks", "xiaomi-att-verizon-talks"} <= in_att
    talks = layout.id_to_index["huawei-att-verizon-talks"]
    assert len(layout.items_of_event(talks)) == 2  # AT&T and Verizon
    no_partner = {document.events[layout.item_event[i]].id for i in layout.lane_order(len(layout.lane_ids) - 1)}
    assert "huawei-unlocked-online-prepaid" in no_partner
    assert layout.count == sum(max(1, len(e.partners)) for e in document.events)


def test_lanes_by_kind_and_hidden_lanes(sample_path):
    document = read_document(sample_path).document
    by_kind = build_layout(document, lanes_by="kind")
    assert by_kind.lane_ids[:2] == ["carrier-talks", "carrier-deal"]
    assert by_kind.lane_names[0] == "Carrier talks"
    hidden = build_layout(document, hidden_lanes={"huawei"})
    assert hidden.lane_ids == ["xiaomi"]
    assert int((hidden.lane >= 0).sum()) == 4
