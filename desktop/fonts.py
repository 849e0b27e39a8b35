"""The bundled font (Liberation Sans, OFL) and its metrics, shared by every painter.

Layout measures text with the same TTF that the PDF embeds and the Qt view registers, so a
line that fits on paper fits on screen.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "Liberation Sans"
REGULAR = "LiberationSans"
BOLD = "LiberationSans-Bold"
ITALIC = "LiberationSans-Italic"

_FILES = {
    REGULAR: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
    ITALIC: "LiberationSans-Italic.ttf",
}


def font_path(face: str) -> Path:
    """Filesystem path of a bundled face (``REGULAR``, ``BOLD`` or ``ITALIC``)."""
    return Path(str(files("resources") / "fonts" / _FILES[face]))


def all_font_paths() -> list[Path]:
    return [font_path(face) for face in _FILES]


@cache
def register_pdf_fonts() -> None:
    """Register the faces with ReportLab once per process (embedding happens on use)."""
    for face in _FILES:
        pdfmetrics.registerFont(TTFont(face, str(font_path(face))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC)


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Advance width of ``text`` in points."""
    register_pdf_fonts()
    return float(pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size))


def wrap_text(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
    """Greedy word wrap to ``width`` points; a word longer than a line is split by letters.

    Explicit newlines in ``text`` are kept as line breaks.
    """
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if text_width(candidate, size, bold=bold) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = ""
            for letter in word:
                if current and text_width(current + letter, size, bold=bold) > width:
                    lines.append(current)
                    current = ""
                current += letter
        lines.append(current)
    return lines
