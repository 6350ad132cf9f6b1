"""Pictures of the timeline fit for print: PNG at a width and DPI, SVG and PDF as vectors all the way.

Every picture is a print layout (``print_layout``): the title, the date range, the lanes' names,
every event's title placed whole where it fits, and the legend; drawn by ``print_painter`` with
paths and text only, never through a pixmap.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from gui.app.document.document_model import DocumentModel
from gui.app.export.print_layout import PrintLayout, plan_print
from gui.app.export.print_painter import legend_entries, paint_print

__all__ = ["ORIENTATIONS", "PAGE_SIZES", "PICTURE_FORMATS", "export_picture", "print_timeline"]

PICTURE_FORMATS = ("png", "svg", "pdf")
#: PDF page sizes; "fit" makes the page the size of the content.
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter, "a3": QPageSize.PageSizeId.A3,
              "fit": None}
ORIENTATIONS = {"landscape": QPageLayout.Orientation.Landscape, "portrait": QPageLayout.Orientation.Portrait}
_LOGICAL_DPI = 96.0


def _heading(model: DocumentModel, title: str | None) -> str:
    return title if title is not None else (model.document.title or model.display_name())


def _plan(model, width: float, days, heading: str, min_height: float = 0.0) -> tuple[PrintLayout, list]:
    legend = legend_entries(model.layout)
    return plan_print(model, width, days, heading, [text for text, _, _ in legend], min_height), legend


def export_picture(
    model: DocumentModel, path: str | Path, width: int = 1600, days: tuple[float, float] | None = None,
    title: str | None = None, *, page: str = "a4", orientation: str = "landscape", dpi: float = _LOGICAL_DPI,
) -> Path:
    """The timeline (all of it, or the days given) as PNG, SVG or PDF, chosen by the extension.

    PNG: ``width`` pixels wide, drawn at ``dpi`` (96 is screen size; 300 for print draws everything
    3.125 times as many pixels large). SVG: ``width`` pixels wide. PDF: one page of ``page`` size
    (``PAGE_SIZES``) in ``orientation``, filled, or with ``page="fit"`` a page the size of the content.
    """
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in PICTURE_FORMATS:
        raise ValueError(f"{path.name}: pictures are .png, .svg or .pdf")
    if page not in PAGE_SIZES:
        raise ValueError(f"page size {page!r}: choose from {', '.join(PAGE_SIZES)}")
    if orientation not in ORIENTATIONS:
        raise ValueError(f"orientation {orientation!r}: landscape or portrait")
    if not (width >= 200 and 24 <= dpi <= 1200):
        raise ValueError("the width is at least 200 pixels and the DPI between 24 and 1200")
    heading = _heading(model, title)
    if kind == "png":
        _write_png(model, path, int(width), days, heading, float(dpi))
    elif kind == "svg":
        _write_svg(model, path, float(width), days, heading)
    else:
        _write_pdf(model, path, days, heading, page, orientation, float(width))
    return path


def _write_png(model, path: Path, width: int, days, heading: str, dpi: float) -> None:
    scale = dpi / _LOGICAL_DPI
    plan, legend = _plan(model, width / scale, days, heading)
    image = QImage(QSize(width, math.ceil(plan.height * scale)), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint_print(painter, plan, model, legend)
    painter.end()
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")


def _write_svg(model, path: Path, width: float, days, heading: str) -> None:
    plan, legend = _plan(model, width, days, heading)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(width), math.ceil(plan.height)))
    generator.setViewBox(QRectF(0, 0, width, plan.height))
    generator.setResolution(int(_LOGICAL_DPI))
    generator.setTitle(heading)
    generator.setDescription("Exported from Inroads")
    painter = QPainter(generator)
    paint_print(painter, plan, model, legend)
    if not painter.end():
        raise OSError(f"could not write {path}")


def _write_pdf(model, path: Path, days, heading: str, page: str, orientation: str, width: float) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(int(_LOGICAL_DPI))
    writer.setTitle(heading)
    writer.setCreator("Inroads")
    if page == "fit":
        plan, legend = _plan(model, width, days, heading)
        size = QPageSize(QSizeF(width / _LOGICAL_DPI * 72, plan.height / _LOGICAL_DPI * 72), QPageSize.Unit.Point,
                         "Fit to content", QPageSize.SizeMatchPolicy.ExactMatch)
        writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        painter = QPainter(writer)
        paint_print(painter, plan, model, legend)
        painter.end()
        return
    writer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[page]), ORIENTATIONS[orientation], QMarginsF(0, 0, 0, 0)))
    paint_page(writer, model, days, heading)


def print_timeline(model: DocumentModel, printer, days: tuple[float, float] | None = None) -> None:
    """Print through the same page renderer as the PDF export."""
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    paint_page(printer, model, days, _heading(model, None))


def paint_page(device, model, days, heading: str) -> None:
    """One page of a PDF writer or a printer, filled: a layout as wide as the page, its lanes spread to its height.

    Content taller than the page is laid out wider and scaled down, so the labels still fit whole.
    """
    ratio = device.resolution() / _LOGICAL_DPI
    page = device.pageLayout().paintRectPixels(device.resolution())
    page_w, page_h = page.width() / ratio, page.height() / ratio
    scale = 1.0
    for _ in range(6):
        plan, legend = _plan(model, page_w / scale, days, heading, page_h / scale)
        if plan.height <= page_h / scale + 0.5:
            break
        scale *= max(0.5, min(0.98, math.sqrt(page_h / scale / plan.height)))
    painter = QPainter(device)
    painter.scale(ratio * scale, ratio * scale)
    paint_print(painter, plan, model, legend)
    painter.end()
