"""Pieces of paper forms: square tick-boxes, lines to write on, cut lines.

A form printed from the desk is also filled in by hand when the data is not recorded yet
(a disposition written by the Kepala Dinas with a pen), so blanks are drawn as real boxes and
dotted lines, and filled values sit on the same lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desktop import fonts

DOT_DASH = (0.6, 1.8)
"""A dotted rule: the "........" of a hand-filled form."""


def draw_tick_box(canvas: Any, x: float, y: float, size: float, ticked: bool) -> None:
    """A square of ``size`` with its bottom-left at ``(x, y)``, a check mark inside if ticked."""
    canvas.saveState()
    canvas.setLineWidth(0.7)
    canvas.rect(x, y, size, size, stroke=1, fill=0)
    if ticked:
        canvas.setLineWidth(max(size * 0.14, 1.0))
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        path = canvas.beginPath()
        path.moveTo(x + size * 0.18, y + size * 0.52)
        path.lineTo(x + size * 0.42, y + size * 0.2)
        path.lineTo(x + size * 0.86, y + size * 0.86)
        canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


def draw_dotted_rule(canvas: Any, x1: float, x2: float, y: float) -> None:
    canvas.saveState()
    canvas.setLineWidth(0.5)
    canvas.setDash(*DOT_DASH)
    canvas.line(x1, y, x2, y)
    canvas.restoreState()


class TickList(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """Labelled tick-boxes, one per row; an item with an empty label is a line to write on."""

    def __init__(
        self,
        items: Sequence[tuple[str, bool]],
        *,
        font_size: float = 8.0,
        box: float = 2.9 * mm,
        leading: float = 12.0,
    ) -> None:
        super().__init__()
        self.items = tuple(items)
        self.font_size = font_size
        self.box = box
        self.leading = leading
        self._rows: list[tuple[list[str], bool]] = []
        self._width = 0.0

    @property
    def _text_x(self) -> float:
        return float(self.box + 2.2 * mm)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._width = available_width
        text_width = available_width - self._text_x
        self._rows = [
            (fonts.wrap_text(label, text_width, self.font_size) if label else [""], ticked)
            for label, ticked in self.items
        ]
        lines = sum(len(lines) for lines, _ in self._rows)
        return available_width, lines * self.leading

    def draw(self) -> None:
        canvas = self.canv
        y = sum(len(lines) for lines, _ in self._rows) * self.leading
        for lines, ticked in self._rows:
            y -= self.leading
            baseline = y + (self.leading - self.font_size) / 2 + self.font_size * 0.2
            box_y = baseline + self.font_size * 0.36 - self.box / 2
            draw_tick_box(canvas, 0.0, box_y, self.box, ticked)
            canvas.setFont(fonts.REGULAR, self.font_size)
            for index, line in enumerate(lines):
                if index:
                    y -= self.leading
                    baseline -= self.leading
                if line:
                    canvas.drawString(self._text_x, baseline, line)
                else:
                    draw_dotted_rule(canvas, self._text_x, self._width, baseline - 1.5)


class RuledLines(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """Text on dotted lines, at least ``min_lines`` of them (blank ones to write on).

    ``entries`` are paragraphs; with ``numbered`` each gets ``1.``, ``2.`` ... and the blank
    lines after them continue the numbering, as on a printed disposition form.
    """

    default_leading = 13.0

    def __init__(
        self,
        entries: Sequence[str],
        *,
        min_lines: int = 1,
        numbered: bool = False,
        font_size: float = 8.0,
        leading: float = default_leading,
        font: str = fonts.REGULAR,
    ) -> None:
        super().__init__()
        self.entries = [entry for entry in entries if entry.strip()]
        self.min_lines = min_lines
        self.numbered = numbered
        self.font_size = font_size
        self.leading = leading
        self.font = font
        self._lines: list[tuple[str, str]] = []  # (number, text)
        self._width = 0.0

    @property
    def _indent(self) -> float:
        return fonts.text_width("00. ", self.font_size) if self.numbered else 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._width = available_width
        width = available_width - self._indent
        bold = self.font == fonts.BOLD
        lines: list[tuple[str, str]] = []
        for number, entry in enumerate(self.entries, start=1):
            for index, part in enumerate(fonts.wrap_text(entry, width, self.font_size, bold=bold)):
                lines.append((f"{number}." if self.numbered and index == 0 else "", part))
        number = len(self.entries)
        while len(lines) < self.min_lines:
            number += 1
            lines.append((f"{number}." if self.numbered else "", ""))
        self._lines = lines
        return available_width, len(lines) * self.leading

    def draw(self) -> None:
        canvas = self.canv
        y = len(self._lines) * self.leading
        for number, text in self._lines:
            y -= self.leading
            baseline = y + 3.0
            canvas.setFont(self.font, self.font_size)
            if number:
                canvas.drawString(0.0, baseline, number)
            if text:
                canvas.drawString(self._indent, baseline, text)
            draw_dotted_rule(canvas, self._indent, self._width, baseline - 1.6)


def draw_cut_line(
    canvas: Any, x1: float, x2: float, y: float, label: str = "potong di sini"
) -> None:
    """A dashed horizontal cut line with a small label in the middle."""
    canvas.saveState()
    canvas.setLineWidth(0.4)
    canvas.setDash(4, 3)
    size = 6.5
    gap = fonts.text_width(label, size) / 2 + 4
    middle = (x1 + x2) / 2
    canvas.line(x1, y, middle - gap, y)
    canvas.line(middle + gap, y, x2, y)
    canvas.setFont(fonts.ITALIC, size)
    canvas.drawCentredString(middle, y - size * 0.35, label)
    canvas.restoreState()
