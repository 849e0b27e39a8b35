"""Symbol sizes and where arrows may touch them.

Arrows must start and end exactly on a symbol's outline (not on its bounding box), so both
painters draw the same picture: a line into a diamond stops at its edge, a line out of an
inverted triangle leaves from its apex. The outlines are those of
:mod:`desktop.flowchart.shapes` (the connector is the home-plate pentagon, flat on top, apex
at the bottom centre; the terminator a stadium), drawn inside the same rectangles.
"""

from __future__ import annotations

import math
from enum import StrEnum

from desktop.flowchart.geometry import Point, Rect
from desktop.models.sop import Symbol

#: Width and height of each symbol's bounding rectangle, in points.
SYMBOL_SIZES: dict[Symbol, tuple[float, float]] = {
    Symbol.PROCESS: (36.0, 20.0),
    Symbol.TERMINATOR: (36.0, 20.0),
    Symbol.DECISION: (40.0, 26.0),
    Symbol.ARCHIVE: (28.0, 22.0),
    Symbol.CONNECTOR: (18.0, 18.0),
}

#: Half of the widest symbol: a vertical line farther than this from a lane's centre misses
#: every symbol (and ghost) in that lane.
MAX_HALF_WIDTH = max(width for width, _ in SYMBOL_SIZES.values()) / 2

#: The off-page connector (pentagon pointing down): flat top, apex at the bottom centre.
OFF_PAGE_SIZE = (16.0, 14.0)


class Side(StrEnum):
    """Where an arrow leaves a symbol."""

    BOTTOM = "bottom"
    RIGHT = "right"
    LEFT = "left"


def symbol_rect(symbol: Symbol, center_x: float, top: float) -> Rect:
    """The bounding rectangle of ``symbol`` centred on ``center_x`` with its top at ``top``."""
    width, height = SYMBOL_SIZES[symbol]
    return Rect(center_x - width / 2, top, width, height)


def exit_point(symbol: Symbol, rect: Rect, side: Side) -> Point:
    """The point on the outline where an arrow leaving from ``side`` starts.

    The inverted triangle (archive) has no vertex at mid height, so its side exits sit on its
    slanted edges at mid height.
    """
    center = rect.center
    if side is Side.BOTTOM:
        return Point(center.x, rect.bottom)
    half = rect.w / 4 if symbol is Symbol.ARCHIVE else rect.w / 2
    return Point(center.x + half if side is Side.RIGHT else center.x - half, center.y)


def top_outline_y(symbol: Symbol, rect: Rect, x: float) -> float:
    """The y where a vertical line at ``x`` coming from above first meets the outline."""
    dx = abs(x - rect.center.x)
    half_w, half_h = rect.w / 2, rect.h / 2
    if symbol is Symbol.DECISION:
        return rect.y + half_h * min(1.0, dx / half_w)
    if symbol is Symbol.TERMINATOR:
        flat = half_w - half_h
        if dx <= flat:
            return rect.y
        return rect.center.y - math.sqrt(max(0.0, half_h**2 - (dx - flat) ** 2))
    return rect.y


def entry_spread(symbol: Symbol, rect: Rect) -> float:
    """How far from the centre arrows may land on the top so they stay clearly on the shape."""
    if symbol is Symbol.DECISION:
        return rect.w / 4
    if symbol is Symbol.TERMINATOR:
        return max(0.0, rect.w / 2 - rect.h / 2)
    if symbol is Symbol.CONNECTOR:
        return rect.w / 4
    return rect.w / 2 - 4
