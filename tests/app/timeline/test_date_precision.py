"""Dates drawn at their precision (issue #16, part 3): a year is a band over the year, never a day in July.

The sample's ``huawei-best-buy`` is dated ``2017?``. Before, its diamond sat on 3 July 2017 (the
middle of the year) at every zoom, so a month view or an exported picture put it under "Jul 2017".
"""

from __future__ import annotations

import json

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from gui.app.document.document_model import DocumentModel
from gui.app.export.picture_export import export_picture
from gui.app.timeline.geometry import ViewTransform
from gui.app.timeline.selection_overlay import event_rect_px
from gui.app.widgets import style
from gui.core.document.dates import parse_date
from gui.core.storage.fileformat import read_document
from tests.app.conftest import viewport_point

EVENT = "huawei-best-buy"


def _day(text: str) -> float:
    return float(parse_date(text).first_day())


def _pixels(image: QImage) -> np.ndarray:
    """An (h, w, 3) array of RGB from a QImage."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    bgra = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return bgra[: image.height(), : image.width(), 2::-1].astype(int)


def _render_plot(window) -> np.ndarray:
    """The canvas as the user sees it, grabbed through the timeline widget's own render."""
    plot = window.timeline.plot
    image = QImage(plot.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    QWidget.render(plot, image)
    return _pixels(image)


def _marker_like(pixels: np.ndarray, kind: str) -> np.ndarray:
    """Where pixels have the solid colour of a marker of ``kind`` (its fill or its darker outline)."""
    base = style.kind_color(kind)
    hits = np.zeros(pixels.shape[:2], bool)
    for color in (base, base.darker(125)):
        rgb = np.array([color.red(), color.green(), color.blue()])
        hits |= np.abs(pixels - rgb).sum(axis=2) < 60
    return hits


def _px(window, day: float) -> int:
    """The plot-widget pixel column of a day."""
    return viewport_point(window.timeline, day, 0).x()


def _row_centre_px(window, index: int) -> int:
    layout = window.model.layout
    return viewport_point(window.timeline, 0, layout.y(index) + 0.5).y()


def _show(qtbot, window, first: str, last: str) -> None:
    window.timeline.show_days(_day(first), _day(last))
    qtbot.waitUntil(lambda: window.timeline.visible_days()[0] == _day(first))


def test_month_view_inside_2017_shows_no_marker_mid_year(qtbot, window):
    _show(qtbot, window, "2017-05-01", "2017-09-01")
    layout = window.model.layout
    index = layout.item_of_event(window.model.event_index(EVENT))
    pixels = _render_plot(window)
    middle = _px(window, (_day("2017") + _day("2018")) / 2)
    y = _row_centre_px(window, index)
    box = pixels[y - 6 : y + 7, middle - 10 : middle + 11]
    assert not _marker_like(box, "retail").any(), "a marker is drawn in the middle of 2017, a day never given"
    # The band is there all the same: the row is tinted across the view.
    assert (np.abs(box - 255).sum(axis=2) > 10).any()


def test_a_wide_band_has_its_marker_at_its_start(qtbot, window):
    _show(qtbot, window, "2016-11-01", "2017-03-01")
    layout = window.model.layout
    index = layout.item_of_event(window.model.event_index(EVENT))
    pixels = _render_plot(window)
    start = _px(window, _day("2017"))
    y = _row_centre_px(window, index)
    near_start = pixels[y - 6 : y + 7, start : start + 20]
    assert _marker_like(near_start, "retail").sum() > 10


def test_year_view_band_spans_the_whole_year(qtbot, window):
    _show(qtbot, window, "2016-07-01", "2018-07-01")
    layout = window.model.layout
    index = layout.item_of_event(window.model.event_index(EVENT))
    pixels = _render_plot(window)
    y = _row_centre_px(window, index)
    row_top = viewport_point(window.timeline, 0, layout.y(index)).y()
    band, background = pixels[y], pixels[row_top + 2]  # the band's middle line, and the row above the band
    first, last = _px(window, _day("2017")), _px(window, _day("2018"))
    tinted = np.abs(band - background).sum(axis=1) > 6
    # Every column from 1 January to 31 December is tinted, edges included; none just outside.
    assert tinted[first + 1 : last - 1].all(), np.flatnonzero(~tinted[first + 1 : last - 1])[:10] + first + 1
    assert not tinted[first - 4] and not tinted[last + 4]


def test_click_on_a_band_far_from_its_start_selects_it(qtbot, window):
    _show(qtbot, window, "2017-05-01", "2017-09-01")
    layout = window.model.layout
    index = layout.item_of_event(window.model.event_index(EVENT))
    for day in ("2017-05-20", "2017-08-25"):
        window.selection.clear()
        point = viewport_point(window.timeline, _day(day), layout.y(index) + 0.5)
        qtbot.mouseClick(window.timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
        assert window.selection.current == EVENT, day


def test_selecting_a_band_outlines_the_band_not_a_day(qtbot, window):
    _show(qtbot, window, "2016-07-01", "2018-07-01")
    vb = window.timeline.view_box
    transform = vb.childGroup.sceneTransform()
    view = ViewTransform.from_painter_transform(transform)
    index = window.model.layout.item_of_event(window.model.event_index(EVENT))
    rect = event_rect_px(window.model, index, view)
    assert rect.left() <= view.x(_day("2017")) and rect.right() >= view.x(_day("2018"))


def _one_band_file(tmp_path):
    path = tmp_path / "band.inroads.json"
    path.write_text(
        json.dumps(
            {
                "format": "inroads-timeline",
                "version": 1,
                "lanes": [{"id": "huawei", "name": "Huawei"}],
                "events": [
                    {"id": "y", "lane": "huawei", "title": "Somewhere in 2017", "start": "2017?", "kind": "retail"}
                ],
            }
        )
    )
    return path


def test_png_export_puts_no_marker_mid_year(qtbot, tmp_path):
    path = _one_band_file(tmp_path)
    model = DocumentModel()
    model.set_document(read_document(path).document, path)
    # With the band's start in the picture, its marker is there: find the canvas rows it is drawn on.
    around_start = tmp_path / "start.png"
    export_picture(model, around_start, width=1200, days=(_day("2016-11-01"), _day("2017-03-01")))
    start_pixels = _pixels(QImage(str(around_start)))
    legend_free = start_pixels[: start_pixels.shape[0] // 2]  # the legend sits at the bottom
    marker_rows = np.flatnonzero(_marker_like(legend_free, "retail").any(axis=1))
    assert len(marker_rows)
    # Inside 2017 (May to September): the band fills the canvas row, and no marker is anywhere on it.
    inside = tmp_path / "inside.png"
    export_picture(model, inside, width=1200, days=(_day("2017-05-01"), _day("2017-09-01")))
    pixels = _pixels(QImage(str(inside)))
    rows = pixels[marker_rows.min() - 2 : marker_rows.max() + 3]
    assert not _marker_like(rows, "retail").any(), "the exported picture shows a marker mid-year"
