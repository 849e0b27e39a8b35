"""Snapshots written by the rounds themselves: by one PC, when due, replacing older ones.

The thresholds are lowered so that a few complaints make a snapshot due; everything else is
the real round on a real shared folder.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from desktop.models.queries import CaseQuery
from desktop.sync import shared_folder, snapshot_schedule
from desktop.sync.exchange import sync_round
from desktop.sync.snapshot import publish_snapshot, read_snapshot_header
from desktop.sync.snapshot_schedule import publisher, remove_superseded
from tests.models.test_rebuild_property import full_snapshot
from tests.sync.conftest import Office, complaint

DAY = 24 * 3600


@pytest.fixture
def small_office_thresholds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(snapshot_schedule, "MIN_UNCOVERED_EVENTS", 6)
    monkeypatch.setattr(snapshot_schedule, "UNCOVERED_SHARE", 0.10)


def _ack(office: Path, device: str, age_days: float) -> None:
    shared_folder.write_ack(office, device, {"device_id": device, "imported": {}})
    stamp = time.time() - age_days * DAY
    os.utime(office / "ack" / f"{device}.json", (stamp, stamp))


def test_the_publisher_is_the_smallest_id_among_pcs_seen_lately(tmp_path: Path) -> None:
    office = tmp_path / "kantor"
    assert publisher(office, "c") == "c"  # alone, before any acknowledgement
    _ack(office, "c", 0)
    _ack(office, "b", 3)
    _ack(office, "a", 20)  # off for three weeks: the next one takes over
    assert publisher(office, "c") == "b"
    _ack(office, "a", 0)  # back again
    assert publisher(office, "c") == "a"


def test_rounds_write_a_snapshot_when_due_and_a_late_pc_starts_from_it(
    office: Office, small_office_thresholds: None
) -> None:
    second = office.join("TU2")
    first = office.desks[0]
    writer = min(office.desks, key=lambda desk: desk.device().device_id)
    other = second if writer is first else first
    user = office.users[office.desks.index(writer)]

    sync_round(writer)
    before = shared_folder.snapshots(office.office)  # maybe one from the join's round
    for index in range(3):
        writer.register_complaint(user, complaint(f"pengaduan {index}"))
    assert not sync_round(writer).snapshot_published  # 3 new events: not due yet
    for index in range(3, 7):
        writer.register_complaint(user, complaint(f"pengaduan {index}"))
    other_report = sync_round(other)
    report = sync_round(writer)
    assert not other_report.snapshot_published  # not the publisher
    assert report.snapshot_published and "snapshot baru ditulis" in report.summary()
    first_snapshot = shared_folder.snapshots(office.office)
    assert [path.name for path in first_snapshot] == [report.snapshot_published]
    assert not set(before) & set(first_snapshot)  # the join's one was superseded

    assert not sync_round(writer).snapshot_published  # nothing new: not due again

    for index in range(8):
        writer.register_complaint(user, complaint(f"lagi {index}"))
    office.sync_all()
    newer = shared_folder.snapshots(office.office)
    assert len(newer) == 1 and newer != first_snapshot  # the older one was superseded
    header = read_snapshot_header(newer[0], office.key)[0]
    assert header.covered[writer.device().device_id] == writer.device().last_seq

    # Every PC acknowledged and the snapshot covers them: old batch files go, and a PC that
    # joins now starts from the snapshot.
    office.sync_all()
    own = shared_folder.own_batches(office.office, writer.device().device_id)
    names = [shared_folder.BatchName.parse(path.name) for path in own]
    assert all(name is not None and name.seq_from > 1 for name in names)  # the first went
    late = office.join("TU9")
    assert late.count_cases(CaseQuery()) == writer.count_cases(CaseQuery()) == 15
    office.sync_all()
    assert full_snapshot(late) == full_snapshot(writer)


def test_snapshot_now_writes_one_on_any_pc(office: Office) -> None:
    second = office.join("TU2")
    report = sync_round(second, snapshot_now=True)
    assert report.snapshot_published.startswith(second.device().device_id)


def test_a_snapshot_that_covers_more_of_some_pc_is_kept(office: Office) -> None:
    second = office.join("TU2")
    first = office.desks[0]
    first.register_complaint(office.admin, complaint("hanya di PC1"))
    older = publish_snapshot(first, office.key, office.office, now=office.clock())
    # PC2 has not imported PC1's newest event, so its snapshot does not hold all of older's.
    office.clock.moment = office.clock.moment.replace(hour=11)
    newer = publish_snapshot(second, office.key, office.office, now=office.clock())
    assert remove_superseded(office.office, office.key, newer) == []
    assert older.exists()
    sync_round(first)
    sync_round(second)
    newest = publish_snapshot(
        second, office.key, office.office, now=office.clock().replace(hour=12)
    )
    assert sorted(remove_superseded(office.office, office.key, newest)) == sorted(
        [older.name, newer.name]
    )
