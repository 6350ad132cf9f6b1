"""Help ▸ Getting Started: a one-page guide to opening a file and reading the timeline.

``maybe_show_on_first_run(window, settings)`` opens it by itself once, the first time the app
starts (remembered under ``help/getting_started_shown``), never in --screenshot mode nor when
the window shows no dialogs (tests). It opens where it hides the least of the timeline: beside the
window when the screen has room, otherwise over the window's right edge, where the Details pane is.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSettings, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDockWidget, QTextBrowser, QVBoxLayout, QWidget

from gui import APP_NAME
from gui.app.widgets import style

__all__ = ["SHOWN_KEY", "GettingStartedDialog", "guide_html", "maybe_show_on_first_run", "place_clear_of_timeline"]

#: QSettings key: true once the guide has been shown by itself.
SHOWN_KEY = "help/getting_started_shown"

_SWATCH_W, _SWATCH_H, _SCALE = 30, 14, 2  # logical size; drawn at twice that for sharp HiDPI

#: The guide's width when it opens by itself: about 60 characters a line beside the window, never
#: narrower than about 45 over it; and inside the window at most a third of its width.
_FIRST_RUN_WIDTH, _NARROWEST, _SHARE_INSIDE, _FIRST_RUN_HEIGHT, _GAP = 470, 360, 0.34, 640, 8


def _kind_rows(columns: int = 3) -> str:
    """The default kinds with their colours, as a small table."""
    cells = [
        f'<td><img src="inroads-swatch:diamond/{kind}" width="{_SWATCH_W}" height="{_SWATCH_H}"> '
        f"{html.escape(style.kind_label(kind))}&nbsp;&nbsp;</td>"
        for kind in style.KIND_COLORS
    ]
    rows = ["<tr>" + "".join(cells[i : i + columns]) + "</tr>" for i in range(0, len(cells), columns)]
    return '<table cellspacing="2">' + "".join(rows) + "</table>"


def guide_html() -> str:
    """The guide's text (static: nothing from the user's files goes into it)."""
    return f"""
<h2>Getting started with {APP_NAME}</h2>
<p>{APP_NAME} lays out how phone makers try to break into the US market: one lane per
manufacturer, events along a date axis, and every event tied to the passage of the source article
it rests on.</p>

<h3>Opening a timeline</h3>
<ul>
<li><b>File ▸ Open…</b> (Ctrl+O) opens a timeline file (<code>.inroads.json</code>);
<b>File ▸ Open Recent</b> lists the last ones. You can also drop a file on the window, or start
<code>inroads FILE</code> from a terminal.</li>
<li>The first time, {APP_NAME} opens its bundled sample; after that, the file you had open last.</li>
<li>A file that fails to load is reported problem by problem, and what you had open stays open.</li>
</ul>

<h3>Reading the timeline</h3>
<ul>
<li><b>Lanes</b>: each manufacturer has a lane, named at the left with its own colour strip.
Time runs left to right: the mouse wheel zooms around the pointer, dragging pans, Shift+wheel
scrolls the lanes, Ctrl+0 fits everything.</li>
<li><b>Markers and bars</b>:
<img src="inroads-swatch:diamond/carrier-talks" width="{_SWATCH_W}" height="{_SWATCH_H}"> a diamond
is an event on one date;
<img src="inroads-swatch:bar/carrier-talks" width="{_SWATCH_W}" height="{_SWATCH_H}"> a bar runs
from an event's start to its end.</li>
<li><b>Bands for vague dates</b>:
<img src="inroads-swatch:band/carrier-talks" width="{_SWATCH_W}" height="{_SWATCH_H}"> a date the
source gives only as a month or a year ("2018") covers that whole month or year as a band with firm
ends; zoomed in, its diamond sits at the band's start, never in the middle of the year;
<img src="inroads-swatch:soft/carrier-talks" width="{_SWATCH_W}" height="{_SWATCH_H}"> an
approximate or uncertain date ("c. December 2017", "2017?") is hatched. Nothing is made more precise
than its source.</li>
<li><b>Colours are kinds</b>; the legend under the timeline lists the ones in the file:
{_kind_rows()}</li>
<li><b>Hollow means rumoured or cancelled</b>:
<img src="inroads-swatch:diamond/carrier-deal" width="{_SWATCH_W}" height="{_SWATCH_H}"> confirmed
or reported;
<img src="inroads-swatch:hollow/carrier-deal" width="{_SWATCH_W}" height="{_SWATCH_H}"> rumoured
or cancelled (drawn hollow and fainter).</li>
</ul>

<h3>Where the source text is</h3>
<ul>
<li>Click an event. The <b>Details</b> pane at the right (View ▸ Details brings it back) shows
its dates, kind, status and partners, and below them the <b>source article</b> with the passage
the event rests on <span style="background-color: {style.QUOTE_HIGHLIGHT};">highlighted</span>.</li>
<li>The <b>Sources</b> pane (View ▸ Sources, or <b>Show in Sources</b> beside the evidence) lists the articles and shows the chosen
one with every passage an event cites highlighted in the event's kind colour; click a highlight to
select its event. Uncited text stays plain: select a sentence there and press <b>Ctrl+Shift+E</b>
(New Event from Selection) for an event filled in from it.</li>
<li>With an event selected, ←/→ step through its lane in time, ↑/↓ move to the nearest event
in the next lane, and Esc clears the selection.</li>
</ul>

<h3>Changing things</h3>
<ul>
<li>Edit any field in the Details pane; drag an event to move it, or its ends to resize it;
double-click empty space in a lane for a new event (Edit ▸ New Event, Ctrl+E).</li>
<li>Every change can be undone (Ctrl+Z). Unsaved work is kept in a recovery file and offered
back if {APP_NAME} does not close properly.</li>
</ul>
<p style="color: {style.MUTED_TEXT_COLOR};">Help ▸ Getting Started shows this page again.</p>
"""


def _swatch(shape: str, kind: str) -> QImage:
    """A small picture of how the timeline draws ``shape`` for an event of ``kind``."""
    color = style.kind_color(kind)
    image = QImage(_SWATCH_W * _SCALE, _SWATCH_H * _SCALE, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(_SCALE)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    w, h = float(_SWATCH_W), float(_SWATCH_H)
    middle = h / 2
    if shape in ("band", "soft"):
        # As the canvas draws them: a faint band with firm ends, hatched when approximate or uncertain.
        faint = QColor(color)
        faint.setAlpha(70)
        band = QRectF(0, middle - 4, w, 8)
        painter.fillRect(band, faint)
        if shape == "soft":
            painter.fillRect(band, QBrush(color, Qt.BrushStyle.BDiagPattern))
        painter.fillRect(QRectF(0, middle - 4, 2, 8), color)
        painter.fillRect(QRectF(w - 2, middle - 4, 2, 8), color)
    elif shape == "bar":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(1, middle - 4, w - 2, 8), 2, 2)
    else:  # "diamond" or "hollow"
        r = h / 2 - 1.5
        c = w / 2
        painter.setPen(QPen(color.darker(120), 1.4))
        painter.setBrush(QColor("white") if shape == "hollow" else color)
        painter.drawPolygon(QPolygonF([QPointF(c, middle - r), QPointF(c + r, middle), QPointF(c, middle + r), QPointF(c - r, middle)]))
    painter.end()
    return image


class _GuideBrowser(QTextBrowser):
    """Serves the ``inroads-swatch:SHAPE/KIND`` images the guide refers to."""

    def loadResource(self, kind: int, url: QUrl):  # a Qt override, hence the name
        if url.scheme() == "inroads-swatch":
            shape, _, event_kind = url.path().partition("/")
            return _swatch(shape, event_kind)
        return super().loadResource(kind, url)


class GettingStartedDialog(QDialog):
    """The guide, in a scrolling text view, with a Close button. Not modal by itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("getting_started_dialog")
        self.setWindowTitle(f"Getting Started with {APP_NAME}")
        self.browser = _GuideBrowser()
        self.browser.setObjectName("getting_started_text")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def text(self) -> str:
        """The guide as plain text (for tests and screen readers' sake)."""
        return self.browser.toPlainText()


def _truthy(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)


def maybe_show_on_first_run(window, settings: QSettings | None = None) -> GettingStartedDialog | None:
    """Open the guide beside ``window`` if it has never been shown; return it, or None.

    Skipped when the window shows no dialogs (``window.show_dialogs`` False: tests) or keeps no
    state (``window.persist_state`` False: --screenshot). ``settings`` defaults to the window's.
    The guide is remembered as shown as soon as it opens, and is not modal: the timeline stays
    usable beside it.
    """
    if not getattr(window, "show_dialogs", True) or not getattr(window, "persist_state", True):
        return None
    if settings is None:
        settings = window.settings
    if _truthy(settings.value(SHOWN_KEY, False)):
        return None
    settings.setValue(SHOWN_KEY, True)
    settings.sync()
    dialog = GettingStartedDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    place_clear_of_timeline(dialog, window)
    dialog.show()
    place_clear_of_timeline(dialog, window)  # again, now that its frame is known
    return dialog


def _details_area(window: QWidget) -> QRect | None:
    """Where the window's docked Details pane is on the screen, or None when it is hidden, floating or too short."""
    dock = getattr(window, "detail_pane", None)
    if not isinstance(dock, QDockWidget) or not dock.isVisible() or dock.isFloating() or dock.height() < 200:
        return None
    return QRect(dock.mapToGlobal(QPoint(0, 0)), dock.size())


def place_clear_of_timeline(dialog: QWidget, window: QWidget) -> QRect:
    """Size and move ``dialog`` where it hides the least of ``window``'s timeline; return its geometry.

    A new user's first look at their data should not be half hidden by the guide (it was centred
    over the timeline). Beside the window when the screen has room on the right or the left;
    otherwise over the Details pane, which says nothing yet before an event is chosen, and never over the
    status bar (it covered the status bar and the timeline's right end on a screen filled by the window).
    Never taller than the window nor off the screen.
    """
    if (layout := window.layout()) is not None:
        # Just shown, a window has not laid out its docks yet (their first widths wait for the next layout):
        # measured now, the Details pane was still at its first, wider size.
        layout.activate()
    frame = window.frameGeometry()
    screen = window.screen().availableGeometry()
    width = min(_FIRST_RUN_WIDTH, screen.width() - 2 * _GAP)
    height = max(200, min(_FIRST_RUN_HEIGHT, frame.height() - 2 * _GAP, screen.height() - 2 * _GAP))
    top = min(max(frame.top() + _GAP, screen.top()), screen.bottom() - height)
    if screen.right() - frame.right() >= width + _GAP:
        left = frame.right() + _GAP
    elif frame.left() - screen.left() >= width + _GAP:
        left = frame.left() - _GAP - width
    elif (details := _details_area(window)) is not None:
        # Over the Details pane, which says nothing yet before an event is chosen, and only over it: the
        # timeline, its legend and the status bar stay in sight (a pane is never narrower than 260 pixels,
        # about 40 characters a line).
        width = min(width, details.width())
        top, height = details.top(), details.height()
        left = max(screen.left(), min(details.right() + 1 - width, screen.right() - width))
    else:
        # Inside the window's right edge, below its menu and tool bars.
        width = max(min(_NARROWEST, width), min(width, int(frame.width() * _SHARE_INSIDE)))
        central = window.centralWidget() if hasattr(window, "centralWidget") else None
        if central is not None:
            top = max(top, central.mapToGlobal(central.rect().topLeft()).y())
            height = max(200, min(height, frame.bottom() - _GAP - top))
        left = max(screen.left(), min(frame.right() - _GAP - width, screen.right() - width))
    geometry = QRect(left, top, width, height)
    # The geometry is the frame's; a window manager's title bar and borders are known once the dialog is shown.
    frame_extra = dialog.frameGeometry().size() - dialog.geometry().size()
    dialog.resize(width - frame_extra.width(), height - frame_extra.height())
    dialog.move(left, top)
    return geometry
