"""The workbooks read back: header, rows, frozen pane, filter, and complainant text kept as text."""

from __future__ import annotations

import io
from datetime import date, datetime

from openpyxl import load_workbook

from desktop.documents.data import Letterhead, RecapData, RegisterData, RegisterRow
from desktop.documents.xlsx import recap_xlsx, register_xlsx

KOP = Letterhead("Pemerintah Kabupaten Belitung", "Dinas Kesehatan")
TRICKS = ['=HYPERLINK("http://contoh.invalid","klik")', "+62812", "-", "@x", "  =1+1"]


def row(n: int, pelapor: str = "Budi", perihal: str = "Antrean lama") -> RegisterRow:
    return RegisterRow(
        nomor_agenda=f"ADU/2026/TU1/{n:04d}",
        diterima=datetime(2026, 3, 1 + n % 28, 9, 30),
        saluran="WhatsApp",
        pelapor=pelapor,
        perihal=perihal,
        bidang="P2P",
        posisi="Bag. Tata Usaha",
        status="Terbuka",
        batas_waktu=datetime(2026, 3, 31, 16),
    )


def test_register_workbook_has_header_rows_and_text_only_cells() -> None:
    rows = [row(n) for n in range(1, 21)]
    rows += [row(21 + i, pelapor=trick, perihal=trick) for i, trick in enumerate(TRICKS)]
    data = RegisterData(KOP, date(2026, 3, 1), date(2026, 3, 31), tuple(rows))
    sheet = load_workbook(io.BytesIO(register_xlsx(data))).active
    header_row = next(r for r in sheet.iter_rows() if r[0].value == "No")
    header = [cell.value for cell in header_row]
    assert header[:3] == ["No", "Nomor agenda", "Diterima"]
    assert all(cell.font.bold for cell in header_row)
    first = header_row[0].row
    assert sheet.freeze_panes == f"A{first + 1}"
    assert sheet.auto_filter.ref == f"A{first}:J{first + len(rows)}"
    assert sheet.column_dimensions["F"].width >= 40
    body = list(sheet.iter_rows(min_row=first + 1))
    assert len(body) == len(rows)
    assert body[0][1].value == "ADU/2026/TU1/0001"
    assert body[0][2].value == datetime(2026, 3, 2, 9, 30)
    for cells, trick in zip(body[-len(TRICKS) :], TRICKS, strict=True):
        for cell in (cells[4], cells[5]):  # pelapor and perihal
            assert cell.data_type == "s"
            assert cell.value == trick
    assert "BUKU REGISTRASI PENGADUAN" in str(sheet["A1"].value)


def test_recap_workbook_has_one_sheet_per_table() -> None:
    data = RecapData(
        KOP,
        2026,
        11,
        by_channel={"Surat": 3, "WhatsApp": 5},
        by_bidang={"=P2P": 8},
        by_status={"Terbuka": 6, "Ditutup": 2},
        by_outcome={"Selesai": 2},
        on_time={"Bag. Tata Usaha": (3, 4)},
    )
    book = load_workbook(io.BytesIO(recap_xlsx(data)))
    assert book.sheetnames == ["Saluran", "Bidang", "Status", "Hasil", "Ketepatan waktu"]
    values = [[cell.value for cell in r] for r in book["Saluran"].iter_rows()]
    assert ["Surat", 3, "37,5%"] in values
    assert ["Jumlah", 8, "100,0%"] in values
    bidang = [c for r in book["Bidang"].iter_rows() for c in r if c.value == "=P2P"]
    assert bidang and bidang[0].data_type == "s"
    timing = [[cell.value for cell in r] for r in book["Ketepatan waktu"].iter_rows()]
    assert ["Bag. Tata Usaha", 4, 3, 1, "75,0%"] in timing
