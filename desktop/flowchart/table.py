"""The Permenpan RB 35/2012 table around the flowchart: columns, header and text cells.

Columns: No | Kegiatan | one per pelaksana (group "Pelaksana") | Kelengkapan | Waktu | Output
(group "Mutu Baku") | Keterangan. Widths fit the paper; Kegiatan takes what is left because its
text is the longest, up to a third of the table: width beyond that goes to Kelengkapan, Output
and Keterangan by how much text each holds, so rows get shorter. Lanes stay wide enough for a
symbol plus the arrow channels beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from desktop.flowchart.geometry import Cell, Rect, TextLine
from desktop.fonts import text_width, wrap_text
from desktop.models.sop import Sop, Step

HEADER_SIZE = 7.0
BODY_SIZE = 7.0
LEADING = 1.2  # line advance as a multiple of the font size
PAD = 3.0  # inner cell padding
ASCENT = 0.905  # Liberation Sans ascender, as a fraction of the size
DESCENT = 0.212

NUMBER_W = 20.0
KEGIATAN_MIN = 110.0
LANE_PREF = 66.0
LANE_MIN = 52.0
MUTU_PREF = {"kelengkapan": 82.0, "waktu": 42.0, "output": 74.0, "keterangan": 62.0}
MUTU_MIN_FACTOR = 0.55
KEGIATAN_SHARE = 0.34  # Kegiatan's widest share of the table; beyond, text columns grow
SHARED_ROLES = ("kelengkapan", "output", "keterangan")
SINGLE_LANE_W = 150.0  # one lane: room beside the symbol for branch labels

HEADER_TITLES = {
    "kelengkapan": "Kelengkapan",
    "waktu": "Waktu",
    "output": "Output",
    "keterangan": "Keterangan",
}
TEXT_ROLES = ("kelengkapan", "waktu", "output", "keterangan")


@dataclass(frozen=True, slots=True)
class Column:
    """A column of the table: left edge ``x`` and width ``w``."""

    x: float
    w: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def center(self) -> float:
        return self.x + self.w / 2


@dataclass(frozen=True, slots=True)
class Columns:
    """Every column's horizontal extent; ``lanes`` keeps the SOP's lane order."""

    number: Column
    activity: Column
    lanes: dict[str, Column]
    mutu: dict[str, Column]  # kelengkapan, waktu, output, keterangan

    @property
    def left(self) -> float:
        return self.number.x

    @property
    def right(self) -> float:
        return self.mutu["keterangan"].right

    def all(self) -> list[Column]:
        return [self.number, self.activity, *self.lanes.values(), *self.mutu.values()]


def natural_width(lane_count: int) -> float:
    """The table width at preferred column sizes, used when the screen may be as wide as needed."""
    return NUMBER_W + KEGIATAN_MIN * 1.6 + lane_count * LANE_PREF + sum(MUTU_PREF.values())


def plan_columns(sop: Sop, left: float, width: float) -> Columns:
    """Fit the columns into ``width``: lanes shrink first, then the Mutu Baku columns.

    Only when even the minimum sizes do not fit does Kegiatan drop below its minimum (it never
    drops below a third of it); the table then stays inside ``width`` regardless.
    """
    n = len(sop.lanes)
    mutu_total = sum(MUTU_PREF.values())
    spare = width - NUMBER_W - mutu_total - KEGIATAN_MIN
    lane_w = max(LANE_MIN, min(LANE_PREF, spare / n))
    factor = (width - NUMBER_W - KEGIATAN_MIN - n * lane_w) / mutu_total
    factor = max(MUTU_MIN_FACTOR, min(1.0, factor))
    mutu_w = {role: w * factor for role, w in MUTU_PREF.items()}
    activity_w = width - NUMBER_W - n * lane_w - sum(mutu_w.values())
    if activity_w < KEGIATAN_MIN / 3:
        activity_w = KEGIATAN_MIN / 3
        lane_w = (width - NUMBER_W - activity_w - sum(mutu_w.values())) / n
    if n == 1:
        grow = max(0.0, min(SINGLE_LANE_W - lane_w, activity_w - KEGIATAN_MIN))
        lane_w += grow
        activity_w -= grow
    activity_w = _share_text_width(sop, activity_w, mutu_w, KEGIATAN_SHARE * width)
    x = left
    number = Column(x, NUMBER_W)
    x += NUMBER_W
    activity = Column(x, activity_w)
    x += activity_w
    lanes: dict[str, Column] = {}
    for lane in sop.lanes:
        lanes[lane.id] = Column(x, lane_w)
        x += lane_w
    mutu: dict[str, Column] = {}
    for role, w in mutu_w.items():
        mutu[role] = Column(x, w)
        x += w
    return Columns(number, activity, lanes, mutu)


def _share_text_width(
    sop: Sop, activity_w: float, mutu_w: dict[str, float], activity_cap: float
) -> float:
    """Share the text columns' spare width by how much text each holds; returns Kegiatan's.

    Each of Kegiatan, Kelengkapan, Output and Keterangan keeps a floor (Kegiatan its minimum,
    the others their header word); what lies above the floors goes to the columns in
    proportion to their text, so rows come out about equally tall. Kegiatan never passes
    ``activity_cap`` and no other column grows wider than Kegiatan.
    """
    floors = {"activity": min(activity_w, KEGIATAN_MIN)}
    for role in SHARED_ROLES:  # wide enough for the header and every word, never wider
        words = [word for step in sop.steps for word in getattr(step, role).split()]
        longest = max((measure(word, BODY_SIZE) for word in words), default=0.0)
        header = measure(HEADER_TITLES[role], HEADER_SIZE, bold=True)
        floors[role] = min(mutu_w[role], max(header, longest) + 2 * PAD + 1)
    widths = {"activity": activity_w, **{role: mutu_w[role] for role in SHARED_ROLES}}
    pool = sum(widths.values()) - sum(floors.values())
    demand = {"activity": sum(measure(step.activity, BODY_SIZE) for step in sop.steps)}
    for role in SHARED_ROLES:
        demand[role] = sum(measure(getattr(step, role), BODY_SIZE) for step in sop.steps)
    widths = dict(floors)
    open_roles = [role for role in widths if demand[role] > 0]
    for _ in range(8):  # a few rounds settle the caps
        total = sum(demand[role] for role in open_roles)
        if pool <= 1e-6 or total <= 0:
            break
        given = 0.0
        for role in open_roles:
            cap = activity_cap if role == "activity" else max(activity_cap, widths["activity"])
            share = min(pool * demand[role] / total, max(0.0, cap - widths[role]))
            widths[role] += share
            given += share
        pool -= given
        open_roles = [r for r in open_roles if widths[r] < (activity_cap - 1e-6)]
        if given <= 1e-6:
            break
    widths["activity"] += pool  # nothing else can take it
    for role in SHARED_ROLES:
        mutu_w[role] = widths[role]
    return widths["activity"]


@lru_cache(maxsize=8192)
def _wrapped(text: str, width: float, size: float, bold: bool) -> tuple[str, ...]:
    if not text.strip():
        return ()
    return tuple(wrap_text(text, width, size, bold=bold))


@lru_cache(maxsize=8192)
def measure(text: str, size: float, bold: bool = False) -> float:
    """Cached :func:`desktop.fonts.text_width` (layouts measure the same words repeatedly)."""
    return text_width(text, size, bold=bold)


def wrapped(text: str, column: Column, size: float, *, bold: bool = False) -> tuple[str, ...]:
    """``text`` wrapped to the inside of ``column`` (padding removed)."""
    return _wrapped(text, round(column.w - 2 * PAD, 3), size, bold)


def text_height(line_count: int, size: float) -> float:
    """Height of a cell holding ``line_count`` lines, padding included."""
    if line_count == 0:
        return 2 * PAD
    return 2 * PAD + (ASCENT + DESCENT) * size + (line_count - 1) * LEADING * size


def place_lines(
    lines: tuple[str, ...], rect: Rect, size: float, *, bold: bool = False, center: bool = False
) -> tuple[TextLine, ...]:
    """Text lines from the top of ``rect`` (or centred in it, for headers)."""
    if not lines:
        return ()
    top = rect.y + PAD
    if center:
        top = rect.y + (rect.h - text_height(len(lines), size)) / 2 + PAD
    placed: list[TextLine] = []
    for index, line in enumerate(lines):
        x = rect.x + PAD
        if center:
            x = rect.x + (rect.w - measure(line, size, bold)) / 2
        baseline = top + ASCENT * size + index * LEADING * size
        placed.append(TextLine(x, baseline, line, size, bold))
    return tuple(placed)


@dataclass(frozen=True, slots=True)
class RowText:
    """A step's wrapped texts per role and the height they need."""

    lines: dict[str, tuple[str, ...]]
    height: float


def measure_row(step: Step, columns: Columns) -> RowText:
    """Wrap every text cell of ``step``'s row."""
    lines = {
        "number": wrapped(step.number, columns.number, BODY_SIZE),
        "activity": wrapped(step.activity, columns.activity, BODY_SIZE),
    }
    for role in TEXT_ROLES:
        lines[role] = wrapped(getattr(step, role), columns.mutu[role], BODY_SIZE)
    height = max(text_height(len(texts), BODY_SIZE) for texts in lines.values())
    return RowText(lines, height)


def row_cells(step: Step, text: RowText, columns: Columns, y: float, h: float) -> list[Cell]:
    """The bordered cells of one body row, lane cells empty (the symbols are drawn on top)."""
    cells = [
        Cell(
            Rect(columns.number.x, y, columns.number.w, h),
            _centered_top(text.lines["number"], columns.number, y),
            role="number",
            step_id=step.id,
        ),
        _text_cell("activity", text, Rect(columns.activity.x, y, columns.activity.w, h), step.id),
    ]
    cells += [
        Cell(Rect(col.x, y, col.w, h), role="lane", step_id=step.id)
        for col in columns.lanes.values()
    ]
    cells += [
        _text_cell(role, text, Rect(columns.mutu[role].x, y, columns.mutu[role].w, h), step.id)
        for role in TEXT_ROLES
    ]
    return cells


def _text_cell(role: str, text: RowText, rect: Rect, step_id: str) -> Cell:
    return Cell(rect, place_lines(text.lines[role], rect, BODY_SIZE), role=role, step_id=step_id)


def _centered_top(lines: tuple[str, ...], column: Column, y: float) -> tuple[TextLine, ...]:
    placed = place_lines(lines, Rect(column.x, y, column.w, 0), BODY_SIZE)
    return tuple(
        TextLine(
            column.center - measure(line.text, BODY_SIZE) / 2, line.baseline, line.text, BODY_SIZE
        )
        for line in placed
    )


@dataclass(frozen=True, slots=True)
class Header:
    """The two header rows' heights and the wrapped lane names."""

    top_h: float
    sub_h: float
    lane_lines: dict[str, tuple[str, ...]]

    @property
    def height(self) -> float:
        return self.top_h + self.sub_h


def _bold_lines(text: str, column: Column) -> tuple[str, ...]:
    return wrapped(text, column, HEADER_SIZE, bold=True)


def measure_header(sop: Sop, columns: Columns) -> Header:
    """Heights of the two header rows so every title fits."""
    lanes_span = Column(columns.activity.right, sum(c.w for c in columns.lanes.values()))
    mutu_span = Column(columns.mutu["kelengkapan"].x, _mutu_group_width(columns))
    top_h = max(
        text_height(len(_bold_lines("Pelaksana", lanes_span)), HEADER_SIZE),
        text_height(len(_bold_lines("Mutu Baku", mutu_span)), HEADER_SIZE),
    )
    lane_lines = {lane.id: _bold_lines(lane.name, columns.lanes[lane.id]) for lane in sop.lanes}
    sub_texts = [*lane_lines.values()]
    sub_texts += [_bold_lines(HEADER_TITLES[r], columns.mutu[r]) for r in TEXT_ROLES[:3]]
    sub_h = max(text_height(len(lines), HEADER_SIZE) for lines in sub_texts)
    spanning = [
        _bold_lines("No.", columns.number),
        _bold_lines("Kegiatan", columns.activity),
        _bold_lines(HEADER_TITLES["keterangan"], columns.mutu["keterangan"]),
    ]
    full_h = max(text_height(len(lines), HEADER_SIZE) for lines in spanning)
    sub_h = max(sub_h, full_h - top_h)
    return Header(top_h, sub_h, lane_lines)


def _mutu_group_width(columns: Columns) -> float:
    return sum(columns.mutu[r].w for r in TEXT_ROLES[:3])


def _header_cell(column: Column, y: float, h: float, role: str, text: str) -> Cell:
    rect = Rect(column.x, y, column.w, h)
    lines = _bold_lines(text, column)
    return Cell(rect, place_lines(lines, rect, HEADER_SIZE, bold=True, center=True), True, role)


def header_cells(sop: Sop, columns: Columns, header: Header, y: float) -> list[Cell]:
    """The shaded header: group titles on top, lane names and Mutu Baku titles below."""
    full, top, sub_y = header.height, header.top_h, y + header.top_h
    lanes_group = Column(columns.activity.right, sum(c.w for c in columns.lanes.values()))
    mutu_group = Column(columns.mutu["kelengkapan"].x, _mutu_group_width(columns))
    cells = [
        _header_cell(columns.number, y, full, "header", "No."),
        _header_cell(columns.activity, y, full, "header", "Kegiatan"),
        _header_cell(lanes_group, y, top, "header", "Pelaksana"),
        _header_cell(mutu_group, y, top, "header", "Mutu Baku"),
        _header_cell(columns.mutu["keterangan"], y, full, "header", HEADER_TITLES["keterangan"]),
    ]
    cells += [
        _header_cell(columns.lanes[lane.id], sub_y, header.sub_h, "lane-header", lane.name)
        for lane in sop.lanes
    ]
    cells += [
        _header_cell(columns.mutu[role], sub_y, header.sub_h, "header", HEADER_TITLES[role])
        for role in TEXT_ROLES[:3]
    ]
    return cells


def band_cells(columns: Columns, y: float, h: float) -> list[Cell]:
    """Empty bordered cells for a connector band, so the table's grid stays continuous."""
    return [Cell(Rect(col.x, y, col.w, h), role="band") for col in columns.all()]
