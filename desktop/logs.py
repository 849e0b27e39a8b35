"""A rotating log file in the data folder, so a problem on a clerk's PC can be looked at later.

Rotation needs :mod:`logging.handlers`, whose imports (sockets, pickling, queues) the first
window should not wait for. So the app may start writing the file with a plain handler and
swap in the rotating one once the window is up (:func:`rotate_log`); every record reaches the
file either way, once.
"""

from __future__ import annotations

import logging
from pathlib import Path

LOG_FILE_NAME = "meja-pengaduan.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _StartLog(logging.FileHandler):
    """The log file, without rotation until :func:`rotate_log` swaps this handler out."""


def setup_logging(data_dir: Path, *, level: int = logging.INFO, rotate: bool = True) -> Path:
    """Send the root logger to ``data_dir/logs`` (1 MB per file, 5 kept); returns the file.

    With ``rotate=False`` records go to the file at once, and rotation starts with
    :func:`rotate_log`.
    """
    folder = data_dir / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    if not any(_writes_to(handler, path) for handler in root.handlers):
        handler = _rotating(path) if rotate else _StartLog(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(handler)
    root.setLevel(level)
    return path


def rotate_log() -> None:
    """Swap each plain start-up handler for a rotating one on the same file (if there is any)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _StartLog)]:
        rotating = _rotating(Path(handler.baseFilename))
        rotating.setFormatter(handler.formatter)
        root.addHandler(rotating)
        root.removeHandler(handler)
        handler.close()


def _writes_to(handler: logging.Handler, path: Path) -> bool:
    return isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path


def _rotating(path: Path) -> logging.FileHandler:
    from logging.handlers import RotatingFileHandler

    return RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
