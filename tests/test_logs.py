"""The log file: written from the first record, rotating once the start-up has swapped handlers."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from desktop.logs import BACKUP_COUNT, MAX_BYTES, rotate_log, setup_logging


@pytest.fixture
def root() -> Iterator[logging.Logger]:
    logger = logging.getLogger()
    before, level = list(logger.handlers), logger.level
    yield logger
    for handler in logger.handlers:
        if handler not in before:
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(level)


def _ours(root: logging.Logger, path: Path) -> list[logging.Handler]:
    return [
        h
        for h in root.handlers
        if isinstance(h, logging.FileHandler) and Path(h.baseFilename) == path
    ]


def test_start_up_log_is_written_at_once_then_rotates_without_loss(
    tmp_path: Path, root: logging.Logger
) -> None:
    path = setup_logging(tmp_path, rotate=False)
    logging.getLogger("uji").info("sebelum")
    assert "INFO uji: sebelum" in path.read_text(encoding="utf-8")
    assert not any(isinstance(h, RotatingFileHandler) for h in _ours(root, path))

    rotate_log()
    logging.getLogger("uji").info("sesudah")
    rotate_log()  # a second swap finds nothing to do

    [handler] = _ours(root, path)
    assert isinstance(handler, RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount) == (MAX_BYTES, BACKUP_COUNT)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == ["sebelum", "sesudah"]


def test_setting_up_twice_keeps_one_handler(tmp_path: Path, root: logging.Logger) -> None:
    path = setup_logging(tmp_path, rotate=False)
    setup_logging(tmp_path)
    assert len(_ours(root, path)) == 1
    path = setup_logging(tmp_path / "lain")
    assert isinstance(_ours(root, path)[0], RotatingFileHandler)
