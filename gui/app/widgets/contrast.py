"""WCAG contrast: relative luminance, contrast ratios, and a colour darkened until it stands out (1.4.11)."""

from __future__ import annotations

from PySide6.QtGui import QColor

__all__ = ["MIN_GRAPHIC_CONTRAST", "contrast_ratio", "over", "with_contrast"]

#: WCAG 2.1 success criterion 1.4.11: graphical objects need 3:1 against what is next to them.
MIN_GRAPHIC_CONTRAST = 3.0


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def over(color: QColor, background: QColor) -> QColor:
    """``color`` (with its alpha) painted over an opaque ``background``: the colour the eye gets."""
    a = color.alphaF()
    return QColor.fromRgbF(
        color.redF() * a + background.redF() * (1 - a),
        color.greenF() * a + background.greenF() * (1 - a),
        color.blueF() * a + background.blueF() * (1 - a),
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours, 1 to 21."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def with_contrast(color: QColor, backgrounds: list[QColor], minimum: float = MIN_GRAPHIC_CONTRAST) -> QColor:
    """``color`` as it is if it has ``minimum`` contrast over every background, else darkened just enough."""
    result = QColor(color)
    for _ in range(40):
        if all(contrast_ratio(over(result, bg), bg) >= minimum for bg in backgrounds):
            return result
        h, s, v, a = result.getHsvF()
        result = QColor.fromHsvF(max(h, 0.0), s, v * 0.95, a)
    return result
