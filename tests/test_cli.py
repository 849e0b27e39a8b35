"""The headless twin: validate, render and self-test from the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import _window_options, main
from desktop.models.sop_loader import bundled_template_files

BROKEN = """\
id: rusak
revision: "1"
title: Rusak
office: Kantor
lanes:
  - {id: tu, name: Tata Usaha}
steps:
  - {id: a, number: 1, activity: Menerima, lane: kabid, next: b}
  - {id: b, number: 2, activity: Selesai, lane: tu, waktu: besok}
"""


def test_validate_accepts_every_bundled_template(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(entry) for entry in bundled_template_files()]
    assert main(["sop", "validate", *paths]) == 0
    out = capsys.readouterr().out
    assert out.count("OK ") == len(paths)


def test_validate_reports_problems_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "rusak.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    good = str(bundled_template_files()[0])
    assert main(["sop", "validate", good, str(broken)]) == 1
    captured = capsys.readouterr()
    assert f"{broken}:9: steps[1].waktu: waktu 'besok' tidak dapat dibaca" in captured.err
    assert "1 dari 2 berkas SOP bermasalah" in captured.err
    assert "Traceback" not in captured.err


def test_render_pdf_by_bundled_id(tmp_path: Path) -> None:
    out = tmp_path / "sop.pdf"
    assert main(["sop", "render", "belitung", "-o", str(out), "--paper", "F4"]) == 0
    reader = PdfReader(out)
    assert len(reader.pages) >= 2
    assert "Kasi Alkes" in "".join(page.extract_text() or "" for page in reader.pages)


def test_render_png(tmp_path: Path) -> None:
    out = tmp_path / "alur.png"
    assert main(["sop", "render", str(bundled_template_files()[0]), "-o", str(out)]) == 0
    written = sorted(tmp_path.glob("alur*.png"))
    assert written
    assert all(path.read_bytes().startswith(b"\x89PNG") for path in written)


def test_render_unknown_id_says_what_exists(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match=r"SOP bawaan: .*belitung"):
        main(["sop", "render", "tidak-ada", "-o", str(tmp_path / "x.pdf")])


def test_selftest_entry_point_exits_zero_with_summary(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--selftest"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "semua" in result.stdout and "pemeriksaan lulus" in result.stdout
    assert result.stdout.count("OK    SOP ") == len(bundled_template_files())


def test_unwritable_data_dir_is_explained(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder")
    assert main(["--data-dir", str(blocker / "data")]) == 2
    assert "tidak dapat dipakai" in capsys.readouterr().err


def test_plain_start_is_read_without_the_command_grammar() -> None:
    args = _window_options(["--data-dir", "d", "--lang", "en", "--sop", "a.yaml"])
    assert args is not None
    assert (args.command, args.data_dir, args.lang, args.sop) == (None, "d", "en", ["a.yaml"])
    assert not args.selftest and not args.quit_when_shown


@pytest.mark.parametrize(
    "argv",
    [["sop", "validate", "x.yaml"], ["--data-dir", "d", "case", "list"], ["-h"], ["--lang", "xx"]],
)
def test_commands_help_and_mistakes_use_the_full_grammar(argv: list[str]) -> None:
    assert _window_options(argv) is None


def test_a_mistake_is_explained_by_the_full_grammar(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "xx"])
    assert "PERINTAH" in capsys.readouterr().err
