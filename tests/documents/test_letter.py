"""Surat dinas and tembusan copies parsed back: what the addressee and the terlapor read."""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.documents.catalog import render_case_document
from desktop.documents.data import LetterData, Letterhead, Signatory
from desktop.documents.letter import form_preview, render_letter
from desktop.models.accounts import User, UserForm
from desktop.models.desk import Desk
from desktop.models.problems import NotAllowedError
from desktop.models.registration import ComplaintForm, PartyForm
from desktop.models.vocabulary import Role

from ..models.conftest import Clock, make_desk

PELAPOR = "Budi Santoso"
NIP = "19700101 199503 1 001"
TEMBUSAN = (
    "Gubernur Jambi (sebagai laporan)",
    "Inspektur Provinsi Jambi",
    "Sekretaris Daerah Provinsi Jambi",
    "Kepala Dinas Kesehatan Kota Jambi",
    "Ombudsman RI Perwakilan Provinsi Jambi",
)
A4_POINTS = (595.3, 841.9)
F4_POINTS = (609.4, 935.4)


def squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def pdf_text(pdf: bytes) -> str:
    return squashed("".join(pdf_pages(pdf)))


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[Desk, User, str]]:
    desk, admin = make_desk(tmp_path / "data", Clock(datetime(2026, 11, 23, 10, 0)))
    desk.save_user(
        admin,
        UserForm(
            "dr. Hendra Saputra, M.Kes",
            Role.PIMPINAN,
            pin="1111",
            nip=NIP,
            jabatan="Kepala Dinas Kesehatan Provinsi Jambi",
            pangkat="Pembina Utama Muda (IV/c)",
        ),
    )
    change = desk.register_complaint(
        admin,
        ComplaintForm(
            "whatsapp",
            datetime(2026, 11, 16, 9, 0),
            PartyForm(PELAPOR, "081234567890", "Jl. Melati No. 5", rahasia=True),
            "Antrean pendaftaran terlalu lama",
            "Menunggu tiga jam di loket.",
            terlapor=PartyForm("Kepala UPTD Puskesmas Kenali Besar", alamat="Jl. Pattimura 12"),
        ),
    )
    yield desk, admin, change.case_ids[0]
    desk.close()


def draft(desk: Desk, admin: User, case_id: str, kind: str, **changes: object) -> str:
    form = desk.default_letter_form(
        case_id, kind, admin, hasil="1. Antrean benar lama.\n2. Petugas ditambah.", instansi="X"
    )
    return desk.draft_letter(admin, case_id, replace(form, **changes)).letter_id  # type: ignore[arg-type]


def test_letter_shows_every_part_of_a_surat_dinas(office: tuple[Desk, User, str]) -> None:
    desk, admin, case_id = office
    letter_id = draft(desk, admin, case_id, "terlapor", tembusan=(*TEMBUSAN, "Pelapor"))
    nomor = desk.letter(case_id, letter_id).nomor
    doc = render_case_document(desk, "surat", case_id, admin, letter_id=letter_id)
    text = pdf_text(doc.pdf)
    for part in (
        "PEMERINTAH PROVINSI JAMBI",
        "DINAS KESEHATAN",
        "Jambi, 23 November 2026",
        f"Nomor:{nomor}",
        "Sifat:Biasa",
        "Hal:HasilPemeriksaanatasPengaduanMasyarakat",
        "Yth.KepalaUPTDPuskesmasKenaliBesar",
        "Jl.Pattimura12",
        "di",
        "Tempat",
        "Denganhormat,",
        "1.Antreanbenarlama.",
        "dr.HendraSaputra,M.Kes",
        "PembinaUtamaMuda(IV/c)",
        f"NIP.{NIP}",
        "Tembusan:",
    ):
        assert squashed(part) in text, part
    for number, name in enumerate(TEMBUSAN, start=1):
        assert squashed(f"{number}. {name}.") in text
    assert "Lampiran" not in text
    assert "KONSEP" not in text
    assert nomor == "000.8.3.4/TU1-001/Dinkes/2026"
    assert doc.filename == "Surat 000.8.3.4-TU1-001-Dinkes-2026.pdf"


def test_lampiran_line_only_when_there_is_one(office: tuple[Desk, User, str]) -> None:
    desk, admin, case_id = office
    letter_id = draft(desk, admin, case_id, "balasan", lampiran="1 (satu) berkas")
    doc = render_case_document(desk, "surat", case_id, admin, letter_id=letter_id)
    assert squashed("Lampiran:1 (satu) berkas") in pdf_text(doc.pdf)


@pytest.mark.parametrize(("paper", "size"), [("A4", A4_POINTS), ("F4", F4_POINTS)])
def test_paper_size_and_embedded_fonts(
    office: tuple[Desk, User, str], paper: str, size: tuple[float, float]
) -> None:
    desk, admin, case_id = office
    letter_id = draft(desk, admin, case_id, "balasan")
    doc = render_case_document(desk, "surat", case_id, admin, letter_id=letter_id, paper=paper)
    reader = PdfReader(io.BytesIO(doc.pdf))
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width), 1), round(float(box.height), 1)) == size
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            assert "Helvetica" not in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()  # embedded TrueType


def test_rahasia_complainant_never_on_terlapor_letter_nor_tembusan_copies(
    office: tuple[Desk, User, str],
) -> None:
    desk, admin, case_id = office
    default = desk.default_letter_form(case_id, "terlapor", admin).tembusan
    assert default == ("Pelapor (identitas dirahasiakan)",)
    terlapor = draft(desk, admin, case_id, "terlapor", tembusan=(*TEMBUSAN[:2], *default))
    reply = draft(desk, admin, case_id, "balasan", tembusan=TEMBUSAN[:2])
    for letter_id in (terlapor, reply):
        copies = render_case_document(desk, "tembusan", case_id, admin, letter_id=letter_id).pdf
        assert "Budi" not in pdf_text(copies) and "Melati" not in pdf_text(copies)
    letter = render_case_document(desk, "surat", case_id, admin, letter_id=terlapor).pdf
    assert "Budi" not in pdf_text(letter)
    assert squashed("Pelapor (identitas dirahasiakan).") in pdf_text(letter)
    own = render_case_document(desk, "surat", case_id, admin, letter_id=reply).pdf
    assert squashed(f"Yth. Sdr. {PELAPOR}") in pdf_text(own)
    head = next(u for u in desk.users() if u.role is Role.PIMPINAN)
    seen_by_head = render_case_document(desk, "surat", case_id, head, letter_id=reply).pdf
    assert "Budi" not in pdf_text(seen_by_head)


def test_one_marked_copy_per_tembusan_recipient(office: tuple[Desk, User, str]) -> None:
    desk, admin, case_id = office
    letter_id = draft(desk, admin, case_id, "terlapor", tembusan=TEMBUSAN[:3])
    doc = render_case_document(desk, "tembusan", case_id, admin, letter_id=letter_id)
    pages = [squashed(text) for text in pdf_pages(doc.pdf)]
    firsts = [text for text in pages if "Yth." in text]
    assert len(firsts) == 3
    for recipient, text in zip(TEMBUSAN[:3], firsts, strict=True):
        assert "SALINAN" in text
        assert squashed(f"Tembusan untuk: {recipient}") in text
    assert all("SALINAN" in text for text in pages)


def test_no_tembusan_is_a_clear_refusal(office: tuple[Desk, User, str]) -> None:
    desk, admin, case_id = office
    letter_id = draft(desk, admin, case_id, "balasan")
    with pytest.raises(NotAllowedError, match="tidak mempunyai tembusan"):
        render_case_document(desk, "tembusan", case_id, admin, letter_id=letter_id)


def test_case_without_letters_is_a_clear_refusal(office: tuple[Desk, User, str]) -> None:
    desk, admin, case_id = office
    with pytest.raises(NotAllowedError, match="buat konsep surat dulu"):
        render_case_document(desk, "surat", case_id, admin)


def test_konsep_watermark_for_drafts_old_versions_and_unfilled_parts(
    office: tuple[Desk, User, str],
) -> None:
    desk, admin, case_id = office
    form = desk.default_letter_form(case_id, "terlapor", admin)  # hasil left [[...]]
    change = desk.draft_letter(admin, case_id, form)
    gaps = render_case_document(desk, "surat", case_id, admin, letter_id=change.letter_id)
    assert "KONSEP" in pdf_text(gaps.pdf)
    desk.draft_letter(admin, case_id, replace(form, body="Isi lengkap."), change.letter_id)
    latest = render_case_document(desk, "surat", case_id, admin, letter_id=change.letter_id)
    assert "KONSEP" not in pdf_text(latest.pdf)
    old = render_case_document(desk, "surat", case_id, admin, letter_id=change.letter_id, version=1)
    assert "KONSEP" in pdf_text(old.pdf)
    asked = render_case_document(
        desk, "surat", case_id, admin, letter_id=change.letter_id, draft=True
    )
    assert "KONSEP" in pdf_text(asked.pdf)


def test_form_preview_shows_the_number_it_would_get(office: tuple[Desk, User, str]) -> None:
    desk, admin, case_id = office
    form = desk.default_letter_form(case_id, "balasan", admin, hasil="x")
    preview = form_preview(desk, case_id, admin, form)
    text = pdf_text(preview.pdf)
    assert squashed("000.8.3.4/TU1-001/Dinkes/2026") in text and "KONSEP" in text
    assert desk.letters(case_id) == []


def letter_data(tembusan: int) -> LetterData:
    return LetterData(
        kop=Letterhead("Pemerintah Provinsi Jambi", "Dinas Kesehatan", alamat="Jl. A. Yani 1"),
        tempat="Jambi",
        tanggal=date(2026, 11, 23),
        nomor="000.8.3.4/TU1-007/Dinkes/2026",
        sifat="Biasa",
        hal="Hasil Pemeriksaan atas Pengaduan Masyarakat",
        kepada=("Kepala UPTD Puskesmas Kenali Besar", "di", "Tempat"),
        body="Dengan hormat,\n\n" + "Menindaklanjuti pengaduan masyarakat. " * 12,
        penandatangan=Signatory("Kepala Dinas Kesehatan", "dr. Hendra", "Pembina", NIP),
        tembusan=tuple(f"Penerima tembusan {n}" for n in range(1, tembusan + 1)),
    )


def test_letter_with_six_tembusan_renders_quickly() -> None:
    data = letter_data(6)
    render_letter(data)
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        pdf = render_letter(data)
        timings.append(time.perf_counter() - started)
    assert min(timings) < 0.2  # about 15-35 ms on an office PC; generous for CI
    assert squashed("6. Penerima tembusan 6.") in pdf_text(pdf)
