"""Events from another PC: idempotent, ordered by the hybrid clock, same projection."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from desktop.models.desk import Desk, event_from_row
from desktop.models.events import Hlc
from desktop.models.queries import CaseQuery
from desktop.models.registration import ComplaintForm, PartyForm
from desktop.models.tables import EventRow, LocalState
from desktop.models.vocabulary import Role

from .conftest import Clock, make_desk
from .test_rebuild_property import full_snapshot


def all_events(desk: Desk) -> list:  # type: ignore[type-arg]
    with desk.reading() as session:
        rows = session.execute(select(EventRow).order_by(EventRow.hlc)).scalars()
        return [event_from_row(row) for row in rows]


def test_a_second_pc_reaches_the_same_state(tmp_path: Path, clock: Clock) -> None:
    first, admin = make_desk(tmp_path / "a", clock)
    case_id = first.register_complaint(
        admin,
        ComplaintForm("sms", datetime(2026, 3, 17, 9, 0), PartyForm("Ani"), "Bau sampah", "..."),
    ).case_ids[0]
    first.complete_step(admin, case_id, step_id="s2")
    second = Desk(tmp_path / "b", now=clock)
    result = second.ingest(all_events(first))
    assert result.added == len(all_events(first))
    assert result.case_ids == (case_id,)
    assert full_snapshot(second) == full_snapshot(first)
    assert second.list_cases(CaseQuery(search="sampah"), Role.ADMIN)[0].current_step_id == "s3"
    again = second.ingest(all_events(first))
    assert (again.added, again.skipped, again.mismatched) == (0, len(all_events(first)), ())
    first.close()
    second.close()


def test_same_event_id_with_other_content_is_not_applied(tmp_path: Path, clock: Clock) -> None:
    desk, admin = make_desk(tmp_path / "a", clock)
    case_id = desk.register_complaint(
        admin, ComplaintForm("sms", datetime(2026, 3, 17, 9, 0), PartyForm("Ani"), "Asli", "...")
    ).case_ids[0]
    registered = next(e for e in all_events(desk) if e.case_id == case_id)
    forged = replace(registered, payload={**registered.payload, "perihal": "Palsu"})
    result = desk.ingest([forged])
    assert result.added == 0
    assert result.mismatched == (forged,)
    assert desk.list_cases(CaseQuery(), Role.ADMIN)[0].perihal == "Asli"
    desk.close()


def test_clock_moves_past_events_from_a_pc_whose_clock_runs_ahead(
    tmp_path: Path, clock: Clock
) -> None:
    desk, _admin = make_desk(tmp_path / "a", clock)
    from_the_future = replace(
        all_events(desk)[0],
        event_id="x" * 36,
        device_id="pc-lain",
        hlc=Hlc(4_102_444_800_000).encode(),  # a PC whose clock says 2100
    )
    assert desk.ingest([from_the_future]).added == 1
    with desk.reading() as session:
        local = session.get(LocalState, 1)
        assert local is not None
        assert Hlc.decode(local.last_hlc) >= Hlc(4_102_444_800_000)
    reused = replace(from_the_future, event_id="y" * 36)  # same PC and sequence, other id
    assert desk.ingest([reused]).mismatched == (reused,)
    desk.close()
