"""What each document shows: plain data the renderers turn into PDF bytes.

Builders in :mod:`desktop.documents.sources` fill these from a :class:`~desktop.models.desk.Desk`
(masking a *rahasia* complainant for anything that leaves the complaint team); renderers never
read the database, so each can be tested with hand-made data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The kop: logo, government and office name, address and contacts."""

    pemerintah: str
    nama_dinas: str
    alamat: str = ""
    telepon: str = ""
    email: str = ""
    website: str = ""
    kota: str = ""
    logo: Path | None = None


@dataclass(frozen=True, slots=True)
class Signatory:
    jabatan: str
    nama: str
    pangkat: str = ""
    nip: str = ""


@dataclass(frozen=True, slots=True)
class DispositionSheetData:
    """A Lembar Disposisi; with ``recorded`` False the disposition boxes are left blank."""

    kop: Letterhead
    nomor_agenda: str
    diterima_tanggal: date
    perihal: str
    surat_dari: str = ""
    nomor_surat: str = ""
    tanggal_surat: date | None = None
    sifat: str = ""  # a Sifat value, empty when not recorded
    diteruskan_kepada: tuple[str, ...] = ()
    instruksi: tuple[str, ...] = ()  # Instruksi values ticked
    instruksi_lain: str = ""
    catatan: str = ""
    batas_waktu: date | None = None
    dari: str = ""  # who disposed (for the paraf line)
    recorded: bool = False


@dataclass(frozen=True, slots=True)
class ReceiptData:
    """Tanda terima pengaduan for the complainant."""

    kop: Letterhead
    nomor_agenda: str
    diterima: datetime
    saluran: str  # label
    perihal: str
    pelapor: str
    petugas: Signatory
    lapor_tracking: str = ""
    cara_menanyakan: str = ""  # how to ask about progress (phone, email, counter hours)


@dataclass(frozen=True, slots=True)
class ArchiveSlipData:
    """Lembar arsip / folder label."""

    kop: Letterhead
    nomor_agenda: str
    kode_klasifikasi: str
    uraian: str
    kurun_waktu: str
    lemari: str = ""
    boks: str = ""
    map: str = ""
    retensi: str = ""


@dataclass(frozen=True, slots=True)
class LetterData:
    """A surat dinas; ``copy_for`` marks a tembusan copy, ``draft`` a KONSEP watermark."""

    kop: Letterhead
    tempat: str
    tanggal: date
    nomor: str
    sifat: str  # label, e.g. "Biasa"
    hal: str
    kepada: tuple[str, ...]  # "Yth." block, one line each (name/office, then address lines)
    body: str  # paragraphs separated by blank lines
    penandatangan: Signatory
    lampiran: str = ""  # empty: no Lampiran line
    tembusan: tuple[str, ...] = ()
    copy_for: str | None = None
    draft: bool = False


@dataclass(frozen=True, slots=True)
class RegisterRow:
    nomor_agenda: str
    diterima: datetime
    saluran: str
    pelapor: str
    perihal: str
    bidang: str
    posisi: str  # current step / pelaksana, or the outcome when closed
    status: str
    batas_waktu: datetime | None = None


@dataclass(frozen=True, slots=True)
class RegisterData:
    kop: Letterhead
    dari: date
    sampai: date
    rows: tuple[RegisterRow, ...]
    masked_for_pimpinan: bool = False


@dataclass(frozen=True, slots=True)
class RecapData:
    kop: Letterhead
    year: int
    month: int
    by_channel: dict[str, int] = field(default_factory=dict)
    by_bidang: dict[str, int] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)
    by_outcome: dict[str, int] = field(default_factory=dict)
    on_time: dict[str, tuple[int, int]] = field(default_factory=dict)  # pelaksana: (on time, all)
