"""Every warning of a load or import is listed, with where it is; double-click goes to the event's field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gui.app.panes.problems_pane import problem_target
from gui.core.document.problems import Problem, Severity

SHARED_TIMELINEJS = Path(__file__).resolve().parents[4] / "shared" / "data" / "timelinejs"


def _timelinejs_with_warnings(tmp_path: Path) -> Path:
    """A TimelineJS file of our own whose import warns: a time of day, HTML text, a background."""
    slides = [
        {
            "start_date": {"year": "2018", "month": "1", "day": "9", "hour": "9", "minute": "30"},
            "text": {"headline": "Huawei's AT&T deal collapses", "text": "<p>The <b>deal</b> fell apart.</p>"},
            "group": "Huawei",
            "background": {"color": "#333"},
        },
        {"start_date": {"year": "2019", "month": "3"}, "text": {"headline": "Xiaomi talks"}, "group": "Xiaomi"},
    ]
    path = tmp_path / "story.json"
    path.write_text(json.dumps({"title": {"text": {"headline": "Story"}}, "events": slides}), encoding="utf-8")
    return path


def test_an_imports_warnings_are_listed_with_their_lines(qtbot, window, tmp_path):
    path = _timelinejs_with_warnings(tmp_path)
    assert window.import_export.import_timelinejs(str(path))
    warnings = window.model.warnings
    assert len(warnings) >= 2
    pane = window.problems_pane
    assert pane.count() == len(warnings)
    assert pane.windowTitle() == f"Problems ({len(warnings)})"
    model = pane.table_model
    for row, problem in enumerate(warnings):
        assert model.index(row, 0).data() == "warning"
        assert model.index(row, 1).data() == f"{problem.line}:{problem.column}"
        assert model.index(row, 3).data() == problem.message
    # The status bar's count is a link to the pane.
    assert f'<a href="problems">{len(warnings)} warnings</a>' in window.status_counts.text()
    window.status_counts.linkActivated.emit("problems")
    assert pane.isVisible()


def test_double_click_selects_the_event_and_focuses_its_field(qtbot, window, tmp_path):
    path = _timelinejs_with_warnings(tmp_path)
    assert window.import_export.import_timelinejs(str(path))
    window.show_problems()
    view = window.problems_pane.view
    row = next(
        row for row, problem in enumerate(window.model.warnings) if problem.path[:3] == ("events", 0, "start_date")
    )
    index = window.problems_pane.table_model.index(row, 3)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    first = window.model.document.events[0]
    assert window.selection.current == first.id
    qtbot.waitUntil(lambda: window.detail_pane.form.start_field.line_edit.hasFocus(), timeout=2000)


def test_enter_on_a_problem_goes_there_too(qtbot, window, tmp_path):
    path = _timelinejs_with_warnings(tmp_path)
    assert window.import_export.import_timelinejs(str(path))
    window.show_problems()
    view = window.problems_pane.view
    row = next(row for row, problem in enumerate(window.model.warnings) if problem.path[:2] == ("events", 0))
    view.setCurrentIndex(window.problems_pane.table_model.index(row, 2))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.selection.current == window.model.document.events[0].id


def test_no_problems_no_link(window):
    assert window.model.warnings == []
    assert "<a" not in window.status_counts.text()
    assert window.problems_pane.windowTitle() == "Problems"


def test_a_problem_names_its_event_by_id_even_after_the_events_moved(window):
    events = window.model.document.events
    target = events[3]
    problem = Problem("a warning", where=f'events[0] (id "{target.id}")', path=("events", 0, "partners"),
                      severity=Severity.WARNING)
    assert problem_target(problem, window.model) == (target.id, "partners")
    elsewhere = Problem("a warning", where="the file", path=("lanes", 0, "name"), severity=Severity.WARNING)
    assert problem_target(elsewhere, window.model) is None


@pytest.mark.skipif(not SHARED_TIMELINEJS.is_dir(), reason="the shared TimelineJS files are not here")
@pytest.mark.parametrize("name", ["marktwain.json", "women_in_computing.json"])
def test_real_timelinejs_files_list_every_warning(window, name):
    assert window.import_export.import_timelinejs(str(SHARED_TIMELINEJS / name))
    assert window.problems_pane.count() == len(window.model.warnings) > 0
