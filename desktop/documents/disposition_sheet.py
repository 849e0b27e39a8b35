"""The Lembar Disposisi: the ruled half-folio form the Kepala Dinas disposes a complaint on.

Printed filled from the last recorded disposition, or blank (boxes and dotted lines) so the
disposition can be written by hand and recorded afterwards. It leaves the complaint team, so
its data comes from :func:`~desktop.documents.sources.disposition_sheet_data`, which masks a
*rahasia* complainant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import black
from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop import fonts
from desktop.documents.catalog import RenderedDocument
from desktop.documents.data import DispositionSheetData
from desktop.documents.dates import tanggal
from desktop.documents.form_parts import RuledLines, TickList
from desktop.documents.kop import COMPACT, Kop
from desktop.documents.paper import HALF_FOLIO, Paper
from desktop.documents.renderer import DocumentRenderer, file_safe, paper_named
from desktop.models.vocabulary import INSTRUKSI_LABELS, Instruksi, Sifat

if TYPE_CHECKING:
    from desktop.models.accounts import User
    from desktop.models.desk import Desk

SIFAT_BOXES = (Sifat.SANGAT_SEGERA, Sifat.SEGERA, Sifat.RAHASIA)
"""The three boxes of the printed form (an ordinary disposition ticks none)."""


class DispositionSheetRenderer(DocumentRenderer):
    """Half folio portrait by default; on A4 the writing areas grow to use the page."""

    paper = HALF_FOLIO
    subject = "Lembar Disposisi"
    labels = ("Surat dari", "Nomor surat", "Tanggal surat", "Diterima tanggal", "Nomor agenda")
    label_size = 8.5
    colon_width = 2.5 * mm
    padding = 3.0
    grid_width = 0.7
    min_catatan_lines = 3
    max_catatan_lines = 14  # on A4 more lines would only look like an exercise book

    def __init__(self, data: DispositionSheetData, *, paper: Paper | None = None) -> None:
        super().__init__(paper=paper)
        self.data = data

    def _title(self) -> str:
        return f"Lembar Disposisi {self.data.nomor_agenda}"

    def _author(self) -> str:
        return self.data.kop.nama_dinas

    @property
    def label_width(self) -> float:
        widest = max(fonts.text_width(text, self.label_size) for text in self.labels)
        return widest + 2 * self.padding + 1

    @property
    def kepada_lines(self) -> int:
        return 8 if self.paper.height > HALF_FOLIO.height + 10 * mm else 5

    def _get_story(self, styles: StyleSheet1) -> list[Flowable]:
        """The form fills the page: lines for the Catatan take up what is left (up to a cap)."""
        head: list[Flowable] = [
            Kop(self.data.kop, COMPACT),
            Paragraph("LEMBAR DISPOSISI", styles["form_title"]),
        ]
        used = sum(item.wrap(self.frame_width, self.frame_height)[1] for item in head)
        used += styles["form_title"].spaceBefore + styles["form_title"].spaceAfter
        table = self._table(styles, catatan_lines=self.min_catatan_lines)
        used += table.wrap(self.frame_width, self.frame_height)[1]
        spare = self.frame_height - used - 2  # rounding in the frame's own arithmetic
        extra = max(int(spare // RuledLines.default_leading), 0)
        extra = min(extra, self.max_catatan_lines - self.min_catatan_lines)
        if extra:
            table = self._table(styles, catatan_lines=self.min_catatan_lines + extra)
        return [*head, table]

    def _table(self, styles: StyleSheet1, *, catatan_lines: int) -> Table:
        data = self.data
        form, label = styles["form"], styles["form_label"]

        def text(value: str, empty: str = "-") -> Paragraph:
            return Paragraph(escape(value.strip()) or empty, form)

        def name(value: str) -> Paragraph:
            return Paragraph(escape(value), form)

        colon = Paragraph(":", form)
        sifat_ticks = TickList(
            [(s.label, data.recorded and data.sifat == s.value) for s in SIFAT_BOXES]
        )
        instruksi = [
            (INSTRUKSI_LABELS[item], data.recorded and item.value in data.instruksi)
            for item in Instruksi
        ]
        instruksi.append((data.instruksi_lain.strip(), bool(data.instruksi_lain.strip())))
        kepada = RuledLines(data.diteruskan_kepada, min_lines=self.kepada_lines, numbered=True)
        catatan = RuledLines([data.catatan], min_lines=catatan_lines)
        batas: Flowable = (
            text(tanggal(data.batas_waktu))
            if data.batas_waktu is not None
            else RuledLines([], min_lines=1)
        )
        paraf: list[Flowable] = [Spacer(1, 12 * mm)]
        if data.dari.strip():
            paraf.append(Paragraph(escape(data.dari), styles["form_small"]))
        rows: list[list[Any]] = [
            [
                name("Surat dari"),
                colon,
                text(data.surat_dari),
                name("Diterima tanggal"),
                colon,
                text(tanggal(data.diterima_tanggal)),
            ],
            [
                name("Nomor surat"),
                colon,
                text(data.nomor_surat),
                name("Nomor agenda"),
                colon,
                Paragraph(escape(data.nomor_agenda), label),
            ],
            [
                name("Tanggal surat"),
                colon,
                text(tanggal(data.tanggal_surat)),
                name("Sifat"),
                colon,
                sifat_ticks,
            ],
            [name("Perihal"), colon, text(data.perihal), "", "", ""],
            [
                [Paragraph("Diteruskan kepada Sdr.:", label), Spacer(1, 2), kepada],
                "",
                "",
                [Paragraph("Dengan hormat harap:", label), Spacer(1, 3), TickList(instruksi)],
                "",
                "",
            ],
            [[Paragraph("Catatan:", label), Spacer(1, 2), catatan], "", "", "", "", ""],
            [name("Batas waktu"), colon, batas, name("Paraf"), colon, paraf],
        ]
        half = self.frame_width / 2
        value = half - self.label_width - self.colon_width
        table = Table(
            rows,
            colWidths=[self.label_width, self.colon_width, value] * 2,
            style=self._table_style(),
        )
        return table

    def _table_style(self) -> TableStyle:
        pad = self.padding
        return TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
                ("LEFTPADDING", (1, 0), (1, -1), 0),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("LEFTPADDING", (4, 0), (4, -1), 0),
                ("RIGHTPADDING", (4, 0), (4, -1), 0),
                ("BOX", (0, 0), (-1, -1), self.grid_width * 1.4, black),
                ("LINEBELOW", (0, 2), (-1, -1), self.grid_width, black),
                ("LINEAFTER", (2, 0), (2, 2), self.grid_width, black),
                ("LINEAFTER", (2, 4), (2, 4), self.grid_width, black),
                ("LINEAFTER", (2, 6), (2, 6), self.grid_width, black),
                ("SPAN", (2, 3), (5, 3)),
                ("SPAN", (0, 4), (2, 4)),
                ("SPAN", (3, 4), (5, 4)),
                ("SPAN", (0, 5), (5, 5)),
            ]
        )


def render_disposition_sheet(data: DispositionSheetData, paper: Paper = HALF_FOLIO) -> bytes:
    return DispositionSheetRenderer(data, paper=paper).render()


def for_case(desk: Desk, case_id: str, viewer: User, **options: object) -> RenderedDocument:
    """Options: ``paper`` ("half-folio" default, "A4", "F4"); ``recorded`` (False: blank
    disposition boxes even when one is recorded)."""
    from desktop.documents.sources import disposition_sheet_data

    paper = paper_named(options.get("paper"), HALF_FOLIO)
    recorded = bool(options.get("recorded", True))
    data = disposition_sheet_data(desk, case_id, viewer, recorded=recorded)
    return RenderedDocument(
        title=f"Lembar Disposisi {data.nomor_agenda}",
        filename=f"Lembar Disposisi {file_safe(data.nomor_agenda)}.pdf",
        pdf=render_disposition_sheet(data, paper),
    )
