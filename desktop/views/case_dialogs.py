"""The small one-field case dialogs: pause, close, reopen and a note."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.models.accounts import User
from desktop.models.desk import CaseDetail, Change, Desk
from desktop.models.vocabulary import OUTCOME_LABELS
from desktop.views.form_dialog import FormDialog, lines_from, plain_text_edit


class _CaseDialog(FormDialog):
    def __init__(
        self, desk: Desk, user: User, detail: CaseDetail, title: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.user = user
        self.case_id = detail.state.case_id
        self.setWindowTitle(f"{title} — {detail.state.nomor_agenda}")
        self.setMinimumWidth(520)


class PauseDialog(_CaseDialog):
    """Pause the case's clock, e.g. while waiting for the complainant."""

    def __init__(
        self, desk: Desk, user: User, detail: CaseDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, user, detail, self.tr("Jeda pengaduan"), parent)
        self.reason = QLineEdit(self.tr("Menunggu tanggapan pelapor"), self)
        self.reason.selectAll()
        self.add_field("reason", self.tr("&Alasan:"), self.reason)
        self.finish_layout()

    def run(self) -> Change:
        return self.desk.pause(self.user, self.case_id, self.reason.text())


class CloseDialog(_CaseDialog):
    """Close the case with one of the outcomes and a note."""

    def __init__(
        self, desk: Desk, user: User, detail: CaseDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, user, detail, self.tr("Tutup pengaduan"), parent)
        self.outcome = QComboBox(self)
        for outcome, label in OUTCOME_LABELS.items():
            self.outcome.addItem(label, outcome.value)
        self.add_field("outcome", self.tr("&Hasil:"), self.outcome)
        self.note = plain_text_edit(self, lines=3)
        self.add_field("note", self.tr("&Catatan:"), self.note)
        self.finish_layout()

    def run(self) -> Change:
        return self.desk.close_case(
            self.user, self.case_id, str(self.outcome.currentData()), lines_from(self.note)
        )


class ReopenDialog(_CaseDialog):
    """Reopen a closed case; the reason is required."""

    def __init__(
        self, desk: Desk, user: User, detail: CaseDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, user, detail, self.tr("Buka kembali pengaduan"), parent)
        self.reason = QLineEdit(self)
        self.add_field("reason", self.tr("&Alasan:"), self.reason)
        self.finish_layout()

    def run(self) -> Change:
        return self.desk.reopen(self.user, self.case_id, self.reason.text())


class NoteDialog(_CaseDialog):
    """Add a free note to the case's timeline."""

    def __init__(
        self, desk: Desk, user: User, detail: CaseDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, user, detail, self.tr("Tambah catatan"), parent)
        self.note = plain_text_edit(self, lines=4)
        self.add_field("note", self.tr("&Catatan:"), self.note)
        self.finish_layout()

    def run(self) -> Change:
        return self.desk.add_note(self.user, self.case_id, lines_from(self.note))
