"""Layout + paint of the largest bundled SOP, and its PDF document."""

from __future__ import annotations

from bench.measure import Row, repeat
from desktop.documents.sop_document import render_sop_pdf
from desktop.flowchart.geometry import A4_LANDSCAPE
from desktop.flowchart.layout import layout_sop
from desktop.models.sop import Sop
from desktop.models.sop_loader import load_bundled


def largest_sop() -> Sop:
    return max(load_bundled(), key=lambda sop: (len(sop.steps), len(sop.lanes)))


def measure(runs: int) -> list[Row]:
    from PySide6.QtGui import QGuiApplication, QImage, QPainter

    from desktop.views.swimlane_painter import paint_page

    app = QGuiApplication.instance() or QGuiApplication([])
    sop = largest_sop()

    def layout_and_paint() -> None:
        page = layout_sop(sop).pages[0]
        image = QImage(int(page.width), int(page.height), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_page(painter, page)
        painter.end()

    rows = [
        Row(
            f"layout only ({sop.id}, {len(sop.steps)} langkah)",
            repeat(lambda: layout_sop(sop), runs),
        ),
        Row(f"layout + paint ({sop.id})", repeat(layout_and_paint, runs), goal="≤ 50 ms"),
        Row(
            f"SOP PDF A4 ({sop.id})",
            repeat(lambda: render_sop_pdf(sop, A4_LANDSCAPE), runs),
            goal="≤ 200 ms",
        ),
    ]
    del app
    return rows
