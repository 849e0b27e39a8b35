"""The base every printed document builds on: paper, margins, story, page callbacks, bytes out.

Subclasses set layout constants as class attributes and override the hooks (``_get_story``,
``_on_first_page``, ``_on_later_pages``, ``_get_stylesheet``) instead of repeating the
``BaseDocTemplate`` plumbing. Every canvas starts on the bundled Liberation Sans so a PDF never
names Helvetica, a font the office PC may substitute and the PDF would not embed.
"""

from __future__ import annotations

import io
from typing import Any, ClassVar

from reportlab import rl_config
from reportlab.lib.styles import StyleSheet1
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop import APP_NAME, fonts
from desktop.documents.numbered_canvas import NumberedCanvas
from desktop.documents.paper import A4, FORM_MARGINS, PAPERS, Margins, Paper
from desktop.documents.styles import stylesheet

# Streams stay binary: ASCII85 makes every PDF a quarter larger and, without ReportLab's
# optional C accelerator, encoding the font subsets and the logo cost most of a render.
rl_config.useA85 = 0


class FormCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type hints
    """A plain canvas whose initial font is the embedded one (no page numbers)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        fonts.register_pdf_fonts()
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = fonts.REGULAR
        super().__init__(*args, **kwargs)


def paper_named(name: object, default: Paper) -> Paper:
    """The paper for a ``paper`` option ("A4", "F4", "half-folio"); ``default`` when unset.

    Raises:
        KeyError: with an Indonesian message naming the sizes that exist.
    """
    if name is None or name == "":
        return default
    if isinstance(name, Paper):
        return name
    key = str(name)
    for known, paper in PAPERS.items():
        if key.casefold() in {known.casefold(), paper.name.casefold()}:
            return paper
    raise KeyError(f"Ukuran kertas '{key}' tidak dikenal; pilih: {', '.join(PAPERS)}")


def file_safe(nomor_agenda: str) -> str:
    """A nomor agenda usable in a file name (``ADU/2026/TU1/0001`` -> ``ADU-2026-TU1-0001``)."""
    return "".join("-" if char in '/\\:*?"<>|' else char for char in nomor_agenda).strip()


class DocumentRenderer:
    """Renders one document to PDF bytes.

    Class attributes are the layout constants a subclass changes; ``numbered`` switches to
    :class:`NumberedCanvas` for "Halaman X dari Y" on documents that may run over a page.
    """

    paper: Paper = A4
    margins: Margins = FORM_MARGINS
    numbered: ClassVar[bool] = False
    subject: ClassVar[str] = ""

    def __init__(self, *, paper: Paper | None = None) -> None:
        if paper is not None:
            self.paper = paper

    # -- hooks ------------------------------------------------------------------------------

    def _get_stylesheet(self) -> StyleSheet1:
        return stylesheet()

    def _get_story(self, styles: StyleSheet1) -> list[Flowable]:
        raise NotImplementedError

    def _title(self) -> str:
        return self.subject

    def _author(self) -> str:
        return ""

    def _on_first_page(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        """Drawn under the story of the first page (cut lines, watermarks)."""

    def _on_later_pages(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        """Drawn under the story of every later page."""

    # -- plumbing ---------------------------------------------------------------------------

    @property
    def frame_width(self) -> float:
        return self.paper.width - self.margins.left - self.margins.right

    @property
    def frame_height(self) -> float:
        return self.paper.height - self.margins.top - self.margins.bottom

    def _frames(self) -> list[Frame]:
        """The frames of every page: one filling the margins (a receipt has two halves)."""
        return [
            self._frame_at(
                self.margins.left, self.margins.bottom, self.frame_width, self.frame_height
            )
        ]

    @staticmethod
    def _frame_at(x: float, y: float, width: float, height: float, name: str = "isi") -> Frame:
        return Frame(
            x,
            y,
            width,
            height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=name,
        )

    def render(self) -> bytes:
        fonts.register_pdf_fonts()
        buffer = io.BytesIO()
        document = BaseDocTemplate(
            buffer,
            pagesize=self.paper.size,
            leftMargin=self.margins.left,
            rightMargin=self.margins.right,
            topMargin=self.margins.top,
            bottomMargin=self.margins.bottom,
            title=self._title(),
            author=self._author(),
            subject=self.subject,
            creator=APP_NAME,
        )
        document.addPageTemplates(
            [
                PageTemplate(
                    "pertama",
                    self._frames(),
                    onPage=self._on_first_page,
                    autoNextPageTemplate="lanjutan",
                ),
                PageTemplate("lanjutan", self._frames(), onPage=self._on_later_pages),
            ]
        )
        story = self._get_story(self._get_stylesheet())
        canvasmaker = NumberedCanvas if self.numbered else FormCanvas
        document.build(story, canvasmaker=canvasmaker)
        return buffer.getvalue()
