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

from desktop.models.desk import Desk, event_from_row
from desktop.models.events import Hlc, wall_clock_ms
from desktop.models.problems import NotAllowedError
from desktop.models.tables import EventRow, LocalState, QuarantinedEvent, SyncConfig, SyncFile
from desktop.sync import shared_folder
from desktop.sync.batch_file import BatchError, DamagedBatchError, decode_batch, encode_batch
from desktop.sync.batch_file import event_to_json as _event_json
from desktop.sync.office_key import OfficeKey
from desktop.sync.shared_folder import BatchName, ShareUnavailableError

log = logging.getLogger(__name__)

BATCH_LIMIT = 5000
INCOMPLETE_GIVE_UP = timedelta(days=1)
DAMAGED_ATTEMPTS = 3
CLOCK_WARNING = timedelta(minutes=10)


@dataclass
class RoundReport:
    exported: int = 0
    imported_files: int = 0
    imported_events: int = 0
    retried: list[str] = field(default_factory=list)
    quarantined: list[str] = field(default_factory=list)
    clock_warnings: list[str] = field(default_factory=list)
    touched_cases: set[str] = field(default_factory=set)

    def summary(self) -> str:
        parts = [
            f"{self.exported} peristiwa dikirim",
            f"{self.imported_events} peristiwa diterima dari {self.imported_files} berkas",
        ]
        if self.retried:
            parts.append(f"{len(self.retried)} berkas dicoba lagi nanti")
        if self.quarantined:
            parts.append(f"{len(self.quarantined)} dikarantina")
        return "; ".join(parts) + "."


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


def sync_round(desk: Desk, *, progress: Progress | None = None) -> RoundReport:
    """Export, then import; raises :class:`ShareUnavailableError` when the share is gone."""
    config = _config(desk)
    key = OfficeKey(config.office_id, base64.b64decode(config.office_key))
    share = Path(config.share_path)
    shared_folder.check_share(share)
    office = shared_folder.office_folder(share, key.office_id)
    report = RoundReport()
    device = desk.device()
    report.exported = _export(desk, key, office, device.device_id, device.device_code)
    _Importer(desk, key, office, device.device_id, report).run(progress)
    _acknowledge(desk, office, device.device_id, device.device_code)
    with desk.writing() as session:
        stored = session.get(SyncConfig, 1)
        if stored is not None:
            stored.last_sync_at = desk.now()
    return report


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
            shared_folder.publish(office / "outbox" / device_id, name, data)
        except FileExistsError:
            log.info("Berkas %s sudah ada di folder bersama (dikirim sebelum terputus)", name)
        with desk.writing() as session:
            stored = session.get(SyncConfig, 1)
            assert stored is not None
            stored.last_exported_seq = events[-1].device_seq
        exported += len(events)


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
        candidates = [
            (device, path)
            for device, path in shared_folder.other_batches(self.office, self.own_device)
            if path.relative_to(self.office).as_posix() not in done
        ]
        for index, (device, path) in enumerate(candidates, start=1):
            name = path.relative_to(self.office).as_posix()
            if progress is not None:
                progress(index, len(candidates), name)
            self.import_file(device, path, name)

    def import_file(self, device: str, path: Path, name: str) -> None:
        desk, report = self.desk, self.report
        now = desk.now()
        try:
            data = shared_folder.read_bytes(path)
            header, events = decode_batch(data, self.key)
            if header.device_id != device:
                raise DamagedBatchError("berkas berada di folder PC lain dari pembuatnya")
        except (BatchError, PermissionError, FileNotFoundError) as error:
            self.record_failure(device, name, error, now)
            return
        except OSError as error:
            if not Path(path).parent.exists():
                raise ShareUnavailableError(
                    f"Folder bersama hilang saat membaca: {error}"
                ) from error
            self.record_failure(device, name, error, now)
            return
        ahead = max(Hlc.decode(event.hlc).wall_ms for event in events) - wall_clock_ms()
        if ahead > CLOCK_WARNING.total_seconds() * 1000:
            report.clock_warnings.append(
                f"Jam PC {path.name.split('-')[0]} lebih cepat sekitar {ahead // 60000} menit; "
                "peristiwanya tetap diterima. Periksa tanggal dan jam PC tersebut."
            )
        result = desk.ingest(events)
        with desk.writing() as session:
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
        if result.mismatched:
            report.quarantined.append(f"{name}: {len(result.mismatched)} peristiwa bentrok")
        report.imported_files += 1
        report.imported_events += result.added
        report.touched_cases.update(result.case_ids)

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
        rows = session.execute(
            select(EventRow.device_id, EventRow.device_seq).order_by(EventRow.device_seq)
        ).all()
        local = session.get(LocalState, 1)
    contiguous: dict[str, int] = {}
    for device, seq in rows:
        if seq == contiguous.get(device, 0) + 1:
            contiguous[device] = seq
    shared_folder.write_ack(
        office,
        device_id,
        {
            "device_id": device_id,
            "code": code,
            "seen_at": desk.now().isoformat(timespec="seconds"),
            "clock_ms": wall_clock_ms(),
            "hlc": local.last_hlc if local else "",
            "imported": contiguous,
        },
    )
