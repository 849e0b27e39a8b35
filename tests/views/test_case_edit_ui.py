"""Editing a case, settling a concurrent edit from another PC, and attachments still on their way.

Real desks on temporary folders; the conflict is made by two PCs on a temporary share.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.models.accounts import User, UserForm
from desktop.models.desk import Desk
from desktop.models.vocabulary import Role
from desktop.sync import shared_folder
from desktop.views.case_actions import CaseActions
from desktop.views.case_detail import EDIT_ACTION, MISSING_ROLE
from desktop.views.case_list_page import CaseListPage
from desktop.views.edit_case_dialog import EditCaseDialog
from desktop.views.main_window import MainWindow
from tests.sync.conftest import Office, complaint
from tests.views.test_case_pages import field, open_dialog, page_of, register, save

MISSING_NOTE = "(belum tiba dari PC lain — akan diambil pada sinkronisasi berikutnya)"


def timeline_texts(page: CaseListPage) -> list[str]:
    timeline = page.detail_panel.timeline
    return [timeline.topLevelItem(n).text(1) for n in range(timeline.topLevelItemCount())]


def conflict_texts(page: CaseListPage) -> list[str]:
    box = page.detail_panel.conflict_box
    return [label.text() for label in box.findChildren(QLabel) if label.isVisibleTo(box)]


# -- editing ------------------------------------------------------------------------------------


def test_edit_case_data_through_the_dialog(
    qtbot: QtBot, case_window: MainWindow, desk_admin: tuple[Desk, User]
) -> None:
    desk, admin = desk_admin
    case_id = register(desk, admin, "Antrean lama")
    page = page_of(case_window)
    page.model.reload()
    page.table.selectRow(0)
    assert page.detail_panel.buttons[EDIT_ACTION].text() == "Ubah data"
    dialog = open_dialog(case_window, EDIT_ACTION)
    assert isinstance(dialog, EditCaseDialog)
    assert dialog.perihal.text() == "Antrean lama"
    dialog.perihal.clear()
    save(qtbot, dialog)
    assert dialog.error_text("perihal") == "Perihal tidak boleh kosong."
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.perihal, "Antrean pendaftaran terlalu lama")
    dialog.bidang.setCurrentText("P2P")
    assert dialog.changed_fields() == {
        "perihal": "Antrean pendaftaran terlalu lama",
        "bidang": "P2P",
    }
    with qtbot.waitSignal(case_window.case_actions.changed):
        save(qtbot, dialog)
    assert field(case_window, "perihal").text() == "Antrean pendaftaran terlalu lama"
    assert field(case_window, "bidang").text() == "P2P"
    assert "Antrean pendaftaran terlalu lama" in page.detail_panel.title.text()
    assert "Data pengaduan diubah" in timeline_texts(page)
    state = desk.case_detail(case_id, admin).state
    assert (state.perihal, state.bidang, state.isi) == (
        "Antrean pendaftaran terlalu lama",
        "P2P",
        "Antrean lama. Mohon ditindaklanjuti.",
    )


def test_saving_an_unchanged_dialog_writes_nothing(
    qtbot: QtBot, case_window: MainWindow, desk_admin: tuple[Desk, User]
) -> None:
    desk, admin = desk_admin
    register(desk, admin)
    page = page_of(case_window)
    page.model.reload()
    page.table.selectRow(0)
    before = timeline_texts(page)
    dialog = open_dialog(case_window, EDIT_ACTION)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert timeline_texts(page) == before


def test_only_writers_get_the_edit_button(qtbot: QtBot, desk_admin: tuple[Desk, User]) -> None:
    desk, admin = desk_admin
    register(desk, admin)
    kadis = desk.save_user(admin, UserForm("Pak Kadis", Role.PIMPINAN, pin="4321"))
    host = QWidget()
    qtbot.addWidget(host)
    page = CaseListPage(desk, kadis, CaseActions(desk, kadis, host), host)
    page.table.selectRow(0)
    assert EDIT_ACTION not in page.detail_panel.buttons


# -- a concurrent edit from another PC ----------------------------------------------------------


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Office]:
    monkeypatch.setattr(shared_folder, "RETRY_WAIT", 0.0)
    made = Office(tmp_path)
    yield made
    made.close()


def conflict_page(qtbot: QtBot, office: Office) -> tuple[CaseListPage, str]:
    """Two PCs change the same perihal apart, then sync; the first PC's case list, case open."""
    first = office.desks[0]
    second = office.join("TU2")
    case_id = first.register_complaint(office.admin, complaint("awal")).case_ids[0]
    office.sync_all()
    first.edit_case(office.admin, case_id, {"perihal": "versi satu"})
    office.clock.moment += timedelta(minutes=1)
    second.edit_case(office.users[1], case_id, {"perihal": "versi dua"})
    office.sync_all()
    host = QWidget()
    qtbot.addWidget(host)
    actions = CaseActions(first, office.admin, host)
    page = CaseListPage(first, office.admin, actions, host)
    QVBoxLayout(host).addWidget(page)
    host.resize(1366, 768)
    host.show()
    qtbot.waitExposed(host)
    page.table.selectRow(0)
    return page, case_id


def test_concurrent_edit_shows_both_values_and_a_click_settles_it(
    qtbot: QtBot, office: Office
) -> None:
    page, case_id = conflict_page(qtbot, office)
    panel = page.detail_panel
    assert panel.conflict_box.isVisibleTo(page)
    texts = "\n".join(conflict_texts(page))
    assert "Perubahan bersamaan dari PC lain" in texts
    assert "versi dua" in texts and "versi satu" in texts  # the winner and the displaced value
    assert "Tampil sekarang oleh" in texts and "Nilai lain oleh Siti Aminah" in texts
    assert "17-03-2026 10:00" in texts and "17-03-2026 10:01" in texts
    assert field_text(panel.fields["perihal"]) == "versi dua"
    assert set(panel.conflict_buttons) == {("perihal", "versi dua"), ("perihal", "versi satu")}
    edits_before = timeline_texts(page).count("Data pengaduan diubah")
    with qtbot.waitSignal(page.case_actions.changed):
        keep = panel.conflict_buttons[("perihal", "versi satu")]
        qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert not panel.conflict_box.isVisibleTo(page)
    assert field_text(panel.fields["perihal"]) == "versi satu"
    assert timeline_texts(page).count("Data pengaduan diubah") == edits_before + 1
    state = office.desks[0].case_detail(case_id, office.admin).state
    assert state.perihal == "versi satu" and state.conflicts == []


def field_text(label: QLabel) -> str:
    return label.text()


# -- an attachment whose file has not arrived ---------------------------------------------------


def test_missing_attachment_file_shows_a_placeholder_and_does_not_open(
    qtbot: QtBot, case_window: MainWindow, desk_admin: tuple[Desk, User], tmp_path: Path
) -> None:
    desk, admin = desk_admin
    case_id = register(desk, admin)
    here = tmp_path / "ada.pdf"
    here.write_bytes(b"%PDF-1.4 ada")
    away = tmp_path / "pindaian.pdf"
    away.write_bytes(b"%PDF-1.4 belum tiba")
    desk.add_attachment(admin, case_id, here)
    desk.add_attachment(admin, case_id, away)
    attachments = desk.case_detail(case_id, admin).state.attachments
    desk.blobs.path_of(attachments[1].sha256).unlink()  # as if still on the other PC
    page = page_of(case_window)
    page.model.reload()
    page.table.selectRow(0)
    listing = page.detail_panel.attachments
    present, missing = listing.item(0), listing.item(1)
    assert MISSING_NOTE not in present.text() and not present.data(MISSING_ROLE)
    assert missing.text().startswith("pindaian.pdf") and MISSING_NOTE in missing.text()
    assert missing.data(MISSING_ROLE) is True
    listing.itemActivated.emit(missing)
    notice = page.detail_panel.notice
    assert notice is not None and notice.isVisible()
    assert "belum tiba dari PC lain" in notice.text()
    notice.accept()
    qtbot.waitUntil(lambda: page.detail_panel.notice is None)
