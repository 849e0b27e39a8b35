"""Outlines of the Permenpan RB 35/2012 symbols as polygons, shared by both painters.

The terminator is the one curved symbol; painters draw it as a rounded rectangle whose corner
radius is half its height, so it has no polygon here.
"""

from __future__ import annotations

from desktop.flowchart.geometry import Point, Rect
from desktop.models.sop import Symbol


def symbol_polygon(symbol: Symbol, rect: Rect) -> tuple[Point, ...] | None:
    """Corner points of ``symbol`` drawn in ``rect`` (y down), or ``None`` for the terminator."""
    x, y, w, h = rect.x, rect.y, rect.w, rect.h
    if symbol is Symbol.TERMINATOR:
        return None
    if symbol is Symbol.DECISION:
        return (
            Point(x + w / 2, y),
            Point(x + w, y + h / 2),
            Point(x + w / 2, y + h),
            Point(x, y + h / 2),
        )
    if symbol is Symbol.ARCHIVE:
        return (Point(x, y), Point(x + w, y), Point(x + w / 2, y + h))
    if symbol is Symbol.CONNECTOR:
        return (
            Point(x, y),
            Point(x + w, y),
            Point(x + w, y + h * 0.6),
            Point(x + w / 2, y + h),
            Point(x, y + h * 0.6),
        )
    return (Point(x, y), Point(x + w, y), Point(x + w, y + h), Point(x, y + h))


def arrow_head(
    tip: Point, before: Point, length: float = 5.0, half_width: float = 2.5
) -> tuple[Point, Point, Point]:
    """The filled triangle of an arrowhead whose last segment runs from ``before`` to ``tip``."""
    dx, dy = tip.x - before.x, tip.y - before.y
    norm = (dx * dx + dy * dy) ** 0.5 or 1.0
    ux, uy = dx / norm, dy / norm
    base = Point(tip.x - ux * length, tip.y - uy * length)
    return (
        tip,
        Point(base.x - uy * half_width, base.y + ux * half_width),
        Point(base.x + uy * half_width, base.y - ux * half_width),
    )
