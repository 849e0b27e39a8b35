"""Where the app keeps its data: ``--data-dir``, else the environment, else the user data dir.

Everything the app writes (database, attachments, logs, settings) lives under one folder so a
portable install or a test can move it with one option.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop import APP_NAME

ENV_DATA_DIR = "MEJA_PENGADUAN_DATA_DIR"


class DataDirError(RuntimeError):
    """The data folder cannot be created or written (message in Indonesian)."""


def default_data_dir() -> Path:
    # Imported here: a start with --data-dir (a portable install) does not need it.
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resolve_data_dir(option: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use, created if needed.

    Raises:
        DataDirError: when the folder cannot be created or is not writable.
    """
    chosen = option or os.environ.get(ENV_DATA_DIR) or default_data_dir()
    folder = Path(chosen).expanduser().resolve()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".tulis-uji"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise DataDirError(
            f"Folder data '{folder}' tidak dapat dipakai ({error.strerror or error}). "
            "Pilih folder lain dengan --data-dir atau periksa izin tulis folder tersebut."
        ) from error
    return folder
