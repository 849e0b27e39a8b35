"""The three case forms (Lembar Disposisi, tanda terima, lembar arsip), printed from a real desk
and read back: what a clerk would check before signing, and what must never be on them."""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader
from reportlab.lib.units import mm

from desktop.documents import archive_slip, disposition_sheet, receipt
from desktop.documents.catalog import render_case_document
from desktop.documents.data import DispositionSheetData
from desktop.documents.disposition_sheet import render_disposition_sheet
from desktop.documents.sources import (
    disposition_sheet_data,
    kurun_waktu,
    letterhead,
)
from desktop.models.accounts import User, UserForm
from desktop.models.desk import Desk, DispositionForm
from desktop.models.office import OfficeProfile
from desktop.models.registration import ComplaintForm, PartyForm
from desktop.models.sop_loader import bundled_template_files
from desktop.models.vocabulary import Instruksi, Role, Sifat

SECRET_NAME = "Rahmawati Kusumaningrum"
PLAIN_NAME = "Budi Santoso"
ADMIN_NIP = "198001012005012001"


class Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@dataclass
class Office:
    desk: Desk
    admin: User
    clock: Clock
    logo: Path


def _logo(path: Path) -> Path:
    image = Image.new("RGBA", (240, 300), (0, 0, 0, 0))
    ImageDraw.Draw(image).polygon([(120, 0), (240, 70), (200, 280), (40, 280), (0, 70)], "green")
    image.save(path)
    return path


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    clock = Clock(datetime(2026, 3, 17, 10, 0))
    desk = Desk(tmp_path / "data", now=clock)
    logo = desk.blobs.add_file(_logo(tmp_path / "logo.png"))
    template = next(e for e in bundled_template_files() if e.name == "jambi-provinsi.yaml")
    admin = desk.setup(
        office=OfficeProfile(
            "Pemerintah Kabupaten Kotawaringin Timur",
            "Dinas Kesehatan",
            alamat="Jalan Jenderal Sudirman Km. 5, Sampit 74322",
            telepon="(0531) 21234",
            email="dinkes@kotimkab.go.id",
            website="dinkes.kotimkab.go.id",
            kota="Sampit",
            logo_sha256=logo.sha256,
        ),
        device_code="TU1",
        admin=UserForm(
            "Siti Aminah", Role.ADMIN, pin="123456", nip=ADMIN_NIP, jabatan="Petugas Pengaduan"
        ),
        sop_text=template.read_text(encoding="utf-8"),
        sop_name=template.name,
    )
    yield Office(desk, admin, clock, desk.blobs.path_of(logo.sha256))
    desk.close()


def register(office: Office, **overrides: Any) -> str:
    values: dict[str, Any] = {
        "channel": "whatsapp",
        "received_at": datetime(2026, 3, 17, 9, 5),
        "pelapor": PartyForm(PLAIN_NAME, kontak="0812-7777-1234"),
        "perihal": "Antrean Puskesmas Baamang terlalu lama",
        "isi": "Menunggu empat jam tanpa kepastian di loket pendaftaran.",
    }
    values.update(overrides)
    return office.desk.register_complaint(office.admin, ComplaintForm(**values)).case_ids[0]


def dispose(office: Office, case_id: str) -> None:
    office.desk.record_disposition(
        office.admin,
        case_id,
        DispositionForm(
            dari="Kepala Dinas Kesehatan",
            kepada=("Kepala Bidang Pelayanan Kesehatan", "Kepala Puskesmas Baamang"),
            sifat=Sifat.SEGERA.value,
            instruksi=(Instruksi.TANGGAPAN_SARAN.value, Instruksi.KOORDINASI.value),
            instruksi_lain="Laporkan hasilnya dalam lima hari kerja",
            catatan="Mohon klarifikasi ke loket pendaftaran.",
            batas_waktu=date(2026, 3, 24),
        ),
    )


# -- reading PDFs back ----------------------------------------------------------------------


def squashed(text: str) -> str:
    """Text without whitespace: wrapping may break a phrase anywhere between words."""
    return re.sub(r"\s+", "", text)


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return squashed("".join(page.extract_text() or "" for page in reader.pages))


def assert_fonts_embedded(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            assert "LiberationSans" in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"], "font not embedded"
    assert b"Helvetica" not in pdf


def page_size_mm(pdf: bytes) -> list[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(pdf))
    return [
        (round(float(p.mediabox.width) / mm), round(float(p.mediabox.height) / mm))
        for p in reader.pages
    ]


def _apply(cm: list[float], x: float, y: float) -> tuple[float, float]:
    return cm[0] * x + cm[2] * y + cm[4], cm[1] * x + cm[3] * y + cm[5]


def tick_boxes(pdf: bytes, box: float = 2.9 * mm) -> dict[str, bool]:
    """Each tick-box's label and whether a check mark is drawn inside it, from the page's
    drawing operations: squares of the box size, three-point strokes, and the text beside."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    squares: list[tuple[float, float]] = []
    ticks: list[tuple[float, float]] = []
    labels: list[tuple[float, float, str]] = []
    path: list[tuple[float, float]] = []

    def operation(op: bytes, args: list[Any], cm: list[float], tm: list[float]) -> None:
        nonlocal path
        if op == b"re" and abs(float(args[2]) - box) < 0.2 and abs(float(args[3]) - box) < 0.2:
            squares.append(_apply(cm, float(args[0]), float(args[1])))
        elif op == b"m":
            path = [_apply(cm, float(args[0]), float(args[1]))]
        elif op == b"l":
            path.append(_apply(cm, float(args[0]), float(args[1])))
        elif op == b"S":
            if len(path) == 3:
                ticks.append(path[1])
            path = []

    def text(content: str, cm: list[float], tm: list[float], *_: Any) -> None:
        if content.strip():
            x, y = _apply(cm, tm[4], tm[5])
            labels.append((x, y, content.strip()))

    page.extract_text(visitor_operand_before=operation, visitor_text=text)
    found: dict[str, bool] = {}
    for x, y in squares:
        beside = [
            label for lx, ly, label in labels if 0 < lx - x < box + 10 and y - 2 <= ly <= y + box
        ]
        ticked = any(x <= tx <= x + box and y <= ty <= y + box for tx, ty in ticks)
        found[beside[0] if beside else ""] = ticked
    return found


# -- Lembar Disposisi --------------------------------------------------------------------


def test_disposition_sheet_shows_the_case_and_the_last_disposition(office: Office) -> None:
    case_id = register(office)
    dispose(office, case_id)
    document = render_case_document(office.desk, "disposisi", case_id, office.admin)
    text = pdf_text(document.pdf)
    assert document.filename == "Lembar Disposisi ADU-2026-TU1-0001.pdf"
    for expected in (
        "LEMBAR DISPOSISI",
        "PEMERINTAH KABUPATEN KOTAWARINGIN TIMUR",
        "DINAS KESEHATAN",
        "Telepon (0531) 21234",
        "ADU/2026/TU1/0001",
        "Antrean Puskesmas Baamang terlalu lama",
        "Diterima tanggal",
        "17 Maret 2026",
        f"{PLAIN_NAME}, melalui WhatsApp",
        "1. Kepala Bidang Pelayanan Kesehatan",
        "2. Kepala Puskesmas Baamang",
        "Mohon klarifikasi ke loket pendaftaran.",
        "24 Maret 2026",
        "Kepala Dinas Kesehatan",
    ):
        assert squashed(expected) in text, expected
    assert page_size_mm(document.pdf) == [(165, 215)]
    assert_fonts_embedded(document.pdf)


def test_disposition_sheet_ticks_exactly_the_recorded_boxes(office: Office) -> None:
    case_id = register(office)
    dispose(office, case_id)
    boxes = tick_boxes(render_case_document(office.desk, "disposisi", case_id, office.admin).pdf)
    assert {label for label, ticked in boxes.items() if ticked} == {
        "Segera",
        "Tanggapan dan saran",
        "Koordinasi/konfirmasikan",
        "Laporkan hasilnya dalam lima hari kerja",
    }
    for unticked in ("Sangat segera", "Rahasia", "Proses lebih lanjut", "Arsipkan"):
        assert boxes[unticked] is False


def test_blank_disposition_sheet_keeps_labels_and_boxes_without_names(office: Office) -> None:
    case_id = register(office)
    pdf = render_case_document(office.desk, "disposisi", case_id, office.admin).pdf
    text = pdf_text(pdf)
    for label in ("Diteruskan kepada Sdr.:", "Dengan hormat harap:", "Catatan:", "Paraf"):
        assert squashed(label) in text
    assert "Kepala Puskesmas" not in text
    boxes = tick_boxes(pdf)
    assert len(boxes) >= 9  # three for sifat, six instructions, the free line
    assert not any(boxes.values())
    # Recorded, but asked for blank: the same empty form.
    dispose(office, case_id)
    blank = render_case_document(
        office.desk, "disposisi", case_id, office.admin, recorded=False
    ).pdf
    assert "KepalaPuskesmasBaamang" not in pdf_text(blank)


def test_a_rahasia_complainant_never_appears_on_the_disposition_sheet(office: Office) -> None:
    case_id = register(
        office,
        channel="surat",
        pelapor=PartyForm(SECRET_NAME, rahasia=True),
        letter_asal=SECRET_NAME,
        letter_nomor="01/RK/III/2026",
        letter_tanggal=date(2026, 3, 16),
    )
    dispose(office, case_id)
    text = pdf_text(render_case_document(office.desk, "disposisi", case_id, office.admin).pdf)
    assert squashed(SECRET_NAME) not in text
    assert "Rahmawati" not in text
    assert "(dirahasiakan)" in text
    assert "01/RK/III/2026" in text
    assert squashed("16 Maret 2026") in text
    # The receipt goes to the complainant: their own name is on it.
    receipt_text = pdf_text(
        render_case_document(office.desk, "tanda-terima", case_id, office.admin).pdf
    )
    assert squashed(SECRET_NAME) in receipt_text


def test_disposition_sheet_on_a4_and_f4(office: Office) -> None:
    case_id = register(office)
    for paper, size in (("A4", (210, 297)), ("F4", (215, 330))):
        pdf = render_case_document(office.desk, "disposisi", case_id, office.admin, paper=paper)
        assert page_size_mm(pdf.pdf) == [size]


def test_unknown_paper_is_refused_in_indonesian(office: Office) -> None:
    case_id = register(office)
    with pytest.raises(KeyError, match="Ukuran kertas 'A3' tidak dikenal"):
        render_case_document(office.desk, "disposisi", case_id, office.admin, paper="A3")


def test_disposition_sheet_renders_fast(office: Office) -> None:
    case_id = register(office)
    dispose(office, case_id)
    data = disposition_sheet_data(office.desk, case_id, office.admin)
    render_disposition_sheet(data)  # fonts registered, logo prepared
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        render_disposition_sheet(data)
        timings.append(time.perf_counter() - start)
    assert min(timings) < 0.1  # generous for CI; about 20 ms on an office PC


# -- tanda terima ---------------------------------------------------------------------------


def test_receipt_carries_what_the_complainant_needs(office: Office) -> None:
    case_id = register(office, channel="lapor", lapor_tracking="LPR-4321987")
    document = render_case_document(office.desk, "tanda-terima", case_id, office.admin)
    text = pdf_text(document.pdf)
    for expected in (
        "TANDA TERIMA PENGADUAN",
        "ADU/2026/TU1/0001",
        "17 Maret 2026 pukul 09.05",
        "LAPOR! SP4N",
        PLAIN_NAME,
        "Antrean Puskesmas Baamang terlalu lama",
        "LPR-4321987",
        "Cara menanyakan perkembangan",
        "telepon (0531) 21234",
        "dinkes@kotimkab.go.id",
        "dengan menyebutkan nomor agenda ADU/2026/TU1/0001",
        "Sampit, 17 Maret 2026",
        "Siti Aminah",
        f"NIP. {ADMIN_NIP}",
        "Lembar 1: untuk pelapor",
        "Lembar 2: arsip petugas",
    ):
        assert squashed(expected) in text, expected
    assert page_size_mm(document.pdf) == [(210, 297)]
    assert_fonts_embedded(document.pdf)


def test_receipt_for_an_anonymous_complaint_says_anonim(office: Office) -> None:
    case_id = register(office, pelapor=PartyForm(anonim=True), channel="kotak-saran")
    text = pdf_text(render_case_document(office.desk, "tanda-terima", case_id, office.admin).pdf)
    assert "Anonim" in text
    assert "Kotaksaran" in text
    assert "LAPOR" not in text


def test_receipt_on_half_folio_puts_each_copy_on_its_own_page(office: Office) -> None:
    case_id = register(office)
    pdf = receipt.for_case(office.desk, case_id, office.admin, paper="half-folio").pdf
    assert page_size_mm(pdf) == [(165, 215), (165, 215)]


# -- lembar arsip ---------------------------------------------------------------------------


def test_archive_slip_defaults_and_blank_storage_boxes(office: Office) -> None:
    case_id = register(office)
    document = archive_slip.for_case(office.desk, case_id, office.admin)
    text = pdf_text(document.pdf)
    for expected in (
        "LEMBAR ARSIP / LABEL MAP",
        "ADU/2026/TU1/0001",
        "000.8.3.4",
        "Antrean Puskesmas Baamang terlalu lama; masih dalam penanganan.",
        "Lemari",
        "Boks",
        "Map",
        "Aktif 1 tahun, inaktif 4 tahun",
    ):
        assert squashed(expected) in text, expected
    assert "Kurunwaktu2026" in text
    assert PLAIN_NAME.split(maxsplit=1)[0] not in text
    assert page_size_mm(document.pdf) == [(210, 297)]
    assert_fonts_embedded(document.pdf)


def test_archive_slip_of_a_closed_case_with_storage_place(office: Office) -> None:
    case_id = register(office)
    office.clock.moment = datetime(2026, 4, 20, 14, 0)
    office.desk.close_case(office.admin, case_id, "selesai")
    pdf = archive_slip.for_case(
        office.desk,
        case_id,
        office.admin,
        kode_klasifikasi="400.7.1",
        lemari="L-03",
        boks="B-12",
        map="M-07",
        retensi="Aktif 2 tahun, inaktif 5 tahun, musnah",
    ).pdf
    text = pdf_text(pdf)
    for expected in ("400.7.1", "L-03", "B-12", "M-07", "Maret–April 2026", "hasil: Selesai."):
        assert squashed(expected) in text, expected
    assert "Aktif2tahun,inaktif5tahun,musnah" in text
    assert "000.8.3.4" not in text


def test_kurun_waktu() -> None:
    assert kurun_waktu(date(2026, 3, 17), None) == "2026"
    assert kurun_waktu(date(2026, 3, 17), date(2026, 3, 30)) == "Maret 2026"
    assert kurun_waktu(date(2026, 3, 17), date(2026, 4, 2)) == "Maret–April 2026"
    assert kurun_waktu(date(2025, 12, 29), date(2026, 1, 5)) == "Desember 2025–Januari 2026"


# -- kop --------------------------------------------------------------------------------


def test_letterhead_takes_the_logo_only_when_its_file_is_here(office: Office) -> None:
    kop = letterhead(office.desk)
    assert kop.logo == office.logo
    assert kop.kota == "Sampit"
    office.logo.unlink()
    assert letterhead(office.desk).logo is None


def test_a_long_office_name_is_shrunk_or_wrapped_never_cut() -> None:
    from desktop.documents.data import Letterhead

    kop = Letterhead(
        "Pemerintah Kabupaten Kepulauan Siau Tagulandang Biaro Provinsi Sulawesi Utara",
        "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana",
        alamat="Jalan Raya Ulu Siau",
    )
    data = DispositionSheetData(kop, "ADU/2026/TU1/0001", date(2026, 3, 17), "Uji")
    text = pdf_text(render_disposition_sheet(data))
    assert squashed(kop.pemerintah.upper()) in text
    assert squashed(kop.nama_dinas.upper()) in text


@pytest.mark.parametrize("module", [disposition_sheet, receipt, archive_slip])
def test_every_form_has_a_title_and_a_pdf_name(office: Office, module: Any) -> None:
    case_id = register(office)
    document = module.for_case(office.desk, case_id, office.admin)
    assert document.title.endswith("ADU/2026/TU1/0001")
    assert document.filename.endswith("ADU-2026-TU1-0001.pdf")
    assert "/" not in document.filename
    assert document.pdf.startswith(b"%PDF")
