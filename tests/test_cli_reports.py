"""``report register`` and ``report recap`` from the command line: both formats, bad input."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.cli import main


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("MEJA_PENGADUAN_PIN", "2468")
    data = ["--data-dir", str(tmp_path / "data")]
    setup = ["setup", "--pemerintah", "Pemerintah Kabupaten Ambon", "--dinas", "Dinas Kesehatan"]
    setup += ["--device", "TU1", "--admin-name", "Rahmat", "--sop", "jambi-provinsi"]
    assert main([*data, *setup]) == 0
    for n, (name, secret) in enumerate([("Yuliani", False), ("Rahasiawati", True)]):
        add = ["case", "add", "--channel", "whatsapp", "--received", f"2026-03-1{n}T09:00"]
        add += ["--pelapor", name, "--perihal", "=HYPERLINK(1)", "--isi", "Antrean lama"]
        assert main([*data, *add, *(["--rahasia"] if secret else [])]) == 0
    return data


def test_register_to_pdf_and_xlsx(office: list[str], tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "register.pdf", tmp_path / "register.xlsx"
    period = ["--from", "2026-03-01", "--to", "2026-03-31"]
    assert main([*office, "report", "register", *period, "-o", str(pdf), "--paper", "F4"]) == 0
    text = PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text()
    assert "BUKU REGISTRASI PENGADUAN" in text
    assert "Yuliani" in text and "Rahasiawati" in text
    assert main([*office, "report", "register", *period, "-o", str(xlsx), "--pimpinan"]) == 0
    cells = [c for row in load_workbook(xlsx).active.iter_rows() for c in row if c.value]
    assert any(c.value == "Yuliani" for c in cells)
    assert not any("Rahasiawati" in str(c.value) for c in cells)
    assert all(c.data_type == "s" for c in cells if c.value == "=HYPERLINK(1)")


def test_recap_to_pdf_and_xlsx(
    office: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, xlsx = tmp_path / "rekap.pdf", tmp_path / "rekap.xlsx"
    assert main([*office, "report", "recap", "--month", "2026-03", "-o", str(pdf)]) == 0
    assert "2 pengaduan diterima" in capsys.readouterr().out
    assert "REKAP PENGADUAN BULAN MARET 2026" in PdfReader(pdf).pages[0].extract_text()
    assert main([*office, "report", "recap", "--month", "2026-03", "-o", str(xlsx)]) == 0
    assert load_workbook(xlsx).sheetnames[0] == "Saluran"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["register", "--from", "2026-31-03", "--to", "2026-04-01"], "tanggal '2026-31-03'"),
        (["register", "--from", "2026-04-02", "--to", "2026-04-01"], "tidak boleh sebelum"),
        (["recap", "--month", "2026-13"], "bulan '2026-13'"),
    ],
)
def test_bad_input_is_explained(
    office: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    capsys.readouterr()
    output = str(tmp_path / "out.pdf")
    assert main([*office, "report", *arguments, "-o", output]) == 1
    error = capsys.readouterr().err
    assert message in error and "Traceback" not in error
    assert not Path(output).exists()


def test_wrong_suffix_and_wrong_pin(
    office: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    capsys.readouterr()
    command = [*office, "report", "recap", "--month", "2026-03", "-o"]
    assert main([*command, str(tmp_path / "rekap.docx")]) == 1
    assert ".pdf atau .xlsx" in capsys.readouterr().err
    monkeypatch.setenv("MEJA_PENGADUAN_PIN", "0000")
    assert main([*command, str(tmp_path / "rekap.pdf")]) == 1
    assert capsys.readouterr().err.strip()
