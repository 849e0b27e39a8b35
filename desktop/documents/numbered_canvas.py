"""A canvas that knows the page count, for "Halaman X dari Y" footers."""

from __future__ import annotations

from typing import Any

from reportlab.pdfgen.canvas import Canvas

from desktop import fonts


class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type hints
    """Defers each page until the end so the footer can print the total number of pages."""

    footer_font_size = 7.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Without this every page names Helvetica, a font we neither use nor embed.
        fonts.register_pdf_fonts()
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = fonts.REGULAR
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802  # ReportLab's name
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        width, _ = self._pagesize
        self.setFont(fonts.REGULAR, self.footer_font_size)
        self.drawRightString(width - 28.35, 14.0, f"Halaman {self._pageNumber} dari {total}")
