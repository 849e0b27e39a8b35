"""The words of the complaint desk: channels, statuses, outcomes, roles, urgency, instructions.

Values are stable identifiers stored in events (never rename one: old events keep it); labels
are the Indonesian texts the UI and the paperwork show.
"""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    SURAT = "surat"
    DATANG_LANGSUNG = "datang-langsung"
    TELEPON = "telepon"
    SMS = "sms"
    WHATSAPP = "whatsapp"
    EMAIL = "email"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    TWITTER = "twitter-x"
    WEBSITE = "website"
    KOTAK_SARAN = "kotak-saran"
    MEDIA_MASSA = "media-massa"
    LAPOR = "lapor"

    @property
    def label(self) -> str:
        return CHANNEL_LABELS[self]


CHANNEL_LABELS = {
    Channel.SURAT: "Surat",
    Channel.DATANG_LANGSUNG: "Datang langsung",
    Channel.TELEPON: "Telepon",
    Channel.SMS: "SMS",
    Channel.WHATSAPP: "WhatsApp",
    Channel.EMAIL: "Email",
    Channel.FACEBOOK: "Facebook",
    Channel.INSTAGRAM: "Instagram",
    Channel.TWITTER: "Twitter/X",
    Channel.WEBSITE: "Website",
    Channel.KOTAK_SARAN: "Kotak saran",
    Channel.MEDIA_MASSA: "Media massa",
    Channel.LAPOR: "LAPOR! SP4N",
}


class CaseStatus(StrEnum):
    OPEN = "terbuka"
    PAUSED = "dijeda"
    CLOSED = "ditutup"

    @property
    def label(self) -> str:
        return {"terbuka": "Terbuka", "dijeda": "Dijeda", "ditutup": "Ditutup"}[self.value]


class Outcome(StrEnum):
    """How a case ended (DESIGN §1; the issue's four outcomes plus the template auto-close)."""

    SELESAI = "selesai"
    BUKAN_KEWENANGAN = "bukan-kewenangan"
    DITERUSKAN = "diteruskan"
    TIDAK_DAPAT_DITINDAKLANJUTI = "tidak-dapat-ditindaklanjuti"
    TANPA_TANGGAPAN = "tanpa-tanggapan"

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self]


OUTCOME_LABELS = {
    Outcome.SELESAI: "Selesai",
    Outcome.BUKAN_KEWENANGAN: "Bukan kewenangan",
    Outcome.DITERUSKAN: "Diteruskan ke instansi lain",
    Outcome.TIDAK_DAPAT_DITINDAKLANJUTI: "Tidak dapat ditindaklanjuti",
    Outcome.TANPA_TANGGAPAN: "Ditutup: pelapor tidak menanggapi",
}


class Role(StrEnum):
    ADMIN = "admin"
    PETUGAS = "petugas"
    PIMPINAN = "pimpinan"

    @property
    def label(self) -> str:
        return {
            "admin": "Admin",
            "petugas": "Petugas pengaduan",
            "pimpinan": "Pimpinan (hanya baca)",
        }[self.value]

    @property
    def complaint_team(self) -> bool:
        """The team that may see a *rahasia* complainant's identity."""
        return self is not Role.PIMPINAN

    @property
    def can_write(self) -> bool:
        return self is not Role.PIMPINAN


class Sifat(StrEnum):
    SANGAT_SEGERA = "sangat-segera"
    SEGERA = "segera"
    BIASA = "biasa"
    RAHASIA = "rahasia"

    @property
    def label(self) -> str:
        return {
            "sangat-segera": "Sangat segera",
            "segera": "Segera",
            "biasa": "Biasa",
            "rahasia": "Rahasia",
        }[self.value]


class Instruksi(StrEnum):
    """The "dengan hormat harap" tick-boxes of the Lembar Disposisi."""

    TANGGAPAN_SARAN = "tanggapan-saran"
    PROSES_LANJUT = "proses-lanjut"
    KOORDINASI = "koordinasi"
    UNTUK_DIKETAHUI = "untuk-diketahui"
    DIJAWAB = "dijawab"
    ARSIP = "arsip"

    @property
    def label(self) -> str:
        return INSTRUKSI_LABELS[self]


INSTRUKSI_LABELS = {
    Instruksi.TANGGAPAN_SARAN: "Tanggapan dan saran",
    Instruksi.PROSES_LANJUT: "Proses lebih lanjut",
    Instruksi.KOORDINASI: "Koordinasi/konfirmasikan",
    Instruksi.UNTUK_DIKETAHUI: "Untuk diketahui",
    Instruksi.DIJAWAB: "Untuk dijawab",
    Instruksi.ARSIP: "Arsipkan",
}
