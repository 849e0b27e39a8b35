"""The office's identity (for the letterhead) and the SOPs it adopted."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from typing import Any

from desktop.models.problems import InputError


@dataclass(frozen=True, slots=True)
class OfficeProfile:
    pemerintah: str
    nama_dinas: str
    alamat: str = ""
    telepon: str = ""
    email: str = ""
    website: str = ""
    kota: str = ""
    logo_sha256: str = ""

    def payload(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> OfficeProfile:
        return cls(**{key: data.get(key, "") for key in cls.__dataclass_fields__})


def check_profile(profile: OfficeProfile) -> None:
    problems = {}
    if not profile.pemerintah.strip():
        problems["pemerintah"] = "Isi nama pemerintah daerah, misalnya 'Pemerintah Kabupaten X'."
    if not profile.nama_dinas.strip():
        problems["nama_dinas"] = "Isi nama dinas, misalnya 'Dinas Kesehatan'."
    if profile.email and "@" not in profile.email:
        problems["email"] = "Alamat email tidak valid."
    if problems:
        raise InputError(problems)


def sop_digest(text: str) -> str:
    """Identity of an SOP revision: the hash of its exact text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
