"""The command-line grammar of ``setup``, ``case ...`` and ``rebuild``.

Kept apart from :mod:`desktop.cli_cases` so that building the parser at every start does not
load the database layer; the commands themselves import it when they run.
"""

from __future__ import annotations

from typing import Any

from desktop.models.vocabulary import Channel, Instruksi, Outcome, Sifat


def add_commands(commands: Any) -> None:
    """Register ``setup``, ``case`` and ``rebuild`` on the top-level subparsers."""
    setup = commands.add_parser("setup", help="penyiapan awal PC ini tanpa jendela")
    setup.add_argument("--pemerintah", required=True)
    setup.add_argument("--dinas", required=True, help="nama dinas")
    for name in ("alamat", "telepon", "email", "website", "kota"):
        setup.add_argument(f"--{name}", default="")
    setup.add_argument("--device", required=True, help="kode PC ini, misalnya TU1")
    setup.add_argument("--admin-name", required=True)
    setup.add_argument("--admin-nip", default="")
    setup.add_argument("--admin-jabatan", default="")
    setup.add_argument("--admin-pangkat", default="")
    setup.add_argument("--sop", required=True, help="id SOP bawaan atau berkas .yaml")
    setup.add_argument("--agenda-format", default="ADU/{tahun}/{perangkat}/{nomor:04d}")

    commands.add_parser("rebuild", help="bangun ulang semua tabel dari log peristiwa")

    case = commands.add_parser("case", help="pengaduan")
    case.add_argument("--user", help="nama pengguna (PIN dari MEJA_PENGADUAN_PIN)")
    sub = case.add_subparsers(dest="case_command", metavar="PERINTAH", required=True)

    add = sub.add_parser("add", help="catat pengaduan baru; mencetak nomor agenda")
    add.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    add.add_argument("--received", help="waktu diterima, ISO (bawaan: sekarang)")
    add.add_argument("--pelapor", default="")
    add.add_argument("--kontak", default="")
    add.add_argument("--alamat", default="")
    add.add_argument("--nik", default="")
    add.add_argument("--anonim", action="store_true")
    add.add_argument("--rahasia", action="store_true")
    add.add_argument("--terlapor", default="")
    add.add_argument("--perihal", required=True)
    add.add_argument("--isi", required=True)
    add.add_argument("--bidang", default="")
    add.add_argument("--surat-nomor", default="")
    add.add_argument("--surat-tanggal", help="YYYY-MM-DD")
    add.add_argument("--surat-asal", default="")
    add.add_argument("--lapor", default="", help="nomor pelacakan LAPOR!")
    add.add_argument("--attach", action="append", default=[], metavar="BERKAS")
    add.add_argument("--json", action="store_true")

    listing = sub.add_parser("list", help="daftar pengaduan")
    listing.add_argument("--search", default="")
    listing.add_argument("--overdue", action="store_true")
    listing.add_argument("--due-today", action="store_true")
    listing.add_argument("--status", action="append", default=[])
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--json", action="store_true")

    show = sub.add_parser("show", help="rincian satu pengaduan")
    show.add_argument("id", help="id atau nomor agenda")
    show.add_argument("--json", action="store_true")

    advance = sub.add_parser("advance", help="selesaikan langkah saat ini")
    advance.add_argument("id")
    advance.add_argument("--branch", default="")
    advance.add_argument("--note", default="")
    advance.add_argument("--at", help="waktu pelaksanaan, ISO (bawaan: sekarang)")
    advance.add_argument("--reason", default="", help="alasan bila dicatat mundur")
    advance.add_argument("--on-behalf", default="")

    dispose = sub.add_parser("dispose", help="catat disposisi")
    dispose.add_argument("id")
    dispose.add_argument("--dari", required=True)
    dispose.add_argument("--to", action="append", required=True, metavar="KEPADA")
    dispose.add_argument("--sifat", default=Sifat.BIASA.value, choices=[s.value for s in Sifat])
    dispose.add_argument(
        "--instruksi", action="append", default=[], choices=[i.value for i in Instruksi]
    )
    dispose.add_argument("--catatan", default="")
    dispose.add_argument("--batas", help="batas waktu YYYY-MM-DD")

    for name, helptext in (("pause", "jeda"), ("resume", "lanjutkan")):
        command = sub.add_parser(name, help=helptext)
        command.add_argument("id")
        command.add_argument("--reason", default="")
    close = sub.add_parser("close", help="tutup pengaduan")
    close.add_argument("id")
    close.add_argument("--outcome", required=True, choices=[o.value for o in Outcome])
    close.add_argument("--note", default="")
    reopen = sub.add_parser("reopen", help="buka kembali")
    reopen.add_argument("id")
    reopen.add_argument("--reason", required=True)
