"""What the main window shows of the session: the office and who is signed in, and for an
admin the menu to manage users.

Added from outside the main window through its public Qt API, so the window's own code stays
about SOPs and cases.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QWidget

from desktop.models.vocabulary import Role
from desktop.views.role_names import role_label

if TYPE_CHECKING:
    from desktop.models.accounts import User
    from desktop.models.desk import Desk


class SessionLabel(QLabel):
    """``Dinas Kesehatan — Masuk sebagai Siti Aminah (Admin)`` in the status bar."""

    def __init__(self, office: str, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session")
        self._office = office
        self._user = user
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        who = (
            self.tr("Masuk sebagai %1 (%2)")
            .replace("%1", self._user.name)
            .replace("%2", role_label(self._user.role))
        )
        self.setText(f"{self._office} — {who}" if self._office else who)


class AdminMenu(QMenu):
    """The admin's menu: manage the office's users."""

    def __init__(self, desk: Desk, user: User, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk = desk
        self.user = user
        self.users_action = QAction(self)
        self.users_action.triggered.connect(self.show_users)
        self.addAction(self.users_action)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("&Admin"))
        self.users_action.setText(self.tr("Kelola &pengguna…"))

    def show_users(self) -> None:
        from desktop.views.users_dialog import UsersDialog

        dialog = UsersDialog(self.desk, self.user, self.parentWidget())
        dialog.exec()
        dialog.deleteLater()


def show_signed_in(window: QMainWindow, desk: Desk, user: User) -> None:
    """Put the session into ``window``: status bar label, and the admin menu for an admin."""
    office = desk.office_profile().nama_dinas
    window.statusBar().addPermanentWidget(SessionLabel(office, user, window))
    if user.role is Role.ADMIN:
        menu = AdminMenu(desk, user, window)
        menus = window.menuBar().actions()
        if menus:  # before the last menu (Bantuan), where users look for settings
            window.menuBar().insertMenu(menus[-1], menu)
        else:
            window.menuBar().addMenu(menu)
