"""Plain geometry the painters draw; all units are points (1/72 inch), y grows downwards.

Painters are deliberately dumb: every rectangle, text baseline and arrow bend is decided here
(by :mod:`desktop.flowchart.layout`), so the screen and the paper cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from desktop.models.sop import Symbol


@dataclass(frozen=True, slots=True)
class Point:
    """A point, in points from the top-left corner of the page."""

    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Rect:
    """An upright rectangle: top-left corner ``(x, y)``, width ``w`` and height ``h``."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> Point:
        return Point(self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, point: Point, tolerance: float = 0.01) -> bool:
        """True when ``point`` is inside or on the border."""
        return (
            self.x - tolerance <= point.x <= self.right + tolerance
            and self.y - tolerance <= point.y <= self.bottom + tolerance
        )

    def intersects(self, other: Rect) -> bool:
        """True when the interiors overlap (touching borders do not count)."""
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"


@dataclass(frozen=True, slots=True)
class TextLine:
    """One line of text; ``x`` is where the painter starts it (alignment already applied)."""

    x: float
    baseline: float
    text: str
    size: float
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell: a bordered rectangle, optionally shaded, with its wrapped text."""

    rect: Rect
    lines: tuple[TextLine, ...] = ()
    shaded: bool = False
    role: str = ""  # e.g. "header", "number", "activity", "kelengkapan", "lane-header"
    step_id: str | None = None


@dataclass(frozen=True, slots=True)
class StepBox:
    """A step's symbol in its lane column; ``ghost`` marks another lane involved in the step."""

    step_id: str
    lane_id: str
    symbol: Symbol
    rect: Rect
    label: str = ""  # short text drawn inside the symbol (the step number)
    label_size: float = 7.0
    ghost: bool = False


@dataclass(frozen=True, slots=True)
class Connector:
    """An off-page connector (the home-plate pentagon) carrying a flow across a page break."""

    key: str  # "A", "B", ... the same on both pages
    rect: Rect
    lane_id: str
    outgoing: bool  # True on the page the flow leaves, False on the page it arrives at
    target_page: int  # page (0-based) the other half of the pair sits on


@dataclass(frozen=True, slots=True)
class Arrow:
    """An orthogonal polyline from its source to its target; the head is at ``points[-1]``.

    ``source``/``target`` name a step id, or ``"connector:<key>"`` for an off-page connector.
    """

    source: str
    target: str
    points: tuple[Point, ...]
    label: str = ""
    label_at: Point | None = None  # baseline start of the label text (its first line)
    label_size: float = 6.5
    #: The label as drawn, possibly wrapped; empty means one line ``label`` at ``label_at``.
    label_lines: tuple[TextLine, ...] = ()

    def drawn_label_lines(self) -> tuple[TextLine, ...]:
        """The label's lines as painters draw them (``label`` at ``label_at`` if unwrapped)."""
        if self.label_lines:
            return self.label_lines
        if self.label and self.label_at is not None:
            return (TextLine(self.label_at.x, self.label_at.y, self.label, self.label_size),)
        return ()


@dataclass(frozen=True, slots=True)
class Page:
    """One page (or, on screen, the whole chart when the layout is not paginated)."""

    index: int
    width: float
    height: float
    cells: tuple[Cell, ...] = ()
    boxes: tuple[StepBox, ...] = ()
    connectors: tuple[Connector, ...] = ()
    arrows: tuple[Arrow, ...] = ()
    lane_columns: dict[str, Rect] = field(default_factory=dict)
    step_rows: dict[str, Rect] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PageSpec:
    """Paper for a paginated layout (landscape sizes in points) and its margins."""

    name: str
    width: float
    height: float
    margin: float = 28.35  # 10 mm

    @property
    def content(self) -> Rect:
        return Rect(
            self.margin, self.margin, self.width - 2 * self.margin, self.height - 2 * self.margin
        )


MM = 72 / 25.4
A4_LANDSCAPE = PageSpec("A4", 297 * MM, 210 * MM)
F4_LANDSCAPE = PageSpec("F4", 330 * MM, 215 * MM)
PAPERS = {"A4": A4_LANDSCAPE, "F4": F4_LANDSCAPE}


@dataclass(frozen=True, slots=True)
class Layout:
    """The whole chart: one page when laid out for screen, several for paper."""

    sop_id: str
    pages: tuple[Page, ...]

    def page_of_step(self, step_id: str) -> Page:
        return next(page for page in self.pages if step_id in page.step_rows)

    def box_of(self, step_id: str) -> StepBox:
        return next(
            box
            for page in self.pages
            for box in page.boxes
            if box.step_id == step_id and not box.ghost
        )
