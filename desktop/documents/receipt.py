"""The tanda terima pengaduan handed (or sent) to the complainant.

On A4 or F4 the sheet holds two identical halves with a cut line between them: the top one
goes to the complainant, the bottom one stays in the file as proof of what was handed over.
Every office printer takes A4, so the counter needs no special paper and one print gives both
copies. On half folio each copy gets its own page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepInFrame,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop import fonts
from desktop.documents.catalog import RenderedDocument
from desktop.documents.data import ReceiptData
from desktop.documents.dates import tanggal, tanggal_jam
from desktop.documents.form_parts import draw_cut_line
from desktop.documents.kop import COMPACT, Kop
from desktop.documents.paper import A4, HALF_FOLIO, Paper
from desktop.documents.renderer import DocumentRenderer, file_safe, paper_named

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from desktop.models.accounts import User
    from desktop.models.desk import Desk

COPIES = ("Lembar 1: untuk pelapor", "Lembar 2: arsip petugas")


class ReceiptRenderer(DocumentRenderer):
    """Two copies of the receipt: halves of one A4/F4 page, or two half-folio pages."""

    paper = A4
    subject = "Tanda Terima Pengaduan"
    cut_gap = 8 * mm  # blank band around the cut line, so scissors never touch the text
    label_width = 38 * mm  # fits "Nomor pelacakan LAPOR!" on one line
    signature_width = 62 * mm
    signature_space = 15 * mm

    def __init__(self, data: ReceiptData, *, paper: Paper | None = None) -> None:
        super().__init__(paper=paper)
        self.data = data

    def _title(self) -> str:
        return f"Tanda Terima Pengaduan {self.data.nomor_agenda}"

    def _author(self) -> str:
        return self.data.kop.nama_dinas

    @property
    def halves(self) -> bool:
        return bool(self.paper.height > HALF_FOLIO.height + 20 * mm)

    @property
    def copy_height(self) -> float:
        if not self.halves:
            return self.frame_height
        return float(self.frame_height - self.cut_gap) / 2

    def _frames(self) -> list[Frame]:
        if not self.halves:
            return super()._frames()
        x, width = self.margins.left, self.frame_width
        top_y = self.margins.bottom + self.copy_height + self.cut_gap
        return [
            self._frame_at(x, top_y, width, self.copy_height, "atas"),
            self._frame_at(x, self.margins.bottom, width, self.copy_height, "bawah"),
        ]

    def _on_first_page(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        if self.halves:
            middle = self.margins.bottom + self.copy_height + self.cut_gap / 2
            draw_cut_line(canvas, 6 * mm, self.paper.width - 6 * mm, middle)

    def _get_story(self, styles: StyleSheet1) -> list[Flowable]:
        story: list[Flowable] = []
        for index, copy in enumerate(COPIES):
            if index:
                story.append(FrameBreak())
            # A very long perihal shrinks its copy rather than spilling into the other half.
            story.append(
                KeepInFrame(self.frame_width, self.copy_height, self._copy(styles, copy), "shrink")
            )
        return story

    def _copy(self, styles: StyleSheet1, copy: str) -> list[Flowable]:
        data = self.data
        form, label = styles["form"], styles["form_label"]
        tag = ParagraphStyle("tag", parent=styles["form_small"], alignment=TA_RIGHT)
        tag.fontName = fonts.ITALIC
        caption = ParagraphStyle("caption", parent=styles["centered"], fontSize=8, leading=9)

        def p(text: str, style: ParagraphStyle = form) -> Paragraph:
            return Paragraph(text, style)

        rows: list[list[Any]] = [
            [p("Diterima tanggal"), p(":"), p(escape(tanggal_jam(data.diterima)))],
            [p("Melalui saluran"), p(":"), p(escape(data.saluran))],
            [p("Nama pelapor"), p(":"), p(escape(data.pelapor) or "-")],
            [p("Perihal"), p(":"), p(escape(data.perihal))],
        ]
        if data.lapor_tracking.strip():
            rows.append(
                [p("Nomor pelacakan LAPOR!"), p(":"), p(escape(data.lapor_tracking), label)]
            )
        fields = Table(
            rows,
            colWidths=[self.label_width, 3 * mm, self.frame_width - self.label_width - 3 * mm],
            style=TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            ),
        )
        return [
            p(escape(copy), tag),
            Kop(data.kop, COMPACT),
            p("TANDA TERIMA PENGADUAN", styles["form_title"]),
            p("Nomor agenda", caption),
            p(escape(data.nomor_agenda), styles["form_number"]),
            fields,
            Spacer(1, 5),
            p("Cara menanyakan perkembangan", label),
            p(escape(data.cara_menanyakan or self._default_cara())),
            Spacer(1, 5),
            self._signature(styles),
        ]

    def _default_cara(self) -> str:
        return (
            "Untuk menanyakan perkembangan pengaduan ini, sebutkan nomor agenda "
            f"{self.data.nomor_agenda} kepada petugas pengaduan."
        )

    def _signature(self, styles: StyleSheet1) -> Table:
        data = self.data
        form = styles["form"]
        place = data.kop.kota.strip()
        when = tanggal(data.diterima)
        lines: list[Flowable] = [
            Paragraph(escape(f"{place}, {when}" if place else when), form),
            Paragraph("Petugas penerima,", form),
            Spacer(1, self.signature_space),
            Paragraph(f"<u>{escape(data.petugas.nama)}</u>", styles["form_label"]),
        ]
        if data.petugas.nip.strip():
            lines.append(Paragraph(escape(f"NIP. {data.petugas.nip}"), form))
        left = self.frame_width - self.signature_width
        return Table(
            [["", lines]],
            colWidths=[left, self.signature_width],
            style=TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        )


def render_receipt(data: ReceiptData, paper: Paper = A4) -> bytes:
    return ReceiptRenderer(data, paper=paper).render()


def for_case(desk: Desk, case_id: str, viewer: User, **options: object) -> RenderedDocument:
    """Options: ``paper`` ("A4" default: two copies on one sheet; "F4"; "half-folio")."""
    from desktop.documents.sources import receipt_data

    paper = paper_named(options.get("paper"), A4)
    data = receipt_data(desk, case_id, viewer)
    return RenderedDocument(
        title=f"Tanda Terima Pengaduan {data.nomor_agenda}",
        filename=f"Tanda Terima {file_safe(data.nomor_agenda)}.pdf",
        pdf=render_receipt(data, paper),
    )
