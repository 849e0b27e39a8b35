"""The admin's list of users: add, edit, reset a PIN, deactivate or reactivate.

Users are never deleted: their name stays on every step they recorded. A deactivated user
simply no longer appears at sign-in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.accounts import User, UserForm
from desktop.models.problems import InputError, NotAllowedError
from desktop.models.vocabulary import Role
from desktop.views.confirm import ask
from desktop.views.field_messages import FieldForm, error_label
from desktop.views.role_names import role_help, role_label

if TYPE_CHECKING:
    from desktop.models.desk import Desk


def _pin_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(8)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), edit))
    return edit


class UserEditDialog(QDialog):
    """One user's details and, for a new user or a reset, the PIN typed twice.

    Args:
        desk: saves through :meth:`Desk.save_user`.
        actor: the admin making the change.
        user: the user to edit; ``None`` adds a new one.
        pin_only: only reset the PIN (the other details are kept).

    Attributes:
        saved: the user as stored, once accepted.
    """

    def __init__(
        self,
        desk: Desk,
        actor: User,
        user: User | None = None,
        parent: QWidget | None = None,
        *,
        pin_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.user = user
        self.saved: User | None = None
        self._pin_only = pin_only
        self.name = QLineEdit(self)
        self.nip = QLineEdit(self)
        self.jabatan = QLineEdit(self)
        self.pangkat = QLineEdit(self)
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.role_hint = QLabel(self)
        self.role_hint.setWordWrap(True)
        self.pin = _pin_edit(self)
        self.pin_again = _pin_edit(self)
        self.form = FieldForm()
        self.general = error_label(self)
        self._layout()
        self._fill()
        self.role.currentIndexChanged.connect(self._show_role_help)
        self._show_role_help()

    def _layout(self) -> None:
        form = self.form
        if self._pin_only:
            assert self.user is not None
            self.setWindowTitle(self.tr("Atur ulang PIN — %1").replace("%1", self.user.name))
        else:
            new = self.user is None
            self.setWindowTitle(self.tr("Pengguna baru") if new else self.tr("Ubah pengguna"))
            form.add_field("name", self.tr("&Nama lengkap *"), self.name)
            form.add_field("nip", self.tr("N&IP"), self.nip)
            form.add_field("jabatan", self.tr("&Jabatan"), self.jabatan)
            form.add_field("pangkat", self.tr("Pang&kat/golongan"), self.pangkat)
            form.add_field("role", self.tr("&Peran *"), self.role)
            form.addRow("", self.role_hint)
        if self._pin_only:
            for widget in (self.name, self.nip, self.jabatan, self.pangkat, self.role):
                widget.hide()
            self.role_hint.hide()
        if self._pin_only or self.user is None:
            form.add_field(
                "pin", self.tr("P&IN baru *") if self.user else self.tr("P&IN *"), self.pin
            )
            form.add_field("pin_again", self.tr("&Ulangi PIN *"), self.pin_again)
        else:
            self.pin.hide()
            self.pin_again.hide()
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Simpan"), self)
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(480, 0)

    def _fill(self) -> None:
        user = self.user
        if user is None:
            self.role.setCurrentIndex(self.role.findData(Role.PETUGAS.value))
            return
        self.name.setText(user.name)
        self.nip.setText(user.nip)
        self.jabatan.setText(user.jabatan)
        self.pangkat.setText(user.pangkat)
        self.role.setCurrentIndex(self.role.findData(user.role.value))
        if user.user_id == self.actor.user_id:
            self.role.setEnabled(False)  # an admin demoting themselves could lock the office out
            self.role.setToolTip(self.tr("Peran Anda sendiri tidak dapat diubah di sini."))

    def _show_role_help(self) -> None:
        self.role_hint.setText(role_help(Role(self.role.currentData())))

    def user_form(self) -> UserForm:
        base = self.user
        if self._pin_only and base is not None:
            return UserForm(
                name=base.name,
                role=base.role,
                pin=self.pin.text(),
                nip=base.nip,
                jabatan=base.jabatan,
                pangkat=base.pangkat,
                active=base.active,
            )
        return UserForm(
            name=self.name.text().strip(),
            role=Role(self.role.currentData()),
            pin=self.pin.text(),
            nip=self.nip.text().strip(),
            jabatan=self.jabatan.text().strip(),
            pangkat=self.pangkat.text().strip(),
            active=True if base is None else base.active,
        )

    def message(self, name: str) -> str:
        return self.form.message(name)

    def save(self) -> None:
        """Save through the desk; problems show at their fields and nothing is written."""
        asks_pin = self._pin_only or self.user is None
        if asks_pin and self.pin.text() != self.pin_again.text():
            self._show({"pin_again": self.tr("PIN tidak sama; ketik ulang PIN yang sama.")})
            self.pin_again.clear()
            return
        if self._pin_only and not self.pin.text():
            self._show({"pin": self.tr("Ketik PIN baru.")})
            return
        try:
            self.saved = self.desk.save_user(
                self.actor, self.user_form(), None if self.user is None else self.user.user_id
            )
        except InputError as error:
            self._show(error.problems)
            return
        except NotAllowedError as error:
            QMessageBox.warning(self, self.tr("Tidak dapat disimpan"), str(error))
            return
        self.accept()

    def _show(self, problems: dict[str, str]) -> None:
        rest = self.form.show_problems(problems)
        self.general.setText("\n".join(rest.values()))
        self.general.setVisible(bool(rest))


COLUMNS = 6
COLUMN_NAME, COLUMN_NIP, COLUMN_JABATAN, COLUMN_PANGKAT, COLUMN_ROLE, COLUMN_STATUS = range(COLUMNS)


class UsersDialog(QDialog):
    """Every user of the office, active or not, with the admin's actions on them.

    Args:
        desk: the office's desk.
        actor: the signed-in admin.

    Attributes:
        confirm: asks before deactivating (:func:`desktop.views.confirm.ask`; tests replace it).
    """

    def __init__(self, desk: Desk, actor: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.users: list[User] = []
        self.confirm: Callable[..., bool] = ask
        self.setWindowTitle(self.tr("Pengguna"))
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Nama"),
                self.tr("NIP"),
                self.tr("Jabatan"),
                self.tr("Pangkat/golongan"),
                self.tr("Peran"),
                self.tr("Status"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_NAME, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Tambah…"), self)
        self.edit_button = QPushButton(self.tr("&Ubah…"), self)
        self.pin_button = QPushButton(self.tr("Atur ulang &PIN…"), self)
        self.active_button = QPushButton(self.tr("&Nonaktifkan"), self)
        close = QPushButton(self.tr("Tutup"), self)
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.pin_button.clicked.connect(self.reset_pin)
        self.active_button.clicked.connect(self.toggle_active)
        close.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_user())
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.pin_button, self.active_button):
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(close)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(side)
        self.resize(860, 420)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        """Reload the users from the desk, keeping (or moving to) the ``select`` user id."""
        chosen = self.selected()
        current = select or (chosen.user_id if chosen is not None else None)
        self.users = self.desk.users(include_inactive=True)
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            status = self.tr("Aktif") if user.active else self.tr("Nonaktif")
            values = [user.name, user.nip, user.jabatan, user.pangkat, role_label(user.role)]
            for column, value in enumerate([*values, status]):
                item = QTableWidgetItem(value)
                if not user.active:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
            if user.user_id == current:
                self.table.selectRow(row)
        if self.selected() is None and self.users:
            self.table.selectRow(0)
        self._sync_buttons()

    def selected(self) -> User | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.users[rows[0].row()] if rows and rows[0].row() < len(self.users) else None

    def select_user(self, user_id: str) -> None:
        for row, user in enumerate(self.users):
            if user.user_id == user_id:
                self.table.selectRow(row)

    def _sync_buttons(self) -> None:
        user = self.selected()
        for button in (self.edit_button, self.pin_button, self.active_button):
            button.setEnabled(user is not None)
        if user is None:
            return
        self.active_button.setText(self.tr("&Nonaktifkan") if user.active else self.tr("&Aktifkan"))
        is_me = user.user_id == self.actor.user_id
        self.active_button.setEnabled(not is_me)
        self.active_button.setToolTip(
            self.tr("Anda tidak dapat menonaktifkan diri sendiri.") if is_me else ""
        )

    def _run(self, dialog: UserEditDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        if dialog.exec() == QDialog.DialogCode.Accepted.value and dialog.saved is not None:
            self.refresh(dialog.saved.user_id)
        dialog.deleteLater()

    def add_user(self) -> None:
        self._run(self.editor())

    def edit_user(self) -> None:
        user = self.selected()
        if user is not None:
            self._run(self.editor(user))

    def reset_pin(self) -> None:
        user = self.selected()
        if user is not None:
            self._run(self.editor(user, pin_only=True))

    def editor(self, user: User | None = None, *, pin_only: bool = False) -> UserEditDialog:
        """The dialog that adds (``user`` None), edits or resets the PIN of a user."""
        return UserEditDialog(self.desk, self.actor, user, self, pin_only=pin_only)

    def toggle_active(self) -> None:
        """Deactivate the selected user (after asking) or reactivate them."""
        user = self.selected()
        if user is None or user.user_id == self.actor.user_id:
            return
        if user.active and not self._confirm_deactivate(user):
            return
        form = UserForm(
            name=user.name,
            role=user.role,
            nip=user.nip,
            jabatan=user.jabatan,
            pangkat=user.pangkat,
            active=not user.active,
        )
        try:
            self.desk.save_user(self.actor, form, user.user_id)
        except (InputError, NotAllowedError) as error:
            QMessageBox.warning(self, self.tr("Tidak dapat disimpan"), str(error))
            return
        self.refresh(user.user_id)

    def _confirm_deactivate(self, user: User) -> bool:
        return self.confirm(
            self,
            self.tr("Nonaktifkan pengguna?"),
            self.tr(
                "%1 tidak dapat masuk lagi sampai diaktifkan kembali. Catatan yang pernah "
                "dibuatnya tetap tersimpan atas namanya."
            ).replace("%1", user.name),
            proceed=self.tr("&Nonaktifkan"),
            stay=self.tr("Batal"),
        )
