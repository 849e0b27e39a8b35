"""The kartu bergabung: its text, and the code read back from the PDF file."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.documents.join_card import (
    JoinCard,
    join_code_in_text,
    read_join_code_from_pdf,
    render_join_card,
)
from desktop.sync.office_key import JoinCodeError, OfficeKey


def test_card_round_trip(tmp_path: Path) -> None:
    code = OfficeKey.generate().join_code()
    card = JoinCard("Dinas Kesehatan", "Pemerintah Kabupaten OKU Selatan", code, r"\\TU1\Aduan")
    path = tmp_path / "kartu.pdf"
    path.write_bytes(render_join_card(card).pdf)
    text = PdfReader(path).pages[0].extract_text()
    for expected in ("KARTU BERGABUNG", "Dinas Kesehatan", r"\\TU1\Aduan", "RAHASIA"):
        assert expected in text
    assert "Helvetica" not in path.read_bytes().decode("latin-1")
    assert read_join_code_from_pdf(path) == code


def test_typed_codes_and_files_without_a_code(tmp_path: Path) -> None:
    code = OfficeKey.generate().join_code()
    assert join_code_in_text("kode: " + code.lower().replace("-", " ")) == code
    with pytest.raises(JoinCodeError, match="Tidak ada kode"):
        join_code_in_text("surat biasa")
    broken = tmp_path / "bukan.pdf"
    broken.write_bytes(b"bukan pdf")
    with pytest.raises(JoinCodeError, match="tidak dapat dibaca"):
        read_join_code_from_pdf(broken)
