"""A real desk on a temporary SQLite file, set up through its public API."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from desktop.models.accounts import User, UserForm
from desktop.models.desk import Desk
from desktop.models.office import OfficeProfile
from desktop.models.sop_loader import bundled_template_files
from desktop.models.vocabulary import Role


class Clock:
    """A settable local clock so deadlines can be tested on real 2026 dates."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


def template_text(sop_id: str) -> str:
    entry = next(e for e in bundled_template_files() if e.name == f"{sop_id}.yaml")
    return entry.read_text(encoding="utf-8")


def make_desk(
    folder: Path, clock: Clock, sop_id: str = "jambi-provinsi", code: str = "TU1"
) -> tuple[Desk, User]:
    desk = Desk(folder, now=clock)
    admin = desk.setup(
        office=OfficeProfile("Pemerintah Provinsi Jambi", "Dinas Kesehatan", kota="Jambi"),
        device_code=code,
        admin=UserForm("Siti Aminah", Role.ADMIN, pin="123456", nip="198001012005012001"),
        sop_text=template_text(sop_id),
        sop_name=f"{sop_id}.yaml",
    )
    return desk, admin


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 17, 10, 0))


@pytest.fixture
def desk_and_admin(tmp_path: Path, clock: Clock) -> Iterator[tuple[Desk, User]]:
    desk, admin = make_desk(tmp_path / "data", clock)
    yield desk, admin
    desk.close()
