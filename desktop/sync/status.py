"""What the sync status panel shows: this PC's place in the office and what needs a look.

Everything comes from this PC's own database plus the acknowledgements the other PCs publish
on the share (``ack/<device>.json``: when they last synced, their clock, and how far they have
imported each PC's events). A share that cannot be read is not an error here: the status then
says so and shows what this PC knows by itself.

Clock check: an acknowledgement carries the writer's clock (``clock_ms``) and, as a file on the
share, the moment the share stored it (its modification time). Each PC's offset from the share,
less this PC's own offset, is how far its clock is from this PC's, however long ago it wrote;
beyond :data:`CLOCK_LIMIT` that PC gets a warning — its events are still accepted.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop.models.desk import Desk
from desktop.models.tables import (
    DeviceRow,
    EventRow,
    LocalState,
    QuarantinedEvent,
    SyncConfig,
    SyncFile,
)
from desktop.sync import shared_folder
from desktop.sync.office_key import OfficeKey
from desktop.sync.shared_folder import ShareUnavailableError
from desktop.sync.snapshot import SnapshotHeader, best_snapshot

CLOCK_LIMIT = timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class PeerStatus:
    """Another PC of the office.

    Attributes:
        device_id: its id (the folder name of its outbox).
        code: its code (``TU2``), or the device id when it never said.
        last_seen: when it last finished a sync round, by its own clock; ``None`` if never.
        lacks_from_us: how many of this PC's events it had not imported at that moment.
        we_lack: how many of its events it had (at that moment) that this PC has not imported.
        clock_offset: how far its clock is from this PC's (``None`` when unknown).
    """

    device_id: str
    code: str
    last_seen: datetime | None
    lacks_from_us: int = 0
    we_lack: int = 0
    clock_offset: timedelta | None = None


@dataclass(frozen=True, slots=True)
class FileProblem:
    """A batch file that could not be imported (yet): ``status`` is ``retry`` or
    ``quarantined``; ``reason`` is the Indonesian message of the last attempt."""

    name: str
    device_code: str
    status: str
    attempts: int
    reason: str
    last_try: datetime | None


@dataclass(frozen=True, slots=True)
class EventProblem:
    """An event set aside: its id arrived again with different content."""

    event_id: str
    file: str
    reason: str
    at: datetime


@dataclass(frozen=True, slots=True)
class ClockWarning:
    """Another PC's clock is ``offset`` ahead of (negative: behind) this PC's clock."""

    code: str
    offset: timedelta

    def message(self) -> str:
        minutes = round(abs(self.offset).total_seconds() / 60)
        amount = _duration(minutes)
        direction = "lebih cepat" if self.offset > timedelta(0) else "lebih lambat"
        return (
            f"Jam PC {self.code} {direction} sekitar {amount} dari jam PC ini. Peristiwanya "
            "tetap diterima, tetapi tanggal dan urutannya bisa tampak janggal: periksa tanggal "
            "dan jam kedua PC."
        )


@dataclass(frozen=True, slots=True)
class SnapshotInfo:
    """The office's most complete snapshot: who wrote it, when (by that PC's clock), and how
    many events it holds."""

    device_code: str
    created: str
    events: int


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """One look at the sync state of this PC; ``joined`` is False before it joins an office."""

    joined: bool
    office_id: str = ""
    share_path: str = ""
    device_code: str = ""
    last_sync_at: datetime | None = None
    pending_outgoing: int = 0
    peers: list[PeerStatus] = field(default_factory=list)
    quarantined_files: list[FileProblem] = field(default_factory=list)
    retrying_files: list[FileProblem] = field(default_factory=list)
    quarantined_events: list[EventProblem] = field(default_factory=list)
    clock_warnings: list[ClockWarning] = field(default_factory=list)
    share_problem: str = ""
    snapshot: SnapshotInfo | None = None

    @property
    def needs_attention(self) -> bool:
        return bool(
            self.quarantined_files
            or self.quarantined_events
            or self.clock_warnings
            or self.share_problem
        )


def _duration(minutes: int) -> str:
    if minutes >= 2 * 24 * 60:
        return f"{round(minutes / (24 * 60))} hari"
    if minutes >= 120:
        return f"{round(minutes / 60)} jam"
    return f"{minutes} menit"


def sync_status(desk: Desk, *, read_share: bool = True) -> SyncStatus:
    """The sync state of ``desk``'s PC; reads the share's acknowledgements when ``read_share``.

    Never raises for an unreachable share: :attr:`SyncStatus.share_problem` says why instead.
    """
    with desk.reading() as session:
        config = session.get(SyncConfig, 1)
        local = session.get(LocalState, 1)
        if config is None or local is None:
            return SyncStatus(joined=False, device_code=local.device_code if local else "")
        own = local.device_id
        pending = session.execute(
            select(func.count())
            .select_from(EventRow)
            .where(EventRow.device_id == own)
            .where(EventRow.device_seq > config.last_exported_seq)
        ).scalar_one()
        newest = dict(
            session.execute(
                select(EventRow.device_id, func.max(EventRow.device_seq)).group_by(
                    EventRow.device_id
                )
            ).all()
        )
        codes = {row.device_id: row.code for row in session.execute(select(DeviceRow)).scalars()}
        files = list(session.execute(select(SyncFile).order_by(SyncFile.name)).scalars())
        events = list(
            session.execute(select(QuarantinedEvent).order_by(QuarantinedEvent.at)).scalars()
        )
    problems = [
        FileProblem(
            name=row.name,
            device_code=codes.get(row.device_id, row.device_id),
            status=row.status,
            attempts=row.attempts,
            reason=row.reason,
            last_try=row.last_try,
        )
        for row in files
        if row.status in {"retry", "quarantined"}
    ]
    acks: dict[str, tuple[dict[str, Any], float | None]] = {}
    share_problem = ""
    newest_snapshot: SnapshotHeader | None = None
    if read_share:
        try:
            acks = _read_acks(Path(config.share_path), config)
            newest_snapshot = _best_snapshot(Path(config.share_path), config)
        except ShareUnavailableError as error:
            share_problem = str(error)
    for device_id, (ack, _) in acks.items():
        if isinstance(ack.get("code"), str) and device_id not in codes:
            codes[device_id] = ack["code"]
    own_newest = int(newest.get(own, 0))
    peers: list[PeerStatus] = []
    warnings: list[ClockWarning] = []
    own_ack, own_stored = acks.get(own, ({}, None))
    own_offset = _clock_offset(own_ack, own_stored) or timedelta(0)
    for device_id in sorted(set(codes) | set(acks), key=lambda d: codes.get(d, d)):
        if device_id == own:
            continue
        ack, stored_ms = acks.get(device_id, ({}, None))
        offset = _clock_offset(ack, stored_ms)
        if offset is not None:
            offset -= own_offset
        code = codes.get(device_id, device_id)
        if offset is not None and abs(offset) > CLOCK_LIMIT:
            warnings.append(ClockWarning(code, offset))
        imported = ack.get("imported") if isinstance(ack.get("imported"), dict) else {}
        assert isinstance(imported, dict)
        peers.append(
            PeerStatus(
                device_id=device_id,
                code=code,
                last_seen=_parse_time(ack.get("seen_at")),
                lacks_from_us=max(0, own_newest - _int(imported.get(own))),
                we_lack=max(0, _int(imported.get(device_id)) - int(newest.get(device_id, 0))),
                clock_offset=offset,
            )
        )
    return SyncStatus(
        joined=True,
        office_id=config.office_id,
        share_path=config.share_path,
        device_code=local.device_code,
        last_sync_at=config.last_sync_at,
        pending_outgoing=int(pending),
        peers=peers,
        quarantined_files=[p for p in problems if p.status == "quarantined"],
        retrying_files=[p for p in problems if p.status == "retry"],
        quarantined_events=[EventProblem(e.event_id, e.file, e.reason, e.at) for e in events],
        clock_warnings=warnings,
        share_problem=share_problem,
        snapshot=(
            SnapshotInfo(
                codes.get(newest_snapshot.device_id, newest_snapshot.device_id),
                newest_snapshot.created,
                newest_snapshot.count,
            )
            if newest_snapshot is not None
            else None
        ),
    )


def _best_snapshot(share: Path, config: SyncConfig) -> SnapshotHeader | None:
    key = OfficeKey(config.office_id, base64.b64decode(config.office_key))
    try:
        best = best_snapshot(shared_folder.office_folder(share, key.office_id), key)
    except OSError:
        return None
    return best[1] if best is not None else None


def _read_acks(share: Path, config: SyncConfig) -> dict[str, tuple[dict[str, Any], float | None]]:
    shared_folder.check_share(share)
    key = OfficeKey(config.office_id, base64.b64decode(config.office_key))
    office = shared_folder.office_folder(share, key.office_id)
    result: dict[str, tuple[dict[str, Any], float | None]] = {}
    for device_id, ack in shared_folder.read_acks(office).items():
        try:
            stored_ms: float | None = (office / "ack" / f"{device_id}.json").stat().st_mtime * 1000
        except OSError:
            stored_ms = None
        result[device_id] = (ack, stored_ms)
    return result


def _clock_offset(ack: dict[str, Any], stored_ms: float | None) -> timedelta | None:
    clock_ms = ack.get("clock_ms")
    if stored_ms is None or not isinstance(clock_ms, int | float):
        return None
    return timedelta(milliseconds=float(clock_ms) - stored_ms)


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _int(value: object) -> int:
    return value if isinstance(value, int) else 0


def join_code_of(desk: Desk) -> str:
    """The join code of this PC's office (for the kartu bergabung)."""
    from desktop.sync.exchange import office_key_of

    return office_key_of(desk).join_code()
