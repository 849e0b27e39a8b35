"""``report register`` and ``report recap``: the Buku Registrasi and the monthly recap.

The grammar is built at every start, so this module imports only :mod:`argparse`; the database
and ReportLab load when a report command runs. The user logs in like ``case`` commands do
(``--user`` and the PIN from ``MEJA_PENGADUAN_PIN``); a pimpinan sees *rahasia* complainants
masked, and ``--pimpinan`` masks them whoever prints.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

SUFFIXES = (".pdf", ".xlsx")


class ReportInputError(Exception):
    """Input the user can fix; the message says how (in Indonesian)."""


def add_report_commands(commands: Any) -> None:
    """Register ``report register`` and ``report recap`` on the top-level subparsers."""
    report = commands.add_parser("report", help="cetak buku registrasi atau rekap bulanan")
    report.add_argument("--user", help="nama pengguna (PIN dari MEJA_PENGADUAN_PIN)")
    sub = report.add_subparsers(dest="report_command", metavar="PERINTAH", required=True)

    register = sub.add_parser("register", help="Buku Registrasi Pengaduan satu periode")
    register.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    register.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    register.add_argument("-o", "--output", required=True, metavar="KELUARAN.pdf|xlsx")
    register.add_argument("--paper", choices=["A4", "F4"], default="A4", help="ukuran kertas")
    register.add_argument(
        "--pimpinan",
        action="store_true",
        help="salinan untuk pimpinan: nama pelapor yang dirahasiakan disamarkan",
    )

    recap = sub.add_parser("recap", help="rekap pengaduan satu bulan")
    recap.add_argument("--month", required=True, metavar="YYYY-MM")
    recap.add_argument("-o", "--output", required=True, metavar="KELUARAN.pdf|xlsx")
    recap.add_argument("--paper", choices=["A4", "F4"], default="A4", help="ukuran kertas")


def parse_day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ReportInputError(
            f"{option}: tanggal '{text}' tidak dikenal; tulis seperti 2026-03-31."
        ) from None


def parse_month(text: str) -> tuple[int, int]:
    found = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
    if found is None or not 1 <= int(found.group(2)) <= 12:
        raise ReportInputError(f"--month: bulan '{text}' tidak dikenal; tulis seperti 2026-11.")
    return int(found.group(1)), int(found.group(2))


def output_path(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() not in SUFFIXES:
        raise ReportInputError("Keluaran harus berakhiran .pdf atau .xlsx.")
    if not path.parent.is_dir():
        raise ReportInputError(f"Folder '{path.parent}' tidak ada; buat dulu atau pilih yang lain.")
    return path


def run_report(args: argparse.Namespace, data_dir: Path) -> int:
    """Run a ``report`` command; messages in Indonesian, no tracebacks."""
    try:
        target = output_path(args.output)
        if args.report_command == "register":
            start = parse_day(args.start, "--from")
            end = parse_day(args.end, "--to")
            if end < start:
                raise ReportInputError("--to tidak boleh sebelum --from.")
            month: tuple[int, int] | None = None
        else:
            month = parse_month(args.month)
    except ReportInputError as error:
        print(error, file=sys.stderr)
        return 1

    from desktop.cli_cases import _login
    from desktop.documents.paper import PAPERS
    from desktop.documents.reports import recap_data, register_data
    from desktop.models.database import MigrationError
    from desktop.models.desk import Desk
    from desktop.models.problems import NotAllowedError

    try:
        desk = Desk(data_dir)
    except MigrationError as error:
        print(error, file=sys.stderr)
        return 2
    try:
        viewer = _login(desk, args.user)
        paper = PAPERS[args.paper]
        pdf = target.suffix.lower() == ".pdf"
        if month is None:
            register = register_data(desk, start, end, viewer, masked_for_pimpinan=args.pimpinan)
            if pdf:
                from desktop.documents.register import render_register_pdf

                content = render_register_pdf(register, paper)
            else:
                from desktop.documents.xlsx import register_xlsx

                content = register_xlsx(register)
            described = f"{len(register.rows)} pengaduan"
        else:
            recap = recap_data(desk, *month)
            if pdf:
                from desktop.documents.recap import render_recap_pdf

                content = render_recap_pdf(recap, paper)
            else:
                from desktop.documents.xlsx import recap_xlsx

                content = recap_xlsx(recap)
            described = f"{sum(recap.by_channel.values())} pengaduan diterima"
    except NotAllowedError as error:
        print(error, file=sys.stderr)
        return 1
    finally:
        desk.close()
    try:
        target.write_bytes(content)
    except OSError as error:
        print(f"Berkas '{target}' tidak dapat ditulis: {error.strerror}", file=sys.stderr)
        return 1
    print(f"Ditulis: {target} ({described})")
    return 0
