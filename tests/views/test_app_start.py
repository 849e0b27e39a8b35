"""Starting the app: the wizard on a new PC, the login on a set-up one, then the main window."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.models import database
from desktop.models.accounts import UserForm
from desktop.models.desk import Desk
from desktop.models.office import OfficeProfile
from desktop.models.sop_loader import bundled_template_files
from desktop.models.vocabulary import Role
from desktop.views import app as app_module
from desktop.views.app import run_gui
from desktop.views.login_dialog import LoginDialog
from desktop.views.main_window import MainWindow
from desktop.views.setup_wizard import SetupWizard
from desktop.views.signed_in import AdminMenu, SessionLabel

W = TypeVar("W", bound=QWidget)


class WhenShown:
    """Acts on the first visible top-level widget of a class while ``run_gui`` blocks."""

    def __init__(self) -> None:
        self.seen: list[QWidget] = []

    def then(
        self,
        kind: type[W],
        action: Callable[[W], None],
        ready: Callable[[W], bool] = lambda _widget: True,
        timeout_ms: int = 15_000,
    ) -> None:
        waited = [0]

        def poll() -> None:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, kind) and widget.isVisible() and ready(widget):
                    self.seen.append(widget)
                    action(widget)
                    return
            waited[0] += 20
            if waited[0] > timeout_ms:  # never hang the suite: give up and unblock run_gui
                for widget in QApplication.topLevelWidgets():
                    widget.close()
                QApplication.quit()
                return
            QTimer.singleShot(20, poll)

        QTimer.singleShot(0, poll)


def _set_up(data_dir: Path) -> None:
    desk = Desk(data_dir)
    desk.setup(
        office=OfficeProfile("Pemerintah Kabupaten Contoh", "Dinas Kesehatan Contoh"),
        device_code="TU1",
        admin=UserForm("Siti Aminah", Role.ADMIN, pin="123456"),
        sop_text=bundled_template_files()[0].read_text(encoding="utf-8"),
    )
    desk.close()


def _close_main_window(window: MainWindow) -> None:
    window.close()  # the last window: the application's loop ends, as when a clerk closes it


def test_the_database_file_name_matches_the_desk() -> None:
    assert app_module.DATABASE_FILE == database.DATABASE_NAME


def test_a_new_pc_shows_the_wizard_and_cancelling_exits_cleanly(data_dir: Path) -> None:
    shown = WhenShown()
    shown.then(SetupWizard, lambda wizard: wizard.reject())

    assert run_gui(["meja-pengaduan"], data_dir=data_dir) == 0

    assert [type(widget) for widget in shown.seen] == [SetupWizard]
    desk = Desk(data_dir)
    assert not desk.is_set_up
    desk.close()


def _finish_wizard(wizard: SetupWizard) -> None:
    wizard.office_page.pemerintah.setText("Pemerintah Kabupaten Contoh")
    wizard.office_page.nama_dinas.setText("Dinas Kesehatan Contoh")
    wizard.next()
    wizard.device_page.code.setText("TU3")
    wizard.next()
    wizard.admin_page.name.setText("Siti Aminah")
    wizard.admin_page.pin.setText("123456")
    wizard.admin_page.pin_again.setText("123456")
    wizard.next()
    wizard.next()
    assert wizard.currentId() == 4
    wizard.accept()


def test_after_the_wizard_the_admin_works_in_the_main_window(data_dir: Path) -> None:
    windows: list[tuple[str, str, str]] = []

    def inspect(window: MainWindow) -> None:
        session = window.findChild(SessionLabel)
        admin_menus = window.findChildren(AdminMenu)
        assert window.user is not None
        windows.append((window.user.name, session.text() if session else "", str(admin_menus)))
        _close_main_window(window)

    shown = WhenShown()
    shown.then(SetupWizard, _finish_wizard)
    shown.then(MainWindow, inspect)

    assert run_gui(["meja-pengaduan"], data_dir=data_dir) == 0

    ((name, session, menus),) = windows
    assert name == "Siti Aminah"
    assert session == "Dinas Kesehatan Contoh — Masuk sebagai Siti Aminah (Admin)"
    assert "AdminMenu" in menus
    desk = Desk(data_dir)
    assert desk.device().device_code == "TU3"
    desk.close()


def test_a_set_up_pc_asks_for_the_pin_before_the_main_window(data_dir: Path, qtbot: QtBot) -> None:
    _set_up(data_dir)
    users: list[str] = []

    def sign_in(dialog: LoginDialog) -> None:
        qtbot.keyClicks(dialog.pin, "123456")
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)

    def inspect(window: MainWindow) -> None:
        users.append(window.user.name if window.user else "")
        _close_main_window(window)

    shown = WhenShown()
    shown.then(LoginDialog, sign_in, ready=lambda dialog: dialog.users.count() == 1)
    shown.then(MainWindow, inspect)

    assert run_gui(["meja-pengaduan"], data_dir=data_dir) == 0
    assert users == ["Siti Aminah"]


def test_closing_the_login_exits_without_the_main_window(data_dir: Path) -> None:
    _set_up(data_dir)
    shown = WhenShown()
    shown.then(
        LoginDialog, lambda dialog: dialog.reject(), ready=lambda dialog: dialog.users.count() == 1
    )
    assert run_gui(["meja-pengaduan"], data_dir=data_dir) == 0
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_quit_when_shown_on_a_set_up_pc_stops_at_the_login(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_up(data_dir)
    built: list[MainWindow] = []
    original = MainWindow.show
    monkeypatch.setattr(MainWindow, "show", lambda self: built.append(self) or original(self))

    assert run_gui(["meja-pengaduan"], data_dir=data_dir, quit_when_shown=True) == 0

    out = capsys.readouterr().out
    assert "login-shown-at" in out
    assert "window-shown-at" in out
    assert built == []


def test_a_database_from_a_newer_version_is_explained_and_exits_with_1(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with sqlite3.connect(data_dir / database.DATABASE_NAME) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES ('9999')")
    connection.close()
    shown: list[tuple[str, str]] = []

    def critical(parent: QWidget | None, title: str, text: str, *args: object) -> int:
        shown.append((title, text))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "critical", critical)

    assert run_gui(["meja-pengaduan"], data_dir=data_dir) == 1

    ((title, text),) = shown
    assert title == "Basis data tidak dapat dibuka"
    assert "Pembaruan basis data gagal dan data dikembalikan dari cadangan" in text
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    with sqlite3.connect(data_dir / database.DATABASE_NAME) as connection:
        (version,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    assert version == "9999"  # the newer version's data is left as it was
