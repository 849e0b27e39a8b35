"""Layout's own text widths equal ReportLab's for every character the bundled faces carry."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop import fonts


@pytest.mark.parametrize("face", [fonts.REGULAR, fonts.BOLD, fonts.ITALIC])
def test_widths_match_reportlab_for_every_character(face: str) -> None:
    fonts.register_pdf_fonts()
    metrics = fonts._metrics(face)
    assert len(metrics.widths) > 2000
    sample = "".join(chr(code) for code in sorted(metrics.widths))
    ours = fonts.text_width(sample, 10, bold=face == fonts.BOLD, italic=face == fonts.ITALIC)
    assert ours == pytest.approx(stringWidth(sample, face, 10), rel=1e-9)
    for code in list(metrics.widths)[:300]:
        char = chr(code)
        assert metrics.widths[code] * 0.01 == pytest.approx(stringWidth(char, face, 10))


def test_unknown_character_uses_the_default_glyph_width() -> None:
    fonts.register_pdf_fonts()
    assert fonts.text_width("漢", 7) == pytest.approx(stringWidth("漢", fonts.REGULAR, 7))


def test_wrap_keeps_words_and_splits_only_overlong_ones() -> None:
    lines = fonts.wrap_text("Menerima disposisi dari Kepala OPD", 60, 7)
    assert " ".join(lines) == "Menerima disposisi dari Kepala OPD"
    assert all(fonts.text_width(line, 7) <= 60 for line in lines)
    long_word = fonts.wrap_text("Pengaduanmasyarakatyangsangatpanjang", 40, 7)
    assert "".join(long_word) == "Pengaduanmasyarakatyangsangatpanjang"
    assert len(long_word) > 1
