"""Builders that read a case from the desk into the plain data a form renderer prints.

This is where confidentiality is decided, once per document: the Lembar Disposisi travels
outside the complaint team, so a *rahasia* complainant is always masked on it, whoever prints
it; the tanda terima goes to the complainant, so it carries their own name (unless the viewer
may not see it). Renderers never touch the desk.
"""

from __future__ import annotations

from datetime import date

from desktop.documents.data import (
    ArchiveSlipData,
    DispositionSheetData,
    Letterhead,
    ReceiptData,
    Signatory,
)
from desktop.documents.dates import bulan_tahun
from desktop.models.accounts import User
from desktop.models.case_fold import CaseState
from desktop.models.desk import Desk
from desktop.models.queries import MASKED_NAME, display_name
from desktop.models.vocabulary import CHANNEL_LABELS, OUTCOME_LABELS, Channel, Outcome, Role

ARCHIVE_CODE_COMPLAINTS = "000.8.3.4"
"""Kode klasifikasi arsip for public-service complaints (Permendagri 83/2022, Pelayanan
Publik); offices with their own classification pass ``kode_klasifikasi``."""

ARCHIVE_RETENTION = "Aktif 1 tahun, inaktif 4 tahun, kemudian dinilai kembali"
# A cautious default only: each office must confirm the retention against its own Jadwal
# Retensi Arsip (JRA) and pass ``retensi`` when it differs.


def letterhead(desk: Desk) -> Letterhead:
    """The office's kop; the logo only when its file is present on this PC."""
    profile = desk.office_profile()
    logo = None
    if profile.logo_sha256 and desk.blobs.has(profile.logo_sha256):
        logo = desk.blobs.path_of(profile.logo_sha256)
    return Letterhead(
        pemerintah=profile.pemerintah,
        nama_dinas=profile.nama_dinas,
        alamat=profile.alamat,
        telepon=profile.telepon,
        email=profile.email,
        website=profile.website,
        kota=profile.kota,
        logo=logo,
    )


def channel_label(value: str) -> str:
    member = Channel._value2member_map_.get(value)
    return CHANNEL_LABELS[Channel(value)] if member is not None else value


def _surat_dari(state: CaseState) -> str:
    """Sender as the disposition sheet shows it: never a *rahasia* complainant's name."""
    pelapor = state.pelapor
    if pelapor.rahasia:
        who = MASKED_NAME
    elif state.letter_asal.strip():
        who = state.letter_asal.strip()
    else:
        # PIMPINAN sees what leaves the team: "Anonim" or the plain name.
        who = display_name(pelapor.nama, anonim=pelapor.anonim, rahasia=False, viewer=Role.PIMPINAN)
    if state.channel == Channel.SURAT:
        return who
    return f"{who}, melalui {channel_label(state.channel)}"


def disposition_sheet_data(
    desk: Desk, case_id: str, viewer: User, *, recorded: bool = True
) -> DispositionSheetData:
    """The case's Lembar Disposisi: the last recorded disposition, or blank boxes to fill by
    hand when there is none or ``recorded`` is False."""
    state = desk.case_detail(case_id, viewer).state
    base = DispositionSheetData(
        kop=letterhead(desk),
        nomor_agenda=state.nomor_agenda,
        diterima_tanggal=state.received_at.date(),
        perihal=state.perihal,
        surat_dari=_surat_dari(state),
        nomor_surat=state.letter_nomor,
        tanggal_surat=state.letter_tanggal,
    )
    if not recorded or not state.dispositions:
        return base
    last = state.dispositions[-1]
    return DispositionSheetData(
        kop=base.kop,
        nomor_agenda=base.nomor_agenda,
        diterima_tanggal=base.diterima_tanggal,
        perihal=base.perihal,
        surat_dari=base.surat_dari,
        nomor_surat=base.nomor_surat,
        tanggal_surat=base.tanggal_surat,
        sifat=last.sifat,
        diteruskan_kepada=tuple(last.kepada),
        instruksi=tuple(last.instruksi),
        instruksi_lain=last.instruksi_lain,
        catatan=last.catatan,
        batas_waktu=last.batas_waktu,
        dari=last.dari,
        recorded=True,
    )


def cara_menanyakan(kop: Letterhead, nomor_agenda: str) -> str:
    """The receipt's sentence on how to follow the complaint up, from the office's contacts."""
    ways = [
        text
        for text, value in (
            (f"telepon {kop.telepon.strip()}", kop.telepon),
            (f"email {kop.email.strip()}", kop.email),
            (f"laman {kop.website.strip()}", kop.website),
        )
        if value.strip()
    ]
    office = kop.nama_dinas.strip() or "kantor kami"
    if not ways:
        via = f"datang langsung ke {office}"
    elif len(ways) == 1:
        via = f"menghubungi {office} melalui {ways[0]}"
    else:
        via = f"menghubungi {office} melalui {', '.join(ways[:-1])} atau {ways[-1]}"
    return (
        f"Untuk menanyakan perkembangan pengaduan ini, silakan {via}, dengan menyebutkan "
        f"nomor agenda {nomor_agenda}."
    )


def signatory_of(user: User, jabatan: str = "Petugas Pengaduan") -> Signatory:
    return Signatory(
        jabatan=user.jabatan or jabatan, nama=user.name, pangkat=user.pangkat, nip=user.nip
    )


def receipt_data(
    desk: Desk, case_id: str, viewer: User, *, petugas: User | None = None
) -> ReceiptData:
    """The tanda terima for the complainant, signed by ``petugas`` (default: the viewer)."""
    detail = desk.case_detail(case_id, viewer)
    state = detail.state
    kop = letterhead(desk)
    return ReceiptData(
        kop=kop,
        nomor_agenda=state.nomor_agenda,
        diterima=state.received_at,
        saluran=channel_label(state.channel),
        perihal=state.perihal,
        # Their own name goes back to them; display_name still masks it for a viewer outside
        # the complaint team, who must not learn it from a print-out either.
        pelapor=detail.pelapor_display,
        petugas=signatory_of(petugas or viewer),
        lapor_tracking=state.lapor_tracking,
        cara_menanyakan=cara_menanyakan(kop, state.nomor_agenda),
    )


def kurun_waktu(start: date, end: date | None) -> str:
    """``2026`` while open; ``Maret 2026``, ``Maret–April 2026`` or
    ``Desember 2025–Januari 2026`` from receipt to closing."""
    if end is None:
        return str(start.year)
    last = bulan_tahun(end.year, end.month)
    if (start.year, start.month) == (end.year, end.month):
        return last
    first = bulan_tahun(start.year, start.month)
    if start.year == end.year:
        first = first.rsplit(" ", 1)[0]
    return f"{first}–{last}"


def _uraian(state: CaseState) -> str:
    perihal = state.perihal.strip().rstrip(".")
    text = f"Pengaduan masyarakat perihal {perihal}"
    if state.closed_at is None:
        return f"{text}; masih dalam penanganan."
    outcome = Outcome._value2member_map_.get(state.outcome)
    label = OUTCOME_LABELS[Outcome(state.outcome)] if outcome is not None else state.outcome
    return f"{text}; hasil: {label}." if label else f"{text}."


def archive_slip_data(
    desk: Desk,
    case_id: str,
    viewer: User,
    *,
    kode_klasifikasi: str = ARCHIVE_CODE_COMPLAINTS,
    lemari: str = "",
    boks: str = "",
    map: str = "",
    retensi: str = ARCHIVE_RETENTION,
) -> ArchiveSlipData:
    """The folder label; storage places left blank are boxes to write on."""
    state = desk.case_detail(case_id, viewer).state
    closed = state.closed_at.date() if state.closed_at is not None else None
    return ArchiveSlipData(
        kop=letterhead(desk),
        nomor_agenda=state.nomor_agenda,
        kode_klasifikasi=kode_klasifikasi.strip() or ARCHIVE_CODE_COMPLAINTS,
        uraian=_uraian(state),
        kurun_waktu=kurun_waktu(state.received_at.date(), closed),
        lemari=lemari.strip(),
        boks=boks.strip(),
        map=map.strip(),
        retensi=retensi.strip() or ARCHIVE_RETENTION,
    )
