"""Pictures of the timeline for reports: PNG at a chosen width, SVG with text kept as text, landscape PDF.

Everything is drawn by the same canvas the window uses, rendered into an
offscreen widget sized for the export, so a picture looks like the app.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.app.document.document_model import DocumentModel
from gui.app.panes.legend import LegendBar
from gui.app.document.selection import EventSelection
from gui.app.timeline.geometry import ROW_PX
from gui.app.timeline.timeline_widget import TimelineWidget

__all__ = ["export_picture", "PICTURE_FORMATS"]

PICTURE_FORMATS = ("png", "svg", "pdf")
_AXIS_AND_MARGINS_PX = 70


class _ExportView(QWidget):
    """A timeline and its legend, with no window around them."""

    def __init__(self, model: DocumentModel, width: int, days: tuple[float, float] | None) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.timeline = TimelineWidget(model, EventSelection())
        self.timeline.scroll_bar.hide()
        self.legend = LegendBar(model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.legend)
        rows = max(model.layout.total_rows, 1.0)
        height = int(rows * ROW_PX + _AXIS_AND_MARGINS_PX + self.legend.heightForWidth(width))
        self.resize(width, min(max(height, 240), 20000))
        self.show()  # offscreen (WA_DontShowOnScreen): lays out and sizes the plot
        if days is not None:
            self.timeline.show_days(*days)
        else:
            self.timeline.fit_all()
        self.timeline.scroll_bar.hide()


def export_picture(
    model: DocumentModel, path: str | Path, width: int = 1600, days: tuple[float, float] | None = None,
    title: str | None = None,
) -> Path:
    """Render the timeline (all of it, or the days given) to PNG, SVG or PDF, chosen by extension."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in PICTURE_FORMATS:
        raise ValueError(f"{path.name}: pictures are .png, .svg or .pdf")
    view = _ExportView(model, max(400, int(width)), days)
    try:
        size = view.size()
        heading = title if title is not None else (model.document.title or model.display_name())
        if kind == "png":
            image = QImage(size, QImage.Format.Format_ARGB32)
            image.fill(QColor("white"))
            painter = QPainter(image)
            view.render(painter, QPoint(0, 0))
            painter.end()
            if not image.save(str(path)):
                raise OSError(f"could not write {path}")
        elif kind == "svg":
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(size)
            generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
            generator.setTitle(heading)
            generator.setDescription("Exported from Inroads")
            painter = QPainter(generator)
            view.render(painter, QPoint(0, 0))
            painter.end()
        else:
            _write_pdf(view, path, heading)
    finally:
        view.close()
        view.deleteLater()
    return path


def _write_pdf(view: _ExportView, path: Path, heading: str) -> None:
    """One landscape page: the title on top, then the timeline and its legend scaled to fit."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF(12, 12, 12, 12)))
    writer.setResolution(150)
    writer.setTitle(heading)
    writer.setCreator("Inroads")
    paint_page(writer, view, heading)


def print_timeline(model: DocumentModel, printer, days: tuple[float, float] | None = None) -> None:
    """Print through the same page renderer as the PDF export."""
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    view = _ExportView(model, 1600, days)
    try:
        paint_page(printer, view, model.document.title or model.display_name())
    finally:
        view.close()
        view.deleteLater()


def paint_page(device, view: _ExportView, heading: str) -> None:
    """Title, then the timeline and legend scaled onto one page of a PDF writer or a printer."""
    painter = QPainter(device)
    page = device.pageLayout().paintRectPixels(device.resolution())
    font = QFont()
    font.setPointSizeF(16)
    font.setBold(True)
    painter.setFont(font)
    title_height = painter.fontMetrics().height() * 1.6
    painter.drawText(QRectF(0, 0, page.width(), title_height), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, heading)
    available = QSize(page.width(), int(page.height() - title_height))
    source = view.size()
    scale = min(available.width() / source.width(), available.height() / source.height())
    # Qt's PDF engine flattens the soft-edged (gradient) bands into solid bars, which would
    # misstate vague dates; so the timeline goes in as a sharp 2x image under a text title.
    image = QImage(source * 2, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(2)
    image.fill(QColor("white"))
    image_painter = QPainter(image)
    view.render(image_painter, QPoint(0, 0))
    image_painter.end()
    painter.drawImage(QRectF(0, title_height, source.width() * scale, source.height() * scale), image)
    painter.end()
