"""Attachments as content-addressed files in the data folder (later copied between PCs).

A file is stored once under its SHA-256, whatever it was called and however often it is
attached; the name the clerk chose stays in the event.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from desktop.models.problems import InputError

DEFAULT_LIMIT_BYTES = 25 * 1024 * 1024
_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class StoredBlob:
    sha256: str
    filename: str
    size: int
    media_type: str


def safe_filename(name: str) -> str:
    """The name as the clerk sees it, refusing separators so it can never become a path."""
    stripped = name.strip()
    if not stripped or stripped in {".", ".."}:
        raise InputError.single("lampiran", "Nama lampiran kosong; beri nama berkas.")
    if PurePosixPath(stripped).name != stripped or PureWindowsPath(stripped).name != stripped:
        raise InputError.single(
            "lampiran",
            f"Nama lampiran '{stripped}' memuat pemisah folder (/ atau \\); ganti namanya.",
        )
    if any(ord(char) < 32 for char in stripped):
        raise InputError.single("lampiran", "Nama lampiran memuat karakter tak terlihat.")
    return stripped[:255]


class BlobStore:
    def __init__(self, folder: Path, limit_bytes: int = DEFAULT_LIMIT_BYTES) -> None:
        self.folder = folder
        self.limit_bytes = limit_bytes

    def path_of(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_of(sha256).exists()

    def add_file(self, source: Path, *, filename: str | None = None) -> StoredBlob:
        """Copy ``source`` in (streamed, hashed on the way); the event records the result."""
        name = safe_filename(filename or source.name)
        try:
            size = source.stat().st_size
        except OSError as error:
            raise InputError.single(
                "lampiran", f"Berkas '{source}' tidak dapat dibaca: {error.strerror}."
            ) from error
        if size > self.limit_bytes:
            raise InputError.single(
                "lampiran",
                f"Lampiran '{name}' berukuran {size / 1048576:.1f} MB, melebihi batas "
                f"{self.limit_bytes / 1048576:.0f} MB. Perkecil atau pindai ulang dengan "
                "resolusi lebih rendah.",
            )
        self.folder.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        with tempfile.NamedTemporaryFile(dir=self.folder, delete=False, suffix=".tmp") as out:
            try:
                with source.open("rb") as handle:
                    while chunk := handle.read(_CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            except OSError as error:
                Path(out.name).unlink(missing_ok=True)
                raise InputError.single(
                    "lampiran", f"Berkas '{source}' tidak dapat disalin: {error.strerror}."
                ) from error
        sha = digest.hexdigest()
        target = self.path_of(sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            Path(out.name).unlink(missing_ok=True)
        else:
            shutil.move(out.name, target)
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return StoredBlob(sha, name, size, media_type)
