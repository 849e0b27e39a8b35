"""For any sequence of operations, rebuilding from the log gives the projections exactly."""

from __future__ import annotations

import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from desktop.models.accounts import User
from desktop.models.desk import Desk, DispositionForm
from desktop.models.problems import InputError, NotAllowedError
from desktop.models.registration import ComplaintForm, PartyForm
from desktop.models.sop import Symbol
from desktop.models.tables import (
    AttachmentRow,
    CaseRow,
    DispositionRow,
    NoteRow,
    PartyRow,
    StepDoneRow,
)
from desktop.models.vocabulary import Outcome

from .conftest import Clock, make_desk

TABLES = (CaseRow, PartyRow, StepDoneRow, DispositionRow, NoteRow, AttachmentRow)
OPERATIONS = ("register", "complete", "dispose", "pause", "resume", "close", "reopen", "note")

operation = st.tuples(
    st.sampled_from(OPERATIONS),
    st.integers(min_value=0, max_value=5),  # which case
    st.integers(min_value=0, max_value=3),  # which branch
    st.integers(min_value=0, max_value=600),  # minutes the clock moves on
    st.sampled_from(["jambi-provinsi", "oku-selatan-internal"]),
)


def full_snapshot(desk: Desk) -> dict[str, list[tuple[object, ...]]]:
    snapshot: dict[str, list[tuple[object, ...]]] = {}
    with desk.reading() as session:
        for table in TABLES:
            columns = list(table.__table__.columns)
            rows = session.execute(select(*columns)).all()
            snapshot[table.__tablename__] = sorted(tuple(row) for row in rows)
        search = session.execute(
            text("SELECT case_id, nomor, pelapor, perihal, isi FROM case_search")
        )
        snapshot["case_search"] = sorted(tuple(row) for row in search)
    return snapshot


def apply(desk: Desk, admin: User, clock: Clock, ops: list[tuple[str, int, int, int, str]]) -> None:
    cases: list[str] = []
    for name, which, branch, minutes, _ in ops:
        clock.moment += timedelta(minutes=minutes)
        try:
            if name == "register" or not cases:
                form = ComplaintForm(
                    "sms", clock.moment, PartyForm(f"Pelapor {len(cases)}"), "Perihal", "Isi"
                )
                cases.append(desk.register_complaint(admin, form).case_ids[0])
                continue
            case_id = cases[which % len(cases)]
            if name == "complete":
                detail = desk.case_detail(case_id, admin)
                step = detail.current_step
                if step is None:
                    continue
                labels = [b.label for b in step.next] if step.symbol is Symbol.DECISION else [""]
                desk.complete_step(
                    admin,
                    case_id,
                    step_id=step.id,
                    branch=labels[branch % len(labels)],
                )
            elif name == "dispose":
                form_d = DispositionForm("Kepala Dinas", ("Kepala Bidang",), "segera", ("arsip",))
                desk.record_disposition(admin, case_id, form_d)
            elif name == "pause":
                desk.pause(admin, case_id)
            elif name == "resume":
                desk.resume(admin, case_id)
            elif name == "close":
                desk.close_case(admin, case_id, Outcome.SELESAI.value)
            elif name == "reopen":
                desk.reopen(admin, case_id, "bukti baru")
            else:
                desk.add_note(admin, case_id, f"catatan {which}")
        except (InputError, NotAllowedError):
            pass  # refused operations write nothing; that is part of what is checked


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(operation, min_size=1, max_size=30))
def test_rebuild_equals_incremental_projection(ops: list[tuple[str, int, int, int, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        clock = Clock(datetime(2026, 3, 16, 8, 0))
        desk, admin = make_desk(Path(folder), clock, sop_id=ops[0][4])
        try:
            apply(desk, admin, clock, ops)
            incremental = full_snapshot(desk)
            desk.rebuild()
            assert full_snapshot(desk) == incremental
        finally:
            desk.close()
