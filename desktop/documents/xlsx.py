"""The register and the recap as Excel workbooks (openpyxl), for offices that keep their own sums.

Complainants write the text that ends up in these cells. openpyxl stores any string starting
with ``=`` as a formula, and spreadsheet programs treat ``+``, ``-`` and ``@`` as the start of
one when a cell is edited, so every text cell is written as a plain string cell with Excel's
"quote prefix" set: ``=HYPERLINK(...)`` from a complaint stays text, exactly as typed.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from desktop.documents.data import RecapData, RegisterData
from desktop.documents.dates import bulan_tahun, tanggal
from desktop.documents.recap import percent

FORMULA_STARTS = ("=", "+", "-", "@")
HEADER_FILL = PatternFill("solid", fgColor="D9E1EC")
BOLD = Font(bold=True)
REGISTER_COLUMNS: tuple[tuple[str, float], ...] = (
    ("No", 6),
    ("Nomor agenda", 22),
    ("Diterima", 17),
    ("Saluran", 16),
    ("Pelapor", 26),
    ("Perihal", 50),
    ("Bidang", 22),
    ("Posisi", 24),
    ("Status", 11),
    ("Batas waktu", 12),
)


def looks_like_formula(text: str) -> bool:
    return text.lstrip().startswith(FORMULA_STARTS)


def set_cell(sheet: Any, row: int, column: int, value: Any) -> Any:
    """Write ``value``; text is always a string cell, never a formula."""
    cell = sheet.cell(row=row, column=column)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
        if looks_like_formula(value):
            cell.quotePrefix = True
    elif isinstance(value, datetime):
        cell.number_format = "dd/mm/yyyy hh:mm"
    elif isinstance(value, date):
        cell.number_format = "dd/mm/yyyy"
    return cell


def _table_sheet(
    sheet: Any,
    titles: Iterable[str],
    header: tuple[tuple[str, float], ...],
    rows: Iterable[Iterable[Any]],
) -> None:
    """Title lines, a bold header row (frozen, with an autofilter), then the rows."""
    line = 0
    for line, title in enumerate(titles, start=1):
        set_cell(sheet, line, 1, title).font = BOLD if line == 1 else Font()
    first = line + 2 if line else 1
    for column, (name, width) in enumerate(header, start=1):
        cell = set_cell(sheet, first, column, name)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center")
        sheet.column_dimensions[get_column_letter(column)].width = width
    last = first
    for last, values in enumerate(rows, start=first + 1):
        for column, value in enumerate(values, start=1):
            set_cell(sheet, last, column, value)
    sheet.freeze_panes = sheet.cell(row=first + 1, column=1)
    sheet.auto_filter.ref = f"A{first}:{get_column_letter(len(header))}{max(last, first)}"


def _bytes(book: Any) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def register_xlsx(data: RegisterData) -> bytes:
    """One sheet "Register": kop and period on top, then one row per case."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Register"
    titles = [
        "BUKU REGISTRASI PENGADUAN",
        f"{data.kop.nama_dinas} — {data.kop.pemerintah}",
        f"Periode {tanggal(data.dari)} s.d. {tanggal(data.sampai)}",
    ]
    if data.masked_for_pimpinan:
        titles.append("Salinan untuk pimpinan: nama pelapor yang dirahasiakan disamarkan.")
    rows = (
        (
            number,
            row.nomor_agenda,
            row.diterima,
            row.saluran,
            row.pelapor,
            row.perihal,
            row.bidang,
            row.posisi,
            row.status,
            row.batas_waktu.date() if row.batas_waktu else None,
        )
        for number, row in enumerate(data.rows, start=1)
    )
    _table_sheet(sheet, titles, REGISTER_COLUMNS, rows)
    return _bytes(book)


def recap_xlsx(data: RecapData) -> bytes:
    """One sheet per table of the recap: Saluran, Bidang, Status, Hasil, Ketepatan waktu."""
    book = Workbook()
    month = bulan_tahun(data.year, data.month)
    heading = [f"REKAP PENGADUAN BULAN {month.upper()}", data.kop.nama_dinas]
    received = "Pengaduan yang diterima pada bulan ini"
    counts = (
        ("Saluran", data.by_channel, received),
        ("Bidang", data.by_bidang, received),
        ("Status", data.by_status, f"{received}, menurut status saat ini"),
        ("Hasil", data.by_outcome, "Pengaduan yang ditutup pada bulan ini"),
    )
    for index, (name, table, scope) in enumerate(counts):
        sheet = book.active if index == 0 else book.create_sheet()
        sheet.title = name
        total = sum(table.values())
        rows = [(key, count, percent(count, total)) for key, count in table.items()]
        rows.append(("Jumlah", total, percent(total, total)))
        _table_sheet(sheet, [*heading, scope], ((name, 34), ("Jumlah", 10), ("%", 10)), rows)
    sheet = book.create_sheet("Ketepatan waktu")
    on_time_rows = [
        (name, total, on_time, total - on_time, percent(on_time, total))
        for name, (on_time, total) in data.on_time.items()
    ]
    _table_sheet(
        sheet,
        [*heading, "Langkah SOP yang diselesaikan pada bulan ini (yang punya batas waktu)"],
        (
            ("Pelaksana", 34),
            ("Langkah selesai", 16),
            ("Tepat waktu", 13),
            ("Terlambat", 12),
            ("% tepat", 10),
        ),
        on_time_rows,
    )
    return _bytes(book)
