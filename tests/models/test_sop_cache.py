"""The parsed copy of the bundled templates: used only while current, never trusted blindly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from desktop.models import sop_cache
from desktop.models.sop import Sop
from desktop.models.sop_cache import CACHE_FILE, load_bundled_cached
from desktop.models.sop_loader import SopError, bundled_template_files, load_bundled, load_sop

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Copies of the bundled templates that a test may edit, standing in for the bundle."""
    folder = tmp_path / "templates"
    folder.mkdir()
    for entry in bundled_template_files():
        (folder / entry.name).write_bytes(entry.read_bytes())

    def copies() -> Sequence[Path]:
        return sorted(folder.glob("*.yaml"))

    monkeypatch.setattr(sop_cache, "bundled_template_files", copies)
    return folder


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the name of every template that is parsed from YAML from now on."""
    parsed: list[str] = []
    parse = sop_cache.parse_sop_text

    def recording(text: str, name: str) -> tuple[dict[str, object], Sop]:
        parsed.append(Path(name).name)
        return parse(text, name)

    monkeypatch.setattr(sop_cache, "parse_sop_text", recording)
    return parsed


def test_first_start_parses_and_writes_the_copy_later_starts_use_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = _parses(monkeypatch)
    first = load_bundled_cached(tmp_path)
    assert first == load_bundled()
    assert len(parsed) == len(bundled_template_files())
    assert (tmp_path / CACHE_FILE).exists()
    parsed.clear()
    assert load_bundled_cached(tmp_path) == first
    assert parsed == []


def test_a_start_with_a_current_copy_does_not_load_the_yaml_parser(tmp_path: Path) -> None:
    code = (
        "import sys; from pathlib import Path\n"
        "from desktop.models.sop_cache import load_bundled_cached\n"
        f"load_bundled_cached(Path({str(tmp_path)!r}))\n"
        "print('yaml' in sys.modules)"
    )
    run = [sys.executable, "-c", code]
    subprocess.run(run, check=True, cwd=ROOT, capture_output=True)
    result = subprocess.run(run, check=True, cwd=ROOT, capture_output=True, text=True)
    assert result.stdout.strip() == "False"


def test_an_edited_template_is_parsed_again_never_taken_from_the_copy(
    templates: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    load_bundled_cached(cache)
    edited = templates / "ambon.yaml"
    text = edited.read_text(encoding="utf-8")
    # Same size and the old modification time: only the text tells the copy is stale.
    stat = edited.stat()
    changed = text.replace("title: Penanganan", "title: Xenanganan", 1)
    assert changed != text and len(changed) == len(text)
    edited.write_text(changed, encoding="utf-8")
    os.utime(edited, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    parsed = _parses(monkeypatch)
    sops = {sop.id: sop for sop in load_bundled_cached(cache)}
    assert parsed == ["ambon.yaml"]
    assert sops["ambon"] == load_sop(edited)
    assert sops["ambon"].title.startswith("Xenanganan")


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\xff not json",
        b'{"format": 1, "version": "0.1.0", "templates": [1, 2]',
        b"[]",
        b'{"format": 999, "version": "0.1.0", "templates": {}}',
        b'{"format": 1, "version": "0.0.0-other", "templates": {}}',
    ],
)
def test_a_broken_or_foreign_copy_falls_back_to_parsing_and_is_rewritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    (tmp_path / CACHE_FILE).write_bytes(content)
    parsed = _parses(monkeypatch)
    assert load_bundled_cached(tmp_path) == load_bundled()
    assert len(parsed) == len(bundled_template_files())
    parsed.clear()
    load_bundled_cached(tmp_path)
    assert parsed == []


def test_an_entry_whose_data_does_not_fit_is_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_bundled_cached(tmp_path)
    path = tmp_path / CACHE_FILE
    stored = json.loads(path.read_text(encoding="utf-8"))
    stored["templates"]["ambon.yaml"]["data"]["steps"] = "rusak"
    stored["templates"]["belitung.yaml"] = "bukan entri"
    path.write_text(json.dumps(stored), encoding="utf-8")
    parsed = _parses(monkeypatch)
    assert load_bundled_cached(tmp_path) == load_bundled()
    assert sorted(parsed) == ["ambon.yaml", "belitung.yaml"]


def test_a_broken_template_reports_file_and_line_as_the_loader_does(
    templates: Path, tmp_path: Path
) -> None:
    load_bundled_cached(tmp_path)
    broken = templates / "ambon.yaml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("lane:", "lane: [", 1), encoding="utf-8"
    )
    with pytest.raises(SopError) as expected:
        load_sop(broken)
    with pytest.raises(SopError) as raised:
        load_bundled_cached(tmp_path)
    assert str(raised.value) == str(expected.value)
    assert f"{broken}:" in str(raised.value)


def test_an_unwritable_cache_folder_still_loads(tmp_path: Path) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder")
    assert load_bundled_cached(blocker / "cache") == load_bundled()
