"""The PNG export paints the same geometry the screen shows."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtGui import QImage

from desktop.flowchart.geometry import A4_LANDSCAPE
from desktop.flowchart.layout import layout_sop
from desktop.models.sop import Sop
from desktop.views.swimlane_painter import SELECTED_STYLE, render_layout_png


def _dark_pixels(image: QImage) -> int:
    return sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixelColor(x, y).lightness() < 100
    )


def test_png_has_the_page_size_at_the_scale_and_shows_the_chart(
    tmp_path: Path, bundled_sops: list[Sop]
) -> None:
    sop = next(s for s in bundled_sops if s.id == "belitung")
    layout = layout_sop(sop)
    target = tmp_path / "belitung.png"

    written = render_layout_png(layout, target, scale=2.0)

    assert written == [target]
    image = QImage(str(target))
    page = layout.pages[0]
    assert (image.width(), image.height()) == (
        math.ceil(page.width * 2),
        math.ceil(page.height * 2),
    )
    assert _dark_pixels(image) > 500  # lines and text, not a blank page


def test_each_paper_page_gets_its_own_numbered_png(tmp_path: Path, bundled_sops: list[Sop]) -> None:
    sop = next(s for s in bundled_sops if s.id == "jambi-provinsi")
    layout = layout_sop(sop, A4_LANDSCAPE)
    assert len(layout.pages) > 1

    written = render_layout_png(layout, tmp_path / "jambi.png", scale=1.0)

    assert written == [tmp_path / f"jambi-{n}.png" for n in range(1, len(layout.pages) + 1)]
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (
            math.ceil(A4_LANDSCAPE.width),
            math.ceil(A4_LANDSCAPE.height),
        )


def test_step_styles_colour_the_step(tmp_path: Path, bundled_sops: list[Sop]) -> None:
    sop = next(s for s in bundled_sops if s.id == "belitung")
    layout = layout_sop(sop)
    box = layout.box_of("s2")
    plain, styled = tmp_path / "plain.png", tmp_path / "styled.png"
    render_layout_png(layout, plain, scale=1.0)
    render_layout_png(layout, styled, scale=1.0, styles={"s2": SELECTED_STYLE})
    x, y = int(box.rect.x + 4), int(box.rect.y + 4)
    assert QImage(str(plain)).pixelColor(x, y).name() == "#ffffff"
    assert QImage(str(styled)).pixelColor(x, y).name() == SELECTED_STYLE.fill
