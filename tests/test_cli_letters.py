"""Letters and documents without a window: letter draft/list/sent and doc render."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import main


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("MEJA_PENGADUAN_PIN", "2468")
    data = ["--data-dir", str(tmp_path / "data")]
    setup = [
        *data,
        "setup",
        "--pemerintah",
        "Pemerintah Provinsi Jambi",
        "--dinas",
        "Dinas Kesehatan",
        "--kota",
        "Jambi",
        "--device",
        "TU2",
        "--admin-name",
        "Rahmat",
        "--admin-nip",
        "197001011995031001",
        "--admin-jabatan",
        "Kepala Dinas Kesehatan Provinsi Jambi",
        "--admin-pangkat",
        "Pembina Utama Muda (IV/c)",
        "--sop",
        "jambi-provinsi",
    ]
    assert main(setup) == 0
    add = [
        *data,
        "case",
        "add",
        "--channel",
        "whatsapp",
        "--received",
        "2026-03-16T09:00",
        "--pelapor",
        "Yuliani",
        "--terlapor",
        "UPTD Puskesmas Kenali Besar",
        "--perihal",
        "Antrean lama",
        "--isi",
        "Menunggu tiga jam",
    ]
    assert main(add) == 0
    return data


CASE = "ADU/2026/TU2/0001"


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "".join((page.extract_text() or "") for page in reader.pages).replace("\n", " ")


def test_draft_list_send_and_render(
    office: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = tmp_path / "isi.txt"
    body.write_text("Dengan hormat,\n\nHasil pemeriksaan terlampir.", encoding="utf-8")
    capsys.readouterr()
    code = main(
        [
            *office,
            "letter",
            "draft",
            CASE,
            "--kind",
            "terlapor",
            "--hasil",
            "Antrean sudah diperbaiki.",
            "--tembusan",
            "Inspektur Provinsi Jambi",
            "--tembusan",
            "Sdr. Yuliani (pelapor)",
            "--signatory",
            "Rahmat",
            "--date",
            "2026-03-17",
        ]
    )
    assert code == 0
    nomor = capsys.readouterr().out.strip()
    assert nomor == "000.8.3.4/TU2-001/Dinkes/2026"
    again = [*office, "letter", "draft", CASE, "--kind", "terlapor", "--letter", nomor]
    code = main([*again, "--body-file", str(body), "--lampiran", "1 (satu) berkas", "--json"])
    assert code == 0
    saved = json.loads(capsys.readouterr().out)
    assert saved["nomor"] == nomor and saved["version"] == 2

    assert main([*office, "letter", "list", CASE, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [v["version"] for v in listed[0]["versions"]] == [1, 2]
    assert listed[0]["versions"][1]["tembusan"] == [
        "Inspektur Provinsi Jambi",
        "Sdr. Yuliani (pelapor)",
    ]

    letter_pdf = tmp_path / "surat.pdf"
    code = main([*office, "doc", "render", "surat", "--case", CASE, "-o", str(letter_pdf)])
    assert code == 0
    text = text_of(letter_pdf)
    assert nomor in text and "Hasil pemeriksaan terlampir." in text and "Lampiran" in text
    copies = tmp_path / "tembusan.pdf"
    render = [*office, "doc", "render", "tembusan", "--case", CASE, "--letter", nomor]
    code = main([*render, "-o", str(copies), "--paper", "F4"])
    assert code == 0
    assert len(PdfReader(str(copies)).pages) == 2
    assert "Tembusan untuk: Inspektur Provinsi Jambi" in text_of(copies)

    assert main([*office, "letter", "sent", CASE, nomor, "--on", "2026-03-17"]) == 0
    assert "ditandai terkirim" in capsys.readouterr().out
    assert main([*office, "letter", "draft", CASE, "--kind", "terlapor", "--letter", nomor]) == 1
    assert "sudah dikirim 17 Maret 2026" in capsys.readouterr().err
    assert main([*office, "case", "show", CASE]) == 0
    assert f"Surat {nomor} dikirim 17 Maret 2026" in capsys.readouterr().out


def test_errors_are_indonesian_messages(
    office: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "x.pdf")
    assert main([*office, "doc", "render", "surat", "--case", CASE, "-o", out]) == 1
    assert "buat konsep surat dulu" in capsys.readouterr().err
    code = main([*office, "letter", "draft", CASE, "--kind", "balasan", "--signatory", "Siapa"])
    assert code == 1
    assert "Pejabat 'Siapa' tidak ada" in capsys.readouterr().err
    code = main([*office, "letter", "draft", CASE, "--kind", "balasan", "--date", "2026-03-01"])
    assert code == 1
    assert "tanggal: Tanggal surat sebelum pengaduan diterima" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["disposisi", "tanda-terima", "arsip"])
def test_every_catalogue_kind_renders_or_says_why(
    office: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    out = tmp_path / f"{kind}.pdf"
    code = main([*office, "doc", "render", kind, "--case", CASE, "-o", str(out)])
    if code == 0:
        assert out.read_bytes().startswith(b"%PDF")
        assert CASE in text_of(out)
    else:
        assert "belum dapat dicetak" in capsys.readouterr().err
