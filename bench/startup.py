"""Process start to main window shown, beside a bare PySide6 window started the same way.

Each run is a fresh ``python`` process (offscreen); the child prints the wall-clock time at
which its window was shown and painted, so interpreter teardown is not counted.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from bench.measure import Row

SHOWN_MARK = "window-shown-at"

BARE_WINDOW = f"""
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("{SHOWN_MARK}", time.time(), flush=True)
            QTimer.singleShot(0, app.quit)
        return False
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QWidget())
window.resize(1366, 768)
watcher = FirstPaint()
window.centralWidget().installEventFilter(watcher)
window.show()
app.exec()
"""


def _time_process(command: list[str], env: dict[str, str]) -> float:
    started = time.time()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    for line in result.stdout.splitlines():
        if line.startswith(SHOWN_MARK):
            return float(line.split()[1]) - started
    raise RuntimeError(f"{command} printed no '{SHOWN_MARK}':\n{result.stdout}\n{result.stderr}")


def measure(runs: int) -> list[Row]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # An installed app runs from compiled bytecode (pip and PyInstaller write it); without
    # this, a shell that disables .pyc files would charge the app for compiling every module.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    bare_samples, app_samples = [], []
    with tempfile.TemporaryDirectory(prefix="meja-bench-") as data_dir:
        app = [sys.executable, "-m", "desktop", "--data-dir", data_dir, "--quit-when-shown"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        _time_process(app, env)  # warm the file cache once for both
        _time_process(bare, env)
        for _ in range(runs):  # interleaved so both see the same machine load
            bare_samples.append(_time_process(bare, env))
            app_samples.append(_time_process(app, env))
    bare_row = Row("bare PySide6 window: start to shown", tuple(bare_samples))
    app_row = Row(
        "app: start to main window shown",
        tuple(app_samples),
        goal="≤ 1000 ms, ≤ 2.0× bare",
        baseline=bare_row,
    )
    return [bare_row, app_row]
