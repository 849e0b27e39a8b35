"""The pause rule closes a silent LAPOR! case while the window is open."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.models.registration import ComplaintForm, PartyForm
from desktop.models.vocabulary import CaseStatus
from desktop.views.auto_close import AutoClose
from tests.models.conftest import Clock, make_desk


def test_sweep_closes_and_reports_the_change(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QObject

    clock = Clock(datetime(2026, 3, 17, 10, 0))
    desk, admin = make_desk(tmp_path / "d", clock, sop_id="oku-selatan-lapor")
    form = ComplaintForm(
        "lapor", datetime(2026, 3, 17, 9, 0), PartyForm("Ani"), "p", "i", lapor_tracking="L-1"
    )
    case_id = desk.register_complaint(admin, form).case_ids[0]
    desk.pause(admin, case_id)
    changes = []
    owner = QObject()
    sweeper = AutoClose(desk, changes.append, owner)
    assert sweeper.sweep().case_ids == ()
    clock.moment = datetime(2026, 4, 20, 9, 0)
    assert sweeper.sweep().case_ids == (case_id,)
    assert [change.case_ids for change in changes] == [(case_id,)]
    assert desk.case_detail(case_id, admin).state.status is CaseStatus.CLOSED
    desk.close()
