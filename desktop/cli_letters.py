"""Headless twin of the letter editor and the document printer: ``letter ...`` and ``doc render``.

``letter draft`` saves a letter (or, with ``--letter``, its next version) filled from the office
template and prints its nomor surat; ``letter list`` shows a case's letters and versions;
``letter sent`` marks one sent. ``doc render KIND`` writes any document of the catalogue
(disposisi, tanda-terima, arsip, surat, tembusan) to a PDF. Commands act as a user, like
``case ...``. The grammar is built without loading the database layer.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.models.accounts import User
    from desktop.models.desk import Desk

KINDS = ("balasan", "terlapor", "penerusan")
SIFAT = ("sangat-segera", "segera", "biasa", "rahasia")
DOCUMENT_KINDS = ("disposisi", "tanda-terima", "arsip", "surat", "tembusan")


def add_letter_commands(commands: Any) -> None:
    """Register ``letter`` and ``doc`` on the top-level subparsers."""
    letter = commands.add_parser("letter", help="surat dinas sebuah pengaduan")
    letter.add_argument("--user", help="nama pengguna (PIN dari MEJA_PENGADUAN_PIN)")
    sub = letter.add_subparsers(dest="letter_command", metavar="PERINTAH", required=True)

    draft = sub.add_parser("draft", help="simpan konsep surat; mencetak nomor surat")
    draft.add_argument("id", help="id atau nomor agenda pengaduan")
    draft.add_argument("--kind", required=True, choices=KINDS, help="jenis surat")
    draft.add_argument("--letter", help="id atau nomor surat: simpan versi berikutnya")
    draft.add_argument("--hal", help="hal surat (bawaan: dari templat)")
    draft.add_argument("--to", action="append", metavar="BARIS", help="baris alamat 'Yth.'")
    draft.add_argument("--di", help="tempat di bawah 'di' (bawaan: Tempat)")
    draft.add_argument("--body-file", metavar="BERKAS", help="isi surat dari berkas teks")
    draft.add_argument("--tembusan", action="append", metavar="NAMA", help="penerima tembusan")
    draft.add_argument("--signatory", metavar="NAMA", help="nama pejabat penandatangan")
    draft.add_argument("--hasil", default="", help="hasil pemeriksaan / tindak lanjut")
    draft.add_argument("--instansi", default="", help="instansi tujuan (penerusan)")
    draft.add_argument("--sifat", choices=SIFAT, help="sifat surat (bawaan: biasa)")
    draft.add_argument("--lampiran", help="lampiran, misalnya '1 (satu) berkas'")
    draft.add_argument("--date", help="tanggal surat YYYY-MM-DD (bawaan: hari ini)")
    draft.add_argument("--json", action="store_true")

    listing = sub.add_parser("list", help="surat sebuah pengaduan dengan versinya")
    listing.add_argument("id")
    listing.add_argument("--json", action="store_true")

    sent = sub.add_parser("sent", help="tandai surat sudah dikirim")
    sent.add_argument("id")
    sent.add_argument("letter", help="id atau nomor surat")
    sent.add_argument("--on", required=True, help="tanggal kirim YYYY-MM-DD")

    doc = commands.add_parser("doc", help="cetak dokumen pengaduan ke PDF")
    doc.add_argument("--user", help="nama pengguna (PIN dari MEJA_PENGADUAN_PIN)")
    doc_sub = doc.add_subparsers(dest="doc_command", metavar="PERINTAH", required=True)
    render = doc_sub.add_parser("render", help="tulis satu dokumen ke berkas PDF")
    render.add_argument(
        "kind", choices=DOCUMENT_KINDS, metavar="JENIS", help=", ".join(DOCUMENT_KINDS)
    )
    render.add_argument("--case", required=True, help="id atau nomor agenda pengaduan")
    render.add_argument("-o", "--output", required=True, metavar="KELUARAN.pdf")
    render.add_argument("--letter", help="id atau nomor surat (surat, tembusan)")
    render.add_argument("--version", type=int, help="versi surat (bawaan: terakhir)")
    render.add_argument("--paper", help="A4, F4 atau half-folio (bawaan sesuai dokumen)")
    render.add_argument("--draft", action="store_true", help="beri tanda KONSEP (surat)")


def run_letters(args: argparse.Namespace, data_dir: Path) -> int:
    """Run ``letter ...`` or ``doc render``; messages in Indonesian, no tracebacks."""
    from desktop.cli_cases import _login
    from desktop.models.database import MigrationError
    from desktop.models.desk import Desk
    from desktop.models.problems import InputError, NotAllowedError

    try:
        desk = Desk(data_dir)
    except MigrationError as error:
        print(error, file=sys.stderr)
        return 2
    try:
        actor = _login(desk, args.user)
        if args.command == "doc":
            return _render(desk, actor, args)
        command = {"draft": _draft, "list": _list, "sent": _sent}[args.letter_command]
        return command(desk, actor, args)
    except InputError as error:
        for field, message in error.problems.items():
            print(f"{field}: {message}", file=sys.stderr)
        return 1
    except NotAllowedError as error:
        print(error, file=sys.stderr)
        return 1
    finally:
        desk.close()


def _day(text: str | None, field: str) -> date | None:
    from desktop.models.problems import InputError

    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError.single(field, f"Tanggal '{text}' tidak valid; tulis 2026-03-17.") from None


def _signatory(desk: Desk, name: str) -> str:
    from desktop.models.problems import NotAllowedError

    officials = desk.officials()
    for user in officials:
        if user.name.casefold() == name.casefold():
            return user.user_id
    known = ", ".join(f"{u.name} ({u.jabatan})" for u in officials) or "belum ada"
    raise NotAllowedError(f"Pejabat '{name}' tidak ada. Pejabat penandatangan: {known}.")


def _draft(desk: Desk, actor: User, args: argparse.Namespace) -> int:
    from desktop.cli_cases import _case_id
    from desktop.models.problems import InputError

    case_id = _case_id(desk, args.id)
    signatory = _signatory(desk, args.signatory) if args.signatory else ""
    letter_id = None
    if args.letter:
        letter = desk.letter(case_id, args.letter)
        letter_id = letter.letter_id
        form = letter.latest.form()
        if signatory:
            form = replace(form, penandatangan=signatory)
    else:
        form = desk.default_letter_form(
            case_id,
            args.kind,
            actor,
            hasil=args.hasil,
            instansi=args.instansi,
            penandatangan=signatory,
            tanggal=_day(args.date, "tanggal"),
        )
    changes: dict[str, Any] = {}
    if args.hal is not None:
        changes["hal"] = args.hal
    if args.to:
        changes["kepada"] = tuple(args.to)
    if args.di is not None:
        changes["di"] = args.di
    if args.tembusan:
        changes["tembusan"] = tuple(args.tembusan)
    if args.sifat:
        changes["sifat"] = args.sifat
    if args.lampiran is not None:
        changes["lampiran"] = args.lampiran
    if args.date and letter_id:
        changes["tanggal"] = _day(args.date, "tanggal")
    if args.body_file:
        try:
            changes["body"] = Path(args.body_file).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise InputError.single(
                "body", f"Berkas isi surat tidak dapat dibaca: {error}"
            ) from None
    change = desk.draft_letter(actor, case_id, replace(form, **changes), letter_id)
    saved = desk.letter(case_id, change.letter_id)
    if args.json:
        print(
            json.dumps(
                {
                    "letter_id": change.letter_id,
                    "nomor": change.nomor_surat,
                    "version": saved.latest.version,
                }
            )
        )
    else:
        print(change.nomor_surat)
        print(
            f"Versi {saved.latest.version} disimpan (id surat {change.letter_id}).", file=sys.stderr
        )
    return 0


def _list(desk: Desk, actor: User, args: argparse.Namespace) -> int:
    from desktop.cli_cases import _case_id

    letters = desk.letters(_case_id(desk, args.id))
    if args.json:
        data = [
            {
                "letter_id": letter.letter_id,
                "kind": letter.kind,
                "nomor": letter.nomor,
                "sent_on": letter.sent_on.isoformat() if letter.sent_on else None,
                "versions": [
                    {
                        "version": v.version,
                        "hal": v.hal,
                        "tanggal": v.tanggal.isoformat(),
                        "kepada": list(v.kepada),
                        "tembusan": list(v.tembusan),
                        "penandatangan": v.penandatangan.nama,
                        "at": v.at.isoformat(),
                    }
                    for v in letter.versions
                ],
            }
            for letter in letters
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for letter in letters:
        latest = letter.latest
        state = f"dikirim {letter.sent_on:%d-%m-%Y}" if letter.sent_on else "konsep"
        print(
            f"{letter.nomor}\t{latest.kind_label}\tversi {latest.version}\t{state}\t{latest.hal}"
            f"\t{letter.letter_id}"
        )
    print(f"{len(letters)} surat.", file=sys.stderr)
    return 0


def _sent(desk: Desk, actor: User, args: argparse.Namespace) -> int:
    from desktop.cli_cases import _case_id

    case_id = _case_id(desk, args.id)
    letter = desk.letter(case_id, args.letter)
    sent_on = _day(args.on, "sent_on")
    assert sent_on is not None
    desk.mark_letter_sent(actor, case_id, letter.letter_id, sent_on)
    print(f"Surat {letter.nomor} ditandai terkirim.")
    return 0


def _render(desk: Desk, actor: User, args: argparse.Namespace) -> int:
    from desktop.cli_cases import _case_id
    from desktop.documents.catalog import KINDS, renderer

    case_id = _case_id(desk, args.case)
    options: dict[str, object] = {}
    if args.paper:
        options["paper"] = args.paper
    if args.kind in {"surat", "tembusan"}:
        options.update(letter_id=args.letter, version=args.version, draft=args.draft)
    try:
        render = renderer(args.kind)
    except (ImportError, AttributeError):
        print(f"{KINDS[args.kind][0]} belum dapat dicetak oleh versi ini.", file=sys.stderr)
        return 1
    try:
        document = render(desk, case_id, actor, **options)
    except KeyError as error:  # an unknown paper size, with its Indonesian message
        print(error.args[0] if error.args else error, file=sys.stderr)
        return 2
    target = Path(args.output)
    try:
        target.write_bytes(document.pdf)
    except OSError as error:
        print(f"Berkas '{target}' tidak dapat ditulis: {error}", file=sys.stderr)
        return 1
    print(f"PDF ditulis: {target} ({document.title})")
    return 0
