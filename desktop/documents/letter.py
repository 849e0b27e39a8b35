"""Surat dinas and its tembusan copies, in the Tata Naskah Dinas layout, A4 or F4.

Kop; place and date at the right; the Nomor / Sifat / Lampiran / Hal block (no Lampiran line
when there is none); "Yth." with the addressee lines, "di" and the place; justified body
paragraphs with a first-line indent; the signature block at the right (jabatan, room to sign,
name bold and underlined, pangkat, NIP); the numbered tembusan. A draft carries a KONSEP
watermark; a tembusan copy is marked SALINAN with its recipient at the top right. Several
letters (the copies) go into one PDF, each starting on a new page with its own page count.

The views and the command line use :func:`for_case`, :func:`tembusan_for_case` and
:func:`form_preview` (through :mod:`desktop.documents.catalog` for the first two).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop import APP_NAME, fonts
from desktop.documents.catalog import RenderedDocument
from desktop.documents.data import LetterData
from desktop.documents.dates import tanggal
from desktop.documents.kop import Kop
from desktop.documents.paper import A4, LETTER_MARGINS, Margins, Paper
from desktop.documents.renderer import FormCanvas, file_safe, paper_named

if TYPE_CHECKING:
    from desktop.models.accounts import User
    from desktop.models.desk import Desk
    from desktop.models.letters import LetterForm

LIST_ITEM = re.compile(r"^(\d{1,2}[.)]|[a-z][.)]|[-•])\s+")


class _LetterStart(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """Zero-size marker: from here on the pages belong to ``data`` (for page decorations)."""

    def __init__(self, renderer: LetterRenderer, data: LetterData) -> None:
        super().__init__()
        self.renderer = renderer
        self.data = data

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.renderer._begin_letter(self.data, self.canv.getPageNumber())


class LetterRenderer:
    """Renders one or more letters to PDF bytes.

    Layout constants are class attributes; ``_letter_story`` builds one letter and
    ``_decorate`` draws what sits outside the story (page number, SALINAN, KONSEP).
    """

    margins: Margins = LETTER_MARGINS
    font_size: ClassVar[float] = 12.0
    leading: ClassVar[float] = 15.0
    indent: ClassVar[float] = 12.5 * mm  # first line of a body paragraph
    label_width: ClassVar[float] = 24 * mm  # "Lampiran" column of the Nomor block
    yth_width: ClassVar[float] = 10 * mm
    signature_offset: ClassVar[float] = 0.5  # of the frame width, where the signature starts
    signature_space: ClassVar[float] = 20 * mm
    watermark = "KONSEP"

    def __init__(self, letters: Sequence[LetterData], paper: Paper = A4) -> None:
        if not letters:
            raise ValueError("no letters to render")
        self.letters = list(letters)
        self.paper = paper
        self._current: LetterData = self.letters[0]
        self._start_page = 1

    # -- styles -----------------------------------------------------------------------------

    def _styles(self) -> dict[str, ParagraphStyle]:
        base = ParagraphStyle(
            "surat",
            fontName=fonts.REGULAR,
            fontSize=self.font_size,
            leading=self.leading,
            alignment=TA_LEFT,
        )
        return {
            "plain": base,
            "right": ParagraphStyle("kanan", parent=base, alignment=TA_RIGHT),
            "body": ParagraphStyle(
                "isi", parent=base, alignment=TA_JUSTIFY, firstLineIndent=self.indent, spaceAfter=4
            ),
            "flush": ParagraphStyle("rata", parent=base, alignment=TA_JUSTIFY, spaceAfter=4),
            "item": ParagraphStyle("butir", parent=base, alignment=TA_JUSTIFY, spaceAfter=2),
            "small": ParagraphStyle("kecil", parent=base, fontSize=11, leading=13),
        }

    @property
    def frame_width(self) -> float:
        return self.paper.width - self.margins.left - self.margins.right

    # -- the story of one letter --------------------------------------------------------------

    def _letter_story(self, data: LetterData, styles: dict[str, ParagraphStyle]) -> list[Any]:
        story: list[Any] = [_LetterStart(self, data), Kop(data.kop)]
        place = f"{data.tempat}, " if data.tempat else ""
        story.append(Paragraph(escape(place + tanggal(data.tanggal)), styles["right"]))
        story.append(Spacer(1, 4 * mm))
        story.append(self._heading_block(data, styles))
        story.append(Spacer(1, 5 * mm))
        story.append(self._addressee_block(data, styles))
        story.append(Spacer(1, 5 * mm))
        story += self._body(data.body, styles)
        story.append(Spacer(1, 4 * mm))
        story.append(self._signature_block(data, styles))
        if data.tembusan:
            story.append(Spacer(1, 4 * mm))
            story.append(self._tembusan_block(data, styles))
        return story

    def _heading_block(self, data: LetterData, styles: dict[str, ParagraphStyle]) -> Table:
        rows = [("Nomor", data.nomor), ("Sifat", data.sifat)]
        if data.lampiran.strip():
            rows.append(("Lampiran", data.lampiran))
        rows.append(("Hal", data.hal))
        cells = [
            [Paragraph(label, styles["plain"]), ":", Paragraph(escape(value), styles["plain"])]
            for label, value in rows
        ]
        return self._table(cells, [self.label_width, 4 * mm, None])

    def _addressee_block(self, data: LetterData, styles: dict[str, ParagraphStyle]) -> Table:
        lines = list(data.kepada)
        place = ""
        if len(lines) >= 2 and lines[-2] == "di":
            place = lines[-1]
            lines = lines[:-2]
        cells: list[list[Any]] = []
        for number, line in enumerate(lines):
            cells.append(["Yth." if number == 0 else "", Paragraph(escape(line), styles["plain"])])
        if place:
            cells.append(["di", ""])
            cells.append(["", Paragraph(escape(place), styles["plain"])])
        return self._table(cells, [self.yth_width, None])

    def _body(self, body: str, styles: dict[str, ParagraphStyle]) -> list[Any]:
        """Paragraphs split on blank lines; lines inside a paragraph flow together, except
        list items ("1.", "a.", "-"), which hang under their marker. A short line ending in a
        comma or colon (the salutation "Dengan hormat,") stays flush left."""
        story: list[Any] = []
        for block in re.split(r"\n\s*\n", body.strip()):
            lines = [line.strip() for line in block.splitlines() if line.strip()]
            if not lines:
                continue
            if all(LIST_ITEM.match(line) for line in lines) or (
                LIST_ITEM.match(lines[0]) and len(lines) > 1
            ):
                story += self._list_items(lines, styles)
                continue
            text = escape(" ".join(lines))
            short = len(lines) == 1 and len(text) < 40 and text.endswith((",", ":"))
            story.append(Paragraph(text, styles["flush" if short else "body"]))
        return story

    def _list_items(self, lines: list[str], styles: dict[str, ParagraphStyle]) -> list[Any]:
        items: list[list[str]] = []
        for line in lines:
            if LIST_ITEM.match(line) or not items:
                items.append([line])
            else:
                items[-1].append(line)
        story: list[Any] = []
        for item in items:
            text = " ".join(item)
            match = LIST_ITEM.match(text)
            marker, rest = (match.group(1), text[match.end() :]) if match else ("", text)
            cells = [[marker, Paragraph(escape(rest), styles["item"])]]
            table = self._table(cells, [8 * mm, None], left=self.indent)
            story.append(table)
        story.append(Spacer(1, 4))
        return story

    def _signature_block(self, data: LetterData, styles: dict[str, ParagraphStyle]) -> Flowable:
        signer = data.penandatangan
        left = self.frame_width * self.signature_offset
        style = ParagraphStyle("ttd", parent=styles["plain"], leftIndent=left)
        jabatan = [escape(line.strip()) for line in signer.jabatan.splitlines() if line.strip()]
        if jabatan and not jabatan[-1].endswith(","):
            jabatan[-1] += ","
        parts: list[Any] = [Paragraph("<br/>".join(jabatan), style)]
        parts.append(Spacer(1, self.signature_space))
        parts.append(Paragraph(f"<u><b>{escape(signer.nama)}</b></u>", style))
        if signer.pangkat.strip():
            parts.append(Paragraph(escape(signer.pangkat), style))
        if signer.nip.strip():
            parts.append(Paragraph(f"NIP. {escape(signer.nip)}", style))
        return KeepTogether(parts)

    def _tembusan_block(self, data: LetterData, styles: dict[str, ParagraphStyle]) -> Flowable:
        """A table that may continue on the next page, never leaving its heading alone."""
        cells: list[list[Any]] = [[Paragraph("Tembusan:", styles["small"]), ""]]
        for number, line in enumerate(data.tembusan, start=1):
            text = line.rstrip()
            if not text.endswith((".", ";", ":")):
                text += "."
            cells.append([f"{number}.", Paragraph(escape(text), styles["small"])])
        table = self._table(cells, [7 * mm, None], size=11)
        table.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("NOSPLIT", (0, 0), (0, 1))]))
        return table

    def _table(
        self,
        cells: list[list[Any]],
        widths: list[float | None],
        *,
        left: float = 0.0,
        size: float | None = None,
    ) -> Table:
        if left and widths[0] is not None:
            widths = [widths[0] + left, *widths[1:]]  # the marker column carries the indent
        fixed = sum(width for width in widths if width is not None)
        resolved = [w if w is not None else self.frame_width - fixed for w in widths]
        table = Table(cells, colWidths=resolved, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), fonts.REGULAR, size or self.font_size),
                    ("LEADING", (0, 0), (-1, -1), self.leading),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("LEFTPADDING", (0, 0), (0, -1), left),
                ]
            )
        )
        return table

    # -- page decorations -------------------------------------------------------------------

    def _begin_letter(self, data: LetterData, page: int) -> None:
        self._current = data
        self._start_page = page

    def _decorate(self, canvas: Any, document: BaseDocTemplate) -> None:
        data = self._current
        page_in_letter = canvas.getPageNumber() - self._start_page + 1
        width, height = self.paper.size
        canvas.saveState()
        if page_in_letter > 1:
            canvas.setFont(fonts.REGULAR, 11)
            canvas.drawCentredString(width / 2, height - 12 * mm, f"- {page_in_letter} -")
        if data.copy_for is not None:
            self._copy_mark(canvas, data.copy_for)
        if data.draft:
            canvas.setFillColorRGB(0.55, 0.55, 0.55, alpha=0.22)
            canvas.setFont(fonts.BOLD, 110)
            canvas.translate(width / 2, height / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, -38, self.watermark)
        canvas.restoreState()

    def _copy_mark(self, canvas: Any, recipient: str) -> None:
        width, height = self.paper.size
        right = width - self.margins.right
        text = f"Tembusan untuk: {recipient}"
        size = 9.0
        available = self.frame_width * 0.6
        while fonts.text_width(text, size) > available and size > 6:
            size -= 0.5
        box_width = max(fonts.text_width(text, size), fonts.text_width("SALINAN", 11, bold=True))
        top = height - 5 * mm
        canvas.setLineWidth(0.8)
        canvas.rect(right - box_width - 8, top - 27, box_width + 8, 25, stroke=1, fill=0)
        canvas.setFont(fonts.BOLD, 11)
        canvas.drawRightString(right - 4, top - 13, "SALINAN")
        canvas.setFont(fonts.REGULAR, size)
        canvas.drawRightString(right - 4, top - 23, text)

    # -- plumbing ---------------------------------------------------------------------------

    def render(self) -> bytes:
        fonts.register_pdf_fonts()
        buffer = io.BytesIO()
        first = self.letters[0]
        document = BaseDocTemplate(
            buffer,
            pagesize=self.paper.size,
            leftMargin=self.margins.left,
            rightMargin=self.margins.right,
            topMargin=self.margins.top,
            bottomMargin=self.margins.bottom,
            title=f"Surat {first.nomor}",
            subject=first.hal,
            author=first.kop.nama_dinas,
            creator=APP_NAME,
        )
        frame = Frame(
            self.margins.left,
            self.margins.bottom,
            self.frame_width,
            self.paper.height - self.margins.top - self.margins.bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="isi",
        )
        document.addPageTemplates([PageTemplate("surat", [frame], onPageEnd=self._decorate)])
        styles = self._styles()
        story: list[Any] = []
        for number, data in enumerate(self.letters):
            if number:
                story.append(PageBreak())
            story += self._letter_story(data, styles)
        document.build(story, canvasmaker=FormCanvas)
        return buffer.getvalue()


def render_letter(data: LetterData, paper: Paper = A4) -> bytes:
    """One letter as PDF bytes."""
    return LetterRenderer([data], paper).render()


def render_letters(letters: Sequence[LetterData], paper: Paper = A4) -> bytes:
    """Several letters (the tembusan copies) in one PDF, each from a new page."""
    return LetterRenderer(letters, paper).render()


def _option_int(value: object) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int):
        return value
    return int(str(value))


def _option_str(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


def for_case(desk: Desk, case_id: str, viewer: User, **options: object) -> RenderedDocument:
    """A letter of the case as it prints.

    Options: ``letter_id`` (id or nomor surat; default the newest letter), ``version``
    (default the latest; an older one prints as KONSEP), ``paper`` ("A4" default, "F4"),
    ``draft`` (True: KONSEP watermark; a letter with unfilled ``[[...]]`` parts always has it).

    Raises:
        NotAllowedError: the case has no such letter or version (Indonesian message).
    """
    from desktop.documents.letter_sources import letter_data

    paper = paper_named(options.get("paper"), A4)
    letter, data = letter_data(
        desk,
        case_id,
        viewer,
        letter_id=_option_str(options.get("letter_id")),
        version=_option_int(options.get("version")),
        draft=bool(options.get("draft", False)),
    )
    label = "Konsep surat" if data.draft else "Surat"
    return RenderedDocument(
        title=f"{label} {letter.nomor} — {data.hal}",
        filename=f"{label} {file_safe(letter.nomor)}.pdf",
        pdf=render_letter(data, paper),
    )


def tembusan_for_case(
    desk: Desk, case_id: str, viewer: User, **options: object
) -> RenderedDocument:
    """One copy of the letter per tembusan recipient, in one PDF. Options as :func:`for_case`.

    Raises:
        NotAllowedError: no such letter, or it has no tembusan.
    """
    from desktop.documents.letter_sources import tembusan_data

    paper = paper_named(options.get("paper"), A4)
    letter, copies = tembusan_data(
        desk,
        case_id,
        viewer,
        letter_id=_option_str(options.get("letter_id")),
        version=_option_int(options.get("version")),
        draft=bool(options.get("draft", False)),
    )
    return RenderedDocument(
        title=f"Tembusan surat {letter.nomor} ({len(copies)} salinan)",
        filename=f"Tembusan {file_safe(letter.nomor)}.pdf",
        pdf=render_letters(copies, paper),
    )


def form_preview(
    desk: Desk,
    case_id: str,
    viewer: User,
    form: LetterForm,
    *,
    letter_id: str | None = None,
    paper: str | Paper = "A4",
) -> RenderedDocument:
    """An unsaved letter form as it would print, with KONSEP: the editor's live preview."""
    from desktop.documents.letter_sources import form_data

    data = form_data(desk, case_id, viewer, form, letter_id=letter_id)
    return RenderedDocument(
        title=f"Konsep surat {data.nomor} — {data.hal}",
        filename=f"Konsep surat {file_safe(data.nomor)}.pdf",
        pdf=render_letter(data, paper_named(paper, A4)),
    )
