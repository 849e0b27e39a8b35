"""Runs the case operations a user asks for: opens the right dialog, reports what changed.

Dialogs open window-modal without blocking (``QDialog.open``), so the event loop keeps running
and tests can type into them. Whatever an operation changed is announced through ``changed``;
the pages refresh from that alone.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop.models.accounts import User
from desktop.models.desk import CaseDetail, Change, Desk
from desktop.models.problems import InputError, NotAllowedError
from desktop.views.case_detail import DOCUMENT_ACTION, EDIT_ACTION
from desktop.views.case_dialogs import CloseDialog, NoteDialog, PauseDialog, ReopenDialog
from desktop.views.disposition_dialog import DispositionDialog
from desktop.views.document_actions import DocumentActions
from desktop.views.edit_case_dialog import EditCaseDialog
from desktop.views.form_dialog import FormDialog
from desktop.views.register_dialog import RegisterDialog
from desktop.views.step_dialog import CompleteStepDialog


class CaseActions(QObject):
    """The case operations of one signed-in user, with their dialogs.

    Signals:
        changed(object): an operation succeeded; the argument is its ``Change``.
        dialogOpened(object): a dialog was opened (the ``FormDialog``), e.g. for tests.
    """

    changed = Signal(object)
    dialogOpened = Signal(object)

    def __init__(self, desk: Desk, user: User, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.desk = desk
        self.user = user
        self._parent = parent_widget
        self.dialog: FormDialog | None = None
        self.documents = DocumentActions(desk, user, parent_widget)
        self.documents.changed.connect(self.changed)

    @property
    def can_write(self) -> bool:
        return self.user.role.can_write

    def register(self) -> RegisterDialog | None:
        """Open the "Pengaduan baru" dialog."""
        if not self.can_write:
            return None
        dialog = RegisterDialog(self.desk, self.user, self._parent)
        self._open(dialog)
        return dialog

    def run(self, key: str, detail: CaseDetail) -> None:
        """Do the action ``key`` (one of ``detail.actions``, or a document) on the case."""
        if key.startswith(DOCUMENT_ACTION):
            self.documents.open(key.removeprefix(DOCUMENT_ACTION), detail)
            return
        if key == EDIT_ACTION:
            if self.can_write:
                self._open(EditCaseDialog(self.desk, self.user, detail, self._parent))
            return
        action = next((a for a in detail.actions if a.key == key), None)
        if action is None:
            return
        dialog: FormDialog | None = None
        if key == "complete":
            dialog = CompleteStepDialog(self.desk, self.user, detail, action, self._parent)
        elif key == "dispose":
            dialog = DispositionDialog(self.desk, self.user, detail, self._parent)
        elif key == "pause":
            dialog = PauseDialog(self.desk, self.user, detail, self._parent)
        elif key == "close":
            dialog = CloseDialog(self.desk, self.user, detail, self._parent)
        elif key == "reopen":
            dialog = ReopenDialog(self.desk, self.user, detail, self._parent)
        elif key == "note":
            dialog = NoteDialog(self.desk, self.user, detail, self._parent)
        elif key == "resume":
            self._direct(lambda: self.desk.resume(self.user, detail.state.case_id))
        elif key == "attach":
            self.attach(detail.state.case_id, self.choose_files())
        if dialog is not None:
            self._open(dialog)

    def resolve_conflict(self, case_id: str, field: str, value: str) -> None:
        """Keep ``value`` for a field two PCs changed at once (an event every PC will see)."""
        if self.can_write:
            self._direct(partial(self.desk.resolve_conflict, self.user, case_id, field, value))

    def choose_files(self) -> list[Path]:
        names, _filter = QFileDialog.getOpenFileNames(
            self._parent, self.tr("Pilih lampiran"), "", self.tr("Semua berkas (*)")
        )
        return [Path(name) for name in names]

    def attach(self, case_id: str, paths: list[Path]) -> None:
        """Attach files to a case, one operation per file."""
        for path in paths:
            self._direct(partial(self.desk.add_attachment, self.user, case_id, path))

    def _direct(self, operation: Callable[[], Change]) -> None:
        try:
            change = operation()
        except (InputError, NotAllowedError) as error:
            QMessageBox.warning(self._parent, self.tr("Tidak dapat disimpan"), str(error))
            return
        self.changed.emit(change)

    def _open(self, dialog: FormDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._finished(dialog, result))
        dialog.open()
        self.dialogOpened.emit(dialog)

    def _finished(self, dialog: FormDialog, result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if result == QDialog.DialogCode.Accepted and isinstance(dialog.change, Change):
            self.changed.emit(dialog.change)
