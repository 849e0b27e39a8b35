"""Sync at office scale: importing many PCs' files, an idle round, export, a new PC's bootstrap.

The events of ten PCs are seeded cases whose events are dealt to ten device ids (a case stays on
one PC), published as real encrypted batch files on a temporary share.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from bench.cases import prepared_office
from bench.measure import Row, repeat
from bench.seed import seed
from desktop.models.desk import Desk, event_from_row
from desktop.models.events import Event, new_id
from desktop.models.queries import CaseQuery
from desktop.models.registration import ComplaintForm, PartyForm
from desktop.models.tables import EventRow
from desktop.sync import shared_folder, snapshot_schedule
from desktop.sync.batch_file import encode_batch
from desktop.sync.exchange import create_office, join_office, sync_round
from tests.models.conftest import Clock, make_desk

BOOTSTRAP_CASES = int(os.environ.get("MEJA_BENCH_SYNC_CASES", "5000"))
SEEDED_FOLDER_FROM = 100_000


def _ten_pcs(desk: Desk, admin_id: str) -> dict[str, list[Event]]:
    own = desk.device().device_id
    with desk.reading() as session:
        rows = session.execute(
            select(EventRow).where(EventRow.device_id != own).where(EventRow.case_id.is_not(None))
        ).scalars()
        events = [event_from_row(row) for row in rows]
    devices = [new_id() for _ in range(10)]
    by_device: dict[str, list[Event]] = {d: [] for d in devices}
    for event in sorted(events, key=lambda e: e.order_key):
        device = devices[hash(event.case_id) % 10]
        seq = len(by_device[device]) + 1
        by_device[device].append(
            Event(
                new_id(),
                device,
                seq,
                event.hlc,
                event.schema_version,
                admin_id,
                event.case_id,
                event.kind,
                event.payload,
            )
        )
    return by_device


def measure(runs: int) -> list[Row]:
    root = Path(tempfile.mkdtemp(prefix="meja-bench-sync-"))
    try:
        return _measure(root, runs)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _measure(root: Path, runs: int) -> list[Row]:
    clock = Clock(datetime(2026, 3, 17, 10, 0))
    share = root / "share"
    share.mkdir()
    source, admin = make_desk(root / "source", clock)
    key = create_office(source, share)
    seed(source, admin, 5000, now=clock())  # about 50,000 events
    office = shared_folder.office_folder(share, key.office_id)
    total = 0
    for device, events in _ten_pcs(source, admin.user_id).items():
        for start in range(0, len(events), 5000):
            part = events[start : start + 5000]
            name = shared_folder.BatchName("PC", part[0].device_seq, part[-1].device_seq)
            data = encode_batch(part, key, device_id=device, created="2026-03-17")
            shared_folder.publish(office / "outbox" / device, name.file_name(), data)
            total += len(part)
    # The importing PC: joined, holding only the office's set-up events.
    reader = Desk(root / "reader", now=clock)
    reader.prepare_device("TU2")
    join_office(reader, key.join_code(), share)
    template = root / "reader-template"
    reader.close()
    shutil.copytree(root / "reader", template)

    def fresh() -> Desk:
        shutil.rmtree(root / "reader")
        shutil.copytree(template, root / "reader")
        return Desk(root / "reader", now=clock)

    # The import alone: with no snapshot on the share yet, the importing PC may be the one to
    # write the office's first snapshot in the same round; that is measured on its own below.
    snapshot_threshold = snapshot_schedule.MIN_UNCOVERED_EVENTS
    snapshot_schedule.MIN_UNCOVERED_EVENTS = 10**12
    import_samples = []
    for _ in range(5):
        desk = fresh()
        started = time.perf_counter()
        report = sync_round(desk)
        import_samples.append(time.perf_counter() - started)
        desk.close()
        assert not report.snapshot_published
    assert report.imported_events >= total, report.summary()
    rows = [Row(f"import {total:,} events from 10 PCs", tuple(import_samples), goal="≤ 5000 ms")]
    desk = Desk(root / "reader", now=clock)
    rows.append(
        Row("idle round, 10 PC folders", repeat(lambda: sync_round(desk), runs), goal="≤ 50 ms")
    )
    user = desk.authenticate(admin.user_id, "123456")
    export_samples = []
    for n in range(3):
        for i in range(1000):  # one registration event each
            clock.moment += timedelta(seconds=1)  # a distinct moment per complaint
            form = ComplaintForm("sms", clock(), PartyForm("Ani"), f"ekspor {n} {i}", "isi")
            desk.register_complaint(user, form)
        started = time.perf_counter()
        exported = sync_round(desk).exported
        export_samples.append(time.perf_counter() - started)
    rows.append(Row(f"round exporting {exported:,} events", tuple(export_samples), goal="≤ 200 ms"))
    desk.close()
    snapshot_schedule.MIN_UNCOVERED_EVENTS = snapshot_threshold
    rows += _bootstrap(root, clock)
    source.close()
    return rows


def _big_office(root: Path, clock: Clock) -> Desk:
    """A PC holding ``BOOTSTRAP_CASES`` cases: seeded here, or for an office-sized run a copy of
    the cases bench's seeded folder (seeding 200,000 cases takes minutes)."""
    if BOOTSTRAP_CASES >= SEEDED_FOLDER_FROM:
        folder, _ = prepared_office(BOOTSTRAP_CASES)
        shutil.copytree(folder, root / "big", ignore=shutil.ignore_patterns("cadangan"))
        return Desk(root / "big", now=clock)
    desk, admin = make_desk(root / "big", clock)
    seed(desk, admin, BOOTSTRAP_CASES, now=clock())
    return desk


def _bootstrap(root: Path, clock: Clock) -> list[Row]:
    """A new PC reaching an office of ``BOOTSTRAP_CASES`` cases from its snapshot (once)."""
    share = root / "share-b"
    share.mkdir()
    desk = _big_office(root, clock)
    started = time.perf_counter()
    key = create_office(desk, share)  # its first round writes the snapshot: there is none yet
    publishing = time.perf_counter() - started
    office = shared_folder.office_folder(share, key.office_id)
    (path,) = shared_folder.snapshots(office)
    desk.close()
    new = Desk(root / "new", now=clock)
    new.prepare_device("TU9")
    join_office(new, key.join_code(), share)
    started = time.perf_counter()
    report = sync_round(new)  # the snapshot, then only the batches beyond it
    seconds = time.perf_counter() - started
    assert report.snapshot_imported, report.summary()
    assert new.count_cases(CaseQuery()) == BOOTSTRAP_CASES
    new.close()
    size = path.stat().st_size / 2**20
    return [
        Row(
            f"first round + snapshot, {BOOTSTRAP_CASES:,} cases, {size:.0f} MB (once)",
            (publishing,),
        ),
        Row(f"new PC bootstrap, {BOOTSTRAP_CASES:,} cases (once)", (seconds,)),
    ]
