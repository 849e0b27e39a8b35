"""The admin manages users: adds a petugas and a pimpinan, edits, resets a PIN, deactivates."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.models.accounts import User, UserForm
from desktop.models.desk import Desk
from desktop.models.office import OfficeProfile
from desktop.models.problems import NotAllowedError
from desktop.models.sop_loader import bundled_template_files
from desktop.models.vocabulary import Role
from desktop.views.users_dialog import UserEditDialog, UsersDialog


@pytest.fixture
def desk_and_admin(data_dir: Path) -> Iterator[tuple[Desk, User]]:
    desk = Desk(data_dir)
    admin = desk.setup(
        office=OfficeProfile("Pemerintah Kabupaten Contoh", "Dinas Kesehatan Contoh"),
        device_code="TU1",
        admin=UserForm("Siti Aminah", Role.ADMIN, pin="123456"),
        sop_text=bundled_template_files()[0].read_text(encoding="utf-8"),
    )
    yield desk, admin
    desk.close()


@pytest.fixture
def dialog(qtbot: QtBot, desk_and_admin: tuple[Desk, User], translations: object) -> UsersDialog:
    desk, admin = desk_and_admin
    dialog = UsersDialog(desk, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _in_editor(qtbot: QtBot, fill: Callable[[UserEditDialog], None]) -> None:
    """Fill the next user editor that opens, as a clerk types, and press Enter to save."""

    def act() -> None:
        editor = QApplication.activeModalWidget()
        if not isinstance(editor, UserEditDialog):
            QTimer.singleShot(10, act)
            return
        fill(editor)
        target = editor.pin_again if editor.pin_again.isVisible() else editor.name
        qtbot.keyClick(target, Qt.Key.Key_Return)
        if editor.isVisible():  # a problem kept it open: leave the test a way out
            editor.reject()

    QTimer.singleShot(0, act)


def _new_user(qtbot: QtBot, name: str, role: Role, pin: str) -> Callable[[UserEditDialog], None]:
    def fill(editor: UserEditDialog) -> None:
        qtbot.keyClicks(editor.name, name)
        qtbot.keyClicks(editor.nip, "199001012015031002")
        editor.role.setCurrentIndex(editor.role.findData(role.value))
        qtbot.keyClicks(editor.pin, pin)
        qtbot.keyClicks(editor.pin_again, pin)

    return fill


def _rows(dialog: UsersDialog) -> list[tuple[str, str, str]]:
    table = dialog.table
    return [
        (
            table.item(row, 0).text(),  # type: ignore[union-attr]
            table.item(row, 4).text(),  # type: ignore[union-attr]
            table.item(row, 5).text(),  # type: ignore[union-attr]
        )
        for row in range(table.rowCount())
    ]


def test_admin_adds_a_petugas_and_a_pimpinan_who_can_sign_in(
    qtbot: QtBot, dialog: UsersDialog, desk_and_admin: tuple[Desk, User]
) -> None:
    desk, _admin = desk_and_admin
    _in_editor(qtbot, _new_user(qtbot, "Budi Santoso", Role.PETUGAS, "2468"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    _in_editor(qtbot, _new_user(qtbot, "dr. Rina Kartika", Role.PIMPINAN, "13579"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    assert _rows(dialog) == [
        ("Budi Santoso", "Petugas pengaduan", "Aktif"),
        ("Siti Aminah", "Admin", "Aktif"),
        ("dr. Rina Kartika", "Pimpinan (hanya baca)", "Aktif"),
    ]
    by_name = {user.name: user for user in desk.users()}
    assert by_name["Budi Santoso"].role is Role.PETUGAS
    assert by_name["Budi Santoso"].nip == "199001012015031002"
    assert desk.authenticate(by_name["dr. Rina Kartika"].user_id, "13579").role is Role.PIMPINAN


def test_a_new_user_with_mismatched_pins_is_not_saved(
    qtbot: QtBot, desk_and_admin: tuple[Desk, User], translations: object
) -> None:
    desk, admin = desk_and_admin
    editor = UserEditDialog(desk, admin)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.name, "Budi Santoso")
    qtbot.keyClicks(editor.pin, "2468")
    qtbot.keyClicks(editor.pin_again, "2486")
    editor.save()
    assert editor.message("pin_again") == "PIN tidak sama; ketik ulang PIN yang sama."
    assert [user.name for user in desk.users()] == ["Siti Aminah"]


def test_edit_reset_pin_and_deactivate(
    qtbot: QtBot, dialog: UsersDialog, desk_and_admin: tuple[Desk, User]
) -> None:
    desk, admin = desk_and_admin
    budi = desk.save_user(admin, UserForm("Budi Santoso", Role.PETUGAS, pin="2468"))
    dialog.refresh(budi.user_id)

    def rename(editor: UserEditDialog) -> None:
        editor.jabatan.setText("Pengelola Pengaduan")
        editor.role.setCurrentIndex(editor.role.findData(Role.PIMPINAN.value))

    _in_editor(qtbot, rename)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    assert desk.user(budi.user_id).jabatan == "Pengelola Pengaduan"
    assert desk.user(budi.user_id).role is Role.PIMPINAN
    assert desk.authenticate(budi.user_id, "2468")  # editing keeps the PIN

    def new_pin(editor: UserEditDialog) -> None:
        editor.pin.setText("97531")
        editor.pin_again.setText("97531")

    _in_editor(qtbot, new_pin)
    qtbot.mouseClick(dialog.pin_button, Qt.MouseButton.LeftButton)
    assert desk.authenticate(budi.user_id, "97531")
    with pytest.raises(NotAllowedError):
        desk.authenticate(budi.user_id, "2468")

    dialog.confirm = lambda *args, **kwargs: True
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert ("Budi Santoso", "Pimpinan (hanya baca)", "Nonaktif") in _rows(dialog)
    assert [user.name for user in desk.users()] == ["Siti Aminah"]
    assert dialog.active_button.text() == "&Aktifkan"


def test_the_admin_cannot_deactivate_or_demote_themself(
    qtbot: QtBot, dialog: UsersDialog, desk_and_admin: tuple[Desk, User]
) -> None:
    _desk, admin = desk_and_admin
    dialog.select_user(admin.user_id)
    assert not dialog.active_button.isEnabled()
    editor = dialog.editor(admin)
    qtbot.addWidget(editor)
    assert not editor.role.isEnabled()
