"""The lembar arsip: a slip cut out and stuck on (or slid into) the case's folder.

It carries what the records room files by: nomor agenda, kode klasifikasi, uraian, kurun
waktu, where the folder is kept (lemari, boks, map: boxes to write in when not yet known) and
how long it is kept. A dashed outline marks where to cut; the rest of the sheet stays blank.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import black
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from desktop import fonts
from desktop.documents.catalog import RenderedDocument
from desktop.documents.data import ArchiveSlipData
from desktop.documents.kop import COMPACT, Kop
from desktop.documents.paper import A4, Paper
from desktop.documents.renderer import DocumentRenderer, file_safe, paper_named

if TYPE_CHECKING:
    from desktop.models.accounts import User
    from desktop.models.desk import Desk


class ArchiveSlipRenderer(DocumentRenderer):
    """One slip at the top of the sheet, inside a dashed cut outline."""

    paper = A4
    subject = "Lembar Arsip"
    slip_width = 180 * mm  # wider than a folder's spine label, narrower than any paper we print
    inner_padding = 5 * mm
    label_width = 32 * mm
    place_box_height = 11 * mm

    def __init__(self, data: ArchiveSlipData, *, paper: Paper | None = None) -> None:
        super().__init__(paper=paper)
        self.data = data

    def _title(self) -> str:
        return f"Lembar Arsip {self.data.nomor_agenda}"

    def _author(self) -> str:
        return self.data.kop.nama_dinas

    @property
    def width(self) -> float:
        return float(min(self.slip_width, self.frame_width))

    def _get_story(self, styles: StyleSheet1) -> list[Flowable]:
        inner = self.width - 2 * self.inner_padding
        content = [
            Kop(self.data.kop, COMPACT),
            Paragraph("LEMBAR ARSIP / LABEL MAP", styles["form_title"]),
            self._fields(styles, inner),
        ]
        outline = Table(
            [[content]],
            colWidths=[self.width],
            style=TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                    ("BOX", (0, 0), (-1, -1), 0.6, black, None, (4, 3)),
                    ("LEFTPADDING", (0, 0), (-1, -1), self.inner_padding),
                    ("RIGHTPADDING", (0, 0), (-1, -1), self.inner_padding),
                    ("TOPPADDING", (0, 0), (-1, -1), self.inner_padding),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), self.inner_padding),
                ]
            ),
        )
        outline.hAlign = "CENTER"
        return [outline]

    def _fields(self, styles: StyleSheet1, width: float) -> Table:
        data = self.data
        form = styles["form"]
        big = ParagraphStyle("nomor", parent=styles["form_label"], fontSize=14, leading=17)
        code = ParagraphStyle("kode", parent=styles["form_label"], fontSize=11, leading=13)
        place = ParagraphStyle(
            "tempat", parent=styles["form_label"], fontSize=11, leading=13, alignment=TA_CENTER
        )

        def p(text: str, style: ParagraphStyle = form) -> Paragraph:
            return Paragraph(text, style)

        value_width = width - self.label_width
        gap = 4 * mm
        box = (value_width - 8 - 2 * gap) / 3  # the cell's own padding is 4 pt a side
        places = Table(
            [
                [p("Lemari"), "", p("Boks"), "", p("Map")],
                [p(escape(value), place) if value else "" for value in self._places()],
            ],
            colWidths=[box, gap, box, gap, box],
            rowHeights=[None, self.place_box_height],
            style=TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ("VALIGN", (0, 1), (-1, 1), "MIDDLE"),
                    *[("BOX", (col, 1), (col, 1), 0.7, black) for col in (0, 2, 4)],
                ]
            ),
        )
        rows: list[list[Any]] = [
            [p("Nomor agenda"), p(escape(data.nomor_agenda), big)],
            [p("Kode klasifikasi"), p(escape(data.kode_klasifikasi), code)],
            [p("Uraian"), p(escape(data.uraian))],
            [p("Kurun waktu"), p(escape(data.kurun_waktu))],
            [p("Lokasi simpan"), places],
            [p("Retensi"), p(escape(data.retensi) or "-")],
        ]
        return Table(
            rows,
            colWidths=[self.label_width, value_width],
            style=TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("VALIGN", (0, 0), (0, 1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("GRID", (0, 0), (-1, -1), 0.7, black),
                ]
            ),
        )

    def _places(self) -> list[str]:
        return [self.data.lemari, "", self.data.boks, "", self.data.map]


def render_archive_slip(data: ArchiveSlipData, paper: Paper = A4) -> bytes:
    return ArchiveSlipRenderer(data, paper=paper).render()


def for_case(desk: Desk, case_id: str, viewer: User, **options: object) -> RenderedDocument:
    """Options: ``paper`` ("A4" default, "F4", "half-folio"); ``kode_klasifikasi``,
    ``lemari``, ``boks``, ``map``, ``retensi`` (text; the defaults are in
    :mod:`desktop.documents.sources`)."""
    from desktop.documents.sources import archive_slip_data

    paper = paper_named(options.get("paper"), A4)
    texts = {
        key: str(value)
        for key in ("kode_klasifikasi", "lemari", "boks", "map", "retensi")
        if (value := options.get(key)) is not None
    }
    data = archive_slip_data(desk, case_id, viewer, **texts)
    return RenderedDocument(
        title=f"Lembar Arsip {data.nomor_agenda}",
        filename=f"Lembar Arsip {file_safe(data.nomor_agenda)}.pdf",
        pdf=render_archive_slip(data, paper),
    )
