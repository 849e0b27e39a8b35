"""The case desk without a window: setup, add, list, show, advance, dispose, pause ... rebuild."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("MEJA_PENGADUAN_PIN", "2468")
    data = ["--data-dir", str(tmp_path / "data")]
    code = main(
        [
            *data,
            "setup",
            "--pemerintah",
            "Pemerintah Kabupaten OKU Selatan",
            "--dinas",
            "Dinas Kesehatan",
            "--device",
            "TU2",
            "--admin-name",
            "Rahmat",
            "--sop",
            "oku-selatan-internal",
        ]
    )
    assert code == 0
    return data


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    capsys.readouterr()
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_register_and_move_through_a_decision(
    office: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    added = run_json(
        capsys,
        *office,
        "case",
        "add",
        "--channel",
        "lapor",
        "--lapor",
        "LAPOR-88",
        "--received",
        "2026-11-20T08:00",
        "--pelapor",
        "Yuliani",
        "--perihal",
        "Ambulans tidak datang",
        "--isi",
        "Menunggu dua jam",
        "--json",
    )
    assert isinstance(added, dict)
    assert added["nomor_agenda"] == "ADU/2026/TU2/0001"
    for _ in range(2):
        assert main([*office, "case", "advance", "ADU/2026/TU2/0001"]) == 0
    assert main([*office, "case", "advance", "ADU/2026/TU2/0001"]) == 1
    assert "Pilih hasil keputusan: lengkap / tidak lengkap" in capsys.readouterr().err
    assert main([*office, "case", "advance", "ADU/2026/TU2/0001", "--branch", "lengkap"]) == 0
    assert (
        main(
            [
                *office,
                "case",
                "dispose",
                "ADU/2026/TU2/0001",
                "--dari",
                "Sekretaris",
                "--to",
                "Unit Terkait",
                "--sifat",
                "segera",
                "--instruksi",
                "proses-lanjut",
            ]
        )
        == 0
    )
    assert main([*office, "case", "pause", "ADU/2026/TU2/0001", "--reason", "KTP"]) == 0
    shown = run_json(capsys, *office, "case", "show", "ADU/2026/TU2/0001", "--json")
    assert isinstance(shown, dict)
    assert shown["status"] == "dijeda"
    assert shown["current_step"]["id"] == "s5"
    assert shown["steps_done"][-1]["branch"] == "lengkap"
    assert shown["dispositions"][0]["kepada"] == ["Unit Terkait"]
    assert [entry["author"] for entry in shown["timeline"]] == ["Rahmat"] * len(shown["timeline"])
    assert main([*office, "case", "resume", "ADU/2026/TU2/0001"]) == 0
    assert main([*office, "case", "close", "ADU/2026/TU2/0001", "--outcome", "selesai"]) == 0
    listed = run_json(capsys, *office, "case", "list", "--search", "ambulans", "--json")
    assert isinstance(listed, list)
    assert [row["status"] for row in listed] == ["ditutup"]
    assert main([*office, "rebuild"]) == 0
    assert "Dibangun ulang: 1 pengaduan." in capsys.readouterr().out


def test_bad_input_and_wrong_pin_give_messages_not_tracebacks(
    office: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code = main([*office, "case", "add", "--channel", "sms", "--perihal", " ", "--isi", "x"])
    err = capsys.readouterr().err
    assert code == 1
    assert "pelapor.nama: Nama pelapor wajib diisi" in err
    assert "perihal: Perihal wajib diisi" in err
    monkeypatch.setenv("MEJA_PENGADUAN_PIN", "0000")
    assert main([*office, "case", "list"]) == 1
    assert "PIN salah" in capsys.readouterr().err
    assert main([*office, "case", "show", "ADU/2026/TU2/9999"]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_future_received_date_is_refused(
    office: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            *office,
            "case",
            "add",
            "--channel",
            "sms",
            "--pelapor",
            "A",
            "--perihal",
            "p",
            "--isi",
            "i",
            "--received",
            "2099-01-01T08:00",
        ]
    )
    assert code == 1
    assert (
        "received_at: Waktu diterima (01-01-2099 08:00) ada di masa depan"
        in capsys.readouterr().err
    )
