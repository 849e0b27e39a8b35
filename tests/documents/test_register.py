"""Buku Registrasi Pengaduan: header on every page, page X of Y, masking for pimpinan, posisi."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.documents.data import Letterhead, RegisterData, RegisterRow
from desktop.documents.paper import F4, REPORT_MARGINS
from desktop.documents.register import RegisterRenderer, RegisterTable, render_register_pdf
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


def _rows(perihal: dict[int, str], count: int) -> RegisterData:
    """``count`` one-line rows; row ``n`` gets ``perihal[n]`` when given."""
    kop = Letterhead("Pemerintah Kabupaten OKU Selatan", "Dinas Kesehatan")
    rows = tuple(
        RegisterRow(
            nomor_agenda=f"ADU/2026/TU1/{n:04d}",
            diterima=START + timedelta(hours=n),
            saluran="WhatsApp",
            pelapor=f"Warga {n}",
            perihal=perihal.get(n, f"Keluhan {n}"),
            bidang="P2P",
            posisi="Bag. Tata Usaha",
            status="Terbuka",
            batas_waktu=None,
        )
        for n in range(1, count + 1)
    )
    return RegisterData(kop, date(2026, 3, 1), date(2026, 3, 31), rows)


def _text_heights(pdf: bytes) -> list[float]:
    """Baselines of every text drawn, over all pages (points from the page bottom)."""
    heights: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            heights.append(cm[5] + tm[5] if cm[5] else tm[5])

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return heights


def test_a_row_that_does_not_fit_moves_whole_to_the_next_page() -> None:
    tall = {
        n: f"Awal{n:03d} " + " ".join(["antrean panjang di loket"] * 40) + f" Akhir{n:03d}"
        for n in range(5, 200, 9)
    }
    data = _rows(tall, 200)
    pages = [squashed(text) for text in page_texts(render_register_pdf(data))]
    for row in data.rows:
        holding = [number for number, text in enumerate(pages) if row.nomor_agenda in text]
        assert len(holding) == 1, row.nomor_agenda
    for n in tall:
        with_start = [number for number, text in enumerate(pages) if f"Awal{n:03d}" in text]
        with_end = [number for number, text in enumerate(pages) if f"Akhir{n:03d}" in text]
        assert with_start == with_end and len(with_start) == 1, n


def test_a_row_taller_than_a_page_continues_on_the_next_pages() -> None:
    words = [f"kata{k:03d}" for k in range(1, 451)]
    data = _rows({3: " ".join(words)}, 6)
    pdf = render_register_pdf(data, F4)
    pages = page_texts(pdf)
    assert len(pages) >= 3
    everything = squashed("".join(pages))
    positions = [everything.find(word) for word in words]
    assert all(at >= 0 for at in positions)  # no word lost
    assert positions == sorted(positions)  # and in order
    for number, text in enumerate(pages, start=1):
        assert "Nomor agenda" in text
        assert f"Halaman {number} dari {len(pages)}" in text
    assert all(squashed(row.nomor_agenda) in everything for row in data.rows)
    tall = squashed(data.rows[2].nomor_agenda)
    assert sum(tall in squashed(text) for text in pages) >= 2  # each piece names its row
    # Nothing drawn in the bottom margin but the footer (14 pt up): no line is clipped.
    assert all(height >= REPORT_MARGINS.bottom or height == 14.0 for height in _text_heights(pdf))


def test_table_splits_between_rows() -> None:
    renderer = RegisterRenderer(_rows({2: " ".join(["panjang"] * 60)}, 3))
    table = renderer._table()
    assert isinstance(table, RegisterTable)
    heights = [row.height for row in table.rows]
    assert heights[1] > heights[0]
    room = table.header.height + heights[0] + heights[1] / 2
    first, rest = table.split(renderer.frame_width, room)
    assert first.wrap(renderer.frame_width, room)[1] == table.header.height + heights[0]
    assert rest.wrap(renderer.frame_width, 1000)[1] == table.header.height + sum(heights[1:])
    assert table.split(renderer.frame_width, table.header.height + 1) == []
