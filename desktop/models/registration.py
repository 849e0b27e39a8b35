"""What a clerk types to register a complaint, and the checks it must pass before saving."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.models.problems import InputError
from desktop.models.vocabulary import CHANNEL_LABELS, Channel

FUTURE_TOLERANCE = timedelta(minutes=5)
"""Clocks on office PCs drift; a few minutes ahead is not a mistake worth refusing."""


@dataclass(frozen=True, slots=True)
class PartyForm:
    nama: str = ""
    kontak: str = ""
    alamat: str = ""
    nik: str = ""
    anonim: bool = False
    rahasia: bool = False

    def payload(self) -> dict[str, Any]:
        return {
            "nama": "" if self.anonim else self.nama.strip(),
            "kontak": self.kontak.strip(),
            "alamat": self.alamat.strip(),
            "nik": self.nik.strip(),
            "anonim": self.anonim,
            "rahasia": self.rahasia,
        }


@dataclass(frozen=True, slots=True)
class ComplaintForm:
    channel: str
    received_at: datetime
    pelapor: PartyForm
    perihal: str
    isi: str
    bidang: str = ""
    terlapor: PartyForm | None = None
    letter_nomor: str = ""
    letter_tanggal: date | None = None
    letter_asal: str = ""
    lapor_tracking: str = ""
    attachments: tuple[Path, ...] = field(default=())


def check_complaint(form: ComplaintForm, now: datetime) -> None:
    """Raise :class:`InputError` naming every field that cannot be saved as it is."""
    problems: dict[str, str] = {}
    if form.channel not in Channel._value2member_map_:
        choices = ", ".join(CHANNEL_LABELS.values())
        problems["channel"] = (
            f"Saluran '{form.channel}' tidak dikenal. Pilih salah satu: {choices}."
        )
    if form.received_at > now + FUTURE_TOLERANCE:
        problems["received_at"] = (
            f"Waktu diterima ({form.received_at:%d-%m-%Y %H:%M}) ada di masa depan. Periksa "
            "tanggalnya, atau jam komputer ini bila tanggalnya sudah benar."
        )
    if not form.pelapor.anonim and not form.pelapor.nama.strip():
        problems["pelapor.nama"] = "Nama pelapor wajib diisi, atau centang 'Anonim'."
    if form.pelapor.nik and not re.fullmatch(r"\d{16}", form.pelapor.nik.strip()):
        problems["pelapor.nik"] = "NIK terdiri dari 16 angka; kosongkan bila tidak diketahui."
    if not form.perihal.strip():
        problems["perihal"] = "Perihal wajib diisi: ringkasan singkat pengaduan."
    if not form.isi.strip():
        problems["isi"] = "Isi pengaduan wajib diisi."
    if form.channel == Channel.LAPOR and not form.lapor_tracking.strip():
        problems["lapor_tracking"] = "Pengaduan LAPOR! wajib mencantumkan nomor pelacakan."
    if form.letter_tanggal is not None and form.letter_tanggal > now.date():
        problems["letter_tanggal"] = "Tanggal surat tidak boleh di masa depan."
    if form.channel == Channel.SURAT and not form.letter_asal.strip():
        problems["letter_asal"] = "Pengaduan lewat surat: isi asal surat (pengirim)."
    if problems:
        raise InputError(problems)


def complaint_payload(form: ComplaintForm) -> dict[str, Any]:
    letter = None
    if form.letter_nomor or form.letter_tanggal or form.letter_asal:
        letter = {
            "nomor": form.letter_nomor.strip(),
            "tanggal": form.letter_tanggal.isoformat() if form.letter_tanggal else None,
            "asal": form.letter_asal.strip(),
        }
    return {
        "channel": form.channel,
        "received_at": form.received_at.isoformat(timespec="seconds"),
        "perihal": form.perihal.strip(),
        "isi": form.isi.strip(),
        "bidang": form.bidang.strip(),
        "lapor_tracking": form.lapor_tracking.strip(),
        "letter": letter,
        "pelapor": form.pelapor.payload(),
        "terlapor": form.terlapor.payload() if form.terlapor else None,
    }
