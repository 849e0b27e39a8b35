"""A real process killed (SIGKILL / TerminateProcess) while importing and exporting: no damage."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from bench.seed import seed
from desktop.models.desk import Desk, event_from_row
from desktop.models.events import Event
from desktop.models.tables import EventRow
from desktop.sync.batch_file import encode_batch
from desktop.sync.exchange import sync_round
from desktop.sync.shared_folder import BatchName
from tests.sync.conftest import Office, complaint


def run_and_kill(data_dir: Path, marker: Path, wanted: str, delay: float) -> bool:
    """Start a round in a subprocess, kill it ``delay`` s after ``wanted`` shows in the marker;
    returns whether it was killed before finishing."""
    marker.unlink(missing_ok=True)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.sync.kill_helper",
            str(data_dir),
            str(marker),
            wanted.split(maxsplit=1)[0],
        ],
        cwd=Path(__file__).resolve().parents[2],
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if marker.exists() and marker.read_text().startswith(wanted):
            time.sleep(delay)
            break
        time.sleep(0.005)
    killed = process.poll() is None
    if killed:
        process.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs
    process.wait()
    return killed


def publish_seeded(desk: Desk, office: Office) -> None:
    own = desk.device().device_id
    with desk.reading() as session:
        rows = session.execute(
            select(EventRow).where(EventRow.device_id != own).order_by(EventRow.device_seq)
        ).scalars()
        events = [event_from_row(row) for row in rows if row.device_seq > 0]
    by_device: dict[str, list[Event]] = {}
    for event in events:
        by_device.setdefault(event.device_id, []).append(event)
    for device, mine in by_device.items():
        if len(mine) < 1000:
            continue  # the PCs of the office publish their own
        folder = office.office / "outbox" / device
        folder.mkdir(parents=True, exist_ok=True)
        for start in range(0, len(mine), 1000):
            part = mine[start : start + 1000]
            name = BatchName("SD1", part[0].device_seq, part[-1].device_seq).file_name()
            data = encode_batch(part, office.key, device_id=device, created="2026-03-17")
            (folder / name).write_bytes(data)


def integrity(data_dir: Path) -> str:
    connection = sqlite3.connect(data_dir / "meja-pengaduan.sqlite3")
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def count(desk: Desk) -> int:
    with desk.reading() as session:
        return int(session.execute(select(func.count()).select_from(EventRow)).scalar_one())


def test_killed_during_export_and_import(tmp_path: Path) -> None:
    office = Office(tmp_path)
    first = office.desks[0]
    second = office.join("TU2")
    for n in range(300):
        first.register_complaint(office.admin, complaint(f"ekspor {n}"))
    seed(first, office.admin, 1500, now=datetime(2026, 3, 17, 10, 0))  # ~15,000 events
    publish_seeded(first, office)  # as if a third PC had sent them, in many files
    first.close()
    second.close()
    pc1, pc2 = tmp_path / "pc1", tmp_path / "tu2"
    assert run_and_kill(pc1, tmp_path / "m1", "export", 0.15)
    assert integrity(pc1) == "ok"
    first = Desk(pc1, now=office.clock)
    total = count(first)
    sync_round(first)  # completes the export
    assert run_and_kill(pc2, tmp_path / "m2", "import 2", 0.05)
    assert integrity(pc2) == "ok"
    second = Desk(pc2, now=office.clock)
    sync_round(second)
    assert count(second) >= total
    with first.reading() as a, second.reading() as b:
        mine = set(a.execute(select(EventRow.event_id)).scalars())
        theirs = set(b.execute(select(EventRow.event_id)).scalars())
    assert mine <= theirs
    first.close()
    second.close()
