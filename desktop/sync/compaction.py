"""Deleting old batch files, only when no PC can still need them.

Each PC's ack says, per PC, up to which sequence it holds every event. A PC deletes its *own*
batch files (it is the only writer of its folder) once every PC the office knows has
acknowledged them *and* a snapshot covers them, so a PC that has been off for weeks, or one
that joins next year, still finds every event: in the batches, or in the snapshot.
"""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import select

from desktop.models.desk import Desk
from desktop.models.tables import DeviceRow
from desktop.sync import shared_folder
from desktop.sync.office_key import OfficeKey
from desktop.sync.snapshot import SnapshotError, read_snapshot_header

STALE_TEMP_SECONDS = 3600
"""A temporary file of this PC older than this is left from a crash: nobody is writing it."""


def safe_to_delete_upto(desk: Desk, key: OfficeKey, office: Path, own_device: str) -> int:
    """The highest own sequence every known PC has and a snapshot holds (0: delete nothing)."""
    with desk.reading() as session:
        known = set(session.execute(select(DeviceRow.device_id)).scalars())
    acks = shared_folder.read_acks(office)
    known |= set(acks)
    known.discard(own_device)
    acknowledged = [
        int(acks.get(device, {}).get("imported", {}).get(own_device, 0)) for device in known
    ]
    covered = 0
    for path in shared_folder.snapshots(office):
        try:
            header = read_snapshot_header(path, key)[0]
        except (SnapshotError, OSError, ValueError, KeyError):
            continue
        covered = max(covered, header.covered.get(own_device, 0))
    return min([covered, *acknowledged])


def compact(desk: Desk, key: OfficeKey, office: Path) -> list[str]:
    """Delete own batch files nobody needs any more, and own leftovers of crashes.

    Returns the names deleted.
    """
    own = desk.device().device_id
    upto = safe_to_delete_upto(desk, key, office, own)
    deleted: list[str] = []
    for path in shared_folder.own_batches(office, own):
        name = shared_folder.BatchName.parse(path.name)
        if name is not None and upto > 0 and name.seq_to <= upto:
            path.unlink(missing_ok=True)
            deleted.append(path.name)
    folder = office / "outbox" / own
    if folder.is_dir():
        for path in folder.glob(".*.tmp"):
            try:
                if time.time() - path.stat().st_mtime > STALE_TEMP_SECONDS:
                    path.unlink(missing_ok=True)
            except OSError:
                continue
    return deleted
