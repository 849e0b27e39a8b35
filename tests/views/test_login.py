"""Signing in: the right PIN lets the user in, a wrong one says so, five in a row make one wait."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.models.accounts import User, UserForm
from desktop.models.desk import Desk
from desktop.models.office import OfficeProfile
from desktop.models.sop_loader import bundled_template_files
from desktop.models.vocabulary import Role
from desktop.views.app import open_settings
from desktop.views.login_dialog import LoginDialog


@pytest.fixture
def desk(data_dir: Path) -> Iterator[Desk]:
    desk = Desk(data_dir)
    admin = desk.setup(
        office=OfficeProfile("Pemerintah Kabupaten Contoh", "Dinas Kesehatan Contoh"),
        device_code="TU1",
        admin=UserForm("Siti Aminah", Role.ADMIN, pin="123456"),
        sop_text=bundled_template_files()[0].read_text(encoding="utf-8"),
    )
    desk.save_user(admin, UserForm("Budi Santoso", Role.PETUGAS, pin="2468"))
    yield desk
    desk.close()


@pytest.fixture
def settings(data_dir: Path) -> QSettings:
    return open_settings(data_dir)


def _user(desk: Desk, name: str) -> User:
    return next(user for user in desk.users() if user.name == name)


@pytest.fixture
def dialog(qtbot: QtBot, desk: Desk, settings: QSettings, translations: object) -> LoginDialog:
    dialog = LoginDialog(settings, desk=desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_lists_active_users_under_the_office_name(dialog: LoginDialog, desk: Desk) -> None:
    assert dialog.office.text() == "Dinas Kesehatan Contoh"
    names = [dialog.users.itemText(i) for i in range(dialog.users.count())]
    assert names == ["Budi Santoso (Petugas pengaduan)", "Siti Aminah (Admin)"]
    assert dialog.pin.echoMode() == dialog.pin.EchoMode.Password


def test_the_right_pin_and_enter_sign_in_and_the_user_is_remembered(
    qtbot: QtBot, dialog: LoginDialog, desk: Desk, settings: QSettings
) -> None:
    budi = _user(desk, "Budi Santoso")
    dialog.choose_user(budi.user_id)
    qtbot.keyClicks(dialog.pin, "2468")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted.value
    assert dialog.user == budi
    again = LoginDialog(settings, desk=desk)
    qtbot.addWidget(again)
    assert again.users.currentData() == budi.user_id


def test_a_wrong_pin_is_refused_with_a_message_and_cleared(
    qtbot: QtBot, dialog: LoginDialog, desk: Desk
) -> None:
    dialog.choose_user(_user(desk, "Siti Aminah").user_id)
    qtbot.keyClicks(dialog.pin, "2468")  # Budi's PIN, not Siti's
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.user is None
    assert dialog.message_text() == "Nama pengguna atau PIN salah."
    assert dialog.pin.text() == ""


def test_five_wrong_pins_in_a_row_make_the_next_try_wait(
    qtbot: QtBot, dialog: LoginDialog, desk: Desk
) -> None:
    dialog.lock_seconds = 2
    for _ in range(5):
        qtbot.keyClicks(dialog.pin, "0000")
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)

    assert dialog.locked
    assert not dialog.pin.isEnabled()
    assert not dialog.sign_in_button.isEnabled()
    assert "5 kali berturut-turut" in dialog.message_text()
    assert "Tunggu 2 detik" in dialog.message_text()
    qtbot.waitUntil(lambda: "Tunggu 1 detik" in dialog.message_text(), timeout=3000)
    qtbot.waitUntil(lambda: not dialog.locked, timeout=3000)
    assert dialog.pin.isEnabled()
    assert dialog.message_text() == "Silakan coba lagi."

    dialog.choose_user(_user(desk, "Siti Aminah").user_id)
    qtbot.keyClicks(dialog.pin, "123456")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.user == _user(desk, "Siti Aminah")


def test_the_dialog_shows_before_the_desk_and_fills_in_when_it_comes(
    qtbot: QtBot, desk: Desk, settings: QSettings, translations: object
) -> None:
    dialog = LoginDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.users.count() == 0
    assert not dialog.sign_in_button.isEnabled()
    dialog.set_desk(desk)
    assert dialog.users.count() == 2
    assert dialog.sign_in_button.isEnabled()


def test_a_deactivated_user_is_not_offered(
    qtbot: QtBot, desk: Desk, settings: QSettings, translations: object
) -> None:
    admin = _user(desk, "Siti Aminah")
    desk.save_user(
        admin,
        UserForm("Budi Santoso", Role.PETUGAS, active=False),
        _user(desk, "Budi Santoso").user_id,
    )
    dialog = LoginDialog(settings, desk=desk)
    qtbot.addWidget(dialog)
    assert [dialog.users.itemText(i) for i in range(dialog.users.count())] == [
        "Siti Aminah (Admin)"
    ]
