"""The command-line grammar of ``office ...`` and ``sync``.

Kept apart from :mod:`desktop.cli_sync` so that building the parser at every start does not
load the database or sync layers; the commands import them when they run.
"""

from __future__ import annotations

from typing import Any


def add_sync_commands(commands: Any) -> None:
    """Register ``office create|join|card`` and ``sync`` on the top-level subparsers."""
    office = commands.add_parser("office", help="kantor dan folder bersama (sinkronisasi)")
    sub = office.add_subparsers(dest="office_command", metavar="PERINTAH", required=True)

    create = sub.add_parser(
        "create", help="jadikan PC ini PC pertama kantor; mencetak kode bergabung"
    )
    create.add_argument("--share", required=True, metavar="FOLDER", help="folder bersama")
    create.add_argument("--card", metavar="KARTU.pdf", help="tulis juga kartu bergabung")

    join = sub.add_parser("join", help="gabungkan PC ini ke kantor yang sudah ada")
    join.add_argument("code", metavar="KODE", help="kode bergabung (MP1-...)")
    join.add_argument("--share", required=True, metavar="FOLDER", help="folder bersama")
    join.add_argument("--device", default="", help="kode PC ini bila baru, misalnya TU2")

    card = sub.add_parser("card", help="tulis kartu bergabung kantor ke PDF")
    card.add_argument("-o", "--output", required=True, metavar="KARTU.pdf")

    sync = commands.add_parser("sync", help="sinkronkan dengan folder bersama")
    sync.add_argument("--once", action="store_true", help="satu putaran lalu keluar")
    sync.add_argument(
        "--snapshot",
        action="store_true",
        help="tulis juga snapshot sekarang (sebelum menggabungkan PC baru ke kantor besar)",
    )
