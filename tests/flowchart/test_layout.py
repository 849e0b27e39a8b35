"""Concrete swimlane layouts: what a clerk sees for small, branching and long SOPs."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import yaml

from desktop.flowchart.geometry import A4_LANDSCAPE, F4_LANDSCAPE, Layout, PageSpec
from desktop.flowchart.layout import layout_sop
from desktop.models.sop import Sop, Symbol
from desktop.models.sop_loader import load_bundled, load_sop_text

LayoutCheck = Callable[[Sop, Layout, PageSpec | None], None]

LANES = [
    {"id": "tu", "name": "Tata Usaha"},
    {"id": "kadis", "name": "Kepala Dinas"},
    {"id": "kabid", "name": "Kepala Bidang"},
    {"id": "kominfo", "name": "Admin Instansi (Kominfo Kabupaten OKU Selatan)"},
    {"id": "petugas", "name": "Petugas Pengaduan"},
]


def make_sop(steps: list[dict[str, Any]], lanes: list[dict[str, str]] | None = None) -> Sop:
    document = {
        "id": "uji",
        "revision": "1",
        "title": "Penanganan Pengaduan",
        "office": "Dinas Kesehatan",
        "lanes": lanes or LANES,
        "steps": steps,
    }
    return load_sop_text(yaml.safe_dump(document), "uji.yaml")


def chain(
    count: int, activity: str = "Menerima dan mencatat surat pengaduan"
) -> list[dict[str, Any]]:
    lane_ids = [lane["id"] for lane in LANES]
    return [
        {
            "id": f"s{i}",
            "number": str(i + 1),
            "activity": activity,
            "lane": lane_ids[i % len(lane_ids)],
            "waktu": "10 menit",
            "next": [f"s{i + 1}"] if i < count - 1 else [],
        }
        for i in range(count)
    ]


def test_two_steps_in_one_lane_give_one_straight_arrow(layout_check: LayoutCheck) -> None:
    sop = make_sop(
        [
            {
                "id": "terima",
                "number": "1",
                "activity": "Menerima surat",
                "lane": "tu",
                "symbol": "terminator",
                "next": "catat",
            },
            {"id": "catat", "number": "2", "activity": "Mencatat surat", "lane": "tu"},
        ]
    )
    layout = layout_sop(sop)
    layout_check(sop, layout, None)
    (arrow,) = layout.pages[0].arrows
    start, end = arrow.points
    assert (arrow.source, arrow.target) == ("terima", "catat")
    assert start.x == end.x == layout.box_of("terima").rect.center.x
    assert start.y == layout.box_of("terima").rect.bottom
    assert end.y == layout.box_of("catat").rect.y


def test_decision_back_edge_is_a_labelled_arrow_up(layout_check: LayoutCheck) -> None:
    sop = make_sop(
        [
            {
                "id": "terima",
                "number": "1",
                "activity": "Menerima berkas",
                "lane": "tu",
                "next": "periksa",
            },
            {
                "id": "periksa",
                "number": "2",
                "activity": "Memeriksa kelengkapan berkas",
                "lane": "kabid",
                "symbol": "decision",
                "next": [
                    {"to": "arsip", "label": "lengkap"},
                    {"to": "terima", "label": "tidak lengkap"},
                ],
            },
            {
                "id": "arsip",
                "number": "3",
                "activity": "Mengarsipkan",
                "lane": "tu",
                "symbol": "archive",
            },
        ]
    )
    layout = layout_sop(sop)
    layout_check(sop, layout, None)
    arrows = {arrow.target: arrow for arrow in layout.pages[0].arrows}
    back = arrows["terima"]
    diamond = layout.box_of("periksa").rect
    assert back.label == "tidak lengkap"
    assert back.label_at is not None
    assert back.points[0].x == diamond.right, "the second branch leaves the right vertex"
    assert min(p.y for p in back.points) < layout.box_of("terima").rect.y
    forward = arrows["arsip"]
    assert forward.label == "lengkap"
    assert forward.points[0].y == diamond.bottom, "the first branch leaves the bottom vertex"


def test_long_sop_spans_pages_with_connector_pairs(layout_check: LayoutCheck) -> None:
    sop = make_sop(chain(40, "Menerima dan mencatat surat pengaduan dari pengadu " * 3))
    layout = layout_sop(sop, A4_LANDSCAPE)
    layout_check(sop, layout, A4_LANDSCAPE)
    assert len(layout.pages) >= 3
    for page in layout.pages:
        assert any(cell.role == "lane-header" for cell in page.cells)
        assert max(rect.bottom for rect in page.step_rows.values()) <= A4_LANDSCAPE.content.bottom
    first, second = layout.pages[0], layout.pages[1]
    (outgoing,) = first.connectors
    assert outgoing.outgoing and outgoing.key == "A" and outgoing.target_page == 1
    incoming = next(c for c in second.connectors if not c.outgoing)
    assert incoming.key == "A" and incoming.target_page == 0
    last_on_first = list(first.step_rows)[-1]
    first_on_second = next(iter(second.step_rows))
    assert any(a.source == last_on_first and a.target == "connector:A" for a in first.arrows)
    assert any(a.source == "connector:A" and a.target == first_on_second for a in second.arrows)


def test_short_sop_fits_one_page_without_connectors() -> None:
    sop = make_sop(chain(6))
    layout = layout_sop(sop, F4_LANDSCAPE)
    assert len(layout.pages) == 1
    assert layout.pages[0].connectors == ()


def test_screen_page_is_one_page_as_tall_as_its_rows() -> None:
    sop = make_sop(chain(40))
    (page,) = layout_sop(sop).pages
    assert page.width >= A4_LANDSCAPE.content.w
    assert page.height > max(rect.bottom for rect in page.step_rows.values())
    assert page.connectors == ()


def test_columns_on_a4_with_five_lanes_favour_kegiatan() -> None:
    sop = make_sop(chain(5))
    page = layout_sop(sop, A4_LANDSCAPE).pages[0]
    widths = {cell.role: cell.rect.w for cell in page.cells if cell.step_id == "s0"}
    lane_widths = [rect.w for rect in page.lane_columns.values()]
    assert min(lane_widths) >= 60
    assert widths["activity"] == max(widths.values())
    assert widths["activity"] >= 150
    assert page.lane_columns.keys() == {lane["id"] for lane in LANES}


def test_long_lane_name_wraps_inside_its_header_cell(layout_check: LayoutCheck) -> None:
    sop = make_sop(chain(3))
    page = layout_sop(sop, A4_LANDSCAPE).pages[0]
    layout_check(sop, layout_sop(sop, A4_LANDSCAPE), A4_LANDSCAPE)
    kominfo = next(
        c
        for c in page.cells
        if c.role == "lane-header" and c.rect.x == page.lane_columns["kominfo"].x
    )
    assert len(kominfo.lines) >= 2
    assert "".join(line.text for line in kominfo.lines).replace(" ", "") == (
        "AdminInstansi(KominfoKabupatenOKUSelatan)"
    )


def test_other_lanes_of_a_step_get_ghost_symbols(layout_check: LayoutCheck) -> None:
    steps = chain(3)
    steps[1]["also_lanes"] = ["kabid", "petugas"]
    steps[1]["symbol"] = "process"
    sop = make_sop(steps)
    layout = layout_sop(sop)
    layout_check(sop, layout, None)
    ghosts = [box for box in layout.pages[0].boxes if box.ghost]
    assert {box.lane_id for box in ghosts} == {"kabid", "petugas"}
    assert all(box.step_id == "s1" and box.symbol is Symbol.PROCESS for box in ghosts)
    assert all(box.rect.y == layout.box_of("s1").rect.y for box in ghosts)
    assert len(layout.pages[0].arrows) == 2, "ghosts get no arrows of their own"


def test_row_taller_than_a_page_gets_its_own_page() -> None:
    steps = chain(3)
    steps[1]["activity"] = "pengaduan " * 2500
    sop = make_sop(steps)
    layout = layout_sop(sop, A4_LANDSCAPE)
    assert [list(page.step_rows) for page in layout.pages] == [["s0"], ["s1"], ["s2"]]
    assert layout.pages[1].step_rows["s1"].h > A4_LANDSCAPE.content.h


def test_largest_template_lays_out_quickly() -> None:
    largest = max(load_bundled(), key=lambda sop: len(sop.steps) * len(sop.lanes))
    layout_sop(largest, A4_LANDSCAPE)
    best = float("inf")
    for _ in range(7):
        start = time.perf_counter()
        layout_sop(largest, A4_LANDSCAPE)
        layout_sop(largest)
        best = min(best, (time.perf_counter() - start) / 2)
    assert best < 0.010


def _lapor() -> Sop:
    return next(sop for sop in load_bundled() if sop.id == "oku-selatan-lapor")


def test_few_lanes_spread_spare_width_over_the_text_columns(layout_check: LayoutCheck) -> None:
    sop = _lapor()
    layout = layout_sop(sop, A4_LANDSCAPE)
    layout_check(sop, layout, A4_LANDSCAPE)
    page = layout.pages[0]
    widths = {cell.role: cell.rect.w for cell in page.cells if cell.step_id == "s3"}
    assert widths["keterangan"] > 62
    assert widths["activity"] == max(widths.values())
    assert widths["activity"] <= 0.35 * A4_LANDSCAPE.content.w
    tallest = max(rect.h for page in layout.pages for rect in page.step_rows.values())
    assert tallest < 100, "was 123 pt with Keterangan at 62 pt"


def test_side_branch_label_sits_in_the_neighbouring_lane(layout_check: LayoutCheck) -> None:
    sop = _lapor()
    layout = layout_sop(sop, A4_LANDSCAPE)
    layout_check(sop, layout, A4_LANDSCAPE)
    page = layout.pages[0]
    back = next(a for a in page.arrows if a.source == "s3" and a.target == "s2")
    diamond = layout.box_of("s3").rect
    assert back.points[0].x == diamond.x, "from the last lane the side exit goes left"
    neighbour = page.lane_columns["instansi"]
    for line in back.drawn_label_lines():
        assert neighbour.x <= line.x < neighbour.right
