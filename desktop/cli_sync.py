"""Headless twin of the Sinkronisasi menu: ``office create|join|card`` and ``sync --once``.

Messages are in Indonesian and say what to do; an unreachable shared folder exits with 1 and
leaves this PC's data as it was (the next round catches up).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.models.desk import Desk
from desktop.models.problems import InputError, NotAllowedError
from desktop.sync.office_key import JoinCodeError
from desktop.sync.shared_folder import ShareUnavailableError


def run_sync(args: argparse.Namespace, data_dir: Path) -> int:
    """Run ``office ...`` or ``sync``; returns the exit code."""
    desk = Desk(data_dir)
    try:
        if args.command == "sync":
            if not args.once:
                print("Tulis 'sync --once' untuk satu putaran sinkronisasi.", file=sys.stderr)
                return 2
            return _sync(desk, snapshot_now=args.snapshot)
        if args.office_command == "create":
            return _create(desk, Path(args.share), args.card)
        if args.office_command == "join":
            return _join(desk, args.code, Path(args.share), args.device)
        return _card(desk, Path(args.output))
    except InputError as error:
        for field, message in error.problems.items():
            print(f"{field}: {message}", file=sys.stderr)
        return 1
    except (NotAllowedError, JoinCodeError, ShareUnavailableError) as error:
        print(error, file=sys.stderr)
        return 1
    finally:
        desk.close()


def _sync(desk: Desk, *, snapshot_now: bool) -> int:
    from desktop.sync.exchange import sync_round

    report = sync_round(desk, snapshot_now=snapshot_now)
    print(report.summary())
    if report.snapshot_published:
        print(f"  snapshot/{report.snapshot_published}")
    for line in [*report.retried, *report.quarantined, *report.clock_warnings]:
        print(f"  {line}")
    return 0


def _create(desk: Desk, share: Path, card: str | None) -> int:
    from desktop.sync.exchange import create_office
    from desktop.sync.shared_folder import check_share

    if not desk.is_set_up:
        raise NotAllowedError(
            "PC ini belum disiapkan: jalankan 'setup' dulu, atau 'office join' untuk "
            "bergabung ke kantor yang sudah ada."
        )
    check_share(share)
    key = create_office(desk, share)
    print(key.join_code())
    if card:
        return _card(desk, Path(card))
    return 0


def _join(desk: Desk, code: str, share: Path, device: str) -> int:
    from desktop.sync.joining import join_this_pc

    report = join_this_pc(desk, code, share, device)
    print(f"PC {desk.device().device_code} bergabung ke kantor. {report.summary()}")
    if not desk.is_set_up:
        print(
            "Data kantor belum lengkap (PC pertama belum sinkron?); jalankan 'sync --once' "
            "lagi nanti.",
            file=sys.stderr,
        )
    return 0


def _card(desk: Desk, output: Path) -> int:
    from desktop.documents.join_card import card_for

    document = card_for(desk)
    try:
        output.write_bytes(document.pdf)
    except OSError as error:
        print(f"Kartu tidak dapat ditulis ke '{output}': {error}", file=sys.stderr)
        return 1
    print(f"Kartu bergabung ditulis: {output} (RAHASIA — simpan di tempat aman)")
    return 0
