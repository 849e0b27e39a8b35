"""The office folder on the share: who writes where, and how a file appears without overwriting.

Layout under the share::

    MejaPengaduan-<office id>/
        outbox/<device id>/<code>-<first seq>-<last seq>.batch   one PC writes only its own
        ack/<device id>.json                                      what that PC has imported
        blobs/<sha[:2]>/<sha>                                     attachments, encrypted
        snapshot/<device id>-<timestamp>-<events>.snapshot        all events, for new PCs

Windows shares do not rename atomically over an existing file and some tools hold files open,
so a batch is written under a temporary name, flushed to disk, and then given a name that does
not exist yet (never overwriting), retrying while the share says the file is busy.
"""

from __future__ import annotations

import json
import os
import re
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BATCH_SUFFIX = ".batch"
SNAPSHOT_SUFFIX = ".snapshot"
_NAME = re.compile(r"^(?P<code>[A-Z0-9]{2,8})-(?P<first>\d{9})-(?P<last>\d{9})")
_IGNORED = re.compile(r"(conflict|\.sync-conflict-|^\.|~$|\.tmp$|\.partial$)", re.IGNORECASE)
RETRIES = 5
RETRY_WAIT = 0.2


class ShareUnavailableError(OSError):
    """The shared folder cannot be reached (message in Indonesian, says what to check)."""


@dataclass(frozen=True, slots=True)
class BatchName:
    device_code: str
    seq_from: int
    seq_to: int

    def file_name(self) -> str:
        return f"{self.device_code}-{self.seq_from:09d}-{self.seq_to:09d}{BATCH_SUFFIX}"

    @classmethod
    def parse(cls, name: str) -> BatchName | None:
        """The range a file name claims (copies may add to the name); ``None`` if none."""
        match = _NAME.match(name)
        if match is None:
            return None
        return cls(match["code"], int(match["first"]), int(match["last"]))


def office_folder(share: Path, office_id: str) -> Path:
    return share / f"MejaPengaduan-{office_id}"


def make_folder(folder: Path, office: Path) -> None:
    """Create ``folder`` inside ``office``, but never re-create a share that has vanished
    (a folder made on the local disk in its place would hide the real share when it returns)."""
    if not office.parent.is_dir():
        raise ShareUnavailableError(
            f"Folder bersama '{office.parent}' hilang saat sinkronisasi; dicoba lagi nanti."
        )
    folder.mkdir(parents=True, exist_ok=True)


def check_share(share: Path) -> None:
    try:
        if not share.is_dir():
            raise ShareUnavailableError(
                f"Folder bersama '{share}' tidak ditemukan. Periksa kabel jaringan, PC yang "
                "membagikan folder, atau colokkan kembali flashdisk; data tetap aman di PC ini."
            )
    except OSError as error:
        if isinstance(error, ShareUnavailableError):
            raise
        raise ShareUnavailableError(
            f"Folder bersama '{share}' tidak dapat dibuka ({error.strerror or error}). "
            "Data tetap aman di PC ini; sinkronisasi dicoba lagi nanti."
        ) from error


def is_batch_candidate(name: str) -> bool:
    """A finished batch file, not a temporary file or a copy a file-sync tool made."""
    return name.endswith(BATCH_SUFFIX) and not _IGNORED.search(name[: -len(BATCH_SUFFIX)])


def _retrying(action: Any, *args: Any) -> Any:
    for attempt in range(RETRIES):
        try:
            return action(*args)
        except PermissionError:
            if attempt == RETRIES - 1:
                raise
            time.sleep(RETRY_WAIT * (attempt + 1))
    return None


def publish(folder: Path, name: str, data: bytes, *, office: Path | None = None) -> Path:
    """Write ``data`` as ``folder/name`` without ever overwriting an existing file.

    Returns the final path. Raises :class:`FileExistsError` when the name is taken.
    """
    return publish_chunks(folder, name, (data,), office=office)


def publish_chunks(
    folder: Path, name: str, chunks: Iterable[bytes], *, office: Path | None = None
) -> Path:
    """:func:`publish` for content made piece by piece (a snapshot does not fit in memory)."""
    if office is not None:
        make_folder(folder, office)
    else:
        folder.mkdir(parents=True, exist_ok=True)
    final = folder / name
    temp = folder / f".{name}.{uuid.uuid4().hex}.tmp"
    try:
        with temp.open("wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    try:
        try:
            _retrying(os.link, temp, final)  # fails if ``final`` exists: never overwrites
        except (NotImplementedError, OSError) as error:
            if isinstance(error, FileExistsError):
                raise
            if final.exists():  # no hard links on this share: check, then rename
                raise FileExistsError(final) from error
            _retrying(os.rename, temp, final)
    finally:
        temp.unlink(missing_ok=True)
    return final


def other_batches(office: Path, own_device: str) -> Iterator[tuple[str, Path]]:
    """``(device id, path)`` of every finished batch file of the other PCs, oldest first."""
    outbox = office / "outbox"
    if not outbox.is_dir():
        return
    for device_folder in sorted(outbox.iterdir()):
        if not device_folder.is_dir() or device_folder.name == own_device:
            continue
        for path in sorted(device_folder.iterdir()):
            if is_batch_candidate(path.name):
                yield device_folder.name, path


def read_bytes(path: Path) -> bytes:
    return bytes(_retrying(path.read_bytes))


def write_ack(office: Path, device_id: str, content: dict[str, Any]) -> None:
    """Replace this PC's acknowledgement (only this PC writes it; readers tolerate a torn one)."""
    folder = office / "ack"
    make_folder(folder, office)
    temp = folder / f".{device_id}.{uuid.uuid4().hex}.tmp"
    temp.write_text(json.dumps(content, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    try:
        _retrying(os.replace, temp, folder / f"{device_id}.json")
    finally:
        temp.unlink(missing_ok=True)


def read_acks(office: Path) -> dict[str, dict[str, Any]]:
    acks: dict[str, dict[str, Any]] = {}
    folder = office / "ack"
    if not folder.is_dir():
        return acks
    for path in folder.glob("*.json"):
        try:
            acks[path.stem] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # being replaced right now; read next round
    return acks


def own_batches(office: Path, own_device: str) -> list[Path]:
    folder = office / "outbox" / own_device
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir() if is_batch_candidate(path.name))


def blob_path(office: Path, sha256: str) -> Path:
    return office / "blobs" / sha256[:2] / sha256


def _events_in_name(path: Path) -> int:
    last = path.stem.rsplit("-", 1)[-1]
    return int(last) if last.isdigit() else 0


def snapshots(office: Path) -> list[Path]:
    """Finished snapshot files, those holding fewest events first (clocks cannot be trusted;
    the number of events is the last part of the name)."""
    folder = office / "snapshot"
    if not folder.is_dir():
        return []
    found = [
        path
        for path in folder.iterdir()
        if path.name.endswith(SNAPSHOT_SUFFIX) and not _IGNORED.search(path.stem)
    ]
    return sorted(found, key=lambda path: (_events_in_name(path), path.name))
