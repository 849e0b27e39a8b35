"""Buku Registrasi Pengaduan: every complaint received in a period, one row each, landscape.

The table's header row repeats on every page and each page says "Halaman X dari Y". A cell is
a wrapping paragraph only when its text is wider than its column: plain cells cost a fraction
of a paragraph, which keeps a register of thousands of rows quick to print.
"""

from __future__ import annotations

import io
from datetime import datetime
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from desktop import APP_NAME, fonts
from desktop.documents.data import Letterhead, RegisterData, RegisterRow
from desktop.documents.dates import tanggal
from desktop.documents.numbered_canvas import NumberedCanvas
from desktop.documents.paper import A4, REPORT_MARGINS, Margins, Paper
from desktop.documents.styles import stylesheet

HEADER_SHADE = Color(0.85, 0.88, 0.93)
ZEBRA_SHADE = Color(0.95, 0.96, 0.98)
GRID = Color(0.55, 0.58, 0.63)


def period_text(start: Any, end: Any) -> str:
    """``1 Maret 2026 s.d. 31 Maret 2026``."""
    return f"{tanggal(start)} s.d. {tanggal(end)}"


def kop_story(kop: Letterhead, width: float) -> list[Flowable]:
    """A plain text letterhead (government, office, address) closed by a double rule."""
    styles = stylesheet()
    centered = styles["centered"]
    lines: list[Flowable] = []
    if kop.pemerintah:
        lines.append(Paragraph(f"<b>{escape(kop.pemerintah.upper())}</b>", centered))
    lines.append(
        Paragraph(
            f"<font size=12><b>{escape(kop.nama_dinas.upper())}</b></font>",
            _style(centered, leading=15),
        )
    )
    contacts = [kop.alamat, kop.telepon and f"Telepon {kop.telepon}", kop.email, kop.website]
    contact_line = " · ".join(escape(item) for item in contacts if item)
    if contact_line:
        lines.append(Paragraph(contact_line, _style(centered, fontSize=7.5, leading=9.5)))
    lines += [
        Spacer(0, 1.5 * mm),
        HRFlowable(width=width, thickness=1.4, color=Color(0, 0, 0), spaceAfter=0.8),
        HRFlowable(width=width, thickness=0.4, color=Color(0, 0, 0), spaceAfter=3 * mm),
    ]
    return lines


def _style(parent: Any, **changes: Any) -> ParagraphStyle:
    return ParagraphStyle(f"{parent.name}-{len(changes)}", parent=parent, **changes)


@lru_cache(maxsize=4096)
def _width(text: str, size: float) -> float:
    """Cached: saluran, bidang, status and names repeat across thousands of rows."""
    return float(stringWidth(text, fonts.REGULAR, size))


def _moment(value: datetime | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y %H.%M")


def _day(value: datetime | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y")


class RegisterRenderer:
    """Renders a :class:`RegisterData` to PDF bytes.

    Hooks for a variant: ``_get_stylesheet``, ``_get_story``, ``_heading``, ``_table``,
    ``_on_page`` (the footer drawn on every page; the page count comes from the canvas).
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

    def __init__(self, data: RegisterData, paper: Paper = A4) -> None:
        self.data = data
        self.paper = paper.landscape
        self.frame_width = self.paper.width - self.margins.left - self.margins.right
        total = sum(width for _, width in self.columns)
        self.widths = [self.frame_width * width / total for _, width in self.columns]

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
            self.paper.height - margins.top - margins.bottom,
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
        cell = _style(styles["body"], fontSize=self.font_size, leading=self.leading)
        return {
            "cell": cell,
            "title": styles["title"],
            "centered": styles["centered"],
            "small": styles["small"],
        }

    def _get_story(self) -> list[Flowable]:
        return [*self._heading(), self._table()]

    def _heading(self) -> list[Flowable]:
        styles = self._get_stylesheet()
        data = self.data
        story = kop_story(data.kop, self.frame_width)
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
        styles = self._get_stylesheet()
        cell = styles["cell"]
        header = [Paragraph(f"<b>{escape(name)}</b>", cell) for name, _ in self.columns]
        body = [self._row(number, row, cell) for number, row in enumerate(self.data.rows, 1)]
        if not body:
            body = [["Tidak ada pengaduan yang diterima pada periode ini.", *[""] * 8]]
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("FONTSIZE", (0, 0), (-1, -1), self.font_size),
            ("LEADING", (0, 0), (-1, -1), self.leading),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), self.padding),
            ("RIGHTPADDING", (0, 0), (-1, -1), self.padding),
            ("TOPPADDING", (0, 0), (-1, -1), 1.8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_SHADE),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, ZEBRA_SHADE]),
            ("GRID", (0, 0), (-1, -1), 0.35, GRID),
            ("ALIGN", (0, 1), (0, -1), "RIGHT"),
        ]
        if not self.data.rows:
            commands.append(("SPAN", (0, 1), (-1, 1)))
        table = LongTable([header, *body], colWidths=self.widths, repeatRows=1)
        table.setStyle(TableStyle(commands))
        return table

    def _row(self, number: int, row: RegisterRow, style: Any) -> list[Any]:
        posisi = row.posisi if row.posisi == row.status else f"{row.posisi}\n{row.status}"
        values = (
            str(number),
            row.nomor_agenda,
            _moment(row.diterima),
            row.saluran,
            row.pelapor,
            row.perihal,
            row.bidang,
            posisi.strip(),
            _day(row.batas_waktu),
        )
        cells = zip(values, self.widths, strict=True)
        return [self._cell(text, width, style) for text, width in cells]

    def _cell(self, text: str, width: float, style: Any) -> Any:
        """Plain text when every line fits the column, else a wrapping paragraph."""
        room = width - 2 * self.padding
        lines = text.split("\n")
        if all(_width(line, self.font_size) <= room for line in lines):
            return text
        return Paragraph("<br/>".join(escape(line) for line in lines), style)

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
