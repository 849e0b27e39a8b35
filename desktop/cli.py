"""Command line: starts the app, and the headless twin of what the app does to data.

``meja-pengaduan`` with no command opens the window; ``sop validate``, ``sop render`` and
``--selftest`` run without one, for scripts, tests and CI.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from desktop import APP_SLUG, __version__
from desktop.paths import ENV_DATA_DIR, DataDirError, resolve_data_dir

if TYPE_CHECKING:
    from desktop.models.sop import Sop

log = logging.getLogger(__name__)


class _NeedsFullGrammarError(Exception):
    """The command line needs the full grammar (a command, help, or a mistake to explain)."""


class _OptionsOnlyParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NeedsFullGrammarError(message)


def _window_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of a plain start of the window, or None when ``argv`` holds more.

    The full grammar imports every command's module, which a plain start would wait for.
    """
    parser = _OptionsOnlyParser(prog=APP_SLUG, add_help=False)
    _add_options(parser)
    parser.set_defaults(command=None)
    try:
        args, rest = parser.parse_known_args(argv)
    except _NeedsFullGrammarError:
        return None
    return None if rest else args


def _add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="FOLDER",
        help=f"folder data (juga lewat variabel lingkungan {ENV_DATA_DIR})",
    )
    parser.add_argument("--lang", choices=["id", "en"], help="bahasa tampilan (id atau en)")
    parser.add_argument(
        "--sop", metavar="BERKAS", action="append", default=[], help="berkas SOP tambahan (.yaml)"
    )
    parser.add_argument(
        "--selftest", action="store_true", help="uji kelengkapan instalasi lalu keluar"
    )
    parser.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_SLUG,
        description="Meja Pengaduan: penanganan pengaduan masyarakat sesuai SOP kantor.",
    )
    _add_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH")

    sop = commands.add_parser("sop", help="periksa atau cetak berkas SOP")
    sop_commands = sop.add_subparsers(dest="sop_command", metavar="PERINTAH", required=True)
    validate = sop_commands.add_parser("validate", help="periksa berkas SOP")
    validate.add_argument("paths", nargs="+", metavar="BERKAS")
    render = sop_commands.add_parser("render", help="cetak SOP ke PDF atau PNG")
    render.add_argument("path", metavar="BERKAS_ATAU_ID", help="berkas .yaml atau id SOP bawaan")
    render.add_argument("-o", "--output", required=True, metavar="KELUARAN.pdf|png")
    render.add_argument("--paper", choices=["A4", "F4"], default="A4", help="ukuran kertas PDF")

    from desktop.cli_case_parser import add_commands

    add_commands(commands)
    from desktop.cli_sync_parser import add_sync_commands

    add_sync_commands(commands)
    from desktop.cli_reports import add_report_commands

    add_report_commands(commands)
    from desktop.cli_letters import add_letter_commands

    add_letter_commands(commands)
    return parser


def _sop_file_text(reference: str) -> tuple[str, str]:
    """``(name, text)`` of an SOP given as a .yaml path or a bundled id."""
    from desktop.models.sop_loader import bundled_template_files

    path = Path(reference)
    if path.suffix.lower() in {".yaml", ".yml"} or path.exists():
        try:
            return path.name, path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise SystemExit(f"Berkas SOP '{reference}' tidak dapat dibaca: {error}") from None
    for entry in bundled_template_files():
        if entry.name.rsplit(".", 1)[0] == reference:
            return entry.name, entry.read_text(encoding="utf-8")
    names = ", ".join(entry.name.rsplit(".", 1)[0] for entry in bundled_template_files())
    raise SystemExit(f"SOP '{reference}' tidak ditemukan. SOP bawaan: {names}")


def _load_for_render(reference: str) -> Sop:
    from desktop.models.sop_loader import bundled_template_files, load_sop

    path = Path(reference)
    if path.suffix.lower() in {".yaml", ".yml"} or path.exists():
        return load_sop(path)
    for entry in bundled_template_files():
        if entry.name.rsplit(".", 1)[0] == reference:
            return load_sop(entry)
    names = ", ".join(entry.name.rsplit(".", 1)[0] for entry in bundled_template_files())
    raise SystemExit(f"SOP '{reference}' tidak ditemukan. SOP bawaan: {names}")


def cmd_sop_validate(paths: Sequence[str]) -> int:
    from desktop.models.sop_loader import SopError, load_sop

    failed = 0
    for name in paths:
        try:
            sop = load_sop(Path(name))
        except SopError as error:
            failed += 1
            print(error, file=sys.stderr)
            continue
        print(f"OK {name}: {sop.title} — {len(sop.steps)} langkah, {len(sop.lanes)} lajur")
    if failed:
        print(f"{failed} dari {len(paths)} berkas SOP bermasalah.", file=sys.stderr)
    return 1 if failed else 0


def cmd_sop_render(reference: str, output: str, paper_name: str) -> int:
    from desktop.flowchart.geometry import PAPERS
    from desktop.flowchart.layout import layout_sop
    from desktop.models.sop_loader import SopError

    try:
        sop = _load_for_render(reference)
    except SopError as error:
        print(error, file=sys.stderr)
        return 1
    target = Path(output)
    suffix = target.suffix.lower()
    if suffix == ".pdf":
        from desktop.documents.sop_document import render_sop_pdf

        target.write_bytes(render_sop_pdf(sop, PAPERS[paper_name]))
        print(f"PDF ditulis: {target}")
    elif suffix == ".png":
        from desktop.views.swimlane_painter import render_layout_png

        for written in render_layout_png(layout_sop(sop), target):
            print(f"PNG ditulis: {written}")
    else:
        print("Keluaran harus berakhiran .pdf atau .png", file=sys.stderr)
        return 2
    return 0


def cmd_selftest() -> int:
    from desktop.selftest import format_results, run_selftest

    results = run_selftest()
    print(format_results(results))
    return 0 if all(result.ok for result in results) else 1


def main(argv: Sequence[str] | None = None) -> int:
    args = _window_options(sys.argv[1:] if argv is None else argv)
    if args is None:
        args = build_parser().parse_args(argv)
    if args.command == "sop":
        if args.sop_command == "validate":
            return cmd_sop_validate(args.paths)
        return cmd_sop_render(args.path, args.output, args.paper)
    if args.selftest:
        return cmd_selftest()
    try:
        data_dir = resolve_data_dir(args.data_dir)
    except DataDirError as error:
        print(error, file=sys.stderr)
        return 2
    if args.command in {"setup", "case", "rebuild"}:
        from desktop.cli_cases import run
        from desktop.models.database import MigrationError

        try:
            return run(args, data_dir)
        except MigrationError as error:
            print(error, file=sys.stderr)
            return 2
    if args.command in {"letter", "doc"}:
        from desktop.cli_letters import run_letters

        return run_letters(args, data_dir)
    if args.command in {"office", "sync"}:
        from desktop.cli_sync import run_sync
        from desktop.models.database import MigrationError

        try:
            return run_sync(args, data_dir)
        except MigrationError as error:
            print(error, file=sys.stderr)
            return 2
    if args.command == "report":
        from desktop.cli_reports import run_report

        return run_report(args, data_dir)
    from desktop.logs import setup_logging

    setup_logging(data_dir, rotate=False)  # the window rotates it once it is up
    log.info("Meja Pengaduan %s dimulai, folder data %s", __version__, data_dir)
    from desktop.views.app import run_gui

    return run_gui(
        [sys.argv[0]],
        data_dir=data_dir,
        language=args.lang,
        sop_paths=[Path(p) for p in args.sop],
        quit_when_shown=args.quit_when_shown,
    )
