"""One sync round: publish this PC's new events, import the other PCs' new batch files.

Every file is imported in one transaction, idempotently (by event id), so a round interrupted
anywhere — a pulled cable, a crash, a share that vanishes — is simply done again next time.
Files that cannot be read are retried; one that stays unreadable, one made with another key,
and events that clash with what this PC already holds are set aside ("karantina") with the
reason and shown to the clerk, never dropped silently and never a crash.
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.collector import collector_paused
from desktop.models.desk import Desk, IngestResult, event_from_row
from desktop.models.events import Event, Hlc
from desktop.models.problems import NotAllowedError
from desktop.models.tables import EventRow, LocalState, QuarantinedEvent, SyncConfig, SyncFile
from desktop.sync import blob_transfer, compaction, shared_folder, snapshot, snapshot_schedule
from desktop.sync.batch_file import BatchError, DamagedBatchError, decode_batch, encode_batch
from desktop.sync.batch_file import event_to_json as _event_json
from desktop.sync.office_key import OfficeKey
from desktop.sync.shared_folder import BatchName, ShareUnavailableError

log = logging.getLogger(__name__)

BATCH_LIMIT = 5000
INCOMPLETE_GIVE_UP = timedelta(days=1)
DAMAGED_ATTEMPTS = 3
DEFERRED_EVENTS_KEPT = 100_000
"""Decoded events held in memory for files waiting on an SOP revision; beyond, re-read."""
CLOCK_WARNING = timedelta(minutes=10)


UPDATE_MESSAGE = "Perbarui aplikasi: ada data dari versi lebih baru"


@dataclass
class RoundReport:
    """What one round did, for the status panel (all messages in Indonesian)."""

    exported: int = 0  # own events written to the share this round
    imported_files: int = 0
    imported_events: int = 0  # events new to this PC
    retried: list[str] = field(default_factory=list)  # "file: reason", read again next round
    quarantined: list[str] = field(default_factory=list)  # set aside this round
    clock_warnings: list[str] = field(default_factory=list)  # one per PC whose clock is off
    touched_cases: set[str] = field(default_factory=set)  # cases to refresh in the window
    missing_blobs: list[str] = field(default_factory=list)  # sha256 of attachments not arrived
    blobs_exported: int = 0
    update_needed: bool = False  # events of a newer app arrived (kept, applied after update)
    snapshot_imported: str = ""  # the snapshot a new PC started from, if any
    snapshot_published: str = ""  # the snapshot this PC wrote at the end of the round, if any
    compacted: list[str] = field(default_factory=list)  # own old batch files deleted
    export_error: str = ""  # writing to the share failed; retried next round

    def summary(self) -> str:
        parts = [
            f"{self.exported} peristiwa dikirim",
            f"{self.imported_events} peristiwa diterima dari {self.imported_files} berkas",
        ]
        if self.retried:
            parts.append(f"{len(self.retried)} berkas dicoba lagi nanti")
        if self.quarantined:
            parts.append(f"{len(self.quarantined)} dikarantina")
        if self.missing_blobs:
            parts.append(f"{len(self.missing_blobs)} lampiran belum tiba")
        if self.snapshot_published:
            parts.append("snapshot baru ditulis")
        text = "; ".join(parts) + "."
        if self.update_needed:
            text += " " + UPDATE_MESSAGE + "."
        return text


Progress = Callable[[int, int, str], None]


def _config(desk: Desk) -> SyncConfig:
    with desk.reading() as session:
        config = session.get(SyncConfig, 1)
    if config is None:
        raise NotAllowedError(
            "PC ini belum tergabung ke kantor: buat kantor di PC pertama, lalu gabungkan PC "
            "lain dengan kode bergabung."
        )
    return config


def office_key_of(desk: Desk) -> OfficeKey:
    config = _config(desk)
    return OfficeKey(config.office_id, base64.b64decode(config.office_key))


def create_office(desk: Desk, share: Path) -> OfficeKey:
    """Make this (set-up) PC the first of an office on ``share``; returns the key to share."""
    key = OfficeKey.generate()
    _save_config(desk, key, share)
    sync_round(desk)
    return key


def join_office(desk: Desk, code: str, share: Path) -> OfficeKey:
    key = OfficeKey.from_join_code(code)
    shared_folder.check_share(share)
    _save_config(desk, key, share)
    return key


def _save_config(desk: Desk, key: OfficeKey, share: Path) -> None:
    with desk.writing() as session:
        config = session.get(SyncConfig, 1)
        if config is not None and config.office_id != key.office_id:
            raise NotAllowedError("PC ini sudah tergabung ke kantor lain.")
        if config is None:
            session.add(
                SyncConfig(
                    id=1,
                    office_id=key.office_id,
                    office_key=base64.b64encode(key.key).decode(),
                    share_path=str(share),
                    last_exported_seq=0,
                )
            )
        else:
            config.share_path = str(share)


def sync_round(
    desk: Desk, *, progress: Progress | None = None, snapshot_now: bool = False
) -> RoundReport:
    """Export, then import; raises :class:`ShareUnavailableError` when the share is gone.

    At the end the office's publisher PC writes a snapshot when one is due (``snapshot_now``:
    this PC writes one in any case), then old batch files nobody needs are deleted.

    Every step is safe to interrupt: a round cut short is completed by the next one.
    """
    config = _config(desk)
    key = OfficeKey(config.office_id, base64.b64decode(config.office_key))
    share = Path(config.share_path)
    shared_folder.check_share(share)
    office = shared_folder.office_folder(share, key.office_id)
    report = RoundReport()
    device = desk.device()
    try:
        report.exported = _export(desk, key, office, device.device_id, device.device_code)
        report.blobs_exported = blob_transfer.export_blobs(desk, key, office, device.device_id)
    except ShareUnavailableError:
        raise
    except OSError as error:  # share busy or read-only: the events stay here, sent next round
        shared_folder.check_share(share)
        report.export_error = f"Gagal menulis ke folder bersama ({error}); dicoba lagi nanti."
    _bootstrap(desk, key, office, device.device_id, report=report, progress=progress)
    _Importer(desk, key, office, device.device_id, report).run(progress)
    report.missing_blobs = blob_transfer.fetch_missing(desk, key, office)
    shared_folder.check_share(share)
    _acknowledge(desk, office, device.device_id, device.device_code)
    report.clock_warnings += [
        w for w in clock_warnings(desk, office, device.device_id) if w not in report.clock_warnings
    ]
    try:
        report.snapshot_published = snapshot_schedule.publish_if_due(
            desk,
            key,
            office,
            device.device_id,
            now=desk.now(),
            force=snapshot_now,
            progress=progress,
        )
    except OSError as error:  # share full or gone: the next round tries again
        shared_folder.check_share(share)
        report.retried.append(f"snapshot: {error}")
    try:
        report.compacted = compaction.compact(desk, key, office)
    except OSError as error:
        log.info("Pemadatan ditunda: %s", error)
    with desk.writing() as session:
        stored = session.get(SyncConfig, 1)
        if stored is not None:
            stored.last_sync_at = desk.now()
    return report


def _bootstrap(
    desk: Desk,
    key: OfficeKey,
    office: Path,
    own_device: str,
    *,
    report: RoundReport,
    progress: Progress | None,
) -> None:
    """Start from the best snapshot when it holds events the batches can no longer give.

    That is a new PC (nothing from any other PC yet) or one whose missing events were in
    batch files compacted away while it was off.
    """
    best = snapshot.best_snapshot(office, key)
    if best is None or best[1].device_id == own_device:
        return
    path, header = best
    name = f"snapshot/{path.name}"
    with desk.reading() as session:
        if session.get(SyncFile, name) is not None:
            return
        upto = snapshot.contiguous_upto(session)
    behind = {d for d, seq in header.covered.items() if d != own_device and seq > upto.get(d, 0)}
    if not behind:
        return
    empty = all(upto.get(d, 0) == 0 for d in header.covered if d != own_device)
    if not empty and all(_batches_reach(office, d, upto.get(d, 0)) for d in behind):
        return
    now = desk.now()
    try:
        added = snapshot.import_snapshot(desk, path, key, progress)
    except snapshot.SnapshotError as error:
        report.retried.append(f"{name}: {error}")
        return
    except OSError as error:
        shared_folder.check_share(office.parent)
        report.retried.append(f"{name}: {error}")
        return
    with desk.writing() as session:
        session.add(
            SyncFile(
                name=name,
                device_id=header.device_id,
                status="imported",
                attempts=1,
                reason="snapshot",
                first_seen=now,
                last_try=now,
                events=added,
            )
        )
    report.snapshot_imported = name
    report.imported_events += added


def _batches_reach(office: Path, device: str, held: int) -> bool:
    """Whether the batch files of ``device`` still start right after what this PC holds."""
    folder = office / "outbox" / device
    firsts = [
        parsed.seq_from
        for path in (folder.iterdir() if folder.is_dir() else ())
        if (parsed := BatchName.parse(path.name)) is not None
    ]
    return bool(firsts) and min(firsts) <= held + 1


def clock_warnings(desk: Desk, office: Path, own_device: str) -> list[str]:
    """PCs whose clock differs from this one's by more than :data:`CLOCK_WARNING`.

    Each ack carries its writer's clock; the file's modification time is the share's clock
    when it was written. Comparing each PC's offset from the share with this PC's own offset
    measures the difference between the two PCs, however long ago the ack was written.
    """
    acks = shared_folder.read_acks(office)
    own = acks.get(own_device)
    own_path = office / "ack" / f"{own_device}.json"
    if own is None or not own_path.exists():
        return []
    own_offset = int(own["clock_ms"]) - int(own_path.stat().st_mtime * 1000)
    warnings = []
    for device, ack in sorted(acks.items()):
        if device == own_device or "clock_ms" not in ack:
            continue
        try:
            mtime = int((office / "ack" / f"{device}.json").stat().st_mtime * 1000)
        except OSError:
            continue
        difference = int(ack["clock_ms"]) - mtime - own_offset
        if abs(difference) > CLOCK_WARNING.total_seconds() * 1000:
            way = "lebih cepat" if difference > 0 else "lebih lambat"
            warnings.append(
                f"Jam PC {ack.get('code', device)} {way} sekitar {_span(abs(difference))} dari "
                "jam PC ini; peristiwanya tetap diterima. Periksa tanggal dan jam kedua PC."
            )
    return warnings


def _span(milliseconds: int) -> str:
    minutes = milliseconds // 60000
    if minutes >= 2 * 24 * 60:
        return f"{minutes // (24 * 60)} hari"
    if minutes >= 120:
        return f"{minutes // 60} jam"
    return f"{minutes} menit"


def _desk_ms(desk: Desk) -> int:
    return int(desk.now().timestamp() * 1000)


def _export(desk: Desk, key: OfficeKey, office: Path, device_id: str, code: str) -> int:
    exported = 0
    while True:
        config = _config(desk)
        with desk.reading() as session:
            rows = session.execute(
                select(EventRow)
                .where(EventRow.device_id == device_id)
                .where(EventRow.device_seq > config.last_exported_seq)
                .order_by(EventRow.device_seq)
                .limit(BATCH_LIMIT)
            ).scalars()
            events = [event_from_row(row) for row in rows]
        if not events:
            return exported
        name = BatchName(code, events[0].device_seq, events[-1].device_seq).file_name()
        data = encode_batch(events, key, device_id=device_id, created=desk.now().isoformat())
        try:
            shared_folder.publish(office / "outbox" / device_id, name, data, office=office)
        except FileExistsError:
            log.info("Berkas %s sudah ada di folder bersama (dikirim sebelum terputus)", name)
        with desk.writing() as session:
            stored = session.get(SyncConfig, 1)
            assert stored is not None
            stored.last_exported_seq = events[-1].device_seq
        exported += len(events)


class _SopMissingError(BatchError):
    """The file's cases follow an SOP revision whose file has not arrived yet."""

    retry = True


class _WaitingForSopError(Exception):
    """A file whose cases follow an SOP revision not here yet; it is read again at the end."""

    def __init__(self, reason: str, events: list[Event]) -> None:
        super().__init__(reason)
        self.events = events


@dataclass
class _Importer:
    desk: Desk
    key: OfficeKey
    office: Path
    own_device: str
    report: RoundReport

    def run(self, progress: Progress | None) -> None:
        with self.desk.reading() as session:
            done = {
                row.name
                for row in session.execute(select(SyncFile)).scalars()
                if row.status in {"imported", "quarantined"}
            }
            upto = snapshot.contiguous_upto(session)
        candidates = []
        for device, path in shared_folder.other_batches(self.office, self.own_device):
            if path.relative_to(self.office).as_posix() in done:
                continue
            parsed = BatchName.parse(path.name)
            if (
                parsed is not None
                and parsed.file_name() == path.name
                and parsed.seq_to <= upto.get(device, 0)
            ):
                continue  # the original file of events all here (e.g. from a snapshot)
            candidates.append((device, path))
        deferred: list[tuple[str, Path, str, list[Event] | None]] = []
        kept = 0
        for index, (device, path) in enumerate(candidates, start=1):
            name = path.relative_to(self.office).as_posix()
            if progress is not None:
                progress(index, len(candidates), name)
            try:
                with collector_paused():
                    self.import_file(device, path, name)
            except _WaitingForSopError as waiting:  # its SOP revision is in a file not read yet
                keep = kept + len(waiting.events) <= DEFERRED_EVENTS_KEPT
                kept += len(waiting.events) if keep else 0
                deferred.append((device, path, name, waiting.events if keep else None))
        for device, path, name, events in deferred:
            try:
                with collector_paused():
                    self.import_file(device, path, name, events)
            except _WaitingForSopError as waiting:
                self.record_failure(device, name, _SopMissingError(str(waiting)), self.desk.now())

    def import_file(
        self, device: str, path: Path, name: str, decoded: list[Event] | None = None
    ) -> None:
        desk, report = self.desk, self.report
        now = desk.now()
        events = decoded if decoded is not None else self._read(device, path, name, now)
        if events is None:
            return
        # Clock texts are fixed-width, so the greatest text is the latest clock.
        ahead = Hlc.decode(max(event.hlc for event in events)).wall_ms - _desk_ms(desk)
        if ahead > CLOCK_WARNING.total_seconds() * 1000:
            warning = (
                f"Jam PC {path.name.split('-')[0]} lebih cepat sekitar {_span(ahead)}; "
                "peristiwanya tetap diterima. Periksa tanggal dan jam PC tersebut."
            )
            if warning not in report.clock_warnings:
                report.clock_warnings.append(warning)
        if any(not event.understood for event in events):
            report.update_needed = True

        def bookkeeping(session: Session, result: IngestResult) -> None:
            for event in result.mismatched:
                if session.get(QuarantinedEvent, event.event_id) is None:
                    session.add(
                        QuarantinedEvent(
                            event_id=event.event_id,
                            file=name,
                            reason="ID peristiwa sama dengan yang sudah ada tetapi isinya berbeda",
                            raw=json.dumps(_event_json(event), ensure_ascii=False),
                            at=now,
                        )
                    )
            row = self._row(session, device, name, now)
            row.status, row.last_try, row.events = "imported", now, result.added
            row.attempts += 1
            row.reason = (
                f"{len(result.mismatched)} peristiwa dikarantina" if result.mismatched else ""
            )

        # The file's record commits with its events: one transaction (one fsync) per file.
        try:
            result = desk.ingest(events, bookkeeping)
        except KeyError as error:
            raise _WaitingForSopError(str(error), events) from error
        if result.mismatched:
            report.quarantined.append(f"{name}: {len(result.mismatched)} peristiwa bentrok")
        if result.added:
            blob_transfer.receive_attachments(desk, self.key, self.office, events, now)
        report.imported_files += 1
        report.imported_events += result.added
        report.touched_cases.update(result.case_ids)

    def _read(self, device: str, path: Path, name: str, now: datetime) -> list[Event] | None:
        """The file's events, or ``None`` after recording why they cannot be read yet."""
        try:
            data = shared_folder.read_bytes(path)
            header, events = decode_batch(data, self.key)
            if header.device_id != device:
                raise DamagedBatchError("berkas berada di folder PC lain dari pembuatnya")
        except (BatchError, PermissionError) as error:
            self.record_failure(device, name, error, now)
            return None
        except OSError as error:
            if not self.office.parent.is_dir() or not Path(path).parent.exists():
                raise ShareUnavailableError(
                    f"Folder bersama hilang saat membaca: {error}. Data di PC ini tetap aman; "
                    "sinkronisasi dilanjutkan saat folder kembali."
                ) from error
            self.record_failure(device, name, error, now)
            return None
        return events

    @staticmethod
    def _row(session: Session, device: str, name: str, now: datetime) -> SyncFile:
        row = session.get(SyncFile, name)
        if row is None:
            row = SyncFile(name=name, device_id=device, first_seen=now, attempts=0, reason="")
            session.add(row)
        return row

    def record_failure(self, device: str, name: str, error: Exception, now: datetime) -> None:
        retry = getattr(error, "retry", isinstance(error, PermissionError | FileNotFoundError))
        with self.desk.writing() as session:
            row = self._row(session, device, name, now)
            row.attempts += 1
            row.last_try = now
            row.reason = str(error)
            give_up = (
                (retry and now - row.first_seen > INCOMPLETE_GIVE_UP and row.attempts >= 5)
                or (isinstance(error, DamagedBatchError) and row.attempts >= DAMAGED_ATTEMPTS)
                or (not retry and not isinstance(error, DamagedBatchError))
            )
            row.status = "quarantined" if give_up else "retry"
        (self.report.quarantined if give_up else self.report.retried).append(f"{name}: {error}")


def _acknowledge(desk: Desk, office: Path, device_id: str, code: str) -> None:
    with desk.reading() as session:
        contiguous = snapshot.contiguous_upto(session)
        local = session.get(LocalState, 1)
    shared_folder.write_ack(
        office,
        device_id,
        {
            "device_id": device_id,
            "code": code,
            "seen_at": desk.now().isoformat(timespec="seconds"),
            "clock_ms": _desk_ms(desk),
            "hlc": local.last_hlc if local else "",
            "imported": contiguous,
        },
    )
