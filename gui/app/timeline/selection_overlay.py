"""Selection and hover highlights, drawn in their own small layer so selecting never repaints every event."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from gui.app.widgets import style
from gui.app.document.document_model import DocumentModel
from gui.app.document.selection import EventSelection
from gui.app.timeline.canvas_layer import CanvasLayer
from gui.app.timeline.density_strips import DENSITY_MAX_PX
from gui.app.timeline.geometry import BAR_PX, MARKER_PX, ONGOING_TAIL_PX, ROW_PX, ViewTransform
from gui.app.timeline.paint_region import to_data

__all__ = ["SelectionOverlay", "event_rect_px"]


def event_rect_px(model: DocumentModel, index: int, view: ViewTransform) -> QRectF:
    """The device-pixel rectangle an event occupies: its marker, a wide band (a year, a month), or its whole bar."""
    layout = model.layout
    top = view.y(layout.y(index))
    row_px = abs(view.sy) or ROW_PX
    lane = int(layout.lane[index])
    if layout.is_collapsed(lane):
        # A summary row draws the lane's density, no marker or bar: the outline is as high as that strip.
        band_px = min(float(layout.lane_rows[lane]) * row_px, DENSITY_MAX_PX)
        centre = view.y(float(layout.lane_top[lane]) + float(layout.lane_rows[lane]) / 2)
        rect = _unfolded_rect(layout, index, view, top, row_px)
        return QRectF(rect.left(), centre - band_px / 2, rect.width(), band_px)
    return _unfolded_rect(layout, index, view, top, row_px)


def _unfolded_rect(layout, index: int, view: ViewTransform, top: float, row_px: float) -> QRectF:
    """An event's rectangle in a lane with its rows: marker, band or bar, with a little room around."""
    if layout.is_point[index]:
        size = MARKER_PX + 6
        if layout.wide_periods(np.asarray([index]), view.sx)[0]:
            left, right = view.x(layout.start_first[index]), view.x(layout.start_end[index])
            return QRectF(left - 3, top + (row_px - size) / 2, right - left + 6, size)
        center = view.x(layout.anchor_x(index, view.sx))
        return QRectF(center - size / 2, top + (row_px - size) / 2, size, size)
    left = view.x(layout.start_first[index])
    right = view.x(layout.end_first[index] if layout.is_ongoing[index] else layout.end_end[index])
    if layout.is_ongoing[index]:
        right += ONGOING_TAIL_PX
    height = BAR_PX + 6
    return QRectF(left - 3, top + (row_px - height) / 2, max(right - left, 2.0) + 6, height)


#: Beyond this many highlighted items a change repaints the whole view rather than each item's patch.
_MAX_PATCHES = 64
#: Around an item's rectangle, what its highlight may cover: the glow's pen and the rounding, in pixels.
_PATCH_MARGIN_PX = 8
#: Around an outline's rectangle, what its glow (a 6 px pen: 3 px out) and antialiasing cover, in pixels.
_OUTLINE_MARGIN_PX = 5
#: What QGraphicsView adds around each rectangle it is asked to update (for antialiasing), in pixels.
_VIEW_UPDATE_MARGIN_PX = 2


class SelectionOverlay(CanvasLayer):
    """Draws the selected events' outlines and the hovered event's.

    A change repaints only the patches of the view where an outline appears or goes,
    so clicking or hovering an event never repaints every event on screen.
    """

    def __init__(self, model: DocumentModel, selection: EventSelection) -> None:
        super().__init__(model)
        self._selection = selection
        self.hovered: int = -1
        #: The items outlined as selected (every appearance of each selected event).
        self._selected: set[int] = set()
        #: The item outlined as hovered (-1: none; a selected item keeps its selected outline).
        self._hover_outline = -1
        #: The view of the last paint on screen: where each outline was drawn, so a patch is its outline's rectangle.
        self._painted_view: ViewTransform | None = None
        self.setZValue(10)
        selection.sig_changed.connect(self._on_selection_changed)
        model.sig_layout_changed.connect(self._on_data_changed)

    def _on_data_changed(self, _change=None) -> None:
        self.hovered = -1
        self._selected = self._selected_items()
        self._hover_outline = -1
        self.prepareGeometryChange()
        self.update()

    def _on_selection_changed(self) -> None:
        old = self._selected
        self._selected = self._selected_items()
        self._repaint_outlines(old ^ self._selected)

    def set_hovered(self, index: int) -> None:
        if index != self.hovered:
            self.hovered = index
            self._repaint_outlines(set())

    def _selected_items(self) -> set[int]:
        layout = self._model.layout
        items: set[int] = set()
        for event_id in self._selection.ids:
            event_index = self._model.event_index(event_id)
            if event_index >= 0:
                items.update(layout.items_of_event(event_index).tolist())  # every appearance
        return items

    def _repaint_outlines(self, changed: set[int]) -> None:
        """Repaint the patches of the items whose outline changed (selected ones, and the hover's)."""
        hover = self.hovered if self.hovered not in self._selected else -1
        if hover != self._hover_outline:
            changed |= {self._hover_outline, hover} - {-1}
            self._hover_outline = hover
        # Items of a layout just replaced and not yet announced: its announcement repaints everything.
        count = self._model.layout.count
        changed = {item for item in changed if item < count}
        if not changed:
            return
        pixel_width, pixel_height = self.pixelWidth(), self.pixelHeight()
        if len(changed) > _MAX_PATCHES or not pixel_width or not pixel_height:
            self.update()
            return
        # Each patch goes to the scene on its own: an item's own updates are merged into one box around them
        # all, which for two outlines far apart is most of the view (#22).
        # The view box clips what its children draw: a patch is cut to it, so a bar running past the view's edges
        # repaints neither the lane header nor the date axis beside it (#22).
        scene = self.scene()
        box = self.getViewBox()
        # Qt's view widens each update by its antialiasing margin: inside by that, a cut patch stops at the box.
        margin = _VIEW_UPDATE_MARGIN_PX
        clip = None
        if scene is not None and box is not None:
            clip = box.sceneBoundingRect().adjusted(margin, margin, -margin, -margin)
        for item in changed:
            patch = self._patch(item, pixel_width, pixel_height)
            if scene is None:
                self.update(patch)
                continue
            patch = self.mapRectToScene(patch)
            if clip is not None:
                patch = patch.intersected(clip)
            if not patch.isEmpty():
                scene.update(patch)

    def _patch(self, item: int, pixel_width: float, pixel_height: float) -> QRectF:
        """The rectangle (in days and rows) an item's outline can cover."""
        view = self._painted_view
        if view is not None:
            # Where paint() draws it in the view on screen (a view that moved since is repainted whole anyway).
            rect = event_rect_px(self._model, item, view)
            margin = _OUTLINE_MARGIN_PX
            return to_data(rect.adjusted(-margin, -margin, margin, margin).toAlignedRect(), view)
        layout = self._model.layout
        top = layout.y(item)
        left = float(layout.start_first[item])
        right = max(float(layout.end_end[item]), float(layout.end_first[item]))
        margin_x = (_PATCH_MARGIN_PX + MARKER_PX + (ONGOING_TAIL_PX if layout.is_ongoing[item] else 0)) * pixel_width
        margin_y = _PATCH_MARGIN_PX * pixel_height
        return QRectF(left - margin_x, top - margin_y, right - left + 2 * margin_x, 1 + 2 * margin_y)

    def paint(self, painter: QPainter, option=None, widget=None) -> None:
        view = ViewTransform.from_painter_transform(painter.transform())
        if view.sx <= 0:
            return
        if widget is not None:  # on screen, not a picture being rendered
            self._painted_view = view
        selected = self._selected
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.hovered >= 0 and self.hovered not in selected:
            painter.setPen(QPen(QColor(60, 60, 60, 150), 1.2))
            painter.drawRoundedRect(event_rect_px(self._model, self.hovered, view), 4, 4)
        color = QColor(style.SELECTION_COLOR)
        glow = QColor(color)
        glow.setAlpha(60)
        for index in selected:
            rect = event_rect_px(self._model, index, view)
            painter.setPen(QPen(glow, 6))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(QPen(color, 2))
            painter.drawRoundedRect(rect, 4, 4)
        painter.restore()
