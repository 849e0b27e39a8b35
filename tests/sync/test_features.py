"""Conflicts, numbers, attachments, snapshots, compaction, version skew and quarantine."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.models import events as event_schema
from desktop.models.case_fold import CaseFolder
from desktop.models.desk import Desk
from desktop.models.events import Event, Hlc, Kind, new_id
from desktop.models.queries import CaseQuery
from desktop.models.vocabulary import Role
from desktop.sync import blob_transfer, compaction, shared_folder
from desktop.sync.batch_file import encode_batch
from desktop.sync.exchange import UPDATE_MESSAGE, join_office, sync_round
from desktop.sync.office_key import OfficeKey
from desktop.sync.quarantine import quarantined
from desktop.sync.snapshot import publish_snapshot
from tests.models.conftest import Clock
from tests.models.test_letters import add_official
from tests.models.test_rebuild_property import full_snapshot
from tests.sync.conftest import Office, complaint


def test_concurrent_edits_keep_a_winner_and_the_losing_value(office: Office) -> None:
    first = office.desks[0]
    second = office.join("TU2")
    case_id = first.register_complaint(office.admin, complaint("awal")).case_ids[0]
    office.sync_all()
    first.edit_case(office.admin, case_id, {"perihal": "versi satu"})
    office.clock.moment += timedelta(minutes=1)
    second.edit_case(office.users[1], case_id, {"perihal": "versi dua"})
    office.sync_all()
    one = first.case_detail(case_id, office.admin).state
    two = second.case_detail(case_id, office.users[1]).state
    assert one.perihal == two.perihal == "versi dua"  # later in fold order on both PCs
    assert [(c.field, c.value, c.author) for c in one.conflicts] == [
        ("perihal", "versi satu", office.admin.user_id)
    ]
    assert one.conflicts == two.conflicts
    second.resolve_conflict(office.users[1], case_id, "perihal", "versi satu")
    office.sync_all()
    for desk in office.desks:
        state = desk.case_detail(case_id, office.admin).state
        assert state.perihal == "versi satu" and state.conflicts == []
    assert full_snapshot(first) == full_snapshot(second)
    # A sequential edit made after seeing the other PC's is no conflict.
    first.edit_case(office.admin, case_id, {"bidang": "Yankes"})
    office.sync_all()
    second.edit_case(office.users[1], case_id, {"bidang": "P2P"})
    office.sync_all()
    assert first.case_detail(case_id, office.admin).state.conflicts == []


def test_numbers_made_apart_never_collide(office: Office) -> None:
    add_official(office.desks[0], office.admin)
    second = office.join("TU2")
    third = office.join("TU3")
    cases = []
    for n in range(3):
        for desk, user in zip(office.desks, office.users, strict=True):
            change = desk.register_complaint(user, complaint(f"kasus {n}"))
            cases.append((desk, user, change.case_ids[0]))
    surat = []
    office.sync_all(1)  # then each PC works apart
    for desk, user, case_id in cases:
        form = desk.default_letter_form(case_id, "balasan", user, hasil="Sudah ditindaklanjuti.")
        surat.append(desk.draft_letter(user, case_id, form).nomor_surat)
    office.sync_all()
    agenda = [r.nomor_agenda for r in second.list_cases(CaseQuery(), Role.ADMIN)]
    assert len(agenda) == len(set(agenda)) == 9
    assert len(surat) == len(set(surat)) == 9
    held = {letter.nomor for _, _, c in cases for letter in third.letters(c)}
    assert held == set(surat)


def test_attachment_missing_then_fetched(office: Office, tmp_path: Path) -> None:
    first = office.desks[0]
    second = office.join("TU2")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 pindaian surat pengaduan" * 100)
    case_id = first.register_complaint(office.admin, complaint("berlampiran")).case_ids[0]
    first.add_attachment(office.admin, case_id, scan)
    sync_round(first)
    sha = next(iter(first.case_detail(case_id, office.admin).state.attachments)).sha256
    on_share = shared_folder.blob_path(office.office, sha)
    assert on_share.exists() and b"pindaian" not in on_share.read_bytes()  # encrypted
    parked = tmp_path / "parked"
    on_share.rename(parked)  # the copy of the file has not arrived yet
    report = sync_round(second)
    assert report.missing_blobs == [sha]
    assert [m.sha256 for m in blob_transfer.missing_blobs(second)] == [sha]
    assert not second.blobs.has(sha)
    parked.rename(on_share)
    assert sync_round(second).missing_blobs == []
    assert second.blobs.path_of(sha).read_bytes() == scan.read_bytes()
    assert blob_transfer.missing_blobs(second) == []


def test_new_pc_bootstraps_from_snapshot_then_batches(office: Office) -> None:
    first = office.desks[0]
    second = office.join("TU2")
    for n in range(4):
        first.register_complaint(office.admin, complaint(f"lama {n}"))
        second.register_complaint(office.users[1], complaint(f"lama kedua {n}"))
    office.sync_all()
    publish_snapshot(first, office.key, office.office, now=office.clock())
    first.register_complaint(office.admin, complaint("sesudah snapshot"))
    office.sync_all()
    compaction.compact(first, office.key, office.office)  # also done by every round
    own = office.office / "outbox" / first.device().device_id
    firsts = [shared_folder.BatchName.parse(p.name) for p in own.glob("*.batch")]
    assert all(name is not None and name.seq_from > 1 for name in firsts)  # compacted
    late = Desk(office.root / "tu3", now=office.clock)
    late.prepare_device("TU3")
    join_office(late, office.key.join_code(), office.share)
    report = sync_round(late)
    assert report.snapshot_imported.startswith("snapshot/")
    office.desks.append(late)
    office.sync_all()
    assert full_snapshot(late) == full_snapshot(first) == full_snapshot(second)
    assert late.count_cases(CaseQuery()) == 9


def test_compaction_never_deletes_what_an_offline_pc_needs(office: Office) -> None:
    first = office.desks[0]
    office.join("TU2")
    offline = office.join("TU3")
    office.desks.remove(offline)  # switched off from now on
    for n in range(3):
        first.register_complaint(office.admin, complaint(f"selagi mati {n}"))
        office.sync_all()
    publish_snapshot(first, office.key, office.office, now=office.clock())
    own = office.office / "outbox" / first.device().device_id
    before = sorted(p.name for p in own.glob("*.batch"))
    compaction.compact(first, office.key, office.office)
    needed = [n for n in before if shared_folder.BatchName.parse(n).seq_from > 6]  # type: ignore[union-attr]
    remaining = sorted(p.name for p in own.glob("*.batch"))
    assert needed and set(needed) <= set(remaining)
    office.desks.append(offline)  # back after weeks: everything is still there
    office.sync_all()
    assert offline.count_cases(CaseQuery()) == 3
    assert full_snapshot(offline) == full_snapshot(first)


def test_newer_schema_events_are_kept_and_applied_after_upgrade(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = office.desks[0]
    second = office.join("TU2")
    case_id = first.register_complaint(office.admin, complaint("masa depan")).case_ids[0]
    office.sync_all()
    future = Event(
        event_id=new_id(),
        device_id="pc-versi-baru",
        device_seq=1,
        hlc=Hlc(event_schema.wall_clock_ms()).encode(),
        schema_version=event_schema.SCHEMA_VERSION + 1,
        author=office.admin.user_id,
        case_id=case_id,
        kind="case.future-thing",
        payload={"text": "dari versi baru", "at": "2026-03-17T11:00:00"},
    )
    folder = office.office / "outbox" / "pc-versi-baru"
    folder.mkdir(parents=True)
    data = encode_batch([future], office.key, device_id="pc-versi-baru", created="2026-03-17")
    (folder / "TU9-000000001-000000001.batch").write_bytes(data)
    report = sync_round(second)
    assert report.update_needed and UPDATE_MESSAGE in report.summary()
    state = second.case_detail(case_id, office.users[1]).state
    assert state.pending == [future.event_id] and state.notes == []
    second.close()

    # The upgrade: the new app knows the kind (a note-like fact) and the newer schema.
    monkeypatch.setattr(event_schema, "SCHEMA_VERSION", event_schema.SCHEMA_VERSION + 1)
    monkeypatch.setitem(Kind._value2member_map_, "case.future-thing", Kind.NOTE_ADDED)
    handlers = CaseFolder._handlers

    def upgraded(self: CaseFolder) -> dict[str, object]:
        table: dict[str, object] = dict(handlers(self))
        table["case.future-thing"] = self._note
        return table

    monkeypatch.setattr(CaseFolder, "_handlers", upgraded)
    reopened = Desk(office.root / "tu2", now=office.clock)
    office.desks[1] = reopened
    state = reopened.case_detail(case_id, office.users[1]).state
    assert state.pending == [] and [n.text for n in state.notes] == ["dari versi baru"]


def test_clashing_content_and_wrong_key_are_quarantined(office: Office) -> None:
    first = office.desks[0]
    second = office.join("TU2")
    case_id = first.register_complaint(office.admin, complaint("asli")).case_ids[0]
    office.sync_all()
    with first.reading() as session:
        original = first.case_events(session, case_id)[0]
    forged = dataclasses.replace(original, payload={**original.payload, "perihal": "palsu"})
    device = first.device().device_id
    outbox = office.office / "outbox" / device
    (outbox / "TU1-000000001-000000001 salinan.batch").write_bytes(
        encode_batch([forged], office.key, device_id=device, created="2026-03-17")
    )
    stranger = OfficeKey(office.key.office_id, bytes(32))
    (outbox / "TU1-000000900-000000900.batch").write_bytes(
        encode_batch([forged], stranger, device_id=device, created="2026-03-17")
    )
    report = sync_round(second)
    assert len(report.quarantined) == 2
    entries = {entry.kind: entry for entry in quarantined(second)}
    assert "isinya berbeda" in entries["peristiwa"].reason
    assert entries["peristiwa"].name == original.event_id
    assert "kunci kantor lain" in entries["berkas"].reason
    assert second.case_detail(case_id, office.users[1]).state.perihal == "asli"
    assert sync_round(second).quarantined == []  # shown once, kept in the list


def test_clock_far_off_is_warned_not_rejected(office: Office) -> None:
    first = office.desks[0]
    skewed = office.join("TU2", clock=Clock(office.clock() + timedelta(days=30)))
    skewed.register_complaint(office.users[1], complaint("dari masa depan"))
    sync_round(skewed)
    report = sync_round(first)
    assert any("TU2" in w and "30 hari" in w for w in report.clock_warnings)
    assert first.count_cases(CaseQuery(search="masa")) == 1
