"""Shared checks for the swimlane layout: its invariants and a strategy for random SOPs.

The invariants are what a clerk reading the printed SOP relies on: symbols do not overlap,
arrows start and end on the symbols they connect and never run through another symbol, text
stays in its cell, and a flow that leaves a page comes back on another page under the same
connector letter. Random SOPs are built as YAML and read through the real loader, so each one
is a template a clerk could write: steps reachable from the first, loops only through
decisions, every decision branch labelled.

The repository imports tests in importlib mode, so the helpers reach the tests as fixtures.
"""

from __future__ import annotations

import itertools
import math
import random
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
import yaml
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics

from desktop.flowchart.geometry import Arrow, Layout, Page, PageSpec, Point, Rect
from desktop.fonts import ITALIC, register_pdf_fonts, text_width
from desktop.models.sop import Sop, Symbol
from desktop.models.sop_loader import load_sop_text

LayoutCheck = Callable[[Sop, Layout, "PageSpec | None"], None]


@pytest.fixture(scope="session")
def layout_check() -> LayoutCheck:
    """Asserts every layout invariant: ``layout_check(sop, layout, paper_or_None)``."""
    return check_layout


@pytest.fixture(scope="session")
def random_sops() -> st.SearchStrategy[Sop]:
    """Random valid SOPs (1-8 lanes, 1-30 steps) to draw with ``st.data()``."""
    return sops()


EPS = 0.02
ASCENT = 0.9
DESCENT = 0.21


def check_layout(sop: Sop, layout: Layout, paper: PageSpec | None) -> None:
    """Assert every invariant on ``layout`` of ``sop`` (laid out on ``paper``, or screen)."""
    assert layout.sop_id == sop.id
    assert layout.pages, "a layout has at least one page"
    if paper is None:
        assert len(layout.pages) == 1
    for index, page in enumerate(layout.pages):
        assert page.index == index
        check_page(sop, page, paper)
    check_steps_once(sop, layout)
    check_edges(sop, layout)


def check_page(sop: Sop, page: Page, paper: PageSpec | None) -> None:
    check_header(sop, page)
    check_cells(page)
    check_inside(page, paper)
    check_no_overlap(page)
    check_boxes_in_lanes(sop, page)
    check_arrows(page)
    check_labels(page)


def check_header(sop: Sop, page: Page) -> None:
    titles = {_text(cell.lines) for cell in page.cells if cell.role == "header"}
    for title in ("No.", "Kegiatan", "Pelaksana", "Mutu Baku", "Kelengkapan", "Waktu", "Output"):
        assert _squash(title) in {_squash(t) for t in titles}, f"header {title!r} missing"
    assert _squash("Keterangan") in {_squash(t) for t in titles}
    lane_titles = [_squash(_text(c.lines)) for c in page.cells if c.role == "lane-header"]
    assert lane_titles == [_squash(lane.name) for lane in sop.lanes]
    for cell in page.cells:
        if cell.role in {"header", "lane-header"}:
            assert cell.shaded
            assert all(line.bold for line in cell.lines)
    header_bottom = max(c.rect.bottom for c in page.cells if c.role in {"header", "lane-header"})
    body_top = min((r.y for r in page.step_rows.values()), default=header_bottom)
    assert header_bottom <= body_top + EPS, "the header sits above the body rows"


def _text(lines: tuple[object, ...]) -> str:
    return " ".join(getattr(line, "text", "") for line in lines)


def _squash(text: str) -> str:
    """Text without whitespace: wrapping may split a long word anywhere."""
    return "".join(text.split())


def check_cells(page: Page) -> None:
    for cell in page.cells:
        rect = cell.rect
        for line in cell.lines:
            width = text_width(line.text, line.size, bold=line.bold)
            assert line.x >= rect.x - EPS, (cell.role, line)
            assert line.x + width <= rect.right + EPS, (cell.role, line, width, rect)
            assert line.baseline - ASCENT * line.size >= rect.y - EPS, (cell.role, line, rect)
            assert line.baseline + DESCENT * line.size <= rect.bottom + EPS, (cell.role, line)


def _all_rects(page: Page) -> list[Rect]:
    return (
        [c.rect for c in page.cells]
        + [b.rect for b in page.boxes]
        + [c.rect for c in page.connectors]
    )


def check_inside(page: Page, paper: PageSpec | None) -> None:
    area = paper.content if paper is not None else Rect(0, 0, page.width, page.height)
    if paper is not None:
        assert (page.width, page.height) == (paper.width, paper.height)
    for rect in _all_rects(page):
        assert area.contains(Point(rect.x, rect.y)), rect
        assert area.contains(Point(rect.right, rect.bottom)), rect
    for arrow in page.arrows:
        for point in arrow.points:
            assert area.contains(point), arrow
        if arrow.label:
            assert arrow.label_at is not None
            for rect in label_rects(arrow):
                assert area.contains(Point(rect.x, rect.y)), arrow
                assert area.contains(Point(rect.right, rect.bottom)), arrow


def check_no_overlap(page: Page) -> None:
    rects = sorted(
        [(b.rect, f"box {b.step_id}/{b.lane_id}") for b in page.boxes]
        + [(c.rect, f"connector {c.key}") for c in page.connectors],
        key=lambda item: item[0].y,
    )
    for i, (rect, name) in enumerate(rects):
        for other, other_name in rects[i + 1 :]:
            if other.y >= rect.bottom:
                break
            assert not rect.intersects(other), f"{name} overlaps {other_name}"


def check_boxes_in_lanes(sop: Sop, page: Page) -> None:
    for box in page.boxes:
        column = page.lane_columns[box.lane_id]
        row = page.step_rows[box.step_id]
        for rect in (column, row):
            assert rect.contains(Point(box.rect.x, box.rect.y)), (box, rect)
            assert rect.contains(Point(box.rect.right, box.rect.bottom)), (box, rect)
        assert box.label == sop.step(box.step_id).number
        if not box.ghost:
            assert box.lane_id == sop.step(box.step_id).lane
            assert box.symbol is sop.step(box.step_id).symbol


def on_outline(symbol: Symbol | None, rect: Rect, point: Point, tol: float = 0.05) -> bool:
    """True when ``point`` lies on the drawn shape (``None``: an off-page connector).

    Shapes as :func:`desktop.flowchart.shapes.symbol_polygon` draws them; the terminator is a
    stadium.
    """
    cx, cy = rect.center.x, rect.center.y
    dx, dy = abs(point.x - cx), abs(point.y - cy)
    half_w, half_h = rect.w / 2, rect.h / 2
    inside_x = dx <= half_w + tol
    if symbol is None or symbol is Symbol.CONNECTOR:
        on_side = abs(dx - half_w) <= tol and rect.y - tol <= point.y <= rect.y + 0.6 * rect.h
        if symbol is Symbol.CONNECTOR and on_side:
            return True
        on_top = abs(point.y - rect.y) <= tol and inside_x
        at_apex = dx <= tol and abs(point.y - rect.bottom) <= tol
        return on_top or at_apex
    if symbol is Symbol.PROCESS:
        on_h = inside_x and (abs(point.y - rect.y) <= tol or abs(point.y - rect.bottom) <= tol)
        on_v = dy <= half_h + tol and abs(dx - half_w) <= tol
        return on_h or on_v
    if symbol is Symbol.DECISION:
        return abs(dx / half_w + dy / half_h - 1) * min(half_w, half_h) <= tol
    if symbol is Symbol.TERMINATOR:
        flat = half_w - half_h
        if dx <= flat:
            return abs(dy - half_h) <= tol
        return abs(math.hypot(dx - flat, dy) - half_h) <= tol
    corners = (Point(rect.x, rect.y), Point(rect.right, rect.y), Point(cx, rect.bottom))
    return any(_segment_distance(point, corners[i], corners[(i + 1) % 3]) <= tol for i in range(3))


def _segment_distance(p: Point, a: Point, b: Point) -> float:
    vx, vy = b.x - a.x, b.y - a.y
    t = max(0.0, min(1.0, ((p.x - a.x) * vx + (p.y - a.y) * vy) / (vx * vx + vy * vy)))
    return math.hypot(p.x - (a.x + t * vx), p.y - (a.y + t * vy))


def _end(page: Page, name: str) -> tuple[Symbol | None, Rect]:
    if name.startswith("connector:"):
        key = name.removeprefix("connector:")
        connector = next(c for c in page.connectors if c.key == key)
        return None, connector.rect
    box = next(b for b in page.boxes if b.step_id == name and not b.ghost)
    return box.symbol, box.rect


def segment_hits(a: Point, b: Point, rect: Rect) -> bool:
    """True when the segment a-b enters the interior of ``rect``."""
    left, right = min(a.x, b.x), max(a.x, b.x)
    top, bottom = min(a.y, b.y), max(a.y, b.y)
    return (
        left < rect.right - EPS
        and right > rect.x + EPS
        and top < rect.bottom - EPS
        and bottom > rect.y + EPS
    )


def check_arrows(page: Page) -> None:
    obstacles = [(b.rect, b.step_id, b.ghost) for b in page.boxes] + [
        (c.rect, f"connector:{c.key}", False) for c in page.connectors
    ]
    for arrow in page.arrows:
        check_arrow_ends(page, arrow)
        points = arrow.points
        assert len(points) >= 2
        for a, b in itertools.pairwise(points):
            assert abs(a.x - b.x) < 1e-6 or abs(a.y - b.y) < 1e-6, f"diagonal segment {arrow}"
            for rect, name, ghost in obstacles:
                if not ghost and name in {arrow.source, arrow.target}:
                    continue
                assert not segment_hits(a, b, rect), f"{arrow} crosses {name}"


def check_arrow_ends(page: Page, arrow: Arrow) -> None:
    symbol, rect = _end(page, arrow.source)
    assert on_outline(symbol, rect, arrow.points[0]), f"{arrow} does not start on its source"
    symbol, rect = _end(page, arrow.target)
    assert on_outline(symbol, rect, arrow.points[-1]), f"{arrow} does not end on its target"
    last, before = arrow.points[-1], arrow.points[-2]
    assert before.y < last.y, "arrows land on a symbol from above"


LABEL_UP = 0.75  # a label line's extent above its baseline, as a fraction of its size
LABEL_DOWN = 0.25


def label_rects(arrow: Arrow) -> list[Rect]:
    """Each drawn line of ``arrow``'s branch label as a rectangle (italic face widths)."""
    register_pdf_fonts()
    rects = []
    for line in arrow.drawn_label_lines():
        width = float(pdfmetrics.stringWidth(line.text, ITALIC, line.size))
        top = line.baseline - LABEL_UP * line.size
        rects.append(Rect(line.x, top, width, (LABEL_UP + LABEL_DOWN) * line.size))
    return rects


def check_labels(page: Page) -> None:
    """Branch labels stay in the lanes, off symbols, text, other labels and every arrow."""
    if not page.lane_columns:
        return
    lanes_left = min(rect.x for rect in page.lane_columns.values())
    lanes_right = max(rect.right for rect in page.lane_columns.values())
    symbols = [(b.rect, f"box {b.step_id}/{b.lane_id}") for b in page.boxes] + [
        (c.rect, f"connector {c.key}") for c in page.connectors
    ]
    texts = [
        Rect(
            line.x,
            line.baseline - ASCENT * line.size,
            text_width(line.text, line.size, bold=line.bold),
            (ASCENT + DESCENT) * line.size,
        )
        for cell in page.cells
        for line in cell.lines
    ]
    labelled = [(arrow, label_rects(arrow)) for arrow in page.arrows if arrow.label]
    for arrow, rects in labelled:
        assert rects, f"{arrow} has a label but no drawn line"
        assert "".join(_squash(line.text) for line in arrow.drawn_label_lines()) == _squash(
            arrow.label
        ), "the drawn lines spell the label"
        for rect in rects:
            name = f"label {arrow.label!r} of {arrow.source}->{arrow.target}"
            assert lanes_left - EPS <= rect.x and rect.right <= lanes_right + EPS, (
                f"{name} leaves the lanes: {rect}"
            )
            for other, other_name in symbols:
                assert not rect.intersects(other), f"{name} overlaps {other_name}"
            for text in texts:
                assert not rect.intersects(text), f"{name} overlaps cell text {text}"
            for crossing in page.arrows:
                for a, b in itertools.pairwise(crossing.points):
                    assert not segment_hits(a, b, rect), (
                        f"{name} is crossed by {crossing.source}->{crossing.target}"
                    )
    for (arrow, rects), (other, other_rects) in itertools.combinations(labelled, 2):
        for rect in rects:
            for other_rect in other_rects:
                assert not rect.intersects(other_rect), (
                    f"label {arrow.label!r} overlaps label {other.label!r}"
                )


def check_steps_once(sop: Sop, layout: Layout) -> None:
    seen = Counter(b.step_id for page in layout.pages for b in page.boxes if not b.ghost)
    assert seen == Counter(step.id for step in sop.steps)
    rows = Counter(step_id for page in layout.pages for step_id in page.step_rows)
    assert rows == Counter(step.id for step in sop.steps)
    for page in layout.pages:
        for box in page.boxes:
            assert box.step_id in page.step_rows
    order = [step_id for page in layout.pages for step_id in page.step_rows]
    assert order == [step.id for step in sop.steps], "rows keep the SOP's order"


def check_edges(sop: Sop, layout: Layout) -> None:
    """Each flow of the SOP is drawn once: on its page, or as a connector pair."""
    page_of = {sid: page.index for page in layout.pages for sid in page.step_rows}
    expected_same: Counter[tuple[int, str, str, str]] = Counter()
    expected_cross: Counter[tuple[str, str, str]] = Counter()
    for step in sop.steps:
        for branch in step.next:
            if page_of[step.id] == page_of[branch.to]:
                expected_same[(page_of[step.id], step.id, branch.to, branch.label)] += 1
            else:
                expected_cross[(step.id, branch.to, branch.label)] += 1
    drawn_same: Counter[tuple[int, str, str, str]] = Counter()
    outgoing: dict[str, tuple[int, str, str]] = {}
    incoming: dict[str, tuple[int, str]] = {}
    for page in layout.pages:
        for arrow in page.arrows:
            if arrow.target.startswith("connector:"):
                outgoing[arrow.target.removeprefix("connector:")] = (
                    page.index,
                    arrow.source,
                    arrow.label,
                )
            elif arrow.source.startswith("connector:"):
                incoming[arrow.source.removeprefix("connector:")] = (page.index, arrow.target)
            else:
                drawn_same[(page.index, arrow.source, arrow.target, arrow.label)] += 1
    assert drawn_same == expected_same
    assert set(outgoing) == set(incoming), "every connector key appears on both pages"
    drawn_cross: Counter[tuple[str, str, str]] = Counter()
    for key, (page_index, source, label) in outgoing.items():
        target_page, target = incoming[key]
        assert page_index == page_of[source] and target_page == page_of[target]
        drawn_cross[(source, target, label)] += 1
        _check_connector_pair(
            sop, layout, key, pages=(page_index, target_page), ends=(source, target)
        )
    assert drawn_cross == expected_cross


def _check_connector_pair(
    sop: Sop, layout: Layout, key: str, *, pages: tuple[int, int], ends: tuple[str, str]
) -> None:
    out_page, in_page = pages
    source, target = ends
    outs = [c for c in layout.pages[out_page].connectors if c.key == key]
    ins = [c for c in layout.pages[in_page].connectors if c.key == key]
    assert len(outs) == 1 and outs[0].outgoing and outs[0].target_page == in_page
    assert len(ins) == 1 and not ins[0].outgoing and ins[0].target_page == out_page
    assert outs[0].lane_id == sop.step(source).lane
    assert ins[0].lane_id == sop.step(target).lane
    rows_out = layout.pages[out_page].step_rows.values()
    rows_in = layout.pages[in_page].step_rows.values()
    assert outs[0].rect.y >= max(r.bottom for r in rows_out) - EPS, "outgoing below the rows"
    assert ins[0].rect.bottom <= min(r.y for r in rows_in) + EPS, "incoming above the rows"
    header_bottom = max(
        c.rect.bottom for c in layout.pages[in_page].cells if c.role == "lane-header"
    )
    assert ins[0].rect.y >= header_bottom - EPS, "incoming under the header"


LETTERS = "abcdefghijklmnopqrstuvwxyzAKMS"
WAKTU = ("", "5 menit", "10 Menit", "2 jam", "1 hari kerja", "3-5 hari")
PLAIN_SYMBOLS = ("process", "terminator", "archive", "connector")

LABELS = ("Ya", "Tidak", "lengkap", "tidak lengkap", "sesuai kewenangan")


def _word(rng: random.Random) -> str:
    """Mostly short words, sometimes one longer than any column (it must be split)."""
    if rng.random() < 0.08:
        return "".join(rng.choices(LETTERS + "/(),.", k=rng.randint(18, 60)))
    return "".join(rng.choices(LETTERS, k=rng.randint(1, 10)))


def _random_text(rng: random.Random, min_words: int, max_words: int) -> str:
    """Random words from a generator Hypothesis seeds.

    Drawing every letter through Hypothesis made the test several times slower without
    finding more; the graph, lanes and symbols are still drawn (and shrunk) by Hypothesis.
    """
    return " ".join(_word(rng) for _ in range(rng.randint(min_words, max_words)))


def _label(rng: random.Random) -> str:
    return rng.choice(LABELS) if rng.random() < 0.6 else _random_text(rng, 1, 2)[:16]


def _reachable(nexts: list[list[int]]) -> bool:
    seen, frontier = {0}, [0]
    while frontier:
        for target in nexts[frontier.pop()]:
            if target not in seen:
                seen.add(target)
                frontier.append(target)
    return len(seen) == len(nexts)


@st.composite
def _graph(draw: st.DrawFn, count: int) -> tuple[list[list[int]], set[int]]:
    """Successor lists: a spine i -> i+1, skips, and decisions that jump anywhere."""
    nexts: list[list[int]] = []
    decisions: set[int] = set()
    for index in range(count):
        if index == count - 1:
            nexts.append([])
        elif draw(st.integers(0, 3)) == 0:
            decisions.add(index)
            others = draw(
                st.lists(
                    st.integers(0, count - 1).filter(lambda t, i=index: t != i + 1),
                    min_size=1,
                    max_size=2,
                    unique=True,
                )
            )
            nexts.append(draw(st.permutations([index + 1, *others])))
        else:
            nexts.append([index + 1])
    for index in range(count - 2):
        if index in decisions or not draw(st.booleans()):
            continue
        skip = draw(st.integers(index + 2, count - 1))
        saved = nexts[index]
        nexts[index] = [skip]
        if not _reachable(nexts):
            nexts[index] = saved
    return nexts, decisions


@st.composite
def sops(draw: st.DrawFn, max_steps: int = 30, max_lanes: int = 8) -> Sop:
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    lane_count = draw(st.integers(1, max_lanes))
    count = draw(st.integers(1, max_steps))
    nexts, decisions = draw(_graph(count))
    lanes = [{"id": f"l{i}", "name": _random_text(rng, 1, 7)} for i in range(lane_count)]
    steps: list[dict[str, Any]] = []
    for index in range(count):
        decision = index in decisions
        step: dict[str, Any] = {
            "id": f"s{index}",
            "number": str(index + 1),
            "activity": _random_text(rng, 1, 30),
            "lane": f"l{draw(st.integers(0, lane_count - 1))}",
            "also_lanes": [
                f"l{i}" for i in draw(st.lists(st.integers(0, lane_count - 1), max_size=3))
            ],
            "symbol": "decision" if decision else draw(st.sampled_from(PLAIN_SYMBOLS)),
            "kelengkapan": _random_text(rng, 0, 12),
            "waktu": draw(st.sampled_from(WAKTU)),
            "output": _random_text(rng, 0, 8),
            "keterangan": _random_text(rng, 0, 6),
            "next": [
                {"to": f"s{t}", "label": _label(rng) if decision else ""} for t in nexts[index]
            ],
        }
        steps.append(step)
    document = {
        "id": "acak",
        "revision": "1",
        "title": "SOP acak",
        "office": "Dinas Kesehatan",
        "lanes": lanes,
        "steps": steps,
    }
    return load_sop_text(yaml.safe_dump(document, allow_unicode=True), "acak.yaml")
