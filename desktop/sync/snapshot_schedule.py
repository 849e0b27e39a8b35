"""When a PC writes a snapshot by itself, and which snapshots that makes unnecessary.

Without a snapshot a PC that joins late has to replay every batch file, and no batch file may
ever be deleted. So one PC of the office, the *publisher*, writes a new snapshot at the end of
a sync round once enough events are not in the newest snapshot yet: at least
:data:`MIN_UNCOVERED_EVENTS`, and at least :data:`UNCOVERED_SHARE` of all events, so a large
office does not rewrite hundreds of megabytes every week.

The publisher is the PC with the smallest device id among those that synced within
:data:`PUBLISHER_ACTIVE`, judged by the share's own modification times of the
acknowledgements (the PCs' clocks cannot be trusted). When that PC stays off, the next one
takes over; two PCs that briefly both think they are the publisher only write one snapshot
too many.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select, text

from desktop.models.desk import Desk
from desktop.models.tables import EventRow
from desktop.sync import shared_folder
from desktop.sync.office_key import OfficeKey
from desktop.sync.snapshot import (
    SnapshotError,
    SnapshotHeader,
    best_snapshot,
    publish_snapshot,
    read_snapshot_header,
)

log = logging.getLogger(__name__)

MIN_UNCOVERED_EVENTS = 10_000
UNCOVERED_SHARE = 0.10
PUBLISHER_ACTIVE = timedelta(days=14)


def publisher(office: Path, own_device: str) -> str:
    """The device id of the PC that writes the office's snapshots (this PC's ack is fresh)."""
    folder = office / "ack"
    stamps: dict[str, float] = {}
    for path in folder.glob("*.json") if folder.is_dir() else ():
        try:
            stamps[path.stem] = path.stat().st_mtime
        except OSError:
            continue
    share_now = stamps.get(own_device, max(stamps.values(), default=0.0))
    active = [
        device
        for device, stamp in stamps.items()
        if share_now - stamp <= PUBLISHER_ACTIVE.total_seconds()
    ]
    return min([*active, own_device])


def uncovered_events(desk: Desk, key: OfficeKey, office: Path) -> tuple[int, int]:
    """(events here that the best snapshot lacks, events here)."""
    with desk.reading() as session:
        # Events are only ever appended, so the highest rowid is their count, read from the
        # end of the table instead of counting two million rows every round.
        total = int(
            session.execute(select(func.max(text("rowid"))).select_from(EventRow)).scalar() or 0
        )
    best = best_snapshot(office, key)
    covered = sum(best[1].covered.values()) if best is not None else 0
    return max(0, total - covered), total


def snapshot_due(desk: Desk, key: OfficeKey, office: Path) -> bool:
    uncovered, total = uncovered_events(desk, key, office)
    return uncovered >= max(MIN_UNCOVERED_EVENTS, int(total * UNCOVERED_SHARE))


def publish_if_due(
    desk: Desk,
    key: OfficeKey,
    office: Path,
    own_device: str,
    *,
    now: datetime,
    force: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
) -> str:
    """Write a snapshot when this PC is the publisher and one is due (or ``force``); returns
    its file name, or ``""`` when none was written."""
    if not force and (
        publisher(office, own_device) != own_device or not snapshot_due(desk, key, office)
    ):
        return ""
    try:
        path = publish_snapshot(desk, key, office, now=now, progress=progress)
    except FileExistsError:  # this PC wrote one of exactly these events already
        return ""
    removed = remove_superseded(office, key, path)
    if removed:
        log.info("Snapshot lama dihapus: %s", ", ".join(removed))
    return path.name


def _covers(newer: SnapshotHeader, older: SnapshotHeader) -> bool:
    return all(newer.covered.get(device, 0) >= seq for device, seq in older.covered.items())


def remove_superseded(office: Path, key: OfficeKey, kept: Path) -> list[str]:
    """Delete the snapshots ``kept`` holds every event of (whoever wrote them)."""
    newest = read_snapshot_header(kept, key)[0]
    removed = []
    for path in shared_folder.snapshots(office):
        if path == kept:
            continue
        try:
            header = read_snapshot_header(path, key)[0]
        except (SnapshotError, OSError, ValueError, KeyError):
            continue  # not readable now: never delete what cannot be checked
        if _covers(newest, header):
            try:
                path.unlink(missing_ok=True)
            except OSError:  # open on another PC right now: removed by a later snapshot
                continue
            removed.append(path.name)
    return removed
