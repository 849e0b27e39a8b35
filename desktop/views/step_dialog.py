"""Record that the case's current step was done: when, on whose behalf, with which outcome."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.accounts import User
from desktop.models.desk import Action, CaseDetail, Change, Desk
from desktop.views.attachment_picker import AttachmentPicker
from desktop.views.form_dialog import FormDialog, lines_from, plain_text_edit
from desktop.views.register_dialog import to_datetime, to_qdatetime


class CompleteStepDialog(FormDialog):
    """Complete the current step of one case; a decision needs one of its branches."""

    def __init__(
        self, desk: Desk, user: User, detail: CaseDetail, action: Action, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.user = user
        self.detail = detail
        step = detail.current_step
        assert step is not None
        self.step = step
        lane = detail.sop.lane(step.lane).name
        self.setWindowTitle(
            self.tr("Selesaikan langkah %1 — %2")
            .replace("%1", step.number)
            .replace("%2", detail.state.nomor_agenda)
        )
        self.step_label = QLabel(f"<b>{step.number}.</b> {step.activity}", self)
        self.step_label.setWordWrap(True)
        self.form.addRow(self.tr("Langkah:"), self.step_label)
        self.form.addRow(self.tr("Pelaksana:"), QLabel(lane, self))
        self.branch_group = QButtonGroup(self)
        self.branch_buttons: list[QRadioButton] = []
        if action.branches:
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            for label in action.branches:
                button = QRadioButton(label, box)
                self.branch_group.addButton(button)
                self.branch_buttons.append(button)
                column.addWidget(button)
            self.add_field("branch", self.tr("Hasil &keputusan:"), box)
        self.on_behalf = QLineEdit(lane, self)
        self.add_field("on_behalf_of", self.tr("&Atas nama:"), self.on_behalf)
        self.at = QDateTimeEdit(to_qdatetime(desk.now()), self)
        self.at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.at.setCalendarPopup(True)
        self.add_field("at", self.tr("&Waktu pelaksanaan:"), self.at)
        self.backdate_reason = QLineEdit(self)
        self.backdate_reason.setPlaceholderText(
            self.tr("wajib bila waktu lebih dari 15 menit yang lalu")
        )
        self.add_field("backdate_reason", self.tr("Alasan dicatat &mundur:"), self.backdate_reason)
        self.note = plain_text_edit(self, lines=3)
        self.add_field("note", self.tr("&Catatan:"), self.note)
        self.attachments = AttachmentPicker(self)
        self.add_field("attachments", self.tr("Lampiran:"), self.attachments)
        self.finish_layout()
        (self.branch_buttons[0] if self.branch_buttons else self.on_behalf).setFocus()
        self.resize(620, self.sizeHint().height())

    def branch(self) -> str:
        button = self.branch_group.checkedButton()
        return button.text() if button is not None else ""

    def run(self) -> Change:
        return self.desk.complete_step(
            self.user,
            self.detail.state.case_id,
            step_id=self.step.id,
            branch=self.branch(),
            on_behalf_of=self.on_behalf.text(),
            at=to_datetime(self.at.dateTime()),
            note=lines_from(self.note),
            backdate_reason=self.backdate_reason.text(),
            attachments=self.attachments.paths(),
        )
