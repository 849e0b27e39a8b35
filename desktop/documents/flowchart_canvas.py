"""Paint one swimlane geometry page onto a ReportLab canvas (the PDF twin of the Qt painter)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color, black, white

from desktop import fonts
from desktop.flowchart.geometry import Arrow, Cell, Connector, Page, Point, StepBox
from desktop.flowchart.shapes import arrow_head, symbol_polygon
from desktop.models.sop import Symbol

HEADER_SHADE = Color(0.88, 0.90, 0.94)
ORIGIN = Point(0, 0)
GHOST = Color(0.45, 0.45, 0.45)
LINE_WIDTH = 0.5
SYMBOL_LINE_WIDTH = 0.9


class FlowchartCanvasPainter:
    """Draws geometry in page coordinates (y down) onto a canvas whose origin is bottom-left.

    ``offset`` shifts the drawing, for when the canvas origin is not the page corner (inside a
    platypus flowable).
    """

    def __init__(self, canvas: Any, page_height: float, offset: Point = ORIGIN) -> None:
        self.canvas = canvas
        self.page_height = page_height
        self.offset = offset

    def x(self, value: float) -> float:
        return value - self.offset.x

    def y(self, value: float) -> float:
        return self.page_height - value - self.offset.y

    def paint(self, page: Page) -> None:
        fonts.register_pdf_fonts()
        self.canvas.saveState()
        for cell in page.cells:
            self._cell(cell)
        for arrow in page.arrows:
            self._arrow(arrow)
        for box in page.boxes:
            self._box(box)
        for connector in page.connectors:
            self._connector(connector)
        self.canvas.restoreState()

    def _text(self, x: float, baseline: float, text: str, size: float, bold: bool) -> None:
        self.canvas.setFillColor(black)
        self.canvas.setFont(fonts.BOLD if bold else fonts.REGULAR, size)
        self.canvas.drawString(self.x(x), self.y(baseline), text)

    def _cell(self, cell: Cell) -> None:
        c = self.canvas
        r = cell.rect
        c.setLineWidth(LINE_WIDTH)
        c.setStrokeColor(black)
        c.setFillColor(HEADER_SHADE if cell.shaded else white)
        c.rect(self.x(r.x), self.y(r.bottom), r.w, r.h, stroke=1, fill=1 if cell.shaded else 0)
        for line in cell.lines:
            self._text(line.x, line.baseline, line.text, line.size, line.bold)

    def _outline(self, symbol: Symbol, box_rect: Any, *, dashed: bool, colour: Color) -> None:
        c = self.canvas
        c.setLineWidth(SYMBOL_LINE_WIDTH)
        c.setStrokeColor(colour)
        c.setFillColor(white)
        c.setDash(2, 2) if dashed else c.setDash()
        polygon = symbol_polygon(symbol, box_rect)
        if polygon is None:
            c.roundRect(
                self.x(box_rect.x),
                self.y(box_rect.bottom),
                box_rect.w,
                box_rect.h,
                box_rect.h / 2,
                stroke=1,
                fill=1,
            )
        else:
            path = c.beginPath()
            path.moveTo(self.x(polygon[0].x), self.y(polygon[0].y))
            for point in polygon[1:]:
                path.lineTo(self.x(point.x), self.y(point.y))
            path.close()
            c.drawPath(path, stroke=1, fill=1)
        c.setDash()

    def _centered_label(self, rect: Any, text: str, size: float, colour: Color) -> None:
        if not text:
            return
        c = self.canvas
        c.setFillColor(colour)
        c.setFont(fonts.BOLD, size)
        centre = rect.center
        c.drawCentredString(self.x(centre.x), self.y(centre.y + size * 0.35), text)

    def _box(self, box: StepBox) -> None:
        colour = GHOST if box.ghost else black
        self._outline(box.symbol, box.rect, dashed=box.ghost, colour=colour)
        label_rect = box.rect
        if box.symbol is Symbol.ARCHIVE:  # the triangle's room is in its upper half
            label_rect = type(box.rect)(box.rect.x, box.rect.y, box.rect.w, box.rect.h * 0.6)
        self._centered_label(label_rect, box.label, box.label_size, colour)

    def _connector(self, connector: Connector) -> None:
        self._outline(Symbol.CONNECTOR, connector.rect, dashed=False, colour=black)
        top_part = type(connector.rect)(
            connector.rect.x, connector.rect.y, connector.rect.w, connector.rect.h * 0.7
        )
        self._centered_label(top_part, connector.key, 7.0, black)

    def _arrow(self, arrow: Arrow) -> None:
        c = self.canvas
        points = arrow.points
        if len(points) < 2:
            return
        c.setLineWidth(0.8)
        c.setStrokeColor(black)
        path = c.beginPath()
        path.moveTo(self.x(points[0].x), self.y(points[0].y))
        for point in points[1:]:
            path.lineTo(self.x(point.x), self.y(point.y))
        c.drawPath(path, stroke=1, fill=0)
        head = arrow_head(points[-1], points[-2])
        path = c.beginPath()
        path.moveTo(self.x(head[0].x), self.y(head[0].y))
        for point in head[1:]:
            path.lineTo(self.x(point.x), self.y(point.y))
        path.close()
        c.setFillColor(black)
        c.drawPath(path, stroke=0, fill=1)
        for line in arrow.drawn_label_lines():
            c.setFont(fonts.ITALIC, line.size)
            c.drawString(self.x(line.x), self.y(line.baseline), line.text)
