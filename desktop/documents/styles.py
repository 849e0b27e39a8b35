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
    # Forms and slips (disposition sheet, receipt, archive label): a size smaller, tighter.
    sheet.add(ParagraphStyle("form", parent=sheet["body"], fontSize=8.5, leading=10.5))
    sheet.add(ParagraphStyle("form_label", parent=sheet["form"], fontName=fonts.BOLD))
    sheet.add(
        ParagraphStyle(
            "form_title",
            parent=sheet["title"],
            fontSize=12.5,
            leading=15,
            spaceBefore=2,
            spaceAfter=6,
        )
    )
    sheet.add(
        ParagraphStyle(
            "form_number",
            parent=sheet["title"],
            fontSize=16,
            leading=20,
            spaceAfter=4,
        )
    )
    sheet.add(ParagraphStyle("form_small", parent=sheet["form"], fontSize=7.5, leading=9))
    return sheet
