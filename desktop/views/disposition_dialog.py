"""Record a Lembar Disposisi as the head of office wrote it by hand."""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from desktop.models.accounts import User
from desktop.models.desk import CaseDetail, Change, Desk, DispositionForm
from desktop.models.vocabulary import INSTRUKSI_LABELS, Sifat
from desktop.views.case_filter_bar import to_date
from desktop.views.form_dialog import FormDialog, lines_from, plain_text_edit


def split_names(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.replace(";", ",").split(",") if name.strip())


class NamesCompleter(QCompleter):
    """Completes the name after the last comma, keeping the names typed before it."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", maxsplit=1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        name = super().pathFromIndex(index)
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = text.rsplit(",", 1)[0].strip() if "," in text else ""
        return f"{head}, {name}" if head else name


class DispositionDialog(FormDialog):
    """Dari, kepada (comma-separated, lanes suggested), sifat, instructions, note, deadline."""

    def __init__(
        self, desk: Desk, user: User, detail: CaseDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.user = user
        self.detail = detail
        self.setWindowTitle(
            self.tr("Lembar Disposisi — %1").replace("%1", detail.state.nomor_agenda)
        )
        lanes = [lane.name for lane in detail.sop.lanes]
        self.dari = QLineEdit(lanes[0] if lanes else "", self)
        self.dari.setCompleter(QCompleter(lanes, self.dari))
        self.add_field("dari", self.tr("&Dari:"), self.dari)
        self.kepada = QLineEdit(self)
        self.kepada.setPlaceholderText(
            self.tr("pisahkan dengan koma, misalnya: %1").replace("%1", ", ".join(lanes[1:3]))
        )
        completer = NamesCompleter(lanes, self.kepada)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.kepada.setCompleter(completer)
        self.add_field("kepada", self.tr("&Kepada:"), self.kepada)
        sifat_box = QWidget(self)
        sifat_row = QHBoxLayout(sifat_box)
        sifat_row.setContentsMargins(0, 0, 0, 0)
        self.sifat_group = QButtonGroup(self)
        self.sifat_buttons: dict[str, QRadioButton] = {}
        for sifat in Sifat:
            button = QRadioButton(sifat.label, sifat_box)
            self.sifat_group.addButton(button)
            self.sifat_buttons[sifat.value] = button
            sifat_row.addWidget(button)
        sifat_row.addStretch(1)
        self.sifat_buttons[Sifat.BIASA.value].setChecked(True)
        self.add_field("sifat", self.tr("&Sifat:"), sifat_box)
        instruksi_box = QWidget(self)
        grid = QGridLayout(instruksi_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.instruksi_boxes: dict[str, QCheckBox] = {}
        for n, (instruksi, label) in enumerate(INSTRUKSI_LABELS.items()):
            box = QCheckBox(label, instruksi_box)
            self.instruksi_boxes[instruksi.value] = box
            grid.addWidget(box, n // 2, n % 2)
        self.add_field("instruksi", self.tr("Dengan hormat &harap:"), instruksi_box)
        self.instruksi_lain = QLineEdit(self)
        self.add_field("instruksi_lain", self.tr("&Lainnya:"), self.instruksi_lain)
        self.catatan = plain_text_edit(self, lines=3)
        self.add_field("catatan", self.tr("&Catatan:"), self.catatan)
        deadline = QWidget(self)
        row = QHBoxLayout(deadline)
        row.setContentsMargins(0, 0, 0, 0)
        self.use_deadline = QCheckBox(self.tr("ada batas waktu"), deadline)
        now = desk.now()
        self.batas_waktu = QDateEdit(QDate(now.year, now.month, now.day), deadline)
        self.batas_waktu.setDisplayFormat("dd-MM-yyyy")
        self.batas_waktu.setCalendarPopup(True)
        self.batas_waktu.setEnabled(False)
        self.use_deadline.toggled.connect(self.batas_waktu.setEnabled)
        row.addWidget(self.use_deadline)
        row.addWidget(self.batas_waktu)
        row.addStretch(1)
        self.add_field("batas_waktu", self.tr("&Batas waktu:"), deadline)
        self.finish_layout()
        self.kepada.setFocus()
        self.resize(640, self.sizeHint().height())

    def disposition(self) -> DispositionForm:
        sifat = next(
            (value for value, button in self.sifat_buttons.items() if button.isChecked()), ""
        )
        return DispositionForm(
            dari=self.dari.text(),
            kepada=split_names(self.kepada.text()),
            sifat=sifat,
            instruksi=tuple(
                value for value, box in self.instruksi_boxes.items() if box.isChecked()
            ),
            instruksi_lain=self.instruksi_lain.text(),
            catatan=lines_from(self.catatan),
            batas_waktu=to_date(self.batas_waktu.date()) if self.use_deadline.isChecked() else None,
        )

    def run(self) -> Change:
        return self.desk.record_disposition(
            self.user, self.detail.state.case_id, self.disposition()
        )
