"""The view filter's masks: built once per layout and filter state, dropped when either changes."""

from __future__ import annotations

import numpy as np

from gui.app.document.view_filter import ViewFilter
from gui.core.document import edits


def test_shown_items_are_kept_until_the_filters_change(window):
    view_filter = window.view_filter
    first = view_filter.shown_items()
    assert view_filter.shown_items() is first  # no new N-sized array per paint or hit test
    view_filter.update(kinds={"retail"})
    narrowed = view_filter.shown_items()
    assert narrowed is not first
    layout = window.model.layout
    retail = {window.model.document.events[i].id for i in np.flatnonzero(narrowed)}
    assert retail == {e.id for e in window.model.document.events if e.kind == "retail"}
    assert layout.count == len(narrowed)


def test_shown_items_follow_an_edit(window):
    view_filter = window.view_filter
    view_filter.update(kinds={"retail"})
    before = view_filter.shown_items()
    index = window.model.event_index("huawei-outsells-apple-china")
    assert not before[index]
    window.model.push(edits.edit_event(window.model.document, "huawei-outsells-apple-china", kind="retail"))
    after = view_filter.shown_items()
    assert after[index] and after is not before


def test_item_mask_is_none_while_the_filters_hide_nothing(window):
    view_filter = window.view_filter
    assert view_filter.item_mask() is None  # paint and hit tests skip the mask altogether
    view_filter.update(query="verizon")
    assert view_filter.item_mask() is None  # non-matches are dimmed, not hidden
    assert view_filter.dimmed_items() is view_filter.dimmed_items()
    view_filter.update(hide_non_matching=True)
    mask = view_filter.item_mask()
    assert mask is not None and 0 < mask.sum() < len(mask)
    view_filter.clear()
    view_filter.update(hidden_lanes={"xiaomi"})
    assert view_filter.item_mask() is None  # a hidden lane is left out of the layout itself
    assert window.model.layout.lane_ids == ["huawei"]


def test_kind_and_date_filters_never_build_the_facet_index(window):
    """The facet index checks every quote against its source: only the filters that need it build it."""
    view_filter = window.view_filter
    window.model.push(edits.edit_event(window.model.document, "huawei-best-buy", title="Renamed"))
    view_filter.update(kinds={"retail"}, date_from="2017")
    assert view_filter.shown_events().sum() >= 1
    assert view_filter._facets is None
    view_filter.update(no_evidence=True)
    view_filter.shown_events()
    assert view_filter._facets is not None


def test_adding_and_deleting_events_shifts_the_indexes_instead_of_rebuilding_them(window):
    view_filter = window.view_filter
    model = window.model
    view_filter.update(query="talks", hide_non_matching=True, partners={"AT&T"})
    view_filter.shown_events()
    search, facets = view_filter._search, view_filter._facets
    added = {"lane": "xiaomi", "title": "More talks", "start": "2019", "partners": ["AT&T"]}
    model.push(edits.add_events(model.document, [added]))
    model.push(edits.delete_events(model.document, [model.document.events[1].id]))
    assert view_filter._search is search and view_filter._facets is facets
    shown = {model.document.events[i].id for i in np.flatnonzero(view_filter.shown_events())}
    assert "more-talks" in shown
    fresh = ViewFilter(model)  # what new indexes answer
    fresh.set_state(view_filter.state)
    assert shown == {model.document.events[i].id for i in np.flatnonzero(fresh.shown_events())}
