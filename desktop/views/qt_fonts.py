"""The bundled Liberation Sans faces registered with Qt, and fonts sized in layout points.

The layout measures text with the TTF metrics (via ReportLab), in points. To draw the same text
at the same width in a scene where one unit is one point, the painter draws with a font of a fixed
*pixel* size and scales it; this keeps widths linear (no hinting) and independent of the screen's
DPI, so a line that the layout says fits really does fit.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from desktop.fonts import FAMILY, all_font_paths

BASE_PIXEL_SIZE = 100
"""Pixel size of the fonts that :func:`layout_font` returns; scale by ``size / BASE_PIXEL_SIZE``."""


@cache
def register_fonts() -> tuple[str, ...]:
    """Register the bundled TTFs once per process; returns the families Qt found in them.

    Needs a ``QGuiApplication``.
    """
    families: list[str] = []
    for path in all_font_paths():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))


@cache
def layout_font(*, bold: bool = False, italic: bool = False) -> QFont:
    """The chart font at :data:`BASE_PIXEL_SIZE` pixels, unhinted, for scaled drawing."""
    register_fonts()
    font = QFont(FAMILY)
    font.setPixelSize(BASE_PIXEL_SIZE)
    font.setBold(bold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font
