"""The one style sheet every document shares, on the bundled font."""

from __future__ import annotations

from functools import cache

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle, StyleSheet1

from desktop import fonts


@cache
def stylesheet() -> StyleSheet1:
    """Body, small, bold and title styles in Liberation Sans (embedded on use)."""
    fonts.register_pdf_fonts()
    sheet = StyleSheet1()
    sheet.add(ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9, leading=11.5))
    sheet.add(ParagraphStyle("small", parent=sheet["body"], fontSize=8, leading=10))
    sheet.add(ParagraphStyle("label", parent=sheet["body"], fontName=fonts.BOLD))
    sheet.add(
        ParagraphStyle(
            "title",
            parent=sheet["body"],
            fontName=fonts.BOLD,
            fontSize=11,
            leading=14,
            alignment=TA_CENTER,
        )
    )
    sheet.add(ParagraphStyle("centered", parent=sheet["body"], alignment=TA_CENTER))
    return sheet
