"""A source's web address as a one-line link, shortened in the middle to fit; only http and https are links."""

from __future__ import annotations

import html
from urllib.parse import urlparse

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

from gui.app.widgets.plain_text import TEXT_CHARS, display_text

__all__ = ["LinkLabel", "is_web_url"]


def is_web_url(url: str) -> bool:
    """True for an http or https address with a host: the only links Inroads shows and opens."""
    try:
        parsed = urlparse(url)
    except ValueError:
        return False
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


class LinkLabel(QLabel):
    """A source's web address on one line, shortened in the middle when it does not fit; whole in its tooltip.

    A wrapped address is hard to read, and a label that is one line for one source and two for
    the next moves the source text below it up and down as the user clicks through events.
    """

    def __init__(self) -> None:
        super().__init__()
        self._url: str | None = None
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)
        # The width is the pane's to give, never the address's to ask for.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def show_link(self, url: str) -> None:
        self._url = url
        self.setWordWrap(False)
        self.setToolTip(f"<span>{html.escape(display_text(url, TEXT_CHARS))}</span>")  # a tag: rich text, so &amp; reads &
        self._fit()

    def show_html(self, text: str) -> None:
        """Any other (escaped) text, wrapped."""
        self._url = None
        self.setWordWrap(True)
        self.setToolTip("")
        self.setText(text)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._url is not None:
            self._fit()

    def _fit(self) -> None:
        url = self._url
        shown = self.fontMetrics().elidedText(
            display_text(url), Qt.TextElideMode.ElideMiddle, max(self.contentsRect().width(), 60)
        )
        self.setText(f'<a href="{html.escape(url, quote=True)}">{html.escape(shown)}</a>')

