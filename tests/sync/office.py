"""An office of three PCs on a real temporary shared folder, and a foreign batch file in it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.models.accounts import User
from desktop.models.desk import Desk
from desktop.models.registration import ComplaintForm, PartyForm
from desktop.sync.batch_file import encode_batch
from desktop.sync.exchange import create_office, join_office, sync_round
from desktop.sync.office_key import OfficeKey
from desktop.sync.shared_folder import office_folder
from tests.models.conftest import Clock, make_desk


@dataclass
class Office:
    first: Desk
    admin: User
    others: list[Desk]
    share: Path
    key: OfficeKey

    @property
    def folder(self) -> Path:
        return office_folder(self.share, self.key.office_id)

    def close(self) -> None:
        for desk in (self.first, *self.others):
            desk.close()


def complaint(perihal: str) -> ComplaintForm:
    return ComplaintForm("sms", datetime(2026, 3, 17, 9, 0), PartyForm("Ani"), perihal, "isi")


def make_office(tmp_path: Path, codes: tuple[str, ...] = ("TU2", "TU3")) -> Office:
    clock = Clock(datetime(2026, 3, 17, 10, 0))
    share = tmp_path / "share"
    share.mkdir()
    first, admin = make_desk(tmp_path / "pc1", clock, code="TU1")
    key = create_office(first, share)
    others = []
    for code in codes:
        desk = Desk(tmp_path / code.lower(), now=clock)
        desk.prepare_device(code)
        join_office(desk, key.join_code(), share)
        sync_round(desk)
        others.append(desk)
    return Office(first, admin, others, share, key)


def drop_foreign_batch(office: Office) -> str:
    """A batch made with another key in a PC folder of its own; returns its share-relative name."""
    stranger = OfficeKey(office.key.office_id, bytes(32))
    with office.first.reading() as session:
        from sqlalchemy import select

        from desktop.models.desk import event_from_row
        from desktop.models.tables import EventRow

        row = session.execute(select(EventRow).limit(1)).scalars().one()
        event = event_from_row(row)
    folder = office.folder / "outbox" / "pc-asing"
    folder.mkdir(parents=True)
    name = "TU9-000000001-000000001.batch"
    (folder / name).write_bytes(
        encode_batch([event], stranger, device_id="pc-asing", created="2026-03-17")
    )
    return f"outbox/pc-asing/{name}"
