"""Every mistake in a template comes back as file, line, field and an Indonesian message."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.models.sop import Symbol
from desktop.models.sop_loader import SopError, load_sop, load_sop_text

VALID = """\
id: contoh
revision: "2026-01"
title: Penanganan Pengaduan
office: Dinas Kesehatan Contoh
lanes:
  - {id: tu, name: Tata Usaha}
  - {id: kadis, name: Kepala Dinas}
steps:
  - id: terima
    number: 1
    activity: Menerima pengaduan
    lane: tu
    symbol: terminator
    waktu: 5 Menit
    next: telaah
  - id: telaah
    number: 2
    activity: Menelaah pengaduan
    lane: kadis
    symbol: decision
    waktu: 3-5 Hari
    next:
      - {to: selesai, label: lengkap}
      - {to: terima, label: tidak lengkap}
  - id: selesai
    number: 3
    activity: Mengarsipkan
    lane: tu
    symbol: archive
    waktu: 30 Menit
"""


def problems_of(text: str) -> list[tuple[int | None, str, str]]:
    with pytest.raises(SopError) as caught:
        load_sop_text(text, "kantor.yaml")
    return [(p.line, p.field, p.message) for p in caught.value.problems]


def only_problem(text: str) -> tuple[int | None, str, str]:
    problems = problems_of(text)
    assert len(problems) == 1, problems
    return problems[0]


def test_valid_template_loads_with_parsed_durations() -> None:
    sop = load_sop_text(VALID, "kantor.yaml")
    assert [step.id for step in sop.steps] == ["terima", "telaah", "selesai"]
    assert sop.step("telaah").symbol is Symbol.DECISION
    assert [b.label for b in sop.step("telaah").next] == ["lengkap", "tidak lengkap"]
    assert sop.step("telaah").duration is not None
    assert sop.step("telaah").duration.high == 5
    assert sop.step("terima").number == "1"  # YAML numbers are kept as text


def test_unknown_lane_names_line_field_and_known_lanes() -> None:
    line, field, message = only_problem(VALID.replace("lane: kadis", "lane: kabid"))
    assert (line, field) == (19, "steps[1].lane")
    assert "lajur 'kabid' tidak dikenal" in message and "tu, kadis" in message


def test_next_pointing_nowhere() -> None:
    line, field, message = only_problem(VALID.replace("to: selesai", "to: arsip"))
    assert (line, field) == (23, "steps[1].next[0].to")
    assert "'arsip' tidak ada" in message


def test_step_nothing_reaches() -> None:
    text = VALID.replace(
        "      - {to: selesai, label: lengkap}\n", "      - {to: telaah, label: ulang}\n"
    )
    line, field, message = only_problem(text)
    assert (line, field) == (25, "steps[2].id")
    assert "tidak pernah dicapai" in message


def test_decision_with_one_branch() -> None:
    text = VALID.replace("      - {to: terima, label: tidak lengkap}\n", "")
    line, field, message = only_problem(text)
    assert (line, field) == (22, "steps[1].next")
    assert "paling sedikit dua cabang" in message


def test_decision_branch_without_label() -> None:
    line, field, message = only_problem(
        VALID.replace("{to: terima, label: tidak lengkap}", "terima")
    )
    assert (line, field) == (24, "steps[1].next[1].label")
    assert "perlu label" in message


def test_loop_without_decision() -> None:
    text = VALID.replace("symbol: decision", "symbol: process").replace(
        "      - {to: terima, label: tidak lengkap}\n", ""
    )
    text = text.replace("    waktu: 30 Menit\n", "    waktu: 30 Menit\n    next: terima\n")
    line, field, message = only_problem(text)
    assert field.startswith("steps[") and field.endswith(".next")
    assert line is not None
    assert "berputar tanpa langkah keputusan" in message
    assert "terima -> telaah -> selesai -> terima" in message


def test_unparseable_duration() -> None:
    line, field, message = only_problem(VALID.replace("waktu: 3-5 Hari", "waktu: tiga hari"))
    assert (line, field) == (21, "steps[1].waktu")
    assert "'tiga hari' tidak dapat dibaca" in message


def test_yaml_syntax_error_names_its_line() -> None:
    text = VALID.replace(
        "    lane: tu\n    symbol: terminator", "    lane: [tu\n    symbol: terminator"
    )
    line, field, message = only_problem(text)
    assert field == ""
    assert line is not None and 12 <= line <= 14
    assert message.startswith("YAML tidak valid")


def test_missing_and_unknown_fields() -> None:
    text = VALID.replace("    activity: Menelaah pengaduan\n", "    aktivitas: Menelaah\n")
    problems = problems_of(text)
    assert (18, "steps[1].aktivitas", "kolom ini tidak dikenal (periksa ejaannya)") in problems
    assert (16, "steps[1].activity", "wajib diisi") in problems


def test_wrong_symbol_lists_the_choices() -> None:
    line, field, message = only_problem(VALID.replace("symbol: archive", "symbol: arsip"))
    assert (line, field) == (29, "steps[2].symbol")
    assert "terminator" in message and "decision" in message


def test_duplicate_step_id_and_duplicate_key() -> None:
    problems = problems_of(VALID.replace("  - id: selesai\n", "  - id: terima\n"))
    assert any(p[1] == "steps[2].id" and "dipakai dua kali" in p[2] for p in problems)
    problems = problems_of(
        VALID.replace("    waktu: 5 Menit\n", "    waktu: 5 Menit\n    waktu: 1 Jam\n")
    )
    assert (15, "steps[0].waktu", "kolom ini ditulis dua kali") in problems


def test_non_decision_cannot_branch() -> None:
    text = VALID.replace("    next: telaah\n", "    next: [telaah, selesai]\n")
    line, field, message = only_problem(text)
    assert (line, field) == (15, "steps[0].next")
    assert "hanya langkah keputusan" in message


def test_message_text_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "kantor.yaml"
    path.write_text(VALID.replace("lane: kadis", "lane: kabid"), encoding="utf-8")
    with pytest.raises(SopError) as caught:
        load_sop(path)
    assert str(caught.value).startswith(f"{path}:19: steps[1].lane: lajur 'kabid'")


def test_not_utf8_and_not_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes("id: contoh\ntitle: Pengaduan \xe9\n".encode("latin-1"))
    with pytest.raises(SopError, match="bukan teks UTF-8"):
        load_sop(path)
    with pytest.raises(SopError, match="kumpulan kolom"):
        load_sop_text("- hanya\n- daftar\n", "daftar.yaml")
    with pytest.raises(SopError, match="tidak dapat dibaca"):
        load_sop(tmp_path / "tidak-ada.yaml")


def test_wrong_types_are_named_per_field() -> None:
    text = VALID.replace(
        "title: Penanganan Pengaduan", "title: [a, b]\nformat: 2\ncalendar_days: ya"
    )
    problems = problems_of(text)
    assert (3, "title", "harus berupa teks") in problems
    assert (4, "format", "paling besar 1") in problems
    assert (5, "calendar_days", "harus true atau false") in problems
    problems = problems_of(
        VALID.replace(
            "lanes:\n  - {id: tu, name: Tata Usaha}\n  - {id: kadis, name: Kepala Dinas}\n",
            "lanes: tu\n",
        )
    )
    assert any(p[1] == "lanes" and p[2] == "harus berupa daftar" for p in problems)
