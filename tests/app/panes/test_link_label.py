"""The link label: a source's web address on one line, shortened in the middle when it does not fit."""

from __future__ import annotations

import html

from PySide6.QtGui import QFontMetrics

from gui.app.panes.link_label import LinkLabel, is_web_url


def test_a_long_address_stays_on_one_line_shortened_in_the_middle(qtbot):
    label = LinkLabel()
    qtbot.addWidget(label)
    label.resize(300, 40)
    label.show()
    url = "https://www.example.com/news/2018/01/08/huawei-and-xiaomi-in-talks-with-att-and-verizon?utm_source=x&y=1"
    label.show_link(url)
    one_line = QFontMetrics(label.font()).height()
    assert label.sizeHint().height() <= one_line + 2 * label.margin() + 4  # one line, never wrapped
    assert f'href="{html.escape(url, quote=True)}"' in label.text()  # the link is whole
    assert "…" in label.text() and "https://www.example.com" in label.text()  # shortened in the middle
    assert html.escape(url) in label.toolTip()
    label.resize(2000, 40)  # room for all of it: shown whole
    assert "…" not in label.text() and f">{html.escape(url)}</a>" in label.text()


def test_only_http_and_https_addresses_with_a_host_are_web_links():
    assert is_web_url("https://example.org/a") and is_web_url("http://example.org")
    for address in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "https://", "example.org", "http://[::1"):
        assert not is_web_url(address)
