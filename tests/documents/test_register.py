"""Buku Registrasi Pengaduan: header on every page, page X of Y, masking for pimpinan, posisi."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.documents.data import Letterhead, RegisterData
from desktop.documents.paper import F4
from desktop.documents.register import render_register_pdf
from desktop.documents.reports import register_data
from desktop.documents.xlsx import register_xlsx
from desktop.models.accounts import User, UserForm
from desktop.models.desk import Desk
from desktop.models.queries import CaseQuery
from desktop.models.registration import ComplaintForm, PartyForm
from desktop.models.vocabulary import Outcome, Role

from ..models.conftest import Clock, make_desk

SECRET = "Rahasiawati Sukmawijaya"
START = datetime(2026, 3, 2, 8, 0)


def squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Desk, User, User]]:
    """150 cases in March 2026 (one rahasia, one closed), one in April, and a pimpinan."""
    clock = Clock(datetime(2026, 4, 30, 12, 0))
    desk, admin = make_desk(tmp_path_factory.mktemp("register") / "data", clock)
    kadis = desk.save_user(admin, UserForm("Pak Kadis", Role.PIMPINAN, pin="4321"))
    moments = [START + timedelta(hours=4 * n) for n in range(150)] + [datetime(2026, 4, 2, 9)]
    for n, at in enumerate(moments):
        form = ComplaintForm(
            channel="whatsapp",
            received_at=at,
            pelapor=PartyForm(SECRET if n == 40 else f"Warga Nomor {n}", rahasia=n == 40),
            perihal=f"Keluhan {n}: antrean panjang di puskesmas dan petugas loket tidak ramah",
            isi="Isi",
            bidang="Pelayanan Kesehatan",
        )
        desk.register_complaint(admin, form)
    day = CaseQuery(received_from=START.date(), received_to=START.date(), descending=False)
    first = desk.list_cases(day, Role.ADMIN)[0]
    desk.close_case(admin, first.case_id, Outcome.DITERUSKAN.value)
    yield desk, admin, kadis
    desk.close()


def test_register_spans_pages_with_header_and_page_numbers(
    office: tuple[Desk, User, User],
) -> None:
    desk, admin, _ = office
    data = register_data(desk, date(2026, 3, 1), date(2026, 3, 31), admin)
    assert len(data.rows) == 150
    pages = page_texts(render_register_pdf(data))
    assert len(pages) >= 3
    assert "BUKU REGISTRASI PENGADUAN" in pages[0]
    assert "Periode 1 Maret 2026 s.d. 31 Maret 2026" in pages[0]
    for number, text in enumerate(pages, start=1):
        assert all(name in text for name in ("Nomor agenda", "Diterima", "Pelapor", "Batas waktu"))
        assert f"Halaman {number} dari {len(pages)}" in text
    everything = squashed("".join(pages))
    assert all(squashed(row.nomor_agenda) in everything for row in data.rows)
    assert SECRET.replace(" ", "") in everything  # the complaint team sees the name


def test_posisi_is_the_lane_or_the_outcome(office: tuple[Desk, User, User]) -> None:
    desk, admin, _ = office
    rows = register_data(desk, date(2026, 3, 1), date(2026, 3, 31), admin).rows
    assert rows[0].posisi == "Diteruskan ke instansi lain"
    assert rows[0].status == "Ditutup"
    assert rows[0].batas_waktu is None
    assert rows[1].posisi == "Bag. Tata Usaha"
    assert rows[1].batas_waktu is not None
    assert rows[0].diterima < rows[1].diterima  # oldest first


def test_rahasia_name_never_on_an_export_for_pimpinan(office: tuple[Desk, User, User]) -> None:
    desk, admin, kadis = office
    period = date(2026, 3, 1), date(2026, 3, 31)
    for data in (
        register_data(desk, *period, kadis),
        register_data(desk, *period, admin, masked_for_pimpinan=True),
    ):
        assert all(SECRET not in row.pelapor for row in data.rows)
        assert "(dirahasiakan)" in [row.pelapor for row in data.rows]
        pdf_text = squashed("".join(page_texts(render_register_pdf(data))))
        assert "Rahasiawati" not in pdf_text
        assert "Sukmawijaya" not in pdf_text
        assert b"Rahasiawati" not in register_xlsx(data)
        sheet = load_workbook(io.BytesIO(register_xlsx(data))).active
        values = [str(cell.value) for row in sheet.iter_rows() for cell in row]
        assert not any("Rahasiawati" in value for value in values)
    masked = register_data(desk, *period, admin, masked_for_pimpinan=True)
    assert "Salinan untuk pimpinan" in "".join(page_texts(render_register_pdf(masked)))


def test_f4_is_landscape_folio_and_empty_period_says_so() -> None:
    kop = Letterhead("Pemerintah Kabupaten OKU Selatan", "Dinas Kesehatan")
    data = RegisterData(kop, date(2027, 1, 1), date(2027, 1, 31), ())
    reader = PdfReader(io.BytesIO(render_register_pdf(data, F4)))
    box = reader.pages[0].mediabox
    assert round(float(box.width) / 72 * 25.4) == 330
    assert round(float(box.height) / 72 * 25.4) == 215
    text = reader.pages[0].extract_text()
    assert "Tidak ada pengaduan" in text
    assert "Halaman 1 dari 1" in text
