"""Turn an SOP into swimlane geometry: one continuous page for the screen, or paper pages.

Pure Python (no Qt): the Qt scene and the ReportLab renderer paint the returned
:class:`~desktop.flowchart.geometry.Layout` as is. One row per step; each row holds that step's
symbol in its lane column (plus a ghost symbol in every other lane it involves), so arrows can
be routed in channels and bands that provably miss every symbol (see
:mod:`desktop.flowchart.routing`).

On paper, rows are split over pages with the header repeated. A flow that crosses a page break
becomes an off-page connector pair with one key ("A", "B", ...): an outgoing connector in a band
below the last row of the source page, an incoming one in a band under the header of the target
page. A single row taller than a page still gets a page of its own and overflows it; nothing is
shrunk or clipped (a step would need several hundred words of text for that to happen).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from desktop.flowchart.geometry import (
    A4_LANDSCAPE,
    Arrow,
    Cell,
    Connector,
    Layout,
    Page,
    PageSpec,
    Rect,
    StepBox,
)
from desktop.flowchart.labels import Region, place_labels
from desktop.flowchart.labels import block_height as label_block_height
from desktop.flowchart.routing import BAND_STEP, BAND_TOP, LABEL_SIZE, Node, Router
from desktop.flowchart.symbols import OFF_PAGE_SIZE, SYMBOL_SIZES, Side, symbol_rect
from desktop.flowchart.table import (
    Column,
    Columns,
    Header,
    RowText,
    band_cells,
    header_cells,
    measure_header,
    measure_row,
    natural_width,
    plan_columns,
    row_cells,
)
from desktop.models.sop import Sop, Step, Symbol

SCREEN_MARGIN = 12.0
SYMBOL_GAP = 2.0  # between a row's lowest band level and its symbols
BOTTOM_SPACE = 8.0  # below a symbol: room for the run into a channel
DECISION_BOTTOM_SPACE = 11.0  # ... and for a branch label under a diamond
BAND_PAD = 3.0  # around off-page connectors in their bands
CONNECTOR_GAP = 4.0  # between connectors side by side
LABEL_BESIDE_MARGIN = 8.0  # half a lane column less this is the width beside a vertical line
LABEL_ROOM = 3.0  # clearance above and below a label under a diamond
MAX_ATTEMPTS = 8  # layouts tried while rows grow to make room for branch labels
SYMBOL_LABEL_SIZE = 7.0


def layout_sop(sop: Sop, page: PageSpec | None = None) -> Layout:
    """Lay ``sop`` out as one screen page (``page=None``) or on paper of ``page``'s size.

    The screen page is as wide as the table needs (at least an A4 landscape content width) and
    as tall as its rows. Paper pages keep the table inside ``page.content``. When a branch
    label finds no free spot in its row, that row is made taller and the layout redone.
    """
    extra: dict[str, float] = {}
    for _attempt in range(MAX_ATTEMPTS):
        layout, missing = _layout_once(sop, page, extra)
        if not missing:
            break
        for step_id, height in missing.items():
            extra[step_id] = extra.get(step_id, 0.0) + height
    return layout


def _layout_once(
    sop: Sop, page: PageSpec | None, extra: dict[str, float]
) -> tuple[Layout, dict[str, float]]:
    if page is None:
        width = max(A4_LANDSCAPE.content.w, natural_width(len(sop.lanes)))
        plan = _plan(sop, SCREEN_MARGIN, width, extra)
        top = SCREEN_MARGIN
        chunks = [_PageRows(list(range(len(plan.rows))))]
        return _assemble(sop, plan, chunks, top, lambda bottom: (width + 2 * SCREEN_MARGIN, bottom))
    content = page.content
    plan = _plan(sop, content.x, content.w, extra)
    chunks = _paginate(sop, plan, content.h)
    return _assemble(sop, plan, chunks, content.y, lambda _bottom: (page.width, page.height))


@dataclass(frozen=True, slots=True)
class _Row:
    """One step's row of the table: its texts and the heights they and the symbol need."""

    step: Step
    text: RowText
    band_h: float  # row top to symbol zone
    min_h: float  # what the symbol and its arrows need
    height: float


@dataclass(frozen=True, slots=True)
class _Plan:
    """The whole table before pagination; ``row_of`` maps a step id to its row."""

    columns: Columns
    header: Header
    rows: list[_Row]
    row_of: dict[str, int]


@dataclass(slots=True)
class _PageRows:
    """The rows of one page and the flows crossing its breaks (connector pairs)."""

    rows: list[int]
    incoming: list[_Crossing] = field(default_factory=list)
    outgoing: list[_Crossing] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Crossing:
    """A flow crossing a page break, carried by a connector pair with ``key``."""

    key: str
    source: Step
    branch: int  # index into ``source.next``
    target: Step
    label: str
    source_page: int
    target_page: int


def _plan(sop: Sop, left: float, width: float, extra: dict[str, float]) -> _Plan:
    columns = plan_columns(sop, left, width)
    header = measure_header(sop, columns)
    in_degree = {step.id: 0 for step in sop.steps}
    for step in sop.steps:
        for branch in step.next:
            in_degree[branch.to] += 1
    rows = [
        _plan_row(step, columns, in_degree[step.id], extra.get(step.id, 0.0)) for step in sop.steps
    ]
    return _Plan(columns, header, rows, {step.id: i for i, step in enumerate(sop.steps)})


def _plan_row(step: Step, columns: Columns, in_degree: int, extra: float) -> _Row:
    text = measure_row(step, columns)
    band_h = BAND_TOP + max(in_degree, 1) * BAND_STEP + SYMBOL_GAP
    bottom = BOTTOM_SPACE
    if step.symbol is Symbol.DECISION:
        # Room under the diamond for the label of the branch dropping from its bottom vertex,
        # wrapped to fit beside that line in the lane column.
        beside = columns.lanes[step.lane].w / 2 - LABEL_BESIDE_MARGIN
        labels = [label_block_height(b.label, LABEL_SIZE, beside) for b in step.next if b.label]
        bottom = max([DECISION_BOTTOM_SPACE, *(h + LABEL_ROOM for h in labels)])
    min_h = band_h + SYMBOL_SIZES[step.symbol][1] + bottom
    return _Row(step, text, band_h, min_h, max(text.height, min_h) + extra)


def _top_band_height(count: int) -> float:
    if count == 0:
        return 0.0
    return BAND_PAD + OFF_PAGE_SIZE[1] + BAND_PAD + count * BAND_STEP + SYMBOL_GAP


def _bottom_band_height(count: int) -> float:
    if count == 0:
        return 0.0
    return BAND_TOP + count * BAND_STEP + SYMBOL_GAP + OFF_PAGE_SIZE[1] + BAND_PAD


def _paginate(sop: Sop, plan: _Plan, height: float) -> list[_PageRows]:
    """Greedy page breaks, re-run until the connector bands each page needs fit on it.

    Band reservations only ever grow, so the loop ends; rows never move to an earlier page.
    """
    heights = [row.height for row in plan.rows]
    body = height - plan.header.height
    if sum(heights) <= body:
        return [_PageRows(list(range(len(heights))))]
    reserved: dict[int, float] = {}
    while True:
        chunks = _greedy(heights, lambda index: body - reserved.get(index, 0.0))
        _attach_crossings(sop, plan, chunks)
        needed = {
            index: _top_band_height(len(chunk.incoming)) + _bottom_band_height(len(chunk.outgoing))
            for index, chunk in enumerate(chunks)
        }
        if all(needed[i] <= reserved.get(i, 0.0) + 1e-6 for i in needed):
            return chunks
        for index, value in needed.items():
            reserved[index] = max(reserved.get(index, 0.0), value)


def _greedy(heights: list[float], available: Callable[[int], float]) -> list[_PageRows]:
    chunks = [_PageRows([])]
    used = 0.0
    for index, height in enumerate(heights):
        page = len(chunks) - 1
        if chunks[-1].rows and used + height > available(page) + 1e-6:
            chunks.append(_PageRows([]))
            used = 0.0
        chunks[-1].rows.append(index)
        used += height
    return chunks


def _keys() -> Iterator[str]:
    """A, B, ..., Z, AA, AB, ..."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    length = 1
    while True:
        count = len(letters) ** length
        for number in range(count):
            key, rest = "", number
            for _ in range(length):
                rest, digit = divmod(rest, len(letters))
                key = letters[digit] + key
            yield key
        length += 1


def _attach_crossings(sop: Sop, plan: _Plan, chunks: list[_PageRows]) -> None:
    page_of = {plan.rows[row].step.id: i for i, chunk in enumerate(chunks) for row in chunk.rows}
    keys = _keys()
    for step in sop.steps:
        for index, branch in enumerate(step.next):
            source_page, target_page = page_of[step.id], page_of[branch.to]
            if source_page == target_page:
                continue
            target = sop.step(branch.to)
            crossing = _Crossing(
                next(keys), step, index, target, branch.label, source_page, target_page
            )
            chunks[source_page].outgoing.append(crossing)
            chunks[target_page].incoming.append(crossing)


@dataclass(slots=True)
class _PageBuilder:
    """Accumulates one page's geometry and its arrows' ends."""

    sop: Sop
    plan: _Plan
    chunk: _PageRows
    index: int
    cells: list[Cell] = field(default_factory=list)
    boxes: list[StepBox] = field(default_factory=list)
    connectors: list[Connector] = field(default_factory=list)
    nodes: dict[str, Node] = field(default_factory=dict)
    step_rows: dict[str, Rect] = field(default_factory=dict)
    router: Router = field(default_factory=Router)
    body: tuple[float, float] = (0.0, 0.0)  # top and bottom of the body rows
    missing: dict[str, float] = field(default_factory=dict)  # rows short of label room

    @property
    def columns(self) -> Columns:
        return self.plan.columns

    def build(self, top: float) -> float:
        """Lay out the page from ``top``; returns the y below its last band."""
        self.cells += header_cells(self.sop, self.columns, self.plan.header, top)
        y = top + self.plan.header.height
        y = self._top_band(y)
        body_top = y
        for slot, row_index in enumerate(self.chunk.rows):
            y = self._row(self.plan.rows[row_index], slot, y)
        self.body = (body_top, y)
        y = self._bottom_band(y)
        self._route()
        return y

    def _top_band(self, y: float) -> float:
        height = _top_band_height(len(self.chunk.incoming))
        if not height:
            return y
        self.cells += band_cells(self.columns, y, height)
        connector_top = y + BAND_PAD
        strips = connector_top + OFF_PAGE_SIZE[1] + BAND_PAD
        lanes = [self.columns.lanes[c.target.lane] for c in self.chunk.incoming]
        for i, (crossing, x) in enumerate(
            zip(self.chunk.incoming, self._spread(lanes), strict=True)
        ):
            rect = Rect(x - OFF_PAGE_SIZE[0] / 2, connector_top, *OFF_PAGE_SIZE)
            self._connector(crossing, rect, crossing.target.lane, outgoing=False)
            name = f"connector:{crossing.key}"
            column = self.columns.lanes[crossing.target.lane]
            self.nodes[name] = Node(name, None, rect, -1, column, rect.y, strips + i * BAND_STEP)
        return y + height

    def _bottom_band(self, y: float) -> float:
        count = len(self.chunk.outgoing)
        height = _bottom_band_height(count)
        if not height:
            return y
        self.cells += band_cells(self.columns, y, height)
        connector_top = y + BAND_TOP + count * BAND_STEP + SYMBOL_GAP
        lanes = [self.columns.lanes[c.source.lane] for c in self.chunk.outgoing]
        slot = len(self.chunk.rows)
        for i, (crossing, x) in enumerate(
            zip(self.chunk.outgoing, self._spread(lanes), strict=True)
        ):
            rect = Rect(x - OFF_PAGE_SIZE[0] / 2, connector_top, *OFF_PAGE_SIZE)
            self._connector(crossing, rect, crossing.source.lane, outgoing=True)
            name = f"connector:{crossing.key}"
            column = self.columns.lanes[crossing.source.lane]
            band = y + BAND_TOP + i * BAND_STEP
            self.nodes[name] = Node(name, None, rect, slot, column, band, rect.bottom)
        return y + height

    def _connector(self, crossing: _Crossing, rect: Rect, lane: str, *, outgoing: bool) -> None:
        other = crossing.target_page if outgoing else crossing.source_page
        self.connectors.append(Connector(crossing.key, rect, lane, outgoing, other))

    def _spread(self, lanes: list[Column]) -> list[float]:
        """Connector centres: each in its lane column when free, else the nearest free spot."""
        width = OFF_PAGE_SIZE[0] + CONNECTOR_GAP
        low = self.columns.left + width / 2
        high = self.columns.right - width / 2
        taken: list[float] = []
        for column in lanes:
            wanted = column.center
            for shift in range(2 * len(lanes) + 1):
                offset = (shift + 1) // 2 * width * (1 if shift % 2 else -1)
                x = min(high, max(low, wanted + offset))
                if all(abs(x - other) >= width - 1e-6 for other in taken):
                    break
            taken.append(x)
        return taken

    def _row(self, row: _Row, slot: int, y: float) -> float:
        step, h = row.step, row.height
        rect = Rect(self.columns.left, y, self.columns.right - self.columns.left, h)
        self.step_rows[step.id] = rect
        self.cells += row_cells(step, row.text, self.columns, y, h)
        top = y + row.band_h + (h - row.min_h) / 2
        lane = self.columns.lanes[step.lane]
        box = StepBox(
            step.id,
            step.lane,
            step.symbol,
            symbol_rect(step.symbol, lane.center, top),
            step.number,
            SYMBOL_LABEL_SIZE,
        )
        self.boxes.append(box)
        for other in dict.fromkeys(step.also_lanes):
            if other != step.lane:
                column = self.columns.lanes[other]
                ghost_rect = symbol_rect(step.symbol, column.center, top)
                self.boxes.append(
                    StepBox(
                        step.id,
                        other,
                        step.symbol,
                        ghost_rect,
                        step.number,
                        SYMBOL_LABEL_SIZE,
                        ghost=True,
                    )
                )
        run_y = (box.rect.bottom + y + h) / 2
        self.nodes[step.id] = Node(step.id, step.symbol, box.rect, slot, lane, y + BAND_TOP, run_y)
        return y + h

    def _route(self) -> None:
        outgoing = {(c.source.id, c.branch): c for c in self.chunk.outgoing}
        for row_index in self.chunk.rows:
            step = self.plan.rows[row_index].step
            source = self.nodes[step.id]
            targets: list[Node] = []
            for index, branch in enumerate(step.next):
                crossing = outgoing.get((step.id, index))
                if crossing is not None:
                    targets.append(self.nodes[f"connector:{crossing.key}"])
                else:
                    targets.append(self.nodes[branch.to])
            last_lane = len(self.columns.lanes) > 1 and step.lane == next(
                reversed(self.columns.lanes)
            )
            for branch, target, side in zip(
                step.next, targets, _sides(source, targets, last_lane=last_lane), strict=True
            ):
                self.router.add(source, target, side, branch.label)
        for crossing in self.chunk.incoming:
            name = f"connector:{crossing.key}"
            self.router.add(self.nodes[name], self.nodes[crossing.target.id], Side.BOTTOM)

    def _labelled(self, arrows: list[Arrow]) -> list[Arrow]:
        """``arrows`` with their branch labels placed in the lane columns of the source row."""
        if not any(arrow.label for arrow in arrows):
            return arrows
        lanes = list(self.columns.lanes.values())
        left, right = lanes[0].x, lanes[-1].right
        spans = tuple((column.x, column.right) for column in lanes)
        regions: dict[str, Region] = {}
        obstacles: dict[str, list[Rect]] = {}
        sources = [arrow.source for arrow in arrows]
        for arrow in arrows:
            if arrow.label and arrow.source not in regions:
                row = self.step_rows[arrow.source]
                regions[arrow.source] = Region(Rect(left, row.y, right - left, row.h), spans)
                obstacles[arrow.source] = [
                    box.rect for box in self.boxes if box.rect.intersects(row)
                ] + [c.rect for c in self.connectors if c.rect.intersects(row)]
        placed, self.missing = place_labels(arrows, sources, regions, obstacles)
        return placed

    def page(self, width: float, height: float) -> Page:
        lane_columns = {
            lane_id: Rect(column.x, self.body[0], column.w, self.body[1] - self.body[0])
            for lane_id, column in self.columns.lanes.items()
        }
        arrows = self._labelled(self.router.arrows())
        return Page(
            self.index,
            width,
            height,
            tuple(self.cells),
            tuple(self.boxes),
            tuple(self.connectors),
            tuple(arrows),
            lane_columns,
            dict(self.step_rows),
        )


def _sides(source: Node, targets: list[Node], *, last_lane: bool) -> list[Side]:
    """Exit sides: the flow into the next row leaves from the bottom, the rest sideways.

    Extra branches go towards a neighbouring lane column first (right, or left from the last
    lane), where their labels go; then the other side, the bottom if still free, the sides again.
    """
    sides: list[Side | None] = [None] * len(targets)
    direct = next((i for i, t in enumerate(targets) if t.slot == source.slot + 1), None)
    if direct is not None:
        sides[direct] = Side.BOTTOM
    order = [Side.LEFT, Side.RIGHT] if last_lane else [Side.RIGHT, Side.LEFT]
    spare = order + ([Side.BOTTOM] if direct is None else [])
    free = iter(spare + order * len(targets))
    return [side if side is not None else next(free) for side in sides]


def _assemble(
    sop: Sop,
    plan: _Plan,
    chunks: list[_PageRows],
    top: float,
    page_size: Callable[[float], tuple[float, float]],
) -> tuple[Layout, dict[str, float]]:
    pages = []
    missing: dict[str, float] = {}
    for index, chunk in enumerate(chunks):
        builder = _PageBuilder(sop, plan, chunk, index)
        bottom = builder.build(top)
        width, height = page_size(bottom + SCREEN_MARGIN)
        pages.append(builder.page(width, height))
        missing.update(builder.missing)
    return Layout(sop.id, tuple(pages)), missing
