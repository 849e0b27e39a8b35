"""Buku Registrasi Pengaduan: every complaint received in a period, one row each, landscape.

The table's header row repeats on every page and each page says "Halaman X dari Y". Rows are
laid out once (lines wrapped with the embedded font's metrics, as a ReportLab paragraph wraps
them) and painted straight onto the canvas, a page of rows at a time: a register of thousands
of rows prints in a few seconds, where a platypus table of paragraphs took many.

Pagination: a row that does not fit under the previous one moves whole to the next page; a row
taller than a whole page (a very long perihal) is cut between lines into page-high pieces, each
on a page of its own under the repeated header and naming its row again (number and nomor
agenda), so no text is ever lost or clipped.
"""

from __future__ import annotations

import io
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from itertools import accumulate
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
)

from desktop import APP_NAME, fonts
from desktop.documents.data import RegisterData, RegisterRow
from desktop.documents.dates import tanggal
from desktop.documents.kop import FULL, Kop
from desktop.documents.numbered_canvas import NumberedCanvas
from desktop.documents.paper import A4, REPORT_MARGINS, Margins, Paper
from desktop.documents.styles import stylesheet

HEADER_SHADE = Color(0.85, 0.88, 0.93)
ZEBRA_SHADE = Color(0.95, 0.96, 0.98)
GRID = Color(0.55, 0.58, 0.63)
GRID_WIDTH = 0.35
EMPTY_TEXT = "Tidak ada pengaduan yang diterima pada periode ini."


def period_text(start: Any, end: Any) -> str:
    """``1 Maret 2026 s.d. 31 Maret 2026``."""
    return f"{tanggal(start)} s.d. {tanggal(end)}"


def _style(parent: Any, **changes: Any) -> ParagraphStyle:
    return ParagraphStyle(f"{parent.name}-{len(changes)}", parent=parent, **changes)


@lru_cache(maxsize=16384)
def _wrapped(text: str, room: float, size: float, bold: bool) -> tuple[str, ...]:
    """Lines of ``text`` within ``room`` points; explicit newlines kept, empty text no line.

    Cached: saluran, bidang, posisi and names repeat across thousands of rows.
    """
    if not text.strip():
        return ()
    return tuple(fonts.wrap_text(text, room, size, bold=bold))


def _moment(value: datetime | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y %H.%M")


def _day(value: datetime | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y")


@dataclass(frozen=True, slots=True)
class TableRow:
    """One laid-out row (or a page-high piece of one): the lines of each column."""

    cells: tuple[tuple[str, ...], ...]
    height: float
    shaded: bool = False
    spanned: bool = False  # one text across every column (the "no complaints" line)


@dataclass(frozen=True, slots=True)
class TableGeometry:
    """Column widths and the type sizes and paddings of every cell, in points."""

    widths: tuple[float, ...]
    font_size: float
    leading: float
    padding: float
    top_padding: float = 1.8
    bottom_padding: float = 2.2
    right_aligned: frozenset[int] = frozenset({0})

    @property
    def width(self) -> float:
        return sum(self.widths)

    def row_height(self, lines: int) -> float:
        return max(lines, 1) * self.leading + self.top_padding + self.bottom_padding

    def lines_per_piece(self, height: float) -> int:
        """How many lines a row piece may hold to stay within ``height``."""
        room = height - self.top_padding - self.bottom_padding
        return max(int(room // self.leading), 1)


class RegisterTable(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """Rows under a header row, split between rows to fill each frame.

    ``rows`` never holds a row taller than ``max_height`` minus the header (the layout cuts
    those into pieces first), so every row fits on an empty frame. Splitting is a binary
    search over the running total of row heights, so a page costs the same at row 5,000 as at
    row 1.
    """

    def __init__(
        self,
        geometry: TableGeometry,
        header: TableRow,
        rows: Sequence[TableRow],
        *,
        start: int = 0,
        stop: int | None = None,
        bottoms: Sequence[float] | None = None,
    ) -> None:
        super().__init__()
        self.geometry = geometry
        self.header = header
        self.rows = rows
        self.start = start
        self.stop = len(rows) if stop is None else stop
        # bottoms[i] is the height of rows[0:i]; shared by every part split off this table.
        self.bottoms = (
            bottoms if bottoms is not None else [0.0, *accumulate(row.height for row in rows)]
        )
        self.width = geometry.width
        self.height = header.height + self.bottoms[self.stop] - self.bottoms[self.start]

    def _part(self, start: int, stop: int) -> RegisterTable:
        return RegisterTable(
            self.geometry, self.header, self.rows, start=start, stop=stop, bottoms=self.bottoms
        )

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        room = available_height - self.header.height
        limit = self.bottoms[self.start] + room + 1e-6
        stop = min(bisect_right(self.bottoms, limit) - 1, self.stop)
        if stop <= self.start:
            return []  # not even the next row fits: the whole table moves to the next frame
        if stop >= self.stop:
            return [self]
        return [self._part(self.start, stop), self._part(stop, self.stop)]

    def draw(self) -> None:
        paint_rows(self.canv, self.geometry, self.header, self.rows[self.start : self.stop])


def paint_rows(
    canvas: Any, geometry: TableGeometry, header: TableRow, rows: Sequence[TableRow]
) -> float:
    """Paint the header and ``rows`` downwards from ``(0, height)``; returns the height.

    Shading first, then text, then the grid, as a ReportLab table paints them: one path for
    the grid and one text object for all the text, whatever the number of rows.
    """
    g = geometry
    everything = [header, *rows]
    height = sum(row.height for row in everything)
    lefts = [0.0, *accumulate(g.widths)]
    tops: list[float] = []
    top = height
    for row in everything:
        tops.append(top)
        top -= row.height

    canvas.saveState()
    canvas.setFillColor(HEADER_SHADE)
    canvas.rect(0, height - header.height, g.width, header.height, stroke=0, fill=1)
    canvas.setFillColor(ZEBRA_SHADE)
    for row, row_top in zip(rows, tops[1:], strict=True):
        if row.shaded:
            canvas.rect(0, row_top - row.height, g.width, row.height, stroke=0, fill=1)

    canvas.setFillColorRGB(0, 0, 0)
    text = canvas.beginText()
    size, leading = g.font_size, g.leading
    # The header is bold and centred vertically; body cells hang from the top padding.
    text.setFont(fonts.BOLD, size, leading)
    for column, lines in enumerate(header.cells):
        block = (g.bottom_padding + header.height - g.top_padding + len(lines) * leading) / 2
        baseline = height - header.height + block - size
        for line in lines:
            text.setTextOrigin(lefts[column] + g.padding, baseline)
            text.textOut(line)
            baseline -= leading
    text.setFont(fonts.REGULAR, size, leading)
    for row, row_top in zip(rows, tops[1:], strict=True):
        for column, lines in enumerate(row.cells):
            baseline = row_top - g.top_padding - size
            right = column in g.right_aligned and not row.spanned
            for line in lines:
                if right:
                    x = lefts[column + 1] - g.padding - fonts.text_width(line, size)
                else:
                    x = lefts[column] + g.padding
                text.setTextOrigin(x, baseline)
                text.textOut(line)
                baseline -= leading
    canvas.drawText(text)

    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(GRID_WIDTH)
    path = canvas.beginPath()
    for y in [*tops, 0.0]:
        path.moveTo(0, y)
        path.lineTo(g.width, y)
    # Vertical rules run through whole stretches of ordinary rows; a spanned row has none.
    stretch_top: float | None = None
    for row, row_top in zip(everything, tops, strict=True):
        if row.spanned:
            if stretch_top is not None:
                _verticals(path, lefts, stretch_top, row_top, inner=True)
                stretch_top = None
            _verticals(path, lefts, row_top, row_top - row.height, inner=False)
        elif stretch_top is None:
            stretch_top = row_top
    if stretch_top is not None:
        _verticals(path, lefts, stretch_top, 0.0, inner=True)
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()
    return height


def _verticals(path: Any, lefts: list[float], top: float, bottom: float, *, inner: bool) -> None:
    for x in lefts if inner else (lefts[0], lefts[-1]):
        path.moveTo(x, top)
        path.lineTo(x, bottom)


class RegisterRenderer:
    """Renders a :class:`RegisterData` to PDF bytes.

    Hooks for a variant: ``_get_stylesheet``, ``_get_story``, ``_heading``, ``_table``,
    ``_row_texts`` (the texts of one row), ``_on_page`` (the footer drawn on every page; the
    page count comes from the canvas).
    """

    title = "BUKU REGISTRASI PENGADUAN"
    margins: Margins = REPORT_MARGINS
    font_size = 7.5
    leading = 9.0
    padding = 2.5
    columns: tuple[tuple[str, float], ...] = (
        ("No", 10),
        ("Nomor agenda", 34),
        ("Diterima", 23),
        ("Saluran", 22),
        ("Pelapor", 32),
        ("Perihal", 63),
        ("Bidang", 28),
        ("Posisi/Status", 31),
        ("Batas waktu", 19),
    )
    """Header and relative width (millimetres on A4 landscape; scaled to the frame)."""
    identity_columns = 2
    """Leading columns repeated on every piece of a row taller than a page."""

    def __init__(self, data: RegisterData, paper: Paper = A4) -> None:
        self.data = data
        self.paper = paper.landscape
        self.frame_width = self.paper.width - self.margins.left - self.margins.right
        self.frame_height = self.paper.height - self.margins.top - self.margins.bottom
        total = sum(width for _, width in self.columns)
        self.widths = [self.frame_width * width / total for _, width in self.columns]
        self.geometry = TableGeometry(
            tuple(self.widths), self.font_size, self.leading, self.padding
        )

    def render(self) -> bytes:
        buffer = io.BytesIO()
        margins = self.margins
        document = BaseDocTemplate(
            buffer,
            pagesize=self.paper.size,
            leftMargin=margins.left,
            rightMargin=margins.right,
            topMargin=margins.top,
            bottomMargin=margins.bottom,
            title=f"Buku Registrasi Pengaduan {period_text(self.data.dari, self.data.sampai)}",
            author=self.data.kop.nama_dinas,
            subject="Buku Registrasi Pengaduan",
            creator=APP_NAME,
        )
        frame = Frame(
            margins.left,
            margins.bottom,
            self.frame_width,
            self.frame_height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        document.addPageTemplates([PageTemplate("register", [frame], onPage=self._on_page)])
        document.build(self._get_story(), canvasmaker=NumberedCanvas)
        return buffer.getvalue()

    # -- hooks ------------------------------------------------------------------------------

    def _get_stylesheet(self) -> dict[str, Any]:
        styles = stylesheet()
        return {"title": styles["title"], "centered": styles["centered"], "small": styles["small"]}

    def _get_story(self) -> list[Flowable]:
        return [*self._heading(), self._table()]

    def _heading(self) -> list[Flowable]:
        styles = self._get_stylesheet()
        data = self.data
        story: list[Flowable] = [Kop(data.kop, FULL)]
        story.append(Paragraph(escape(self.title), styles["title"]))
        story.append(
            Paragraph(f"Periode {escape(period_text(data.dari, data.sampai))}", styles["centered"])
        )
        notes = [f"Jumlah: {len(data.rows)} pengaduan, urut waktu diterima."]
        if data.masked_for_pimpinan:
            notes.append("Salinan untuk pimpinan: nama pelapor yang dirahasiakan disamarkan.")
        story.append(Spacer(0, 2 * mm))
        story.append(Paragraph(" ".join(notes), styles["small"]))
        story.append(Spacer(0, 1.5 * mm))
        return story

    def _table(self) -> Flowable:
        g = self.geometry
        header = self._layout_row([name for name, _ in self.columns], bold=True)
        rows: list[TableRow] = []
        for number, row in enumerate(self.data.rows, 1):
            laid = self._layout_row(self._row_texts(number, row))
            rows += self._pieces(laid, shaded=number % 2 == 0, header=header)
        if not rows:
            lines = _wrapped(EMPTY_TEXT, g.width - 2 * g.padding, g.font_size, False)
            blank: tuple[tuple[str, ...], ...] = ((),) * (len(self.columns) - 1)
            rows = [TableRow((lines, *blank), g.row_height(len(lines)), spanned=True)]
        return RegisterTable(g, header, rows)

    def _row_texts(self, number: int, row: RegisterRow) -> list[str]:
        posisi = row.posisi if row.posisi == row.status else f"{row.posisi}\n{row.status}"
        return [
            str(number),
            row.nomor_agenda,
            _moment(row.diterima),
            row.saluran,
            row.pelapor,
            row.perihal,
            row.bidang,
            posisi.strip(),
            _day(row.batas_waktu),
        ]

    def _layout_row(self, texts: Sequence[str], *, bold: bool = False) -> TableRow:
        g = self.geometry
        cells = tuple(
            _wrapped(text, width - 2 * g.padding, g.font_size, bold)
            for text, width in zip(texts, g.widths, strict=True)
        )
        return TableRow(cells, g.row_height(max(len(lines) for lines in cells)))

    def _pieces(self, row: TableRow, *, shaded: bool, header: TableRow) -> list[TableRow]:
        """The row, or page-high pieces of it when it is taller than a page under the header."""
        g = self.geometry
        page_room = self.frame_height - header.height
        if row.height <= page_room:
            return [TableRow(row.cells, row.height, shaded)]
        per_piece = g.lines_per_piece(page_room)
        total = max(len(lines) for lines in row.cells)
        pieces = []
        for first in range(0, total, per_piece):
            cells = tuple(lines[first : first + per_piece] for lines in row.cells)
            if first:  # a continuation names its row again: number and nomor agenda
                cells = (*row.cells[: self.identity_columns], *cells[self.identity_columns :])
            count = max(len(lines) for lines in cells)
            pieces.append(TableRow(cells, g.row_height(count), shaded))
        return pieces

    def _on_page(self, canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, NumberedCanvas.footer_font_size)
        data = self.data
        canvas.drawString(
            self.margins.left,
            14.0,
            f"Buku Registrasi Pengaduan · {data.kop.nama_dinas} · "
            f"{period_text(data.dari, data.sampai)}",
        )
        canvas.restoreState()


def render_register_pdf(data: RegisterData, paper: Paper = A4) -> bytes:
    """The register on ``paper`` turned landscape (A4 or F4)."""
    return RegisterRenderer(data, paper).render()
