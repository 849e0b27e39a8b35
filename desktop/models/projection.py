"""Writing folded state into the projection tables (and the full-text index).

A case's rows are replaced as a whole from its folded state: simple, deterministic, and cheap
for the ten or twenty events a case carries.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from desktop.models.case_fold import CaseState
from desktop.models.events import Event, Kind
from desktop.models.tables import (
    AttachmentRow,
    CaseRow,
    DeviceRow,
    DispositionRow,
    EventRow,
    NoteRow,
    OfficeSetting,
    PartyRow,
    SopRevisionRow,
    StepDoneRow,
    UserRow,
    insert_rows,
    table_of,
)

CASE_CHILDREN: tuple[type[Any], ...] = (
    AttachmentRow,
    NoteRow,
    DispositionRow,
    StepDoneRow,
    PartyRow,
)


def case_row_values(state: CaseState, rowid: int) -> dict[str, Any]:
    return {
        "case_id": state.case_id,
        "nomor_agenda": state.nomor_agenda,
        "channel": state.channel,
        "received_at": state.received_at,
        "registered_at": state.registered_at,
        "registered_by": state.registered_by,
        "perihal": state.perihal,
        "isi": state.isi,
        "bidang": state.bidang,
        "lapor_tracking": state.lapor_tracking,
        "letter_nomor": state.letter_nomor,
        "letter_tanggal": state.letter_tanggal,
        "letter_asal": state.letter_asal,
        "pelapor_nama": state.pelapor.nama,
        "pelapor_rahasia": state.pelapor.rahasia,
        "pelapor_anonim": state.pelapor.anonim,
        "sop_digest": state.sop_digest,
        "status": state.status.value,
        "outcome": state.outcome,
        "current_step_id": state.current_step_id,
        "current_lane_id": state.current_lane_id,
        "step_started_at": state.step_started_at,
        "due_at": state.due_at,
        "overall_due_at": state.overall_due_at,
        "closed_at": state.closed_at,
        "last_hlc": state.last_hlc,
        "event_count": state.event_count,
        "search_rowid": rowid,
    }


def child_rows(state: CaseState) -> dict[type[Any], list[dict[str, Any]]]:
    case_id = state.case_id
    parties = [("pelapor", state.pelapor)]
    if state.terlapor is not None:
        parties.append(("terlapor", state.terlapor))
    return {
        PartyRow: [{"case_id": case_id, "role": role, **vars(party)} for role, party in parties],
        StepDoneRow: [{"case_id": case_id, **vars(step)} for step in state.steps_done],
        DispositionRow: [{"case_id": case_id, **vars(item)} for item in state.dispositions],
        NoteRow: [{"case_id": case_id, **vars(note)} for note in state.notes],
        AttachmentRow: [{"case_id": case_id, **vars(item)} for item in state.attachments],
    }


def search_values(state: CaseState, rowid: int) -> dict[str, Any]:
    return {
        "rowid": rowid,
        "case_id": state.case_id,
        "nomor": state.nomor_agenda,
        "pelapor": state.pelapor.nama,
        "perihal": state.perihal,
        "isi": state.isi,
    }


SEARCH_INSERT = text(
    "INSERT INTO case_search (rowid, case_id, nomor, pelapor, perihal, isi) "
    "VALUES (:rowid, :case_id, :nomor, :pelapor, :perihal, :isi)"
)
SEARCH_INSERT_MANY = (
    "INSERT INTO case_search (rowid, case_id, nomor, pelapor, perihal, isi) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
SEARCH_DELETE = text("DELETE FROM case_search WHERE rowid = :rowid")
_EPOCH = datetime(2000, 1, 1)


def search_rowid(case_id: str, received_at: datetime) -> int:
    """The preferred full-text rowid of a case: it grows with the time received, so the newest
    matches come first without sorting. Seconds since 2000 fill the high 31 bits (until 2068);
    32 bits of the case id break ties, the same on every PC. Two cases received in the same
    second share it only with odds of one in four billion, and :func:`allocate_rowids` then
    moves the later one to the next free number rather than fail.
    """
    seconds = min(max(0, int((received_at - _EPOCH).total_seconds())), 2**31 - 1)
    return (seconds << 32) | int(case_id.replace("-", "")[-8:], 16)


def _row_exists(session: Session, rowid: int) -> bool:
    return (
        session.execute(
            text("SELECT 1 FROM case_search WHERE rowid = :rowid"), {"rowid": rowid}
        ).first()
        is not None
    )


def _existing_rowids(session: Session, rowids: list[int]) -> set[int]:
    """Which of ``rowids`` the full-text index already holds, in a few queries."""
    found: set[int] = set()
    for start in range(0, len(rowids), 500):
        chunk = rowids[start : start + 500]
        marks = ", ".join(str(int(rowid)) for rowid in chunk)
        rows = session.execute(text(f"SELECT rowid FROM case_search WHERE rowid IN ({marks})"))
        found.update(int(row[0]) for row in rows)
    return found


def allocate_rowids(session: Session, states: list[CaseState]) -> dict[str, int]:
    """A free full-text rowid for each case, as close above its preferred one as possible."""
    wanted = {state.case_id: search_rowid(state.case_id, state.received_at) for state in states}
    checked = set(wanted.values())
    existing = _existing_rowids(session, sorted(checked))
    taken: set[int] = set()
    allocated: dict[str, int] = {}
    for case_id, preferred in wanted.items():
        candidate = preferred
        while candidate in taken or (
            candidate in existing if candidate in checked else _row_exists(session, candidate)
        ):
            candidate += 1
        taken.add(candidate)
        allocated[case_id] = candidate
    return allocated


def write_case(session: Session, state: CaseState) -> None:
    """Replace everything the projection holds for this case with ``state``."""
    case_id = state.case_id
    for table in CASE_CHILDREN:
        session.execute(delete(table).where(table.case_id == case_id))
    old_rowid = session.execute(
        select(CaseRow.search_rowid).where(CaseRow.case_id == case_id)
    ).scalar()
    if old_rowid is not None:
        session.execute(SEARCH_DELETE, {"rowid": old_rowid})
    session.execute(delete(CaseRow).where(CaseRow.case_id == case_id))
    if not state.registered:
        return
    rowid = allocate_rowids(session, [state])[state.case_id]
    session.execute(table_of(CaseRow).insert(), [case_row_values(state, rowid)])
    for table, rows in child_rows(state).items():
        if rows:
            session.execute(table_of(table).insert(), rows)
    session.execute(SEARCH_INSERT, [search_values(state, rowid)])


def write_cases_bulk(session: Session, states: list[CaseState]) -> None:
    """Insert many new cases at once (rebuild and seeding); the tables must hold none of them."""
    registered = [state for state in states if state.registered]
    if not registered:
        return
    rowids = allocate_rowids(session, registered)
    insert_rows(
        session, table_of(CaseRow), [case_row_values(s, rowids[s.case_id]) for s in registered]
    )
    grouped: dict[type[Any], list[dict[str, Any]]] = {table: [] for table in CASE_CHILDREN}
    for state in registered:
        for table, rows in child_rows(state).items():
            grouped[table].extend(rows)
    for table, rows in grouped.items():
        insert_rows(session, table_of(table), rows)
    session.connection().exec_driver_sql(
        SEARCH_INSERT_MANY,
        [
            (rowids[s.case_id], s.case_id, s.nomor_agenda, s.pelapor.nama, s.perihal, s.isi)
            for s in registered
        ],
    )


def apply_office_event(session: Session, event: Event) -> None:
    """Office-wide facts: newest value wins per setting; users are re-folded from their events."""
    payload = event.payload
    if event.kind == Kind.OFFICE_CONFIGURED:
        version = "|".join(event.order_key)
        for key, value in payload.items():
            row = session.get(OfficeSetting, key)
            if row is None:
                session.add(OfficeSetting(key=key, value=json.dumps(value), version=version))
            elif version > row.version:
                row.value, row.version = json.dumps(value), version
    elif event.kind == Kind.DEVICE_REGISTERED:
        session.merge(
            DeviceRow(device_id=payload["device_id"], code=payload["code"], name=payload["name"])
        )
    elif event.kind == Kind.SOP_ADOPTED:
        if session.get(SopRevisionRow, payload["digest"]) is None:
            session.add(
                SopRevisionRow(
                    digest=payload["digest"],
                    sop_id=payload["sop_id"],
                    revision=payload["revision"],
                    title=payload["title"],
                    text=payload["text"],
                )
            )
    elif event.kind == Kind.USER_SAVED:
        refold_user(session, payload["user_id"])


def refold_user(session: Session, user_id: str) -> None:
    """A user's row from all their events in order; an empty ``pin_hash`` keeps the PIN."""
    rows = session.execute(
        select(EventRow.payload)
        .where(EventRow.kind == Kind.USER_SAVED.value)
        .where(func.json_extract(EventRow.payload, "$.user_id") == user_id)
        .order_by(EventRow.hlc, EventRow.device_id, EventRow.event_id)
    ).scalars()
    values: dict[str, Any] = {}
    for raw in rows:
        payload = json.loads(raw)
        values.update(
            {name: payload[name] for name in ("name", "nip", "jabatan", "pangkat", "role")}
        )
        values["active"] = payload.get("active", True)
        if payload.get("pin_hash"):
            values["pin_hash"] = payload["pin_hash"]
    if values:
        session.merge(UserRow(user_id=user_id, **values))
