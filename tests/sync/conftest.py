"""PCs of one office on a real temporary shared folder."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desktop.models.accounts import User
from desktop.models.desk import Desk
from desktop.models.registration import ComplaintForm, PartyForm
from desktop.sync import shared_folder
from desktop.sync.exchange import create_office, join_office, sync_round
from desktop.sync.office_key import OfficeKey
from tests.models.conftest import Clock, make_desk


@pytest.fixture(autouse=True)
def _no_retry_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shared_folder, "RETRY_WAIT", 0.0)


def complaint(perihal: str, at: datetime = datetime(2026, 3, 17, 9, 0)) -> ComplaintForm:
    return ComplaintForm("sms", at, PartyForm("Ani"), perihal, "isi")


class Office:
    """The first PC and any number of joined PCs, each with its own data folder and clock."""

    def __init__(self, root: Path, clock: Clock | None = None) -> None:
        self.root = root
        self.share = root / "share"
        self.share.mkdir(parents=True)
        self.clock = clock or Clock(datetime(2026, 3, 17, 10, 0))
        first, self.admin = make_desk(root / "pc1", self.clock, code="TU1")
        self.key: OfficeKey = create_office(first, self.share)
        self.desks: list[Desk] = [first]
        self.users: list[User] = [self.admin]

    @property
    def office(self) -> Path:
        return shared_folder.office_folder(self.share, self.key.office_id)

    def join(self, code: str, clock: Clock | None = None) -> Desk:
        desk = Desk(self.root / code.lower(), now=clock or self.clock)
        desk.prepare_device(code)
        join_office(desk, self.key.join_code(), self.share)
        sync_round(desk)
        self.desks.append(desk)
        self.users.append(desk.authenticate(self.admin.user_id, "123456"))
        return desk

    def sync_all(self, times: int = 2) -> None:
        for _ in range(times):
            for desk in self.desks:
                sync_round(desk)

    def close(self) -> None:
        for desk in self.desks:
            desk.close()


@pytest.fixture
def office(tmp_path: Path) -> Office:
    made = Office(tmp_path)
    yield made  # type: ignore[misc]
    made.close()
