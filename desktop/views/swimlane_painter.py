"""Paint a swimlane :class:`~desktop.flowchart.geometry.Page` with a ``QPainter``.

The painter is deliberately dumb: every position comes from the layout, one geometry unit is
one painter unit (a point). The same functions paint the screen scene and the PNG export, so what
a clerk sees is what the CLI renders. Per-step colours (hover, selection, later the state of a
case on the flow) come in as a mapping of step id to :class:`StepStyle`.
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QImageWriter,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from desktop.flowchart.geometry import Arrow, Cell, Connector, Layout, Page, Rect, StepBox, TextLine
from desktop.flowchart.shapes import arrow_head, symbol_polygon
from desktop.models.sop import Symbol
from desktop.views.qt_fonts import BASE_PIXEL_SIZE, layout_font

INK = QColor("#000000")
GHOST_INK = QColor("#8a8a8a")
SHADE = QColor("#e0e6f0")  # the PDF's header shade
PAPER = QColor("#ffffff")
LINE_WIDTH = 0.5
BOX_LINE_WIDTH = 0.9
ARROW_WIDTH = 0.8
ARROW_HEAD_LENGTH = 5.0
ARROW_HEAD_HALF_WIDTH = 2.5
CONNECTOR_KEY_SIZE = 7.0


@dataclass(frozen=True, slots=True)
class StepStyle:
    """How one step is emphasised; ``None`` fields keep the plain black-on-white look.

    Colours are ``#rrggbb`` strings so callers (e.g. a case view colouring steps done / current
    / overdue) need not build Qt objects.
    """

    fill: str | None = None
    outline: str | None = None
    outline_width: float | None = None
    label_color: str | None = None
    row_fill: str | None = None

    def over(self, base: StepStyle) -> StepStyle:
        """This style laid over ``base``: fields set here win."""
        return replace(
            base,
            **{
                name: getattr(self, name)
                for name in ("fill", "outline", "outline_width", "label_color", "row_fill")
                if getattr(self, name) is not None
            },
        )


class StepState(StrEnum):
    """Where a case stands relative to a step (used by the case view in a later version)."""

    DONE = "selesai"
    CURRENT = "berjalan"
    OVERDUE = "terlambat"


STATE_STYLES: Mapping[StepState, StepStyle] = {
    StepState.DONE: StepStyle(fill="#d7ecd9", outline="#2e7d32", row_fill="#f1f8f1"),
    StepState.CURRENT: StepStyle(fill="#fff3c4", outline="#b26a00", outline_width=2.0),
    StepState.OVERDUE: StepStyle(
        fill="#fbd5d5", outline="#c62828", outline_width=2.0, row_fill="#fdeeee"
    ),
}
HOVER_STYLE = StepStyle(fill="#e3f0fb", outline="#1565c0")
SELECTED_STYLE = StepStyle(fill="#cfe3f7", outline="#0d47a1", outline_width=2.0, row_fill="#eef5fc")
PLAIN = StepStyle()


def _rectf(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def _pen(color: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(color, width, style)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Width of ``text`` in points as this painter draws it."""
    metrics = QFontMetricsF(layout_font(bold=bold))
    return metrics.horizontalAdvance(text) * size / BASE_PIXEL_SIZE


def draw_text(
    painter: QPainter,
    x: float,
    baseline: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
    color: QColor = INK,
) -> None:
    """Draw ``text`` with its baseline starting at (``x``, ``baseline``), ``size`` in points."""
    painter.save()
    painter.translate(x, baseline)
    scale = size / BASE_PIXEL_SIZE
    painter.scale(scale, scale)
    painter.setFont(layout_font(bold=bold, italic=italic))
    painter.setPen(color)
    painter.drawText(QPointF(0.0, 0.0), text)
    painter.restore()


def draw_text_line(painter: QPainter, line: TextLine, color: QColor = INK) -> None:
    draw_text(painter, line.x, line.baseline, line.text, line.size, bold=line.bold, color=color)


def draw_centered(
    painter: QPainter, center: QPointF, text: str, size: float, *, bold: bool, color: QColor
) -> None:
    """Draw one line centred horizontally on ``center`` with its cap height centred vertically."""
    metrics = QFontMetricsF(layout_font(bold=bold))
    scale = size / BASE_PIXEL_SIZE
    width = metrics.horizontalAdvance(text) * scale
    cap = metrics.capHeight() * scale
    draw_text(
        painter, center.x() - width / 2, center.y() + cap / 2, text, size, bold=bold, color=color
    )


def paint_row_fills(painter: QPainter, page: Page, styles: Mapping[str, StepStyle]) -> None:
    """Tint the table row of every step whose style asks for it (drawn under the cells)."""
    painter.setPen(Qt.PenStyle.NoPen)
    for step_id, style in styles.items():
        row = page.step_rows.get(step_id)
        if style.row_fill and row is not None:
            painter.setBrush(QColor(style.row_fill))
            painter.drawRect(_rectf(row))


def paint_cell(painter: QPainter, cell: Cell) -> None:
    painter.setPen(_pen(INK, LINE_WIDTH))
    painter.setBrush(QBrush(SHADE) if cell.shaded else Qt.BrushStyle.NoBrush)
    painter.drawRect(_rectf(cell.rect))
    for line in cell.lines:
        draw_text_line(painter, line)


def symbol_path(symbol: Symbol, rect: Rect) -> QPainterPath:
    """The outline of a flowchart symbol filling ``rect`` (the shapes the PDF draws too)."""
    path = QPainterPath()
    polygon = symbol_polygon(symbol, rect)
    if polygon is None:
        radius = rect.h / 2
        path.addRoundedRect(_rectf(rect), radius, radius)
    else:
        path.addPolygon(QPolygonF([QPointF(p.x, p.y) for p in polygon]))
        path.closeSubpath()
    return path


def label_center(symbol: Symbol, rect: Rect) -> QPointF:
    """Where a symbol's label sits: the centre, or higher up in the archive triangle."""
    if symbol is Symbol.ARCHIVE:
        return QPointF(rect.x + rect.w / 2, rect.y + rect.h * 0.3)
    return QPointF(rect.x + rect.w / 2, rect.y + rect.h / 2)


def paint_box(painter: QPainter, box: StepBox, style: StepStyle = PLAIN) -> None:
    """A step's symbol with its number; a ghost is dashed and grey, never filled."""
    path = symbol_path(box.symbol, box.rect)
    if box.ghost:
        ghost_ink = QColor(style.outline) if style.outline else GHOST_INK
        painter.setPen(_pen(ghost_ink, BOX_LINE_WIDTH, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(style.fill) if style.fill else Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        if box.label:
            draw_centered(
                painter,
                label_center(box.symbol, box.rect),
                box.label,
                box.label_size,
                bold=False,
                color=ghost_ink,
            )
        return
    outline = QColor(style.outline) if style.outline else INK
    painter.setPen(_pen(outline, style.outline_width or BOX_LINE_WIDTH))
    painter.setBrush(QColor(style.fill) if style.fill else PAPER)
    painter.drawPath(path)
    if box.label:
        draw_centered(
            painter,
            label_center(box.symbol, box.rect),
            box.label,
            box.label_size,
            bold=True,
            color=QColor(style.label_color) if style.label_color else INK,
        )


def paint_connector(painter: QPainter, connector: Connector) -> None:
    rect = connector.rect
    painter.setPen(_pen(INK, BOX_LINE_WIDTH))
    painter.setBrush(PAPER)
    painter.drawPath(symbol_path(Symbol.CONNECTOR, rect))
    center = QPointF(rect.x + rect.w / 2, rect.y + rect.h * 0.35)
    draw_centered(painter, center, connector.key, CONNECTOR_KEY_SIZE, bold=True, color=INK)


def paint_arrow(painter: QPainter, arrow: Arrow) -> None:
    """The polyline, a filled head at its last point, and the branch label if any."""
    points = arrow.points
    if len(points) < 2:
        return
    head = arrow_head(points[-1], points[-2], ARROW_HEAD_LENGTH, ARROW_HEAD_HALF_WIDTH)
    painter.setPen(_pen(INK, ARROW_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(QPolygonF([QPointF(p.x, p.y) for p in points]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(INK)
    painter.drawPolygon(QPolygonF([QPointF(p.x, p.y) for p in head]))
    if arrow.label and arrow.label_at is not None:
        paint_arrow_label(painter, arrow)


def paint_arrow_label(painter: QPainter, arrow: Arrow) -> None:
    """Branch label (italic, as on paper) on a white backing so no line strikes through it."""
    metrics = QFontMetricsF(layout_font(italic=True))
    for line in arrow.drawn_label_lines():
        scale = line.size / BASE_PIXEL_SIZE
        width = metrics.horizontalAdvance(line.text) * scale
        ascent, descent = metrics.ascent() * scale, metrics.descent() * scale
        x, baseline = line.x, line.baseline
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PAPER)
        painter.drawRect(QRectF(x - 0.5, baseline - ascent, width + 1.0, ascent + descent))
        draw_text(painter, x, baseline, line.text, line.size, italic=True)


def paint_static(painter: QPainter, page: Page, styles: Mapping[str, StepStyle]) -> None:
    """Everything but the step boxes: row tints, table cells, arrows and connectors."""
    paint_row_fills(painter, page, styles)
    for cell in page.cells:
        paint_cell(painter, cell)
    for arrow in page.arrows:
        paint_arrow(painter, arrow)
    for connector in page.connectors:
        paint_connector(painter, connector)


def paint_page(
    painter: QPainter, page: Page, styles: Mapping[str, StepStyle] | None = None
) -> None:
    """Paint a whole page; ``styles`` maps step ids to their emphasis.

    The painter must already be set up so that one unit is one point (the caller scales).
    """
    styles = styles or {}
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    paint_static(painter, page, styles)
    for box in page.boxes:
        paint_box(painter, box, styles.get(box.step_id, PLAIN))


_own_app: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new one (headless where no display exists).

    A full ``QApplication`` is created, not just a ``QGuiApplication``, so that widgets can
    still be made later in the same process (a CLI render followed by tests, for example).
    """
    global _own_app  # noqa: PLW0603 - one per process, kept alive for later renders
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if (
        sys.platform.startswith("linux")
        and "QT_QPA_PLATFORM" not in os.environ
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    _own_app = QApplication(["meja-pengaduan"])
    return _own_app


def page_png_paths(path: Path, count: int) -> list[Path]:
    """``out.png`` for one page; ``out-1.png``, ``out-2.png`` … for several."""
    if count == 1:
        return [path]
    return [path.with_name(f"{path.stem}-{n}{path.suffix or '.png'}") for n in range(1, count + 1)]


def render_page_image(
    page: Page, scale: float = 2.0, styles: Mapping[str, StepStyle] | None = None
) -> QImage:
    """One page as a white image of ``ceil(width * scale)`` × ``ceil(height * scale)`` pixels."""
    ensure_gui_application()
    image = QImage(
        math.ceil(page.width * scale), math.ceil(page.height * scale), QImage.Format.Format_RGB32
    )
    dots_per_meter = round(72 * scale / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    image.fill(PAPER)
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        paint_page(painter, page, styles)
    finally:
        painter.end()
    return image


def render_layout_png(
    layout: Layout,
    path: Path,
    scale: float = 2.0,
    styles: Mapping[str, StepStyle] | None = None,
) -> list[Path]:
    """Write each page of ``layout`` as a PNG; returns the paths written.

    One page goes to ``path``; several go to ``<stem>-1.png``, ``<stem>-2.png`` … beside it.
    ``scale`` is pixels per point (2.0 is 144 dpi). Creates a ``QGuiApplication`` if none runs.

    Raises:
        OSError: when a file cannot be written.
    """
    path = Path(path)
    paths = page_png_paths(path, len(layout.pages))
    for page, target in zip(layout.pages, paths, strict=True):
        writer = QImageWriter(str(target), QByteArray(b"png"))
        if not writer.write(render_page_image(page, scale, styles)):
            raise OSError(f"gambar tidak dapat disimpan ke {target}: {writer.errorString()}")
    return paths
