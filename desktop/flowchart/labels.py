"""Branch labels: placed after routing, in the lane columns of the source row, clear of everything.

A label is a small block of italic text (one line, or wrapped onto a few). Its place is searched
among candidate positions inside the lanes region of the row holding the decision, cheapest
first: a side exit's label sits in the neighbouring lane column beside the channel, level with
the exit; a bottom exit's label sits beside the line dropping from the vertex. A candidate is
taken only when its block (with a small clearance) meets no symbol, no off-page connector, no
arrow segment or arrowhead, no border between lane columns and no label placed before it.
When nothing fits, the caller makes the row taller and lays the page out again (see
:func:`desktop.flowchart.layout.layout_sop`): extra height frees the centre of every lane
column above and below the row's symbols, where no arrow runs, so the search then succeeds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from desktop.flowchart.geometry import Arrow, Point, Rect, TextLine
from desktop.flowchart.table import measure
from desktop.fonts import wrap_text

LABEL_ASCENT = 0.92  # block extent above a baseline, as a fraction of the size
LABEL_DESCENT = 0.26  # ... and below it
LABEL_LEADING = 1.15
CLEARANCE = 1.0  # kept free around a label block
EXIT_GAP = 2.0  # between a label and the line it names
WRAP_WIDTHS = (0.0, 44.0, 38.0, 30.0, 22.0, 14.0)  # 0: one line
Y_STEP = 1.0
SPLIT_PENALTY = 150.0
LINE_PENALTY = 6.0  # cost of each extra line, against distance from the ideal spot (points)
HEAD_LENGTH = 5.5
HEAD_HALF = 3.0


@dataclass(frozen=True, slots=True)
class Region:
    """Where labels of one row may go: the row's extent across the lane columns."""

    rect: Rect
    columns: tuple[tuple[float, float], ...]  # lane column (x, right) pairs, left to right


@dataclass(frozen=True, slots=True)
class _Block:
    """A label wrapped into lines, each line's width measured at ``size``."""

    lines: tuple[str, ...]
    widths: tuple[float, ...]
    size: float

    @property
    def w(self) -> float:
        return max(self.widths)

    @property
    def h(self) -> float:
        return (LABEL_ASCENT + LABEL_DESCENT) * self.size + (len(self.lines) - 1) * (
            LABEL_LEADING * self.size
        )


def block_height(text: str, size: float, width: float) -> float:
    """Height of ``text`` wrapped to ``width`` (what a row must grow by to hold it)."""
    return _block(text, size, width).h


def _block(text: str, size: float, width: float) -> _Block:
    lines = tuple(wrap_text(text, width, size)) if width > 0 else (text,)
    lines = lines or (text,)
    return _Block(lines, tuple(measure(line, size) for line in lines), size)


def place_labels(
    arrows: Sequence[Arrow],
    sources: Sequence[str],
    regions: dict[str, Region],
    obstacles: dict[str, list[Rect]],
) -> tuple[list[Arrow], dict[str, float]]:
    """Give every labelled arrow its text lines; returns the arrows and the rows that need room.

    ``sources[i]`` names the row (step id) whose region holds arrow ``i``'s label;
    ``obstacles`` are the boxes and connectors overlapping each such row. The second result
    maps a row to the extra height that would let its unplaced labels fit; an unplaced label
    still gets a position (beside its exit) so the layout stays drawable.
    """
    segments = [_segment_rects(arrow) for arrow in arrows]
    all_segments = [rect for rects in segments for rect in rects]
    placed: list[Rect] = []
    result = list(arrows)
    missing: dict[str, float] = {}
    for index, arrow in enumerate(arrows):
        if not arrow.label:
            continue
        row = sources[index]
        region = regions[row]
        area = region.rect
        nearby = [r for r in all_segments if r.y < area.bottom and r.bottom > area.y]
        nearby += obstacles.get(row, [])
        nearby += [Rect(x, area.y, 0.0, area.h) for _left, x in region.columns[:-1]]
        found: tuple[_Block, float, float] | None = None
        best = float("inf")
        seen: set[tuple[str, ...]] = set()
        for width in WRAP_WIDTHS:
            block = _block(arrow.label, arrow.label_size, width)
            if block.w > area.w - 2 * CLEARANCE or block.lines in seen:
                continue
            seen.add(block.lines)
            penalty = LINE_PENALTY * (len(block.lines) - 1)
            if " ".join(block.lines).split() != arrow.label.split():
                penalty += SPLIT_PENALTY  # a word broken inside
            spot = _search(arrow, block, region, nearby + placed, best - penalty)
            if spot is not None:
                found, best = (block, spot[0], spot[1]), spot[2] + penalty
        if found is None:
            block = _block(arrow.label, arrow.label_size, WRAP_WIDTHS[2])
            missing[row] = missing.get(row, 0.0) + block.h + 2 * CLEARANCE + Y_STEP
            x, top = _preferred(arrow, block)
            found = (block, x, top)
        block, x, top = found
        placed.append(Rect(x, top, block.w, block.h))
        result[index] = _with_lines(arrow, block, x, top, _align_right(arrow))
    return result, missing


def _with_lines(arrow: Arrow, block: _Block, x: float, top: float, right: bool) -> Arrow:
    lines = []
    for number, (text, width) in enumerate(zip(block.lines, block.widths, strict=True)):
        baseline = top + LABEL_ASCENT * block.size + number * LABEL_LEADING * block.size
        start = x + block.w - width if right else x
        lines.append(TextLine(start, baseline, text, block.size))
    first = lines[0]
    return replace(arrow, label_at=Point(first.x, first.baseline), label_lines=tuple(lines))


def _side(arrow: Arrow) -> str:
    start, after = arrow.points[0], arrow.points[1]
    if abs(after.x - start.x) < 1e-9:
        return "bottom"
    return "right" if after.x > start.x else "left"


def _align_right(arrow: Arrow) -> bool:
    return _side(arrow) == "left"


def _preferred(arrow: Arrow, block: _Block) -> tuple[float, float]:
    """The ideal block position: beside the exit, before any search."""
    start = arrow.points[0]
    side = _side(arrow)
    if side == "bottom":
        return start.x + EXIT_GAP + CLEARANCE, start.y + CLEARANCE
    top = start.y - block.h / 2
    if side == "right":
        return start.x + EXIT_GAP, top
    return start.x - EXIT_GAP - block.w, top


def _segment_rects(arrow: Arrow) -> list[Rect]:
    """Each segment as a thin rectangle, plus the arrowhead's box."""
    rects = []
    for a, b in zip(arrow.points, arrow.points[1:], strict=False):
        x, y = min(a.x, b.x), min(a.y, b.y)
        rects.append(Rect(x, y, abs(a.x - b.x), abs(a.y - b.y)))
    tip = arrow.points[-1]
    rects.append(Rect(tip.x - HEAD_HALF, tip.y - HEAD_LENGTH, 2 * HEAD_HALF, HEAD_LENGTH))
    return rects


def _hits(x: float, y: float, w: float, h: float, rect: Rect) -> bool:
    return x < rect.right and rect.x < x + w and y < rect.bottom and rect.y < y + h


def _search(
    arrow: Arrow, block: _Block, region: Region, obstacles: list[Rect], bound: float
) -> tuple[float, float, float] | None:
    """The cheapest free position for ``block`` and its cost, or ``None`` (none below ``bound``).

    Cost is the horizontal plus the vertical distance from the ideal spot. For each candidate
    x (cheapest first) the nearest free y follows from the obstacles in that vertical strip.
    """
    area = region.rect
    low_x, high_x = area.x + CLEARANCE, area.right - CLEARANCE - block.w
    low_y, high_y = area.y + CLEARANCE, area.bottom - CLEARANCE - block.h
    if high_x < low_x - 1e-9 or high_y < low_y - 1e-9:
        return None
    px, py = _preferred(arrow, block)
    xs = {px, low_x, high_x}
    for left, right in region.columns:
        xs.update((left + EXIT_GAP, right - EXIT_GAP - block.w, (left + right - block.w) / 2))
    for rect in obstacles:
        xs.update((rect.right + CLEARANCE + 0.5, rect.x - CLEARANCE - 0.5 - block.w))
    candidates = sorted((abs(x - px), x) for x in xs if low_x - 1e-9 <= x <= high_x + 1e-9)
    best: tuple[float, float, float] | None = None
    for x_cost, x in candidates:
        if x_cost >= bound:
            break
        left, right = x - CLEARANCE, x + block.w + CLEARANCE
        blocked = sorted(
            (rect.y - CLEARANCE - block.h, rect.bottom + CLEARANCE)
            for rect in obstacles
            if rect.x < right and left < rect.right
        )
        y = _nearest_free(py, low_y, high_y, blocked)
        if y is None:
            continue
        cost = x_cost + abs(y - py)
        if cost < bound:
            best, bound = (x, y, cost), cost
    return best


def _nearest_free(
    want: float, low: float, high: float, blocked: list[tuple[float, float]]
) -> float | None:
    """The y in ``[low, high]`` nearest ``want`` outside every open interval of ``blocked``."""
    free: list[tuple[float, float]] = []
    cursor = low
    for start, end in blocked:
        if end <= cursor:
            continue
        if start >= high:
            break
        if start > cursor:
            free.append((cursor, start))
        cursor = max(cursor, end)
    if cursor <= high:
        free.append((cursor, high))
    best: float | None = None
    for start, end in free:
        y = min(max(want, start), end)
        if best is None or abs(y - want) < abs(best - want):
            best = y
    return best
