"""Snapshots: every event a PC holds in one file, so a new PC need not replay years of batches.

Layout::

    MAGIC | header length (4) | header JSON | CRC-32 of the header (4)
    | then per chunk: length (4) | nonce (12) | AES-256-GCM(gzip(JSON lines))

The header (office, device, creation time, event and chunk counts, and ``covered``: for each
PC the highest sequence up to which the snapshot holds *every* event) is authenticated with
each chunk, together with the chunk's index, so chunks cannot be cut, reordered or swapped.
Chunks keep memory flat: an office of 200,000 cases holds about two million events.

A PC with nothing from the other PCs yet (or missing events whose batches were compacted away)
imports the snapshot covering most, then only the batch files beyond what it covers.
"""

from __future__ import annotations

import gzip
import json
import os
import struct
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models.collector import collector_paused
from desktop.models.desk import Desk, event_from_row
from desktop.models.events import Event, canonical_json
from desktop.models.tables import EventRow
from desktop.sync import shared_folder
from desktop.sync.batch_file import event_from_json, event_to_json
from desktop.sync.office_key import OfficeKey

MAGIC = b"MPSNAP01"
FORMAT_VERSION = 1
CHUNK_EVENTS = 5000
INGEST_EVENTS = 50_000
"""Chunks are ingested ten at a time: each transaction then rewrites the pages of the
random-keyed indexes once for 50,000 events instead of once per 5,000 (measured: a new PC of a
200,000-case office twice as fast); a crash still keeps all but the transaction under way."""
_U32 = struct.Struct(">I")
_NONCE = 12


class SnapshotError(Exception):
    """A snapshot that cannot be used (cut off, damaged or another office's)."""


@dataclass(frozen=True, slots=True)
class SnapshotHeader:
    office_id: str
    device_id: str
    created: str
    count: int
    chunks: int
    covered: dict[str, int]

    def as_json(self) -> bytes:
        return canonical_json(
            {
                "format": FORMAT_VERSION,
                "office": self.office_id,
                "device": self.device_id,
                "created": self.created,
                "count": self.count,
                "chunks": self.chunks,
                "covered": self.covered,
            }
        ).encode()


def contiguous_upto(session: Session) -> dict[str, int]:
    """Per PC, the highest sequence up to which every event is here.

    Sequences are unique per PC and start at 1, so where the count equals the maximum there
    is no gap; only PCs with a gap (a file not imported yet) are walked event by event.
    """
    upto: dict[str, int] = {}
    rows = session.execute(
        select(EventRow.device_id, func.count(), func.max(EventRow.device_seq)).group_by(
            EventRow.device_id
        )
    ).all()
    for device, count, highest in rows:
        if count == highest:
            upto[device] = int(highest)
            continue
        seqs = session.execute(
            select(EventRow.device_seq)
            .where(EventRow.device_id == device)
            .order_by(EventRow.device_seq)
        ).scalars()
        done = 0
        for seq in seqs:
            if seq != done + 1:
                break
            done = seq
        upto[device] = done
    return upto


def _events_in_order(session: Session) -> Iterator[Event]:
    """Office events first (SOPs, users), then each case's events together."""
    office = select(EventRow).where(EventRow.case_id.is_(None)).order_by(EventRow.hlc)
    for row in session.execute(office).scalars():
        yield event_from_row(row)
    cases = (
        select(EventRow)
        .where(EventRow.case_id.is_not(None))
        .order_by(EventRow.case_id, EventRow.hlc, EventRow.device_id, EventRow.event_id)
        .execution_options(yield_per=CHUNK_EVENTS)
    )
    for row in session.execute(cases).scalars():
        yield event_from_row(row)


def _chunks(
    header: bytes,
    key: OfficeKey,
    events: Iterator[Event],
    progress: Callable[[int], None] | None = None,
) -> Iterator[bytes]:
    yield MAGIC + _U32.pack(len(header)) + header + _U32.pack(zlib.crc32(header))
    index = 0
    while True:
        if progress is not None:
            progress(index)
        lines = []
        for event in events:
            lines.append(canonical_json(event_to_json(event)))
            if len(lines) == CHUNK_EVENTS:
                break
        if not lines:
            return
        plain = gzip.compress("\n".join(lines).encode(), compresslevel=6, mtime=0)
        nonce = os.urandom(_NONCE)
        sealed = AESGCM(key.key).encrypt(nonce, plain, MAGIC + header + _U32.pack(index))
        yield _U32.pack(len(sealed)) + nonce + sealed
        index += 1


def publish_snapshot(
    desk: Desk,
    key: OfficeKey,
    office: Path,
    *,
    now: datetime,
    progress: Callable[[int, int, str], None] | None = None,
) -> Path:
    """Write a snapshot of every event this PC holds; returns its path on the share."""
    device_id = desk.device().device_id
    with desk.reading() as session, session.begin():  # one consistent read of the log
        total = session.execute(select(func.count()).select_from(EventRow)).scalar_one()
        chunks = -(-int(total) // CHUNK_EVENTS)
        header = SnapshotHeader(
            office_id=key.office_id,
            device_id=device_id,
            created=now.isoformat(timespec="seconds"),
            count=int(total),
            chunks=chunks,
            covered=contiguous_upto(session),
        ).as_json()
        # The count keeps names apart when a PC's clock stands still (a flat CMOS battery
        # starts it at the same moment every day); the same count is the same events.
        name = f"{device_id}-{now:%Y%m%dT%H%M%S}-{total:010d}{shared_folder.SNAPSHOT_SUFFIX}"

        def written(index: int) -> None:
            if progress is not None:
                progress(index, chunks, f"snapshot/{name}")

        return shared_folder.publish_chunks(
            office / "snapshot",
            name,
            _chunks(header, key, _events_in_order(session), written),
            office=office,
        )


def read_snapshot_header(path: Path, key: OfficeKey) -> tuple[SnapshotHeader, bytes, int]:
    """The header, its raw bytes and where the chunks begin (reads only the file's start)."""
    with path.open("rb") as handle:
        start = handle.read(len(MAGIC) + _U32.size)
        if len(start) < len(MAGIC) + _U32.size or not start.startswith(MAGIC):
            raise SnapshotError("bukan berkas snapshot Meja Pengaduan")
        (length,) = _U32.unpack_from(start, len(MAGIC))
        if length > 1024 * 1024:
            raise SnapshotError("kepala snapshot rusak")
        raw = handle.read(length)
        crc = handle.read(_U32.size)
    if len(raw) < length or len(crc) < _U32.size or zlib.crc32(raw) != _U32.unpack(crc)[0]:
        raise SnapshotError("kepala snapshot rusak atau belum lengkap")
    data = json.loads(raw)
    if int(data["format"]) > FORMAT_VERSION:
        raise SnapshotError("snapshot dari versi aplikasi lebih baru; perbarui aplikasi")
    if data["office"] != key.office_id:
        raise SnapshotError("snapshot milik kantor lain")
    header = SnapshotHeader(
        office_id=data["office"],
        device_id=data["device"],
        created=data["created"],
        count=int(data["count"]),
        chunks=int(data["chunks"]),
        covered={str(k): int(v) for k, v in data["covered"].items()},
    )
    return header, raw, len(MAGIC) + _U32.size + length + _U32.size


def read_snapshot(path: Path, key: OfficeKey) -> Iterator[list[Event]]:
    """The snapshot's events, one chunk at a time.

    Raises:
        SnapshotError: at the first chunk that is cut off, damaged or not authentic.
    """
    _, raw, offset = read_snapshot_header(path, key)
    aesgcm = AESGCM(key.key)
    with path.open("rb") as handle:
        handle.seek(offset)
        index = 0
        while True:
            size = handle.read(_U32.size)
            if not size:
                break
            if len(size) < _U32.size:
                raise SnapshotError("snapshot terpotong")
            (length,) = _U32.unpack(size)
            nonce, sealed = handle.read(_NONCE), handle.read(length)
            if len(sealed) < length:
                raise SnapshotError("snapshot terpotong")
            try:
                plain = aesgcm.decrypt(nonce, sealed, MAGIC + raw + _U32.pack(index))
            except InvalidTag:
                raise SnapshotError(
                    "snapshot gagal diautentikasi (rusak atau kunci lain)"
                ) from None
            lines = gzip.decompress(plain).decode().splitlines()
            yield [event_from_json(json.loads(line)) for line in lines if line]
            index += 1
    if index != json.loads(raw)["chunks"]:
        raise SnapshotError("snapshot terpotong (bagian kurang)")


def best_snapshot(office: Path, key: OfficeKey) -> tuple[Path, SnapshotHeader] | None:
    """The readable snapshot covering the most events (clocks are unreliable, counts are not)."""
    best: tuple[Path, SnapshotHeader] | None = None
    for path in shared_folder.snapshots(office):
        try:
            header = read_snapshot_header(path, key)[0]
        except (SnapshotError, OSError, ValueError, KeyError):
            continue
        if best is None or sum(header.covered.values()) >= sum(best[1].covered.values()):
            best = (path, header)
    return best


def import_snapshot(
    desk: Desk,
    path: Path,
    key: OfficeKey,
    progress: Callable[[int, int, str], None] | None = None,
) -> int:
    """Ingest a snapshot chunk by chunk (each its own transaction: a crash just resumes);
    returns the number of events added."""
    header = read_snapshot_header(path, key)[0]
    added = 0
    chunks = read_snapshot(path, key)  # raises when it ends early or is damaged
    index = 0
    pending: list[Event] = []
    while True:
        with collector_paused():
            events = next(chunks, None)
            if events is not None:
                pending += events
                index += 1
            if pending and (events is None or len(pending) >= INGEST_EVENTS):
                added += desk.ingest(pending).added
                pending = []
        if events is None:
            break
        if progress is not None:
            progress(index, header.chunks, f"snapshot/{path.name}")
    return added
