"""The step panel's own HTML escaping matches the standard library's."""

from __future__ import annotations

import html

import pytest

from desktop.views.step_panel import escape


@pytest.mark.parametrize(
    "text", ["", "Kabid & Kasi", "<b>tebal</b>", "\"kutip\" dan 'kutip'", "&amp; sudah", "a>b<c"]
)
def test_escape_matches_html_escape(text: str) -> None:
    assert escape(text) == html.escape(text)
