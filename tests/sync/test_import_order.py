"""A file whose cases follow an SOP revision from a file not imported yet waits for it.

Folder order on the share is arbitrary, so a PC can meet a case before the SOP revision it
follows. Such a file must be refused before anything is written, then imported once the SOP's
file is in, within the same round, without reading it from the share twice when it fits in
memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.models.desk import Desk
from desktop.models.events import Event
from desktop.models.queries import CaseQuery
from desktop.models.tables import EventRow, SyncFile
from desktop.models.vocabulary import Role
from desktop.sync import batch_file, exchange, shared_folder
from desktop.sync.batch_file import BatchHeader
from desktop.sync.exchange import sync_round
from desktop.sync.office_key import OfficeKey
from tests.sync.conftest import Office, complaint

NEW = CaseQuery(search="SOP baru")
TEMPLATES = Path(__file__).resolve().parents[2] / "sop_templates"


def _case_under_new_sop(office: Office) -> tuple[Desk, Desk, str]:
    """PC1 adopts a new SOP; PC2 registers a case under it; PC3 has seen neither."""
    second, third = office.join("TU2"), office.join("TU3")
    first = office.desks[0]
    first.adopt_sop(office.admin, (TEMPLATES / "belitung.yaml").read_text(encoding="utf-8"))
    sync_round(first)
    sync_round(second)
    assert second.active_sop().id == first.active_sop().id
    second.register_complaint(office.users[1], complaint("di bawah SOP baru"))
    sync_round(second)
    return second, third, second.device().device_id


def _second_pc_first(monkeypatch: pytest.MonkeyPatch, device: str) -> None:
    listed = shared_folder.other_batches

    def ordered(office: Path, own: str) -> Iterator[tuple[str, Path]]:
        return iter(sorted(listed(office, own), key=lambda item: item[0] != device))

    monkeypatch.setattr(shared_folder, "other_batches", ordered)


def _decodes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    decode = batch_file.decode_batch

    def counting(data: bytes, key: OfficeKey) -> tuple[BatchHeader, list[Event]]:
        header, events = decode(data, key)
        seen.append(header.device_id)
        return header, events

    monkeypatch.setattr(exchange, "decode_batch", counting)
    return seen


@pytest.mark.parametrize("kept", [exchange.DEFERRED_EVENTS_KEPT, 0])
def test_a_case_waits_for_its_sop_revision_within_the_round(
    office: Office, monkeypatch: pytest.MonkeyPatch, kept: int
) -> None:
    _, third, second_id = _case_under_new_sop(office)
    _second_pc_first(monkeypatch, second_id)
    monkeypatch.setattr(exchange, "DEFERRED_EVENTS_KEPT", kept)
    decoded = _decodes(monkeypatch)

    report = sync_round(third)

    assert not report.retried and not report.quarantined, report.summary()
    assert [row.perihal for row in third.list_cases(NEW, Role.ADMIN)] == ["di bawah SOP baru"]
    # Kept in memory, the waiting file is read once; over the limit, it is read again.
    assert decoded.count(second_id) == (1 if kept else 2)
    with third.reading() as session:
        statuses = session.execute(select(SyncFile.status)).scalars().all()
    assert set(statuses) == {"imported"}


def test_a_case_whose_sop_never_arrives_writes_nothing_and_is_retried(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    second, third, _ = _case_under_new_sop(office)
    first_id = office.desks[0].device().device_id
    listed = shared_folder.other_batches
    monkeypatch.setattr(
        shared_folder,
        "other_batches",
        lambda office_path, own: (item for item in listed(office_path, own) if item[0] != first_id),
    )
    (case_id,) = [row.case_id for row in second.list_cases(NEW, Role.ADMIN)]

    report = sync_round(third)

    assert any("SOP revisi" in line and "belum ada" in line for line in report.retried)
    with third.reading() as session:
        written = session.execute(
            select(func.count()).select_from(EventRow).where(EventRow.case_id == case_id)
        ).scalar_one()
        reasons = session.execute(select(SyncFile.status, SyncFile.reason)).all()
    assert written == 0
    assert [status for status, reason in reasons if "SOP revisi" in reason] == ["retry"]
    assert third.count_cases(NEW) == 0

    monkeypatch.undo()  # PC1's folder is readable again: the next round completes
    sync_round(third)
    assert [row.case_id for row in third.list_cases(NEW, Role.ADMIN)] == [case_id]
