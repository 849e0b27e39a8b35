"""The "Pengaduan baru" dialog: everything the register needs, typed in under a minute.

Fields follow the order a clerk reads them off a letter or hears them on the phone; the
letter fields appear only for letters and the tracking number only for LAPOR!. All checks are
the desk's (:func:`desktop.models.registration.check_complaint`); the dialog shows them.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.accounts import User
from desktop.models.desk import Change, Desk
from desktop.models.registration import ComplaintForm, PartyForm
from desktop.models.vocabulary import CHANNEL_LABELS, Channel
from desktop.views.attachment_picker import AttachmentPicker
from desktop.views.case_filter_bar import to_date
from desktop.views.form_dialog import FormDialog, lines_from, plain_text_edit


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )


def to_datetime(value: QDateTime) -> datetime:
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(), time.second())


class RegisterDialog(FormDialog):
    """Register a complaint; on save ``change.nomor_agenda`` is its new number."""

    def __init__(self, desk: Desk, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.user = user
        self.setWindowTitle(self.tr("Pengaduan baru"))
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        self.outer.insertLayout(0, columns)
        left.addLayout(self.form)
        self._build_source()
        self._build_pelapor(left)
        self._build_terlapor(left)
        left.addStretch(1)
        self.content_form = QFormLayout()
        right.addLayout(self.content_form)
        self._build_content()
        self.finish_layout()
        self._channel_changed()
        self.channel.setFocus()
        self.resize(900, self.sizeHint().height())

    # -- construction -----------------------------------------------------------------------

    def _build_source(self) -> None:
        self.channel = QComboBox(self)
        for channel, label in CHANNEL_LABELS.items():
            self.channel.addItem(label, channel.value)
        self.add_field("channel", self.tr("Sa&luran:"), self.channel)
        self.received_at = QDateTimeEdit(to_qdatetime(self.desk.now()), self)
        self.received_at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.received_at.setCalendarPopup(True)
        self.add_field("received_at", self.tr("&Diterima:"), self.received_at)
        self.letter_nomor = QLineEdit(self)
        self.letter_tanggal = QDateEdit(QDate(*_ymd(self.desk.now())), self)
        self.letter_tanggal.setDisplayFormat("dd-MM-yyyy")
        self.letter_tanggal.setCalendarPopup(True)
        self.letter_asal = QLineEdit(self)
        self._letter_rows = [
            self.add_field("letter_nomor", self.tr("Nomor surat:"), self.letter_nomor),
            self.add_field("letter_tanggal", self.tr("Tanggal surat:"), self.letter_tanggal),
            self.add_field("letter_asal", self.tr("Asal surat:"), self.letter_asal),
        ]
        self.lapor_tracking = QLineEdit(self)
        self.lapor_tracking.setPlaceholderText(self.tr("nomor pelacakan LAPOR!"))
        self._lapor_row = self.add_field(
            "lapor_tracking", self.tr("Nomor LAPOR!:"), self.lapor_tracking
        )
        self.channel.currentIndexChanged.connect(self._channel_changed)

    def _build_pelapor(self, column: QVBoxLayout) -> None:
        group = QGroupBox(self.tr("Pelapor"), self)
        form = QFormLayout(group)
        self.pelapor_nama = QLineEdit(group)
        self.add_field("pelapor.nama", self.tr("&Nama:"), self.pelapor_nama, form)
        flags = QHBoxLayout()
        self.anonim = QCheckBox(self.tr("&Anonim"), group)
        self.rahasia = QCheckBox(self.tr("&Rahasiakan identitas"), group)
        self.rahasia.setToolTip(
            self.tr("Nama dan kontak pelapor tidak tampil bagi pimpinan dan pada dokumen keluar")
        )
        flags.addWidget(self.anonim)
        flags.addWidget(self.rahasia)
        flags.addStretch(1)
        form.addRow("", flags)
        self.pelapor_kontak = QLineEdit(group)
        self.pelapor_kontak.setPlaceholderText(self.tr("telepon / WhatsApp / email"))
        self.add_field("pelapor.kontak", self.tr("&Kontak:"), self.pelapor_kontak, form)
        self.pelapor_alamat = QLineEdit(group)
        self.add_field("pelapor.alamat", self.tr("Ala&mat:"), self.pelapor_alamat, form)
        self.pelapor_nik = QLineEdit(group)
        self.pelapor_nik.setMaxLength(16)
        self.pelapor_nik.setPlaceholderText(self.tr("16 angka, bila ada"))
        self.add_field("pelapor.nik", self.tr("NI&K:"), self.pelapor_nik, form)
        self.anonim.toggled.connect(self.pelapor_nama.setDisabled)
        column.addWidget(group)

    def _build_terlapor(self, column: QVBoxLayout) -> None:
        self.terlapor_group = QGroupBox(self.tr("&Terlapor (pihak yang diadukan, bila ada)"), self)
        self.terlapor_group.setCheckable(True)
        self.terlapor_group.setChecked(False)
        inner = QWidget(self.terlapor_group)
        form = QFormLayout(inner)
        form.setContentsMargins(0, 0, 0, 0)
        self.terlapor_nama = QLineEdit(inner)
        self.add_field("terlapor.nama", self.tr("Nama / unit:"), self.terlapor_nama, form)
        self.terlapor_alamat = QLineEdit(inner)
        self.add_field("terlapor.alamat", self.tr("Alamat:"), self.terlapor_alamat, form)
        box = QVBoxLayout(self.terlapor_group)
        box.addWidget(inner)
        inner.setVisible(False)
        self.terlapor_group.toggled.connect(inner.setVisible)
        column.addWidget(self.terlapor_group)

    def _build_content(self) -> None:
        form = self.content_form
        self.perihal = QLineEdit(self)
        self.add_field("perihal", self.tr("&Perihal:"), self.perihal, form)
        self.isi = plain_text_edit(self, lines=8)
        self.add_field("isi", self.tr("&Isi pengaduan:"), self.isi, form)
        self.bidang = QComboBox(self)
        self.bidang.setEditable(True)
        self.bidang.addItems(["", *self.desk.bidang_values()])
        self.bidang.setCurrentIndex(0)
        self.add_field("bidang", self.tr("&Bidang:"), self.bidang, form)
        self.attachments = AttachmentPicker(self)
        self.add_field("attachments", self.tr("Lampiran:"), self.attachments, form)

    def _channel_changed(self) -> None:
        channel = self.channel.currentData()
        for label in self._letter_rows:
            self.form.setRowVisible(label, channel == Channel.SURAT.value)
        self.form.setRowVisible(self._lapor_row, channel == Channel.LAPOR.value)

    # -- saving -----------------------------------------------------------------------------

    def complaint(self) -> ComplaintForm:
        channel = str(self.channel.currentData())
        surat = channel == Channel.SURAT.value
        terlapor = None
        if self.terlapor_group.isChecked() and self.terlapor_nama.text().strip():
            terlapor = PartyForm(nama=self.terlapor_nama.text(), alamat=self.terlapor_alamat.text())
        return ComplaintForm(
            channel=channel,
            received_at=to_datetime(self.received_at.dateTime()),
            pelapor=PartyForm(
                nama=self.pelapor_nama.text(),
                kontak=self.pelapor_kontak.text(),
                alamat=self.pelapor_alamat.text(),
                nik=self.pelapor_nik.text(),
                anonim=self.anonim.isChecked(),
                rahasia=self.rahasia.isChecked(),
            ),
            perihal=self.perihal.text(),
            isi=lines_from(self.isi),
            bidang=self.bidang.currentText(),
            terlapor=terlapor,
            letter_nomor=self.letter_nomor.text() if surat else "",
            letter_tanggal=to_date(self.letter_tanggal.date()) if surat else None,
            letter_asal=self.letter_asal.text() if surat else "",
            lapor_tracking=self.lapor_tracking.text() if channel == Channel.LAPOR.value else "",
            attachments=self.attachments.paths(),
        )

    def run(self) -> Change | None:
        form = self.complaint()
        duplicates = self.desk.find_lapor_duplicates(form.lapor_tracking)
        if duplicates and not self.confirm_duplicate(form.lapor_tracking, duplicates):
            return None
        return self.desk.register_complaint(self.user, form)

    def confirm_duplicate(self, tracking: str, numbers: list[str]) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Nomor LAPOR! sudah tercatat"),
            self.tr("Nomor LAPOR! %1 sudah tercatat pada %2. Tetap catat sebagai pengaduan baru?")
            .replace("%1", tracking)
            .replace("%2", ", ".join(numbers)),
        )
        return answer == QMessageBox.StandardButton.Yes


def _ymd(moment: datetime) -> tuple[int, int, int]:
    return moment.year, moment.month, moment.day
