"""``--selftest`` as the frozen app runs it, and the packaging files that must agree."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import desktop
from desktop.documents.catalog import KINDS
from desktop.models.sop_loader import bundled_template_files
from desktop.selftest import CheckResult, format_results

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("packaging_build", PACKAGING / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_selftest_covers_database_documents_reports_and_sync(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env.pop("MEJA_PENGADUAN_DATA_DIR", None)
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--selftest"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=180,
        check=False,
    )
    output = result.stdout
    assert result.returncode == 0, output + result.stderr
    passed = {" ".join(line.split()[1:3]) for line in output.splitlines() if line.startswith("OK")}
    assert all(f"SOP {entry.name}" in output for entry in bundled_template_files())
    for kind in KINDS:
        assert f"dokumen {kind}" in passed, output
    for line in ("laporan register", "laporan recap", "sinkronisasi dua", "basis data"):
        assert line in passed, output
    assert re.search(r"^OK +basis data dan migrasi .* skema revisi \d{4}$", output, re.M)
    assert re.search(r"^OK +sinkronisasi dua PC .*7 peristiwa diterima", output, re.M)
    assert "GAGAL" not in output
    assert re.search(r"semua 20 pemeriksaan lulus", output)
    assert list(tmp_path.iterdir()) == []  # nothing written outside its temporary folder


def test_a_failed_check_gives_its_reason_and_the_count() -> None:
    results = [
        CheckResult("dokumen surat", True, "Surat 1.pdf: PDF 40 KB", 0.1),
        CheckResult("sinkronisasi dua PC", False, "OSError: folder hilang\nTraceback ...", 0.2),
    ]
    text = format_results(results)
    assert "GAGAL sinkronisasi dua PC" in text and "OSError: folder hilang" in text
    assert text.endswith("1 lulus, 1 gagal (0.3 s).")


def test_spec_and_build_read_the_version_the_app_reports() -> None:
    build = load_build()
    assert build.app_version() == desktop.__version__
    assert build.four_numbers("0.2.0rc1") == (0, 2, 0, 0)
    resource = build.version_resource("1.2.3")
    assert (
        "filevers=(1, 2, 3, 0)" in resource
        and "StringStruct('ProductVersion', '1.2.3')" in resource
    )
    spec = (PACKAGING / "meja-pengaduan.spec").read_text(encoding="utf-8")
    assert "console=False" in spec and "exclude_binaries=True" in spec  # onedir, windowed
    assert "_MEIPASS" not in "".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "desktop").rglob("*.py")
    )


def test_installer_script_keeps_data_and_installs_per_user() -> None:
    script = (PACKAGING / "installer.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in script
    assert 'MUI_LANGUAGE "Indonesian"' in script and 'MUI_LANGUAGE "English"' in script
    for value in (
        "DisplayName",
        "DisplayVersion",
        "Publisher",
        "DisplayIcon",
        "UninstallString",
        "QuietUninstallString",
        "InstallLocation",
        "EstimatedSize",
        "NoModify",
        "NoRepair",
    ):
        assert f'"${{UNINST_KEY}}" "{value}"' in script, value
    # The data folder is removed only by the unticked (/o) uninstaller section.
    removing = [line for line in script.splitlines() if "${DATA_DIR}" in line and "RMDir" in line]
    assert removing == ['  RMDir /r "${DATA_DIR}"']
    assert 'Section /o "un.$(SecData)"' in script
    # The data folder is the one the app uses on Windows (platformdirs, not roaming).
    assert '"$LOCALAPPDATA\\Meja Pengaduan"' in script
    assert desktop.APP_NAME == "Meja Pengaduan"
