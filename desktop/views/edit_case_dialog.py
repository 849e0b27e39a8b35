"""Change a case's editable data: perihal, isi, bidang, nomor LAPOR! and saluran.

Only the fields the clerk changed are sent to the desk, so an unchanged field keeps the version
it had and an edit made meanwhile on another PC is not overwritten unseen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.models.accounts import User
from desktop.models.case_fold import EDITABLE_FIELDS
from desktop.models.desk import CaseDetail, Change, Desk
from desktop.models.vocabulary import CHANNEL_LABELS
from desktop.views.form_dialog import FormDialog, lines_from, plain_text_edit


class EditCaseDialog(FormDialog):
    """The "Ubah data pengaduan" dialog, filled with the case's current values."""

    def __init__(
        self, desk: Desk, user: User, detail: CaseDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.user = user
        state = detail.state
        self.case_id = state.case_id
        self.original = {name: str(getattr(state, name)) for name in EDITABLE_FIELDS}
        self.setWindowTitle(self.tr("Ubah data pengaduan — %1").replace("%1", state.nomor_agenda))
        self.setMinimumWidth(560)
        self.channel = QComboBox(self)
        for channel, label in CHANNEL_LABELS.items():
            self.channel.addItem(label, channel.value)
        index = self.channel.findData(state.channel)
        if index < 0:  # a saluran this app does not know (a newer PC's): keep it selectable
            self.channel.addItem(state.channel, state.channel)
            index = self.channel.count() - 1
        self.channel.setCurrentIndex(index)
        self.add_field("channel", self.tr("Sa&luran:"), self.channel)
        self.perihal = QLineEdit(state.perihal, self)
        self.add_field("perihal", self.tr("&Perihal:"), self.perihal)
        self.isi = plain_text_edit(self, lines=5)
        self.isi.setPlainText(state.isi)
        self.add_field("isi", self.tr("&Isi pengaduan:"), self.isi)
        self.bidang = QComboBox(self)
        self.bidang.setEditable(True)
        self.bidang.addItems(["", *self.desk.bidang_values()])
        self.bidang.setCurrentText(state.bidang)
        self.add_field("bidang", self.tr("&Bidang:"), self.bidang)
        self.lapor_tracking = QLineEdit(state.lapor_tracking, self)
        self.lapor_tracking.setPlaceholderText(self.tr("nomor pelacakan LAPOR!"))
        self.add_field("lapor_tracking", self.tr("Nomor &LAPOR!:"), self.lapor_tracking)
        self.finish_layout()
        self.perihal.setFocus()
        self.perihal.selectAll()

    def values(self) -> dict[str, str]:
        """What the fields hold now, by field name."""
        return {
            "channel": str(self.channel.currentData()),
            "perihal": self.perihal.text().strip(),
            "isi": lines_from(self.isi),
            "bidang": self.bidang.currentText().strip(),
            "lapor_tracking": self.lapor_tracking.text().strip(),
        }

    def changed_fields(self) -> dict[str, str]:
        """Only the fields whose value differs from the case's."""
        return {
            name: value
            for name, value in self.values().items()
            if name in EDITABLE_FIELDS and value != self.original.get(name, "").strip()
        }

    def run(self) -> Change | None:
        fields = self.changed_fields()
        if not fields:  # nothing changed: close without writing an event
            self.reject()
            return None
        return self.desk.edit_case(self.user, self.case_id, fields)
