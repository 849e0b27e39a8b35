"""Signing in: choose your name, type your PIN, press Enter.

The dialog can show before the desk is open (the list of names fills in a moment later), so
the first window appears quickly on an old PC. Five wrong PINs in a row make the next try
wait half a minute, which makes guessing a colleague's PIN slow without locking anyone out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.models.problems import NotAllowedError
from desktop.views.field_messages import error_label
from desktop.views.role_names import role_label

if TYPE_CHECKING:
    from desktop.models.accounts import User
    from desktop.models.desk import Desk

LAST_USER_KEY = "login/last_user"


class LoginDialog(QDialog):
    """Asks who is working and checks their PIN; :attr:`user` is set once accepted.

    Args:
        settings: remembers the last user who signed in on this PC.
        desk: the desk whose users may sign in; may come later through :meth:`set_desk`.

    Attributes:
        user: the signed-in user after :meth:`exec` accepted.
        lock_after: wrong PINs in a row before a wait.
        lock_seconds: how long that wait lasts.
    """

    lock_after = 5
    lock_seconds = 30

    def __init__(
        self, settings: QSettings, parent: QWidget | None = None, *, desk: Desk | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.desk: Desk | None = None
        self.user: User | None = None
        self.failures = 0
        self._remaining = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._build()
        if desk is not None:
            self.set_desk(desk)

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Masuk — %1").replace("%1", APP_NAME))
        self.office = QLabel(APP_NAME, self)
        font = QFont(self.office.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.office.setFont(font)
        self.office.setWordWrap(True)
        self.government = QLabel(self)
        self.government.setWordWrap(True)
        self.users = QComboBox(self)
        self.users.setMinimumContentsLength(28)
        self.users.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.users.setPlaceholderText(self.tr("Memuat daftar pengguna…"))
        self.users.setEnabled(False)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), self))
        self.message = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("&Nama pengguna"), self.users)
        form.addRow(self.tr("&PIN"), self.pin)
        buttons = QDialogButtonBox(self)
        self.sign_in_button = QPushButton(self.tr("&Masuk"), self)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setEnabled(False)
        self.quit_button = QPushButton(self.tr("&Keluar"), self)
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.office)
        layout.addWidget(self.government)
        layout.addSpacing(10)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.pin.setFocus()
        self.resize(440, 230)

    def set_desk(self, desk: Desk) -> None:
        """List the desk's active users, the last one who signed in here chosen."""
        self.desk = desk
        profile = desk.office_profile()
        self.office.setText(profile.nama_dinas or APP_NAME)
        self.government.setText(profile.pemerintah)
        self.government.setVisible(bool(profile.pemerintah))
        self.users.clear()
        for user in desk.users():
            self.users.addItem(f"{user.name} ({role_label(user.role)})", user.user_id)
        last = self.settings.value(LAST_USER_KEY, "")
        index = self.users.findData(last) if isinstance(last, str) and last else -1
        self.users.setCurrentIndex(max(index, 0))
        self.users.setEnabled(self.users.count() > 0 and not self.locked)
        self.sign_in_button.setEnabled(self.users.count() > 0 and not self.locked)
        if self.users.count() == 0:
            self._say(self.tr("Belum ada pengguna aktif. Hubungi admin kantor."))

    def choose_user(self, user_id: str) -> None:
        self.users.setCurrentIndex(self.users.findData(user_id))

    @property
    def locked(self) -> bool:
        return self._remaining > 0

    def message_text(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def sign_in(self) -> None:
        """Check the PIN of the chosen user; accept on success, explain otherwise."""
        if self.desk is None or self.locked or self.users.currentIndex() < 0:
            return
        if not self.pin.text():
            self._say(self.tr("Ketik PIN Anda."))
            self.pin.setFocus()
            return
        try:
            user = self.desk.authenticate(str(self.users.currentData()), self.pin.text())
        except NotAllowedError:
            self.failures += 1
            self.pin.clear()
            self.pin.setFocus()
            if self.failures >= self.lock_after:
                self._lock()
            else:
                self._say(self.tr("Nama pengguna atau PIN salah."))
            return
        self.failures = 0
        self.user = user
        self.settings.setValue(LAST_USER_KEY, user.user_id)
        self.accept()

    def _lock(self) -> None:
        self._remaining = self.lock_seconds
        for widget in (self.users, self.pin, self.sign_in_button):
            widget.setEnabled(False)
        self._show_wait()
        self._timer.start()

    def _show_wait(self) -> None:
        self._say(
            self.tr(
                "Nama pengguna atau PIN salah %1 kali berturut-turut. "
                "Tunggu %2 detik sebelum mencoba lagi."
            )
            .replace("%1", str(self.failures))
            .replace("%2", str(self._remaining))
        )

    def _tick(self) -> None:
        self._remaining -= 1
        if self._remaining > 0:
            self._show_wait()
            return
        self._timer.stop()
        for widget in (self.users, self.pin, self.sign_in_button):
            widget.setEnabled(True)
        self._say(self.tr("Silakan coba lagi."))
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
