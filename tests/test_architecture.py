"""Project rules that keep the code easy to change: a Qt-free core, lint and types clean."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_FREE = ("desktop.models", "desktop.flowchart", "desktop.documents", "desktop.sync")

IMPORT_ALL = """
import importlib, pkgutil, sys
for name in {packages!r}:
    try:
        package = importlib.import_module(name)
    except ModuleNotFoundError:
        continue
    for info in pkgutil.walk_packages(package.__path__, name + "."):
        if ".migrations" in info.name:  # scripts Alembic runs, not importable modules
            continue
        importlib.import_module(info.name)
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print(",".join(qt))
"""


def test_core_packages_never_import_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL.format(packages=QT_FREE)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert result.stdout.strip() == "", f"Qt imported by the core: {result.stdout}"


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed; install the project with its [dev] extra")
    return found


def test_ruff_lint_and_format_are_clean() -> None:
    ruff = _tool("ruff")
    lint = subprocess.run(
        [ruff, "check", "."], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert lint.returncode == 0, lint.stdout + lint.stderr
    fmt = subprocess.run(
        [ruff, "format", "--check", "."], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


def test_mypy_strict_is_clean() -> None:
    mypy = _tool("mypy")
    result = subprocess.run([mypy], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
