"""Search, filters, the event table and the partner pivot, driven through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from gui.app.panes.event_table import SORT_ROLE
from gui.app.window.main_window import MainWindow
from gui.core.document import edits


def shown_ids(window):
    return {e.id for e, keep in zip(window.model.document.events, window.view_filter.shown_events()) if keep}


def bright_ids(window):
    dimmed = window.view_filter.dimmed_items()
    layout = window.model.layout
    shown = window.view_filter.shown_items()
    return {
        window.model.document.events[layout.item_event[i]].id
        for i in range(layout.count)
        if shown[i] and (dimmed is None or not dimmed[i])
    }


def type_search(qtbot, window, text):
    field = window.search_bar.field
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.waitUntil(lambda: window.view_filter.state.query == text, timeout=2000)


def test_typing_dims_non_matches_and_counts(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_bar.field.hasFocus() or window.find_action.isEnabled()
    type_search(qtbot, window, "VERIZON")
    assert bright_ids(window) == {
        "huawei-att-verizon-talks",
        "huawei-carrier-phones-2018",
        "xiaomi-att-verizon-talks",
        "xiaomi-carrier-phones-2018",
    }
    assert len(shown_ids(window)) == 12  # dimmed, not hidden
    assert window.search_bar.count_label.text() == "4 of 12 match"
    qtbot.mouseClick(window.search_bar.hide_others, Qt.MouseButton.LeftButton)
    assert shown_ids(window) == bright_ids(window)
    assert window.view_filter.dimmed_items() is None


def test_enter_and_f3_step_through_matches_in_time_order(qtbot, window):
    type_search(qtbot, window, "talks")
    indices = window.view_filter.matches_in_time_order()
    order = [window.model.document.events[i].id for i in indices]
    starts = [window.model.layout.start_first[i] for i in indices]
    assert starts == sorted(starts) and len(order) >= 3
    assert order[-1].endswith("carrier-phones-2018")  # 2018 comes last
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_Return)
    assert window.selection.current == order[0]
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_F3)
    assert window.selection.current == order[1]
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.selection.current == order[0]


def keep_only(checklist, value: str) -> None:
    """Untick every box of a filter list but ``value``'s (ticked = shown)."""
    for i in range(checklist.count()):
        item = checklist.item(i)
        if item.data(Qt.ItemDataRole.UserRole) != value:
            item.setCheckState(Qt.CheckState.Unchecked)


def test_each_filter_in_the_panel_and_clear(qtbot, window):
    panel = window.filter_panel
    panel.show()
    keep_only(panel.kinds, "carrier-deal")
    assert shown_ids(window) == {"huawei-carrier-phones-2018", "xiaomi-carrier-phones-2018"}
    panel.lanes.item_for("xiaomi").setCheckState(Qt.CheckState.Unchecked)
    assert shown_ids(window) == {"huawei-carrier-phones-2018"}
    assert window.model.layout.lane_ids == ["huawei"]  # the hidden lane collapses
    assert "hidden lanes: Xiaomi" in window.search_bar.summary_label.text()
    qtbot.mouseClick(window.search_bar.clear_button, Qt.MouseButton.LeftButton)
    assert len(shown_ids(window)) == 12 and window.model.layout.lane_ids == ["huawei", "xiaomi"]
    keep_only(panel.statuses, "rumored")
    assert len(shown_ids(window)) == 2
    window.search_bar.clear_button.click()
    keep_only(panel.partners, "Best Buy")
    assert shown_ids(window) == {"huawei-best-buy"}
    window.search_bar.clear_button.click()
    panel.date_from.setText("2018")
    panel.date_from.editingFinished.emit()
    assert shown_ids(window) == {"huawei-carrier-phones-2018", "xiaomi-carrier-phones-2018"}
    panel.date_to.setText("2018-13")
    panel.date_to.editingFinished.emit()
    assert "month 13" in panel.date_to.toolTip()  # refused, marked at the field
    window.search_bar.clear_button.click()
    panel.no_evidence.setChecked(True)
    assert shown_ids(window) == set()
    panel.no_evidence.setChecked(False)
    panel.quote_not_found.setChecked(True)
    assert shown_ids(window) == set()


def test_filters_combine_with_search(qtbot, window):
    keep_only(window.filter_panel.kinds, "carrier-talks")
    type_search(qtbot, window, "xiaomi")
    assert bright_ids(window) == {"xiaomi-att-verizon-talks"}


def test_clicking_a_hidden_event_position_does_not_select_it(qtbot, window):
    from tests.app.conftest import event_point

    point = event_point(window, "huawei-best-buy")
    window.view_filter.update(kinds={"context"})
    qtbot.mouseClick(window.timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.selection.current is None


def test_filter_state_is_restored_after_a_restart(qtbot, window, settings):
    path = window.model.path
    window.view_filter.update(kinds={"retail"}, query="best")
    window.filter_panel.set_lanes_by("partner")
    window.close()
    again = MainWindow(settings)
    again.show_dialogs = False
    qtbot.addWidget(again)
    assert again.open_path(path)
    assert again.view_filter.state.kinds == {"retail"}
    assert again.view_filter.state.query == "best"
    assert again.model.lanes_by == "partner"
    assert again.search_bar.field.text() == "best"


def test_filters_are_never_written_into_the_file(qtbot, window, tmp_path):
    import shutil

    path = tmp_path / "t.json"
    shutil.copy(window.model.path, path)
    window.open_path(path)
    window.view_filter.update(kinds={"retail"})
    window.filter_panel.set_lanes_by("kind")
    window.model.push(edits.edit_event(window.model.document, "huawei-best-buy", title="x"))
    window.save()
    assert b"retail" not in path.read_bytes().split(b'"kind"')[0]  # no filter keys at the top
    assert b"lanes_by" not in path.read_bytes() and b"hidden" not in path.read_bytes()


def test_pivot_by_partner_on_the_sample(qtbot, window):
    window.filter_panel.set_lanes_by("partner")
    layout = window.model.layout
    att = layout.lane_ids.index("AT&T")
    in_att = {window.model.document.events[layout.item_event[i]].id for i in layout.lane_order(att)}
    assert {"huawei-att-verizon-talks", "xiaomi-att-verizon-talks"} <= in_att
    # Selecting one appearance highlights both; editing edits the one event.
    from tests.app.conftest import viewport_point

    items = layout.items_of_event(layout.id_to_index["huawei-att-verizon-talks"])
    assert len(items) == 2
    point = viewport_point(window.timeline, layout.center_x(int(items[1])), layout.y(int(items[1])) + 0.5)
    qtbot.mouseClick(window.timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.selection.current == "huawei-att-verizon-talks"
    window.model.push(edits.edit_event(window.model.document, "huawei-att-verizon-talks", title="Renamed"))
    assert window.model.find_event("huawei-att-verizon-talks").title == "Renamed"
    assert len(window.model.layout.items_of_event(window.model.event_index("huawei-att-verizon-talks"))) == 2
    assert [lane.id for lane in window.model.document.lanes] == ["huawei", "xiaomi"]  # the file's lanes untouched


def test_event_table_model_passes_qtmodeltester(qtmodeltester, window):
    window.table_dock.show()
    qtmodeltester.check(window.table_dock.table_model)
    qtmodeltester.check(window.table_dock.proxy)


def test_table_sorts_dates_chronologically_across_precisions(qtbot, window):
    dock = window.table_dock
    dock.show()
    for start, event_id in (("2017-06-30", "huawei-best-buy"), ("2017-07", "huawei-us-success-eludes")):
        window.model.push(edits.edit_event(window.model.document, event_id, start=start))
    dock.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    starts = [dock.proxy.index(row, 2).data() for row in range(dock.proxy.rowCount())]
    assert starts[0] == "c. 2015"  # 2015~, shown in words
    # 2017 (a year) starts before 2017-06-30, which starts before 2017-07; then 2018.
    assert starts.index("2017 (uncertain)") < starts.index("30 Jun 2017") < starts.index("Jul 2017") < starts.index("2018")


def test_table_and_timeline_share_the_selection(qtbot, window):
    dock = window.table_dock
    dock.show()
    window.selection.select("xiaomi-china-india")
    selected = dock.view.selectionModel().selectedRows()
    assert [dock.proxy.mapToSource(i).data(Qt.ItemDataRole.UserRole) for i in selected] == ["xiaomi-china-india"]
    row = dock.row_of("huawei-best-buy")
    rect = dock.view.visualRect(dock.proxy.index(row, 0))
    qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selection.ids == ["huawei-best-buy"]
    assert window.detail_pane.form.title_edit.text() == "Popular Huawei phones reach Best Buy"


def test_table_double_click_zooms_to_the_event(qtbot, window):
    dock = window.table_dock
    dock.show()
    window.timeline.show_days(1000, 1100)
    row = dock.row_of("huawei-carrier-phones-2018")
    rect = dock.view.visualRect(dock.proxy.index(row, 0))
    qtbot.mouseDClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    x0, x1 = window.timeline.visible_days()
    index = window.model.event_index("huawei-carrier-phones-2018")
    assert x0 <= window.model.layout.start_first[index] <= x1


def test_table_updates_live_after_edit_and_undo(qtbot, window):
    dock = window.table_dock
    dock.show()
    row = dock.row_of("huawei-best-buy")
    window.model.push(edits.edit_event(window.model.document, "huawei-best-buy", title="Edited title"))
    assert dock.proxy.index(dock.row_of("huawei-best-buy"), 0).data() == "Edited title"
    window.undo_action.trigger()
    assert dock.proxy.index(dock.row_of("huawei-best-buy"), 0).data() == "Popular Huawei phones reach Best Buy"
    window.model.push(edits.delete_events(window.model.document, ["huawei-best-buy"]))
    assert dock.row_of("huawei-best-buy") == -1 and dock.proxy.rowCount() == 11
    window.undo_action.trigger()
    assert dock.proxy.rowCount() == 12 and row >= 0


def test_dragging_along_the_date_axis_sets_the_date_filter(qtbot, window):
    from gui.core.document.dates import days_from_civil
    from tests.app.conftest import viewport_point
    from tests.app.mouse import drag

    timeline = window.timeline
    axis_y = timeline.plot.mapFromScene(timeline.date_axis.sceneBoundingRect().center()).y()
    # Mid-month ends: a pixel is a few days wide, so an end on the 1st could land on either month.
    start = viewport_point(timeline, days_from_civil(2017, 8, 15), 0)
    end = viewport_point(timeline, days_from_civil(2019, 2, 15), 0)
    drag(timeline.plot.viewport(), QPoint(start.x(), axis_y), QPoint(end.x(), axis_y))
    state = window.view_filter.state
    assert (state.date_from, state.date_to) == ("2017-08", "2019-02")
    assert shown_ids(window) == {
        "huawei-carrier-phones-2018",
        "xiaomi-carrier-phones-2018",
        *{e.id for e in window.model.document.events if e.start.startswith("2017") or e.end == "2017?"},
    }


def test_a_hidden_table_is_not_built(qtbot, window):
    dock = window.table_dock
    assert not dock.isVisible() and not dock.is_live
    dock.show()
    assert dock.is_live and dock.proxy.rowCount() == 12
    dock.hide()
    assert not dock.is_live


def test_the_table_follows_events_added_and_deleted_row_by_row(qtmodeltester, qtbot, window):
    """Rows inserted and removed, never a reset: the sorting proxy places only the new rows."""
    dock = window.table_dock
    dock.show()
    model = window.model
    # The Python tester stays attached, and checks the rows around each run of rows announced below.
    qtmodeltester.check(dock.table_model, force_py=True)
    resets = []
    dock.table_model.modelReset.connect(lambda: resets.append(1))
    events = model.document.events
    model.push(edits.delete_events(model.document, [events[1].id, events[2].id, events[7].id]))
    model.push(edits.add_events(model.document, [{"lane": "xiaomi", "title": "Added", "start": "2016-02"}]))
    model.push(edits.duplicate_events(model.document, [events[0].id, events[4].id]))
    for _ in range(3):
        window.undo_action.trigger()
    window.redo_action.trigger()
    assert resets == []
    table_ids = {dock.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(dock.proxy.rowCount())}
    assert table_ids == {event.id for event in model.document.events}
    starts = [dock.proxy.index(row, 2).data(SORT_ROLE) for row in range(dock.proxy.rowCount())]
    assert starts == sorted(starts)


def test_an_edit_filters_again_only_the_rows_whose_answer_changed(qtbot, window, monkeypatch):
    """Not every row: a Python call per row would cost about 0.2 s at 100k events."""
    dock = window.table_dock
    dock.show()
    model = window.model
    many = [{"lane": "xiaomi", "title": f"Filler {i}", "start": "2015", "kind": "retail"} for i in range(300)]
    model.push(edits.add_events(model.document, many))
    window.view_filter.update(kinds={"retail"})
    view_filter = window.view_filter
    asked = []  # every row filtered asks for the filters' answer
    real = view_filter.shown_events
    monkeypatch.setattr(view_filter, "shown_events", lambda: asked.append(1) or real())
    model.push(
        edits.add_events(model.document, [{"lane": "xiaomi", "title": "Added", "start": "2016-02", "kind": "retail"}])
    )
    model.push(edits.edit_event(model.document, "huawei-best-buy", kind="launch"))  # leaves the filter
    model.push(edits.delete_events(model.document, [model.document.events[3].id]))
    assert 0 < len(asked) < 30
    shown = real()
    table_ids = {dock.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(dock.proxy.rowCount())}
    assert table_ids == {event.id for event, keep in zip(model.document.events, shown) if keep}
    assert "added" in table_ids and "huawei-best-buy" not in table_ids
    view_filter.update(kinds=set())  # the filters change: every row is filtered again
    assert dock.proxy.rowCount() == len(model.document.events)


def _many_events_file(tmp_path, count=5000):
    import json

    events = [
        {
            "id": f"e{i}",
            "lane": "m",
            "title": f"Event {i} with Verizon" if i % 7 == 0 else f"Event {i}",
            "start": "2018",
        }
        for i in range(count)
    ]
    path = tmp_path / "many.json"
    path.write_text(json.dumps({"format": "inroads-timeline", "version": 1, "lanes": [{"id": "m"}], "events": events}))
    return path


def test_focusing_the_search_builds_its_index_in_idle_slices_before_the_first_keystroke(
    qtbot, window, tmp_path, monkeypatch
):
    import gui.app.document.view_filter as view_filter_module

    assert window.open_path(_many_events_file(tmp_path))
    built_at_once = []
    monkeypatch.setattr(view_filter_module, "SearchIndex", lambda document: built_at_once.append(1))
    steps = []
    real_step = view_filter_module.SearchIndexBuilder.step
    monkeypatch.setattr(
        view_filter_module.SearchIndexBuilder, "step", lambda self: steps.append(self.done) or real_step(self)
    )
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_bar.field.hasFocus() and not window.view_filter.search_is_ready  # nothing done yet
    qtbot.waitUntil(lambda: window.view_filter.search_is_ready, timeout=5000)
    assert steps.count(False) == 3  # 5,000 events, 2,000 a slice: one slice per turn of the event loop
    type_search(qtbot, window, "verizon")
    assert built_at_once == []
    assert window.view_filter.match_count() == len(range(0, 5000, 7))


def test_an_edit_while_the_index_is_built_starts_it_over_from_the_edited_document(qtbot, window, tmp_path):
    assert window.open_path(_many_events_file(tmp_path))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    window.model.push(edits.edit_event(window.model.document, "e4999", title="Zebra crossing"))
    type_search(qtbot, window, "zebra")
    assert window.view_filter.match_count() == 1
