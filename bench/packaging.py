"""The frozen app (``dist/meja-pengaduan``, made by ``packaging/build.py``) beside the source.

Start to main window shown on a fresh data folder, the bundle and the source started the same
way and interleaved so both see the same machine load (goal: frozen ≤ 1.2× source). Also
reports the bundle and installer sizes and the build time from ``dist/build-figures.json``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from bench.measure import Row
from bench.startup import _time_process

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "meja-pengaduan"
FROZEN = BUNDLE / ("meja-pengaduan.exe" if sys.platform == "win32" else "meja-pengaduan")
FIGURES = ROOT / "dist" / "build-figures.json"


def measure(runs: int) -> list[Row]:
    if not FROZEN.exists():
        print(f"packaging: {FROZEN} is missing; run `python packaging/build.py` first.")
        return []
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    source_samples, frozen_samples = [], []
    for index in range(runs + 1):
        with tempfile.TemporaryDirectory(prefix="meja-bench-") as data_dir:
            tail = ["--data-dir", data_dir, "--quit-when-shown"]
            source = _time_process([sys.executable, "-m", "desktop", *tail], env)
        with tempfile.TemporaryDirectory(prefix="meja-bench-") as data_dir:
            frozen = _time_process([str(FROZEN), "--data-dir", data_dir, "--quit-when-shown"], env)
        if index:  # the first pair warms the file cache
            source_samples.append(source)
            frozen_samples.append(frozen)
    source_row = Row("source app: start to main window (fresh data)", tuple(source_samples))
    rows = [
        source_row,
        Row(
            "frozen app: start to main window (fresh data)",
            tuple(frozen_samples),
            goal="≤ 1.2× source",
            baseline=source_row,
        ),
    ]
    if FIGURES.exists():
        figures = json.loads(FIGURES.read_text(encoding="utf-8"))
        print(
            f"packaging: bundle {figures['bundle_bytes'] / 1e6:.1f} MB "
            f"(built in {figures['bundle_seconds']:.0f} s), installer "
            f"{figures['installer'] or '-'} {figures['installer_bytes'] / 1e6:.1f} MB "
            f"(compiled in {figures['installer_seconds']:.0f} s; goal ≤ 60 MB)"
        )
    return rows
