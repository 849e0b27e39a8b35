"""The SOP document: the identity page and the swimlane flowchart, A4 or F4 landscape.

Follows the Permenpan RB 35/2012 layout: an identity table (office, number, dates, approval,
legal basis, qualifications, links, equipment, warning, records), then the flowchart with its
mutu-baku columns, painted from the same geometry the screen shows.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, black
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop import APP_NAME, fonts
from desktop.documents.flowchart_canvas import FlowchartCanvasPainter
from desktop.documents.numbered_canvas import NumberedCanvas
from desktop.documents.styles import stylesheet
from desktop.flowchart.geometry import A4_LANDSCAPE, Layout, Page, PageSpec, Point
from desktop.flowchart.layout import layout_sop
from desktop.models.sop import Identity, Sop

HEADER_SHADE = Color(0.88, 0.90, 0.94)


class _GeometryPage(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """One laid-out flowchart page, drawn in page coordinates inside a margin-sized frame."""

    def __init__(self, page: Page, paper: PageSpec) -> None:
        super().__init__()
        self.page = page
        self.paper = paper

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.paper.content.w, self.paper.content.h

    def draw(self) -> None:
        # The frame's origin is the content's bottom-left corner: shift page coordinates so.
        painter = FlowchartCanvasPainter(
            self.canv,
            self.page.height,
            offset=Point(self.paper.margin, self.paper.margin),
        )
        painter.paint(self.page)


def _lines(items: Iterable[str]) -> str:
    numbered = [f"{n}. {escape(item)}" for n, item in enumerate(items, start=1)]
    return "<br/>".join(numbered) if numbered else "-"


def _text(value: str) -> str:
    return escape(value) if value.strip() else "-"


class SopDocumentRenderer:
    """Renders one SOP to PDF bytes. Subclass hooks: ``_identity_story``, ``_footer``."""

    footer_size = 7.0

    def __init__(self, sop: Sop, paper: PageSpec = A4_LANDSCAPE, layout: Layout | None = None):
        self.sop = sop
        self.paper = paper
        self._layout = layout

    @property
    def layout(self) -> Layout:
        if self._layout is None:
            self._layout = layout_sop(self.sop, self.paper)
        return self._layout

    def render(self) -> bytes:
        buffer = io.BytesIO()
        paper = self.paper
        document = BaseDocTemplate(
            buffer,
            pagesize=(paper.width, paper.height),
            leftMargin=paper.margin,
            rightMargin=paper.margin,
            topMargin=paper.margin,
            bottomMargin=paper.margin,
            title=f"SOP {self.sop.title}",
            author=self.sop.office,
            subject="Standar Operasional Prosedur",
            creator=APP_NAME,
        )
        frame_args: dict[str, Any] = {
            "leftPadding": 0,
            "rightPadding": 0,
            "topPadding": 0,
            "bottomPadding": 0,
        }
        content = paper.content
        identity_frame = Frame(content.x, content.y, content.w, content.h, **frame_args)
        flow_frame = Frame(content.x, content.y, content.w, content.h, **frame_args)
        document.addPageTemplates(
            [
                PageTemplate("identitas", [identity_frame], onPage=self._footer),
                PageTemplate("alur", [flow_frame], onPage=self._footer),
            ]
        )
        story: list[Flowable] = [*self._identity_story(), NextPageTemplate("alur"), PageBreak()]
        for index, page in enumerate(self.layout.pages):
            if index:
                story.append(PageBreak())
            story.append(_GeometryPage(page, paper))
        document.build(story, canvasmaker=NumberedCanvas)
        return buffer.getvalue()

    def _footer(self, canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, self.footer_size)
        canvas.drawString(self.paper.margin, 14.0, f"SOP {self.sop.title} — {self.sop.office}")
        canvas.restoreState()

    def _identity_story(self) -> list[Flowable]:
        styles = stylesheet()
        identity: Identity = self.sop.identity
        body, label, title = styles["body"], styles["label"], styles["title"]

        def p(text: str, style: Any = body) -> Paragraph:
            return Paragraph(text, style)

        office_lines = [
            escape(line)
            for line in (identity.pemerintah, identity.instansi or self.sop.office, identity.unit)
            if line
        ]
        approver = identity.disahkan_oleh
        signature = [escape(approver.jabatan), "", ""]  # room for the signature and stamp
        signature += [f"<u>{escape(approver.nama)}</u>"] if approver.nama else [""]
        signature += [escape(line) for line in (approver.pangkat,) if line]
        signature += [f"NIP. {escape(approver.nip)}"] if approver.nip else []
        approval = "<br/>".join(signature)
        rows = [
            ("Nomor SOP", _text(identity.nomor)),
            ("Tanggal Pembuatan", _text(identity.tanggal_pembuatan)),
            ("Tanggal Revisi", _text(identity.tanggal_revisi)),
            ("Tanggal Efektif", _text(identity.tanggal_efektif)),
            ("Disahkan oleh", approval if approver.nama or approver.jabatan else "-"),
            ("Nama SOP", f"<b>{escape(identity.nama_sop or self.sop.title)}</b>"),
        ]
        width = self.paper.content.w
        left = width * 0.42
        head = Table(
            [
                [p("<br/>".join(office_lines), title), p(rows[0][0], label), p(rows[0][1])],
                *[["", p(name, label), p(value)] for name, value in rows[1:]],
            ],
            colWidths=[left, width * 0.16, width - left - width * 0.16],
        )
        head.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                    ("GRID", (0, 0), (-1, -1), 0.5, black),
                    ("SPAN", (0, 0), (0, len(rows) - 1)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("VALIGN", (0, 0), (0, -1), "MIDDLE"),
                ]
            )
        )
        pairs = [
            (
                "Dasar Hukum",
                _lines(identity.dasar_hukum),
                "Kualifikasi Pelaksana",
                _lines(identity.kualifikasi_pelaksana),
            ),
            (
                "Keterkaitan",
                _lines(identity.keterkaitan),
                "Peralatan/Perlengkapan",
                _lines(identity.peralatan),
            ),
            (
                "Peringatan",
                _text(identity.peringatan),
                "Pencatatan dan Pendataan",
                _text(identity.pencatatan_pendataan),
            ),
        ]
        if identity.pengertian or identity.tujuan:
            pairs.insert(
                0, ("Pengertian", _lines(identity.pengertian), "Tujuan", _text(identity.tujuan))
            )
        if identity.unit_terkait or identity.dokumen_terkait:
            pairs.append(
                (
                    "Unit Terkait",
                    _lines(identity.unit_terkait),
                    "Dokumen Terkait",
                    _lines(identity.dokumen_terkait),
                )
            )
        cells: list[list[Any]] = []
        for left_title, left_text, right_title, right_text in pairs:
            cells.append([p(left_title + ":", label), p(right_title + ":", label)])
            cells.append([p(left_text), p(right_text)])
        details = Table(cells, colWidths=[width / 2, width / 2])
        style = [
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("BOX", (0, 0), (-1, -1), 0.5, black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("INNERGRID", (0, 0), (-1, -1), 0.5, black),
        ]
        style += [("BACKGROUND", (0, r), (-1, r), HEADER_SHADE) for r in range(0, len(cells), 2)]
        details.setStyle(TableStyle(style))
        return [head, Spacer(1, 8), details]


def render_sop_pdf(sop: Sop, paper: PageSpec = A4_LANDSCAPE) -> bytes:
    """The SOP document as PDF bytes."""
    return SopDocumentRenderer(sop, paper).render()
