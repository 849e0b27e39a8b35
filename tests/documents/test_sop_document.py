"""The SOP document, parsed back: every step, every lane, the identity block, embedded fonts."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from desktop.documents.sop_document import render_sop_pdf
from desktop.flowchart.geometry import A4_LANDSCAPE, F4_LANDSCAPE, MM, PageSpec
from desktop.models.sop import Sop
from desktop.models.sop_loader import load_bundled

BUNDLED = load_bundled()


def squashed(text: str) -> str:
    """Text without whitespace: wrapping may break a phrase anywhere between letters."""
    return re.sub(r"\s+", "", text)


def pdf_text(reader: PdfReader) -> str:
    return squashed("".join(page.extract_text() or "" for page in reader.pages))


@pytest.fixture(scope="module", params=BUNDLED, ids=lambda sop: sop.id)
def rendered(request: pytest.FixtureRequest) -> tuple[Sop, PdfReader]:
    sop: Sop = request.param
    return sop, PdfReader(io.BytesIO(render_sop_pdf(sop, A4_LANDSCAPE)))


def test_every_step_activity_and_lane_name_is_in_the_pdf(rendered: tuple[Sop, PdfReader]) -> None:
    sop, reader = rendered
    text = pdf_text(reader)
    for step in sop.steps:
        assert squashed(step.activity) in text, f"kegiatan langkah {step.number} hilang"
        for value in (step.kelengkapan, step.waktu, step.output):
            assert squashed(value) in text
    for lane in sop.lanes:
        assert squashed(lane.name) in text, f"lajur {lane.name} hilang"


def test_identity_page_comes_first(rendered: tuple[Sop, PdfReader]) -> None:
    sop, reader = rendered
    first = squashed(reader.pages[0].extract_text() or "")
    assert squashed("Nama SOP") in first
    assert squashed(sop.identity.nama_sop or sop.title) in first
    if sop.identity.disahkan_oleh.nip:
        assert squashed(sop.identity.disahkan_oleh.nip) in first
    for item in sop.identity.dasar_hukum:
        assert squashed(item) in first


def test_fonts_are_embedded_and_footer_counts_pages(rendered: tuple[Sop, PdfReader]) -> None:
    _, reader = rendered
    total = len(reader.pages)
    assert total >= 2  # identity page + at least one flowchart page
    for number, page in enumerate(reader.pages, start=1):
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font["/FontDescriptor"]
            assert "LiberationSans" in str(font["/BaseFont"])
            assert "/FontFile2" in descriptor, "font not embedded"
        assert f"Halaman {number} dari {total}" in (page.extract_text() or "")


@pytest.mark.parametrize("paper", [A4_LANDSCAPE, F4_LANDSCAPE], ids=lambda p: p.name)
def test_paper_size_is_landscape(paper: PageSpec) -> None:
    sop = max(BUNDLED, key=lambda s: len(s.steps))
    reader = PdfReader(io.BytesIO(render_sop_pdf(sop, paper)))
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert width == pytest.approx(paper.width, abs=0.5)
        assert height == pytest.approx(paper.height, abs=0.5)
        assert width > height
    if paper is F4_LANDSCAPE:
        assert width == pytest.approx(330 * MM, abs=0.5)
