"""Test configuration shared by every test: headless Qt and a private data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Set before any Qt import so every GUI test runs headless on CI and developer machines alike.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder per test, also exported so nothing touches the user's real data."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("MEJA_PENGADUAN_DATA_DIR", str(folder))
    return folder
