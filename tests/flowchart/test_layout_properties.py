"""Layout invariants over the bundled templates and over random SOPs, on screen and on paper."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.flowchart.geometry import A4_LANDSCAPE, F4_LANDSCAPE, Layout, PageSpec
from desktop.flowchart.layout import layout_sop
from desktop.models.sop import Sop
from desktop.models.sop_loader import load_bundled

LayoutCheck = Callable[[Sop, Layout, PageSpec | None], None]

PAPERS = [None, A4_LANDSCAPE, F4_LANDSCAPE]
BUNDLED = load_bundled()


def test_templates_are_bundled() -> None:
    assert len(BUNDLED) >= 1


@pytest.mark.parametrize("paper", PAPERS, ids=["screen", "A4", "F4"])
@pytest.mark.parametrize("sop", BUNDLED, ids=[sop.id for sop in BUNDLED])
def test_bundled_template_layout_is_sound(
    sop: Sop, paper: PageSpec | None, layout_check: LayoutCheck
) -> None:
    layout_check(sop, layout_sop(sop, paper), paper)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_sop_layout_is_sound(
    data: st.DataObject, random_sops: st.SearchStrategy[Sop], layout_check: LayoutCheck
) -> None:
    sop = data.draw(random_sops)
    for paper in PAPERS:
        layout_check(sop, layout_sop(sop, paper), paper)
