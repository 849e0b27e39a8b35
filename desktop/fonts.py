"""The bundled font (Liberation Sans, OFL) and its metrics, shared by every painter.

Layout measures text with the same TTF that the PDF embeds and the Qt view registers, so a
line that fits on paper fits on screen. Widths are read straight from the TTF's ``cmap`` and
``hmtx`` tables (as ReportLab computes them, without kerning) so that laying out the first
screen does not have to import ReportLab.
"""

from __future__ import annotations

import struct
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path

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
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for face in _FILES:
        pdfmetrics.registerFont(TTFont(face, str(font_path(face))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC)


class _Metrics:
    """Advance widths per character, in 1/1000 of the font size."""

    def __init__(self, data: bytes) -> None:
        tables = self._tables(data)
        units_per_em = struct.unpack_from(">H", data, tables[b"head"] + 18)[0]
        metric_count = struct.unpack_from(">H", data, tables[b"hhea"] + 34)[0]
        glyph_count = struct.unpack_from(">H", data, tables[b"maxp"] + 4)[0]
        scale = 1000 / units_per_em
        # hmtx holds (advance, left side bearing) pairs; every other number is an advance.
        pairs = struct.unpack_from(f">{2 * metric_count}H", data, tables[b"hmtx"])
        advances: list[float] = [advance * scale for advance in pairs[::2]]
        advances += [advances[-1]] * (glyph_count - metric_count)
        self.default: float = advances[0]
        self.widths = {
            char: advances[glyph]
            for char, glyph in self._cmap(data, tables[b"cmap"]).items()
            if glyph < glyph_count
        }
        if 0x20 in self.widths:  # ReportLab measures a no-break space as a space
            self.widths[0xA0] = self.widths[0x20]

    @staticmethod
    def _tables(data: bytes) -> dict[bytes, int]:
        count = struct.unpack_from(">H", data, 4)[0]
        return {
            data[12 + 16 * i : 16 + 16 * i]: struct.unpack_from(">I", data, 20 + 16 * i)[0]
            for i in range(count)
        }

    @staticmethod
    def _cmap(data: bytes, offset: int) -> dict[int, int]:
        """The Windows Unicode BMP subtable (3, 1, format 4): every bundled face has it."""
        count = struct.unpack_from(">H", data, offset + 2)[0]
        for i in range(count):
            platform, encoding, sub = struct.unpack_from(">HHI", data, offset + 4 + 8 * i)
            start = offset + sub
            if (platform, encoding) == (3, 1) and struct.unpack_from(">H", data, start)[0] == 4:
                return _Metrics._format4(data, start)
        raise ValueError("font has no Unicode BMP cmap")

    @staticmethod
    def _format4(data: bytes, start: int) -> dict[int, int]:
        segments = struct.unpack_from(">H", data, start + 6)[0] // 2
        ends = struct.unpack_from(f">{segments}H", data, start + 14)
        starts_at = start + 16 + 2 * segments
        starts = struct.unpack_from(f">{segments}H", data, starts_at)
        deltas = struct.unpack_from(f">{segments}h", data, starts_at + 2 * segments)
        range_at = starts_at + 4 * segments
        ranges = struct.unpack_from(f">{segments}H", data, range_at)
        mapping: dict[int, int] = {}
        for seg in range(segments):
            if ranges[seg] == 0:  # most segments: the glyph is the code plus a delta
                delta = deltas[seg]
                for code in range(starts[seg], min(ends[seg], 0xFFFE) + 1):
                    glyph = (code + delta) & 0xFFFF
                    if glyph:
                        mapping[code] = glyph
                continue
            for code in range(starts[seg], min(ends[seg], 0xFFFE) + 1):
                at = range_at + 2 * seg + ranges[seg] + 2 * (code - starts[seg])
                glyph = struct.unpack_from(">H", data, at)[0]
                glyph = (glyph + deltas[seg]) & 0xFFFF if glyph else 0
                if glyph:
                    mapping[code] = glyph
        return mapping


@cache
def _metrics(face: str) -> _Metrics:
    return _Metrics(font_path(face).read_bytes())


@lru_cache(maxsize=65536)
def text_width(text: str, size: float, *, bold: bool = False, italic: bool = False) -> float:
    """Advance width of ``text`` in points (italic for branch labels, bold for headers)."""
    metrics = _metrics(BOLD if bold else ITALIC if italic else REGULAR)
    widths, default = metrics.widths, metrics.default
    return sum(widths.get(ord(char), default) for char in text) * size / 1000


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
