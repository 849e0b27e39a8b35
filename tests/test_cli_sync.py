"""Sync without a window: office create/join/card and sync --once between two data folders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.documents.join_card import read_join_code_from_pdf


def test_office_create_join_and_sync_between_two_pcs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MEJA_PENGADUAN_PIN", "2468")
    share = tmp_path / "share"
    share.mkdir()
    first = ["--data-dir", str(tmp_path / "pc1")]
    second = ["--data-dir", str(tmp_path / "pc2")]
    setup = ["setup", "--pemerintah", "Pemerintah Kabupaten OKU Selatan", "--dinas"]
    setup += ["Dinas Kesehatan", "--device", "TU1", "--admin-name", "Rahmat"]
    assert main([*first, *setup, "--sop", "oku-selatan-internal"]) == 0
    card = tmp_path / "kartu.pdf"
    capsys.readouterr()
    assert main([*first, "office", "create", "--share", str(share), "--card", str(card)]) == 0
    code = capsys.readouterr().out.splitlines()[0]
    assert code.startswith("MP1-") and read_join_code_from_pdf(card) == code

    add = ["case", "add", "--channel", "sms", "--anonim", "--perihal", "Antrean", "--isi", "lama"]
    assert main([*first, *add]) == 0
    assert main([*first, "sync", "--once"]) == 0
    assert main([*second, "office", "join", code, "--share", str(share), "--device", "TU1"]) == 1
    assert "sudah dipakai" in capsys.readouterr().err
    assert main([*second, "office", "join", code, "--share", str(share), "--device", "TU2"]) == 0
    assert "PC TU2 bergabung" in capsys.readouterr().out
    assert main([*second, "case", "list", "--search", "Antrean"]) == 0
    assert "Antrean" in capsys.readouterr().out

    assert main([*second, *add[:-4], "--perihal", "Obat", "--isi", "kosong"]) == 0
    capsys.readouterr()
    assert main([*second, "sync", "--once"]) == 0
    assert "1 peristiwa dikirim" in capsys.readouterr().out
    assert main([*first, "sync", "--once"]) == 0
    assert main([*first, "case", "list", "--search", "Obat"]) == 0
    assert "Obat" in capsys.readouterr().out
    capsys.readouterr()
    assert main([*first, "sync", "--once", "--snapshot"]) == 0
    assert "snapshot baru ditulis" in capsys.readouterr().out
    assert len(list(share.glob("MejaPengaduan-*/snapshot/*.snapshot"))) == 1
    other_card = tmp_path / "salinan.pdf"
    assert main([*second, "office", "card", "-o", str(other_card)]) == 0
    assert read_join_code_from_pdf(other_card) == code


def test_vanished_share_exits_1_with_a_message_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MEJA_PENGADUAN_PIN", "2468")
    share = tmp_path / "share"
    share.mkdir()
    data = ["--data-dir", str(tmp_path / "pc1")]
    setup = ["setup", "--pemerintah", "Pemkab", "--dinas", "Dinas Kesehatan", "--device", "TU1"]
    assert main([*data, *setup, "--admin-name", "Rahmat", "--sop", "oku-selatan-internal"]) == 0
    assert main([*data, "office", "create", "--share", str(share)]) == 0
    shutil.rmtree(share)
    add = ["case", "add", "--channel", "sms", "--anonim", "--perihal", "Tetap aman", "--isi", "x"]
    assert main([*data, *add]) == 0
    capsys.readouterr()
    assert main([*data, "sync", "--once"]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err
    assert main([*data, "case", "list", "--search", "aman"]) == 0
    assert "Tetap aman" in capsys.readouterr().out
    share.mkdir()
    assert main([*data, "sync", "--once"]) == 0  # the share is back: the round catches up
    assert "peristiwa dikirim" in capsys.readouterr().out
    assert main([*data, "office", "join", "MP1-XXXX", "--share", str(share)]) == 1
    assert "kelompok" in capsys.readouterr().err
