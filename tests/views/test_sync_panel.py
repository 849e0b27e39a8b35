"""Sync in the window: the status panel, a round that never freezes it, the join dialog."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.documents.join_card import JoinCard, render_join_card
from desktop.models.desk import Desk
from desktop.models.tables import EventRow
from desktop.sync import shared_folder
from desktop.sync.exchange import sync_round
from desktop.sync.snapshot import publish_snapshot
from desktop.views.main_window import MainWindow
from desktop.views.office_dialog import JoinOfficeDialog
from desktop.views.sync_panel import SyncPanel
from desktop.views.sync_worker import SyncController
from tests.sync.office import Office, complaint, drop_foreign_batch, make_office

SCREENSHOTS = Path("/tmp")


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    office = make_office(tmp_path)
    yield office
    office.close()


@pytest.fixture
def controller(office: Office) -> Iterator[SyncController]:
    controller = SyncController(office.first)
    yield controller
    controller.shutdown()


def column(table: QTableWidget, index: int) -> list[str]:
    return [item.text() for row in range(table.rowCount()) if (item := table.item(row, index))]


def test_panel_shows_other_pcs_and_a_quarantined_file(
    qtbot: QtBot, office: Office, controller: SyncController
) -> None:
    name = drop_foreign_batch(office)
    panel = SyncPanel(controller, office_name="Dinas Kesehatan", can_print_card=True)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(controller.roundFinished, timeout=20_000):
        assert controller.sync_now()
    qtbot.waitUntil(lambda: panel.status is not None and bool(panel.status.quarantined_files))
    assert column(panel.peers, 0) == ["TU2", "TU3"]
    assert any(name in text for text in column(panel.problems, 1))
    assert any("kunci kantor lain" in text for text in column(panel.problems, 2))
    assert "Berkas dikarantina" in panel.explanations.text()
    assert panel.share_value.text() == str(office.share)
    assert panel.snapshot_value.text().startswith("belum ada")
    assert panel.card_button.isVisible() and panel.card_button.isEnabled()
    panel.grab().save(str(SCREENSHOTS / "sync-panel.png"))


def test_panel_names_the_office_snapshot(
    qtbot: QtBot, office: Office, controller: SyncController
) -> None:
    second = office.others[0]
    publish_snapshot(second, office.key, office.folder, now=datetime(2026, 3, 17, 10, 30))
    with second.reading() as session:
        count = session.execute(select(func.count()).select_from(EventRow)).scalar_one()
    panel = SyncPanel(controller, office_name="Dinas Kesehatan", can_print_card=True)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(controller.roundFinished, timeout=20_000):
        assert controller.sync_now()
    qtbot.waitUntil(lambda: panel.status is not None and panel.status.snapshot is not None)
    assert panel.snapshot_value.text() == f"dari PC TU2, 17-03-2026 10:30, {count} peristiwa"
    panel.grab().save(str(SCREENSHOTS / "sync-panel-snapshot.png"))


def test_window_stays_responsive_while_a_round_reads_a_slow_share(
    qtbot: QtBot, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = office.others[0]
    office.first.register_complaint(office.admin, complaint("lambat"))
    sync_round(office.first)
    original = shared_folder.read_bytes

    def slow(path: Path) -> bytes:
        time.sleep(1.5)
        return original(path)

    monkeypatch.setattr(shared_folder, "read_bytes", slow)
    controller = SyncController(second)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(50)
    try:
        with qtbot.waitSignal(controller.roundFinished, timeout=30_000) as finished:
            assert controller.sync_now()
            assert not controller.sync_now()  # never two rounds at once
            started = time.monotonic()
        elapsed = time.monotonic() - started
        assert elapsed >= 1.4
        assert len(ticks) >= 10  # the event loop kept running during the round
        assert finished.args is not None and finished.args[0].imported_files >= 1
    finally:
        timer.stop()
        controller.shutdown()


def test_vanished_share_is_shown_and_the_next_round_catches_up(
    qtbot: QtBot, office: Office, controller: SyncController
) -> None:
    panel = SyncPanel(controller)
    qtbot.addWidget(panel)
    moved = office.share.with_name("dipindah")
    office.share.rename(moved)
    with qtbot.waitSignal(controller.roundFailed, timeout=20_000) as failed:
        controller.sync_now()
    assert failed.args is not None and "tidak ditemukan" in failed.args[0]
    assert "tidak ditemukan" in panel.problem.text() and "mengejar" in panel.problem.text()
    moved.rename(office.share)
    with qtbot.waitSignal(controller.roundFinished, timeout=20_000):
        controller.sync_now()
    assert panel.problem.isHidden()


def test_join_dialog_reads_the_card_and_joins(qtbot: QtBot, office: Office, tmp_path: Path) -> None:
    card = tmp_path / "kartu.pdf"
    code = office.key.join_code()
    card.write_bytes(render_join_card(JoinCard("Dinas", "Pemda", code, str(office.share))).pdf)
    desk = Desk(tmp_path / "baru")
    try:
        dialog = JoinOfficeDialog(desk)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.load_code_from(card)
        assert dialog.code.text() == code
        dialog.share.edit.setText(str(office.share))
        dialog.device.setText("TU2")  # taken by another PC
        dialog.grab().save(str(SCREENSHOTS / "join-dialog.png"))
        dialog.start()
        qtbot.waitUntil(
            lambda: "sudah dipakai" in dialog.form.message("device_code"), timeout=20_000
        )
        dialog.grab().save(str(SCREENSHOTS / "join-dialog-problem.png"))
        dialog.device.setText("TU4")
        with qtbot.waitSignal(dialog.accepted, timeout=30_000):
            dialog.start()
        assert desk.is_set_up and desk.device().device_code == "TU4"
    finally:
        desk.close()


def test_main_window_has_the_sync_menu_and_indicator(case_window: MainWindow) -> None:
    titles = [action.text() for action in case_window.menuBar().actions()]
    assert "&Sinkronisasi" in titles
    assert case_window.sync_hub.indicator.text() == "Sinkron: belum tergabung"
