"""The complaint pages as a clerk and a head of office use them: real desk, real widgets."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.models.accounts import User, UserForm
from desktop.models.desk import Desk
from desktop.models.queries import CaseQuery, SortKey
from desktop.models.registration import ComplaintForm, PartyForm
from desktop.models.vocabulary import Role
from desktop.views.case_actions import CaseActions
from desktop.views.case_list_model import COLUMNS, PAGE_SIZE, CaseListModel
from desktop.views.case_list_page import CaseListPage
from desktop.views.form_dialog import FormDialog
from desktop.views.main_window import PAGE_CASES, MainWindow
from desktop.views.register_dialog import RegisterDialog
from desktop.views.swimlane_painter import STATE_STYLES, StepState

NOW = datetime(2026, 3, 17, 10, 0)


def register(
    desk: Desk,
    user: User,
    perihal: str = "Antrean puskesmas terlalu lama",
    *,
    nama: str = "Budi Santoso",
    days_ago: float = 0,
    rahasia: bool = False,
    channel: str = "whatsapp",
    tracking: str = "",
) -> str:
    change = desk.register_complaint(
        user,
        ComplaintForm(
            channel=channel,
            received_at=NOW - timedelta(days=days_ago),
            pelapor=PartyForm(nama=nama, kontak="081234567890", rahasia=rahasia),
            perihal=perihal,
            isi=f"{perihal}. Mohon ditindaklanjuti.",
            bidang="Yankes",
            lapor_tracking=tracking,
        ),
    )
    return change.case_ids[0]


def column_texts(model: CaseListModel, name: str) -> list[str]:
    column = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(len(COLUMNS))]
    index = column.index(name)
    return [model.index(row, index).data() for row in range(model.rowCount())]


def page_of(window: MainWindow) -> CaseListPage:
    assert window.case_page is not None
    return window.case_page


def open_dialog(window: MainWindow, key: str) -> Any:
    page = page_of(window)
    page.detail_panel.buttons[key].click()
    dialog = window.case_actions.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def save(qtbot: QtBot, dialog: FormDialog) -> None:
    """Press Ctrl+Enter in the dialog, as a clerk saves."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    target = dialog.focusWidget() or dialog
    qtbot.keyClick(target, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def field(window: MainWindow, key: str) -> QLabel:
    label = page_of(window).detail_panel.fields[key]
    return label


def visible_texts(widget: QWidget) -> str:
    return "\n".join(
        label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)
    )


# -- registering --------------------------------------------------------------------------------


def test_register_a_complaint_by_keyboard(qtbot: QtBot, case_window: MainWindow) -> None:
    case_window.show_page(PAGE_CASES)
    case_window.new_case_action.trigger()
    dialog = case_window.case_actions.dialog
    assert isinstance(dialog, RegisterDialog)
    qtbot.keyClicks(dialog.channel, "WhatsApp")
    assert dialog.channel.currentText() == "WhatsApp"
    assert not dialog.letter_asal.isVisibleTo(dialog)  # letter fields only for surat
    qtbot.keyClicks(dialog.pelapor_nama, "Budi Santoso")
    qtbot.keyClicks(dialog.pelapor_kontak, "081234567890")
    qtbot.keyClicks(dialog.perihal, "Obat habis di apotek puskesmas")
    qtbot.keyClicks(dialog.isi, "Sudah tiga hari obat hipertensi tidak tersedia.")
    qtbot.keyClick(dialog.isi, Qt.Key.Key_Tab)
    assert "\t" not in dialog.isi.toPlainText()
    assert dialog.bidang.hasFocus() or dialog.focusWidget() is not dialog.isi
    qtbot.keyClicks(dialog.bidang.lineEdit(), "Farmasi")
    with qtbot.waitSignal(case_window.case_actions.changed):
        save(qtbot, dialog)

    page = page_of(case_window)
    assert column_texts(page.model, "Nomor agenda") == ["ADU/2026/TU1/0001"]
    assert column_texts(page.model, "Saluran") == ["WhatsApp"]
    assert column_texts(page.model, "Posisi") == ["Petugas Lapor"]
    assert "ADU/2026/TU1/0001" in page.banner.text()
    assert "ADU/2026/TU1/0001" in case_window.statusBar().currentMessage()
    assert page.table.selectionModel().selectedRows()[0].row() == 0
    assert "ADU/2026/TU1/0001" in page.detail_panel.title.text()
    assert field(case_window, "bidang").text() == "Farmasi"
    assert page.total_label.text() == "1 pengaduan"


def test_empty_required_field_shows_its_message_and_saves_nothing(
    qtbot: QtBot, case_window: MainWindow, desk_admin: tuple[Desk, User]
) -> None:
    desk, _admin = desk_admin
    dialog = page_of(case_window).case_actions.register()
    assert dialog is not None
    qtbot.keyClicks(dialog.channel, "Telepon")
    qtbot.keyClicks(dialog.pelapor_nama, "Budi")
    qtbot.keyClicks(dialog.isi, "Isi tanpa perihal")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text("perihal") == "Perihal wajib diisi: ringkasan singkat pengaduan."
    assert dialog.findChild(QLabel, "error-perihal").isVisibleTo(dialog)
    assert dialog.error_text("isi") == ""
    assert desk.count_cases(CaseQuery()) == 0
    qtbot.keyClicks(dialog.perihal, "Perihal kini diisi")
    with qtbot.waitSignal(case_window.case_actions.changed):
        save(qtbot, dialog)
    assert desk.count_cases(CaseQuery()) == 1


def test_letter_and_lapor_fields_follow_the_channel(
    qtbot: QtBot, case_window: MainWindow, desk_admin: tuple[Desk, User]
) -> None:
    dialog = page_of(case_window).case_actions.register()
    assert dialog is not None
    dialog.channel.setCurrentIndex(dialog.channel.findData("surat"))
    assert dialog.letter_asal.isVisibleTo(dialog)
    assert not dialog.lapor_tracking.isVisibleTo(dialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData("lapor"))
    assert not dialog.letter_asal.isVisibleTo(dialog)
    assert dialog.lapor_tracking.isVisibleTo(dialog)


def test_duplicate_lapor_number_is_asked_before_saving(
    qtbot: QtBot,
    case_window: MainWindow,
    desk_admin: tuple[Desk, User],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk, admin = desk_admin
    register(desk, admin, channel="lapor", tracking="LAP-77")
    asked: list[str] = []

    def answer_no(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    dialog = page_of(case_window).case_actions.register()
    assert dialog is not None
    dialog.channel.setCurrentIndex(dialog.channel.findData("lapor"))
    qtbot.keyClicks(dialog.lapor_tracking, "LAP-77")
    qtbot.keyClicks(dialog.pelapor_nama, "Ani")
    qtbot.keyClicks(dialog.perihal, "Laporan yang sama")
    qtbot.keyClicks(dialog.isi, "Isi")
    save(qtbot, dialog)
    assert asked and "ADU/2026/TU1/0001" in asked[0]
    assert dialog.isVisible()
    assert desk.count_cases(CaseQuery()) == 1


# -- working a case -----------------------------------------------------------------------------


def test_complete_steps_through_a_decision(
    qtbot: QtBot, case_window: MainWindow, desk_admin: tuple[Desk, User]
) -> None:
    desk, admin = desk_admin
    register(desk, admin)
    page = page_of(case_window)
    page.model.reload()
    page.table.selectRow(0)
    for number in ("2", "3"):  # step 1, the start, is done on registering
        assert page.detail_panel.buttons["complete"].text() == f"Selesaikan langkah {number}"
        dialog = open_dialog(case_window, "complete")
        assert not dialog.branch_buttons
        assert dialog.on_behalf.text() == "Petugas Lapor"
        with qtbot.waitSignal(case_window.case_actions.changed):
            save(qtbot, dialog)

    dialog = open_dialog(case_window, "complete")
    assert [b.text() for b in dialog.branch_buttons] == ["lengkap", "tidak lengkap"]
    save(qtbot, dialog)
    assert dialog.error_text("branch") == "Pilih hasil keputusan: lengkap / tidak lengkap."
    dialog.branch_buttons[0].setChecked(True)
    with qtbot.waitSignal(case_window.case_actions.changed):
        save(qtbot, dialog)

    assert "5. Petugas mencetak info pengaduan" in page.detail_panel.step_text.text()
    timeline = page.detail_panel.timeline
    texts = [timeline.topLevelItem(n).text(1) for n in range(timeline.topLevelItemCount())]
    assert any(text.startswith("Langkah selesai 4") and "— lengkap" in text for text in texts)

    # the swimlane shows the pinned SOP with the case on it
    view = case_window.swimlane
    assert view.step_items("s1")[0].base_style == STATE_STYLES[StepState.DONE]
    assert view.step_items("s5")[0].base_style == STATE_STYLES[StepState.CURRENT]
    assert "Cabang yang diambil: lengkap" in view.step_items("s4")[0].toolTip()
    assert view.step_items("s6")[0].toolTip() == ""


def test_backdated_step_needs_a_reason_at_the_field(
    qtbot: QtBot, case_window: MainWindow, desk_admin: tuple[Desk, User]
) -> None:
    desk, admin = desk_admin
    register(desk, admin, days_ago=1)
    page = page_of(case_window)
    page.model.reload()
    page.table.selectRow(0)
    dialog = open_dialog(case_window, "complete")
    dialog.at.setDateTime(dialog.at.dateTime().addSecs(-3600))
    save(qtbot, dialog)
    assert dialog.error_text("backdate_reason").startswith("Dicatat mundur: tuliskan alasannya")
    qtbot.keyClicks(dialog.backdate_reason, "Lembar baru kembali")
    with qtbot.waitSignal(case_window.case_actions.changed):
        save(qtbot, dialog)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_record_a_disposition(
    qtbot: QtBot, case_window: MainWindow, desk_admin: tuple[Desk, User]
) -> None:
    desk, admin = desk_admin
    register(desk, admin)
    page = page_of(case_window)
    page.model.reload()
    page.table.selectRow(0)
    dialog = open_dialog(case_window, "dispose")
    dialog.kepada.clear()
    save(qtbot, dialog)
    assert dialog.error_text("kepada") == "Isi paling sedikit satu penerima disposisi."
    qtbot.keyClicks(dialog.kepada, "Sekretaris, Unit Terkait")
    dialog.sifat_buttons["segera"].setChecked(True)
    dialog.instruksi_boxes["proses-lanjut"].setChecked(True)
    with qtbot.waitSignal(case_window.case_actions.changed):
        save(qtbot, dialog)
    timeline = page.detail_panel.timeline
    texts = [timeline.topLevelItem(n).text(1) for n in range(timeline.topLevelItemCount())]
    assert "Disposisi dicatat dari Petugas Lapor kepada Sekretaris, Unit Terkait" in texts
    disposition = desk.case_detail(page.detail_panel.detail.state.case_id, admin)  # type: ignore[union-attr]
    assert disposition.state.dispositions[0].sifat == "segera"


def test_pause_and_resume_show_the_status(
    qtbot: QtBot, case_window: MainWindow, desk_admin: tuple[Desk, User]
) -> None:
    desk, admin = desk_admin
    register(desk, admin)
    page = page_of(case_window)
    page.model.reload()
    page.table.selectRow(0)
    dialog = open_dialog(case_window, "pause")
    assert dialog.reason.text() == "Menunggu tanggapan pelapor"
    with qtbot.waitSignal(case_window.case_actions.changed):
        save(qtbot, dialog)
    assert column_texts(page.model, "Status") == ["Dijeda"]
    assert field(case_window, "status").text() == "Dijeda"
    assert "resume" in page.detail_panel.buttons and "pause" not in page.detail_panel.buttons
    assert case_window.dashboard_page is not None
    case_window.show_page("dasbor")  # the dashboard counts when it is looked at
    assert case_window.dashboard_page.numbers["paused"].text() == "1"
    case_window.show_page("pengaduan")
    with qtbot.waitSignal(case_window.case_actions.changed):
        page.detail_panel.buttons["resume"].click()
    assert column_texts(page.model, "Status") == ["Terbuka"]
    assert field(case_window, "status").text() == "Terbuka"


def test_close_and_reopen_need_what_the_desk_asks(
    qtbot: QtBot, case_window: MainWindow, desk_admin: tuple[Desk, User]
) -> None:
    desk, admin = desk_admin
    register(desk, admin)
    page = page_of(case_window)
    page.model.reload()
    page.table.selectRow(0)
    dialog = open_dialog(case_window, "close")
    with qtbot.waitSignal(case_window.case_actions.changed):
        save(qtbot, dialog)
    assert column_texts(page.model, "Status") == ["Ditutup — Selesai"]
    assert column_texts(page.model, "Posisi") == [""]
    dialog = open_dialog(case_window, "reopen")
    save(qtbot, dialog)
    assert dialog.error_text("reason") == "Tuliskan alasan membuka kembali pengaduan."
    qtbot.keyClicks(dialog.reason, "Pelapor mengadu lagi")
    with qtbot.waitSignal(case_window.case_actions.changed):
        save(qtbot, dialog)
    assert column_texts(page.model, "Status") == ["Terbuka"]


# -- finding cases ------------------------------------------------------------------------------


def test_filter_overdue_and_search(
    qtbot: QtBot, case_window: MainWindow, desk_admin: tuple[Desk, User]
) -> None:
    desk, admin = desk_admin
    register(desk, admin, "Ambulans terlambat datang", days_ago=5)
    register(desk, admin, "Petugas tidak ramah", days_ago=0)
    page = page_of(case_window)
    page.model.reload()
    assert page.model.rowCount() == 2
    late = page.model.row_of(page.model.summary(1).case_id)
    tooltip = page.model.index(late, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Terlambat sejak 12-03-2026 10:05"
    page.filters.overdue.click()
    assert column_texts(page.model, "Perihal") == ["Ambulans terlambat datang"]
    assert page.total_label.text() == "1 pengaduan"
    page.filters.overdue.click()
    qtbot.keyClicks(page.filters.search, "ramah")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert column_texts(page.model, "Perihal") == ["Petugas tidak ramah"]


def test_dashboard_number_opens_the_filtered_list(
    qtbot: QtBot, desk_admin: tuple[Desk, User], case_window: MainWindow
) -> None:
    desk, admin = desk_admin
    register(desk, admin, "Lama", days_ago=5)
    register(desk, admin, "Baru")
    dashboard = case_window.dashboard_page
    assert dashboard is not None
    case_window.show_page("dasbor")
    assert dashboard.numbers["open"].text() == "2"
    assert dashboard.numbers["overdue"].text() == "1"
    assert dashboard.lane_buttons[("open", "petugas")].text() == "2"
    dashboard.numbers["overdue"].click()
    page = page_of(case_window)
    assert case_window.current_page_key() == PAGE_CASES
    assert page.filters.overdue.isChecked()
    assert column_texts(page.model, "Perihal") == ["Lama"]
    dashboard.lane_buttons[("open", "petugas")].click()
    assert page.filters.lane.currentText() == "Petugas Lapor"
    assert page.model.rowCount() == 2


def test_list_fetches_pages_lazily(qtbot: QtBot, desk_admin: tuple[Desk, User]) -> None:
    desk, admin = desk_admin
    for n in range(PAGE_SIZE + 20):
        register(desk, admin, f"Pengaduan {n}", days_ago=n / 100)
    model = CaseListModel(desk, admin.role)
    assert model.total == PAGE_SIZE + 20
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == PAGE_SIZE + 20
    assert not model.canFetchMore(model.index(-1, -1))
    model.sort(COLUMNS.index(SortKey.NOMOR), Qt.SortOrder.AscendingOrder)
    assert model.index(0, 0).data() == "ADU/2026/TU1/0001"
    assert model.rowCount() == PAGE_SIZE


def test_item_models_pass_the_model_tester(
    qtmodeltester: Any, desk_admin: tuple[Desk, User]
) -> None:
    desk, admin = desk_admin
    register(desk, admin, "Satu", days_ago=3)
    register(desk, admin, "Dua")
    qtmodeltester.check(CaseListModel(desk, admin.role))


# -- confidentiality ----------------------------------------------------------------------------


def test_pimpinan_never_sees_a_secret_complainant(
    qtbot: QtBot, desk_admin: tuple[Desk, User]
) -> None:
    desk, admin = desk_admin
    register(desk, admin, "Pungutan liar", nama="Rahasia Sekali", rahasia=True)
    kadis = desk.save_user(admin, UserForm("Pak Kadis", Role.PIMPINAN, pin="4321"))
    host = QWidget()
    qtbot.addWidget(host)
    page = CaseListPage(desk, kadis, CaseActions(desk, kadis, host), host)
    host.resize(1366, 768)
    host.show()
    assert column_texts(page.model, "Pelapor") == ["(dirahasiakan)"]
    page.table.selectRow(0)
    panel = page.detail_panel
    assert panel.fields["pelapor"].text() == "(dirahasiakan)"
    for key in ("kontak", "alamat", "nik"):
        assert not panel.fields[key].isVisibleTo(panel)
    assert panel.buttons == {}
    assert not page.new_button.isVisibleTo(page)
    everything = visible_texts(host)
    assert "Rahasia Sekali" not in everything and "081234567890" not in everything

    clerk_page = CaseListPage(desk, admin, CaseActions(desk, admin, host), host)
    clerk_page.table.selectRow(0)
    assert clerk_page.detail_panel.fields["pelapor"].text().startswith("Rahasia Sekali")
    assert clerk_page.detail_panel.fields["kontak"].text() == "081234567890"


def test_window_without_desk_keeps_coming_soon_pages(window: MainWindow) -> None:
    assert window.case_page is None
    assert not window.new_case_action.isVisible()
    assert isinstance(window.pages.widget(1), QLabel)


def test_new_case_shortcut_is_ctrl_n(case_window: MainWindow) -> None:
    assert case_window.new_case_action.shortcut().toString() == "Ctrl+N"
    buttons = case_window.findChildren(QPushButton, "new-case")
    assert buttons and buttons[0].text() == "&Pengaduan baru"
