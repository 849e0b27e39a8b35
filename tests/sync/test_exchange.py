"""Two PCs on a real temporary shared folder: they converge, and bad files never get in."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from desktop.models.accounts import User
from desktop.models.desk import Desk
from desktop.models.queries import CaseQuery
from desktop.models.registration import ComplaintForm, PartyForm
from desktop.models.vocabulary import Role
from desktop.sync.batch_file import encode_batch
from desktop.sync.exchange import create_office, join_office, sync_round
from desktop.sync.office_key import OfficeKey
from desktop.sync.shared_folder import ShareUnavailableError, is_batch_candidate, office_folder
from tests.models.conftest import Clock, make_desk
from tests.models.test_rebuild_property import full_snapshot


def complaint(perihal: str) -> ComplaintForm:
    return ComplaintForm("sms", datetime(2026, 3, 17, 9, 0), PartyForm("Ani"), perihal, "isi")


def two_pcs(tmp_path: Path) -> tuple[Desk, User, Desk, User, Path, OfficeKey]:
    clock = Clock(datetime(2026, 3, 17, 10, 0))
    share = tmp_path / "share"
    share.mkdir()
    first, admin = make_desk(tmp_path / "pc1", clock, code="TU1")
    key = create_office(first, share)
    second = Desk(tmp_path / "pc2", now=clock)
    second.prepare_device("TU2")
    join_office(second, key.join_code(), share)
    sync_round(second)
    assert second.is_set_up  # the office, its users and its SOP arrived
    return first, admin, second, second.authenticate(admin.user_id, "123456"), share, key


def test_two_pcs_converge_and_numbers_never_collide(tmp_path: Path) -> None:
    first, admin, second, admin_on_second, _, _ = two_pcs(tmp_path)
    for n in range(3):
        first.register_complaint(admin, complaint(f"pertama {n}"))
        second.register_complaint(admin_on_second, complaint(f"kedua {n}"))
    sync_round(first)
    sync_round(second)
    sync_round(first)
    numbers = sorted(row.nomor_agenda for row in first.list_cases(CaseQuery(), Role.ADMIN))
    assert numbers == [f"ADU/2026/TU{pc}/000{n}" for pc in (1, 2) for n in (1, 2, 3)]
    assert full_snapshot(first) == full_snapshot(second)
    assert second.office_profile() == first.office_profile()


def test_incomplete_files_wait_and_foreign_files_are_quarantined(tmp_path: Path) -> None:
    first, admin, second, _, share, key = two_pcs(tmp_path)
    first.register_complaint(admin, complaint("utuh"))
    sync_round(first)
    office = office_folder(share, key.office_id)
    outbox = office / "outbox" / first.device().device_id
    newest = sorted(outbox.glob("*.batch"))[-1]
    whole = newest.read_bytes()
    newest.write_bytes(whole[: len(whole) // 2])  # still being copied
    report = sync_round(second)
    assert len(report.retried) == 1 and "belum lengkap" in report.retried[0]
    assert second.count_cases(CaseQuery()) == 0
    newest.write_bytes(whole)
    assert sync_round(second).imported_files == 1
    assert second.count_cases(CaseQuery(search="utuh")) == 1

    stranger = OfficeKey(key.office_id, bytes(32))
    events = second.case_events
    foreign = office / "outbox" / "pc-asing"
    foreign.mkdir()
    with second.reading() as session:
        sample = events(session, second.list_cases(CaseQuery(), Role.ADMIN)[0].case_id)
    (foreign / "TU9-000000001-000000001.batch").write_bytes(
        encode_batch(sample[:1], stranger, device_id="pc-asing", created="2026-03-17")
    )
    report = sync_round(second)
    assert any("kunci kantor lain" in item for item in report.quarantined)
    assert sync_round(second).quarantined == []  # quarantined once, not again every round


def test_temporary_and_conflict_copies_are_ignored() -> None:
    assert is_batch_candidate("TU1-000000001-000000005.batch")
    for name in (
        ".TU1-000000001-000000005.batch.ab12.tmp",
        "TU1-000000001-000000005 (conflicted copy).batch",
        "TU1-000000001-000000005.sync-conflict-20260317-101010.batch",
        "TU1-000000001-000000005.batch.partial",
    ):
        assert not is_batch_candidate(name), name


def test_vanished_share_is_a_clear_message_and_loses_nothing(tmp_path: Path) -> None:
    first, admin, _, _, share, _ = two_pcs(tmp_path)
    first.register_complaint(admin, complaint("tetap aman"))
    shutil.rmtree(share)
    with pytest.raises(ShareUnavailableError, match=r"tidak ditemukan.*tetap aman"):
        sync_round(first)
    assert first.count_cases(CaseQuery(search="aman")) == 1
