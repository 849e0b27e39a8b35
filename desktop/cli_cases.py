"""Headless twin of the case desk: ``setup``, ``case ...`` and ``rebuild`` for scripts and tests.

Commands act as a user: ``--user NAME`` (or the only admin) with the PIN from the environment
variable ``MEJA_PENGADUAN_PIN`` or, at a terminal, a hidden prompt.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.models.accounts import User, UserForm
from desktop.models.desk import CaseDetail, Desk, DispositionForm
from desktop.models.office import OfficeProfile
from desktop.models.problems import InputError, NotAllowedError
from desktop.models.queries import CaseQuery
from desktop.models.registration import ComplaintForm, PartyForm
from desktop.models.vocabulary import Role

PIN_VARIABLE = "MEJA_PENGADUAN_PIN"


def run(args: argparse.Namespace, data_dir: Path) -> int:
    """Run ``setup``, ``rebuild`` or ``case ...``; messages in Indonesian, no tracebacks."""
    desk = Desk(data_dir)
    try:
        if args.command == "setup":
            return _setup(desk, args)
        if args.command == "rebuild":
            print(f"Dibangun ulang: {desk.rebuild()} pengaduan.")
            return 0
        actor = _login(desk, args.user)
        return _CASE_COMMANDS[args.case_command](desk, actor, args)
    except InputError as error:
        for field, message in error.problems.items():
            print(f"{field}: {message}", file=sys.stderr)
        return 1
    except NotAllowedError as error:
        print(error, file=sys.stderr)
        return 1
    finally:
        desk.close()


def _pin(prompt: str) -> str:
    pin = os.environ.get(PIN_VARIABLE)
    if pin is not None:
        return pin
    if not sys.stdin.isatty():
        raise NotAllowedError(f"PIN tidak diberikan: isi variabel lingkungan {PIN_VARIABLE}.")
    return getpass.getpass(prompt)


def _setup(desk: Desk, args: argparse.Namespace) -> int:
    from desktop.cli import _sop_file_text

    sop_name, sop_text = _sop_file_text(args.sop)
    admin = desk.setup(
        office=OfficeProfile(
            args.pemerintah,
            args.dinas,
            alamat=args.alamat,
            telepon=args.telepon,
            email=args.email,
            website=args.website,
            kota=args.kota,
        ),
        device_code=args.device,
        admin=UserForm(
            args.admin_name,
            Role.ADMIN,
            pin=_pin("PIN admin baru: "),
            nip=args.admin_nip,
            jabatan=args.admin_jabatan,
            pangkat=args.admin_pangkat,
        ),
        sop_text=sop_text,
        sop_name=sop_name,
        agenda_format=args.agenda_format,
    )
    print(f"PC {args.device} siap. Admin: {admin.name}. SOP: {desk.active_sop().title}.")
    return 0


def _login(desk: Desk, name: str | None) -> User:
    users = desk.users()
    if name:
        matches = [user for user in users if user.name.casefold() == name.casefold()]
    else:
        matches = [user for user in users if user.role is Role.ADMIN][:1]
    if not matches:
        raise NotAllowedError(
            f"Pengguna '{name}' tidak ada. Pengguna: " + ", ".join(u.name for u in users)
        )
    return desk.authenticate(matches[0].user_id, _pin(f"PIN {matches[0].name}: "))


def _case_id(desk: Desk, reference: str) -> str:
    with desk.reading() as session:
        from sqlalchemy import or_, select

        from desktop.models.tables import CaseRow

        found = (
            session.execute(
                select(CaseRow.case_id).where(
                    or_(CaseRow.case_id == reference, CaseRow.nomor_agenda == reference)
                )
            )
            .scalars()
            .first()
        )
    if found is None:
        raise NotAllowedError(f"Pengaduan '{reference}' tidak ditemukan.")
    return str(found)


def _moment(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise InputError.single(
            "at", f"Waktu '{text}' tidak valid; tulis 2026-03-17T10:00."
        ) from None


def _day(text: str | None, field: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError.single(field, f"Tanggal '{text}' tidak valid; tulis 2026-03-17.") from None


def _add(desk: Desk, actor: User, args: argparse.Namespace) -> int:
    form = ComplaintForm(
        channel=args.channel,
        received_at=_moment(args.received) or desk.now().replace(microsecond=0),
        pelapor=PartyForm(
            args.pelapor, args.kontak, args.alamat, args.nik, args.anonim, args.rahasia
        ),
        terlapor=PartyForm(args.terlapor) if args.terlapor else None,
        perihal=args.perihal,
        isi=args.isi,
        bidang=args.bidang,
        letter_nomor=args.surat_nomor,
        letter_tanggal=_day(args.surat_tanggal, "letter_tanggal"),
        letter_asal=args.surat_asal,
        lapor_tracking=args.lapor,
        attachments=tuple(Path(path) for path in args.attach),
    )
    change = desk.register_complaint(actor, form)
    for warning in change.warnings:
        print(f"Peringatan: {warning}", file=sys.stderr)
    if args.json:
        print(json.dumps({"case_id": change.case_ids[0], "nomor_agenda": change.nomor_agenda}))
    else:
        print(change.nomor_agenda)
    return 0


def _list(desk: Desk, actor: User, args: argparse.Namespace) -> int:
    query = CaseQuery(
        statuses=frozenset(args.status),
        overdue=args.overdue,
        due_today=args.due_today,
        search=args.search,
    )
    rows = desk.list_cases(query, actor.role, limit=args.limit)
    if args.json:
        print(json.dumps([asdict(row) for row in rows], default=str, ensure_ascii=False))
        return 0
    for row in rows:
        due = f"{row.due_at:%d-%m-%Y %H:%M}" if row.due_at else "-"
        mark = " TERLAMBAT" if row.overdue else ""
        print(f"{row.nomor_agenda}\t{row.status}\t{due}{mark}\t{row.pelapor}\t{row.perihal}")
    print(f"{len(rows)} dari {desk.count_cases(query)} pengaduan.", file=sys.stderr)
    return 0


def detail_json(detail: CaseDetail) -> dict[str, Any]:
    state = detail.state
    step = detail.current_step
    return {
        "case_id": state.case_id,
        "nomor_agenda": state.nomor_agenda,
        "channel": state.channel,
        "received_at": state.received_at.isoformat(),
        "pelapor": detail.pelapor_display,
        "perihal": state.perihal,
        "isi": state.isi,
        "bidang": state.bidang,
        "status": state.status.value,
        "outcome": state.outcome,
        "sop": {"id": detail.sop.id, "revision": detail.sop.revision},
        "current_step": None
        if step is None
        else {
            "id": step.id,
            "number": step.number,
            "activity": step.activity,
            "lane": detail.sop.lane(step.lane).name,
            "started_at": state.step_started_at.isoformat() if state.step_started_at else None,
            "due_at": state.due_at.isoformat() if state.due_at else None,
            "overdue": detail.overdue,
            "branches": [b.label for b in step.next] if len(step.next) > 1 else [],
        },
        "deadlines": [
            {"name": d.name, "due_at": d.due_at.isoformat(), "passed": d.passed}
            for d in detail.deadlines
        ],
        "steps_done": [
            {
                "step_id": s.step_id,
                "branch": s.branch,
                "on_behalf_of": s.on_behalf_of,
                "done_at": s.done_at.isoformat(),
            }
            for s in state.steps_done
        ],
        "dispositions": [
            {"dari": d.dari, "kepada": d.kepada, "sifat": d.sifat, "instruksi": d.instruksi}
            for d in state.dispositions
        ],
        "timeline": [
            {
                "at": entry.at.isoformat(),
                "author": entry.author,
                "on_behalf_of": entry.on_behalf_of,
                "summary": entry.summary,
                "ignored": entry.ignored_reason,
            }
            for entry in detail.timeline
        ],
        "actions": [action.key for action in detail.actions],
    }


def _show(desk: Desk, actor: User, args: argparse.Namespace) -> int:
    detail = desk.case_detail(_case_id(desk, args.id), actor)
    data = detail_json(detail)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"{data['nomor_agenda']} — {data['perihal']} ({data['status']})")
    step = data["current_step"]
    if step:
        print(
            f"Langkah {step['number']}: {step['activity']} [{step['lane']}], batas {step['due_at']}"
        )
    for entry in data["timeline"]:
        print(f"  {entry['at']}  {entry['author']}: {entry['summary']}")
    return 0


def _advance(desk: Desk, actor: User, args: argparse.Namespace) -> int:
    case_id = _case_id(desk, args.id)
    state = desk.case_detail(case_id, actor).state
    desk.complete_step(
        actor,
        case_id,
        step_id=state.current_step_id,
        branch=args.branch,
        on_behalf_of=args.on_behalf,
        at=_moment(args.at),
        note=args.note,
        backdate_reason=args.reason,
    )
    after = desk.case_detail(case_id, actor)
    step = after.current_step
    print(
        f"Sekarang: langkah {step.number} ({after.sop.lane(step.lane).name})"
        if step
        else "Selesai."
    )
    return 0


def _dispose(desk: Desk, actor: User, args: argparse.Namespace) -> int:
    form = DispositionForm(
        dari=args.dari,
        kepada=tuple(args.to),
        sifat=args.sifat,
        instruksi=tuple(args.instruksi),
        catatan=args.catatan,
        batas_waktu=_day(args.batas, "batas_waktu"),
    )
    desk.record_disposition(actor, _case_id(desk, args.id), form)
    print("Disposisi dicatat.")
    return 0


def _simple(action: Callable[[Desk, User, str, argparse.Namespace], object], done: str) -> Any:
    def command(desk: Desk, actor: User, args: argparse.Namespace) -> int:
        action(desk, actor, _case_id(desk, args.id), args)
        print(done)
        return 0

    return command


_CASE_COMMANDS: dict[str, Callable[[Desk, User, argparse.Namespace], int]] = {
    "add": _add,
    "list": _list,
    "show": _show,
    "advance": _advance,
    "dispose": _dispose,
    "pause": _simple(lambda d, u, c, a: d.pause(u, c, a.reason), "Dijeda."),
    "resume": _simple(lambda d, u, c, a: d.resume(u, c), "Dilanjutkan."),
    "close": _simple(lambda d, u, c, a: d.close_case(u, c, a.outcome, a.note), "Ditutup."),
    "reopen": _simple(lambda d, u, c, a: d.reopen(u, c, a.reason), "Dibuka kembali."),
}
