"""Orthogonal arrow routing on one page of the swimlane table.

Why this scheme never crosses a symbol: every body row holds the symbols of exactly one step
(its own box and its ghosts), all the same height, centred in their lane columns. So

* a horizontal run in a row's *band* (the strip above that row's symbols) meets no symbol;
* a horizontal run at a source symbol's mid height or just below it stays inside the source's
  own lane column, where that row has nothing else;
* a vertical run in a *channel* (near a lane column's edge, outside the widest symbol) meets no
  symbol of any row, ghosts included.

An arrow to the next row goes straight down into that row's band; any other arrow leaves
sideways (or from below) into a channel of its source lane, runs up or down to the target
row's band, across, and down into the target's top. Off-page connectors sit in bands above the
first and below the last row of a page; their strips play the role of row bands, so the same
argument holds. Parallel channels and band levels are separated per arrow.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.flowchart.geometry import Arrow, Point, Rect
from desktop.flowchart.symbols import (
    MAX_HALF_WIDTH,
    Side,
    entry_spread,
    exit_point,
    top_outline_y,
)
from desktop.flowchart.table import Column
from desktop.models.sop import Symbol

BAND_TOP = 3.0  # first band level below a row's top
BAND_STEP = 3.5  # distance between parallel band levels
CHANNEL_STEP = 3.5  # preferred distance between parallel channels
EDGE_GAP = 3.0  # outermost channel's distance from the column border
SYMBOL_CLEARANCE = 1.5  # closest a channel may come to the widest symbol
ENTRY_STEP = 6.0  # preferred distance between arrowheads landing on one symbol
LABEL_SIZE = 6.5


@dataclass(frozen=True, slots=True)
class Node:
    """An arrow end on one page: a step's symbol or an off-page connector.

    ``slot`` orders the page vertically: -1 is the incoming-connector band, 0.. the body rows,
    ``len(rows)`` the outgoing-connector band. ``band_top`` is the y of the first free
    horizontal level above the node (its row's band, or its own strip in a connector band).
    ``symbol`` is ``None`` for an off-page connector (flat top, apex at the bottom centre).
    """

    name: str
    symbol: Symbol | None
    rect: Rect
    slot: int
    column: Column
    band_top: float
    run_y: float  # y of the horizontal run when leaving from the bottom into a channel


@dataclass(slots=True)
class _Route:
    """One arrow while the router places it; channel, track and band are filled in later."""

    source: Node
    target: Node
    side: Side
    label: str
    start: Point
    direct: bool
    channel_side: Side = Side.RIGHT
    track: int = 0
    channel_x: float = 0.0
    entry_x: float = 0.0
    band_y: float = 0.0

    @property
    def run_y(self) -> float:
        return self.source.run_y if self.side is Side.BOTTOM else self.start.y

    @property
    def approach_x(self) -> float:
        return self.start.x if self.direct else self.channel_x

    def span(self) -> tuple[float, float]:
        low = min(self.run_y, self.target.band_top)
        high = max(self.run_y, self.target.rect.y)
        return low, high


@dataclass(slots=True)
class Router:
    """Collects a page's arrows, then allocates channels and band levels and draws them."""

    routes: list[_Route] = field(default_factory=list)

    def add(self, source: Node, target: Node, side: Side, label: str = "") -> None:
        """Route ``source`` -> ``target`` leaving from ``side`` of the source."""
        start = _exit(source, side)
        direct = side is Side.BOTTOM and target.slot == source.slot + 1
        channel_side = Side.LEFT if side is Side.LEFT else Side.RIGHT
        self.routes.append(_Route(source, target, side, label, start, direct, channel_side))

    def arrows(self) -> list[Arrow]:
        """Every arrow as an orthogonal polyline (labels are placed by :mod:`.labels`)."""
        self._allocate_channels()
        self._allocate_arrivals()
        return [_arrow(route) for route in self.routes]

    def _allocate_channels(self) -> None:
        groups: dict[tuple[float, Side], list[_Route]] = {}
        for route in self.routes:
            if not route.direct:
                key = (route.source.column.x, route.channel_side)
                groups.setdefault(key, []).append(route)
        for group in groups.values():
            tracks = _interval_tracks([route.span() for route in group])
            count = max(tracks) + 1
            for route, track in zip(group, tracks, strict=True):
                route.track = track
                route.channel_x = _channel_x(route.source.column, route.channel_side, track, count)

    def _allocate_arrivals(self) -> None:
        arrivals: dict[str, list[_Route]] = {}
        for route in self.routes:
            arrivals.setdefault(route.target.name, []).append(route)
        for group in arrivals.values():
            _assign_entries(group)


def _exit(node: Node, side: Side) -> Point:
    if node.symbol is None:
        return Point(node.rect.center.x, node.rect.bottom)
    return exit_point(node.symbol, node.rect, side)


def _interval_tracks(spans: list[tuple[float, float]]) -> list[int]:
    """Greedy interval colouring: arrows whose vertical runs overlap get different tracks."""
    order = sorted(range(len(spans)), key=lambda i: spans[i])
    track_ends: list[float] = []
    tracks = [0] * len(spans)
    for index in order:
        low, high = spans[index]
        for track, end in enumerate(track_ends):
            if end < low - 1.0:
                track_ends[track] = high
                tracks[index] = track
                break
        else:
            tracks[index] = len(track_ends)
            track_ends.append(high)
    return tracks


def _channel_x(column: Column, side: Side, track: int, count: int) -> float:
    """Track ``track`` of ``count`` between the column border and the widest symbol.

    Tracks squeeze together when many arrows need the same column at the same height; they
    stay distinct down to a tenth of a point, and never enter the symbol zone.
    """
    free = column.w / 2 - MAX_HALF_WIDTH - SYMBOL_CLEARANCE - EDGE_GAP
    step = CHANNEL_STEP if count == 1 else min(CHANNEL_STEP, max(free, 0.0) / (count - 1))
    offset = EDGE_GAP + track * step
    if side is Side.LEFT:
        return column.x + offset
    return column.right - offset


def _assign_entries(group: list[_Route]) -> None:
    """Spread arrowheads over the target's top and stack their bands so few runs cross.

    Arrows approaching from the left land further left; among those, the one landing further
    right runs higher, so its horizontal passes above the others' final drops (mirrored for
    arrows from the right).
    """
    target = group[0].target
    center = target.rect.center.x
    spread = (
        target.rect.w / 4 if target.symbol is None else entry_spread(target.symbol, target.rect)
    )
    count = len(group)
    step = 0.0 if count == 1 else min(ENTRY_STEP, 2 * spread / (count - 1))
    group.sort(key=lambda route: route.approach_x)
    for index, route in enumerate(group):
        route.entry_x = center + (index - (count - 1) / 2) * step
    if count == 1 and abs(group[0].approach_x - center) <= spread:
        group[0].entry_x = group[0].approach_x
    from_left = sorted((r for r in group if r.approach_x <= r.entry_x), key=lambda r: r.entry_x)
    from_right = sorted((r for r in group if r.approach_x > r.entry_x), key=lambda r: -r.entry_x)
    for level, route in zip(range(count - 1, -1, -1), [*from_left, *from_right], strict=True):
        route.band_y = target.band_top + level * BAND_STEP


def _target_y(route: _Route) -> float:
    target = route.target
    if target.symbol is None:
        return target.rect.y
    return top_outline_y(target.symbol, target.rect, route.entry_x)


def _arrow(route: _Route) -> Arrow:
    start = route.start
    end = Point(route.entry_x, _target_y(route))
    if route.direct:
        points = [start, Point(start.x, route.band_y), Point(end.x, route.band_y), end]
    else:
        cx = route.channel_x
        points = [start]
        if route.side is Side.BOTTOM:
            points.append(Point(start.x, route.run_y))
        points += [
            Point(cx, route.run_y),
            Point(cx, route.band_y),
            Point(end.x, route.band_y),
            end,
        ]
    return Arrow(
        route.source.name, route.target.name, _simplify(points), route.label, None, LABEL_SIZE
    )


def _simplify(points: list[Point]) -> tuple[Point, ...]:
    """Drop repeated points and bends that continue straight on."""
    kept: list[Point] = []
    for point in points:
        if kept and abs(kept[-1].x - point.x) < 1e-9 and abs(kept[-1].y - point.y) < 1e-9:
            continue
        if len(kept) >= 2 and _collinear(kept[-2], kept[-1], point):
            kept[-1] = point
            continue
        kept.append(point)
    if len(kept) == 1:
        kept.append(kept[0])
    return tuple(kept)


def _collinear(a: Point, b: Point, c: Point) -> bool:
    """True when ``b`` lies on the straight run from ``a`` to ``c`` (no turn, no reversal)."""
    if abs(a.x - b.x) < 1e-9 and abs(b.x - c.x) < 1e-9:
        return min(a.y, c.y) <= b.y <= max(a.y, c.y)
    if abs(a.y - b.y) < 1e-9 and abs(b.y - c.y) < 1e-9:
        return min(a.x, c.x) <= b.x <= max(a.x, c.x)
    return False
