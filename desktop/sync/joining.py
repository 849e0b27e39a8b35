"""Bring a PC into an existing office: its own identity, the office key, the first round.

Shared by the window's "Gabung ke kantor…" and first-run flow and by ``office join``. Every
check that can fail (the code, the share, the office folder on it, a PC code already taken)
runs before anything is written, so a mistyped code or a wrong drive letter leaves the PC as
it was.
"""

from __future__ import annotations

from pathlib import Path

from desktop.models.desk import Desk
from desktop.models.numbering import device_code_problem
from desktop.models.problems import InputError
from desktop.models.tables import LocalState
from desktop.sync import shared_folder
from desktop.sync.exchange import RoundReport, join_office, sync_round
from desktop.sync.office_key import OfficeKey


def needs_device_code(desk: Desk) -> bool:
    """True on a brand-new PC: it has no code (``TU2``) of its own yet."""
    with desk.reading() as session:
        return session.get(LocalState, 1) is None


def join_this_pc(desk: Desk, code: str, share: Path, device_code: str = "") -> RoundReport:
    """Join the office of ``code`` on ``share`` and run the first round.

    ``device_code`` names a brand-new PC (see :func:`needs_device_code`); it is ignored on a
    PC that already has one.

    Raises:
        JoinCodeError: the code cannot be read.
        ShareUnavailableError: the share cannot be reached.
        InputError: ``device_code`` is missing, malformed or used by another PC
            (field ``device_code``), or the share holds no folder of this office (``share``).
        NotAllowedError: the PC already belongs to another office.
    """
    key = OfficeKey.from_join_code(code)
    shared_folder.check_share(share)
    office = shared_folder.office_folder(share, key.office_id)
    if not office.is_dir():
        raise InputError.single(
            "share",
            f"Folder bersama '{share}' belum berisi data kantor ini. Periksa jalurnya (huruf "
            "drive atau nama PC) dan pastikan PC pertama sudah membuat kantor di sana.",
        )
    if needs_device_code(desk):
        device_code = device_code.strip().upper()
        problem = device_code_problem(device_code)
        if problem:
            raise InputError.single("device_code", problem)
        taken = {
            str(ack.get("code", "")).upper() for ack in shared_folder.read_acks(office).values()
        }
        if device_code in taken:
            raise InputError.single(
                "device_code",
                f"Kode PC {device_code} sudah dipakai PC lain di kantor ini; pilih kode lain "
                "agar nomor agenda tidak bentrok.",
            )
        desk.prepare_device(device_code)
    join_office(desk, code, share)
    return sync_round(desk)
