"""A lane's colour is the same on the canvas and in the lane picker, new lanes and odd colours included (#17)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from gui.app.dialogs.lane_dialogs import lane_color
from gui.core.document import edits


@pytest.mark.parametrize("colour", [None, "", "#e15759", "#abc", "not a colour", "#12345"])
def test_a_new_lane_has_one_colour_on_the_canvas_and_in_the_picker(window, colour):
    model = window.model
    edit = edits.add_lane(model.document, "Brand new maker", colour)
    model.push(edit)
    lane = next(lane for lane in model.document.lanes if lane.name == "Brand new maker")
    on_canvas = window.timeline.lane_axis._lane_color(lane.id)
    in_picker = lane_color(lane)
    assert on_canvas.isValid() and on_canvas.name() == in_picker.name()
    if colour in (None, "", "not a colour", "#12345"):
        assert in_picker == QColor("#57606a")  # grey: no colour of its own
