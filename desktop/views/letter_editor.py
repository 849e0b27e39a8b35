"""The letter editor: a surat dinas of a case, from its default text to the version sent.

A new letter starts from the office's template for its kind (:meth:`Desk.default_letter_form`);
every "Simpan konsep" saves a new version under the same nomor surat (:meth:`Desk.draft_letter`)
and "Tandai terkirim" closes it for good (:meth:`Desk.mark_letter_sent`). The desk checks every
field; its messages appear under the fields they are about. A sent letter opens read-only.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.catalog import RenderedDocument, render_case_document
from desktop.documents.dates import tanggal
from desktop.models.accounts import User
from desktop.models.desk import CaseDetail, Change, Desk
from desktop.models.letters import (
    LETTER_KIND_LABELS,
    Letter,
    LetterForm,
    LetterKind,
    unfilled_parts,
)
from desktop.models.problems import InputError, NotAllowedError
from desktop.models.vocabulary import Sifat
from desktop.views.document_actions import DocumentActions
from desktop.views.field_messages import FieldForm, error_label
from desktop.views.form_dialog import plain_text_edit

DATE_FORMAT = "dd-MM-yyyy"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class TembusanList(QWidget):
    """An editable, ordered list of tembusan recipients (add, remove, move up and down)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setObjectName("tembusan")
        self.list.setMinimumHeight(96)
        row.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add(self.tr("Penerima tembusan"), edit=True))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Tambah"))
        self.remove_button.setText(self.tr("Hapus"))
        self.up_button.setText(self.tr("Naik"))
        self.down_button.setText(self.tr("Turun"))
        self.list.setToolTip(self.tr("Klik ganda atau F2 untuk mengubah nama penerima"))

    def set_lines(self, lines: tuple[str, ...]) -> None:
        self.list.clear()
        for line in lines:
            self.add(line)

    def lines(self) -> tuple[str, ...]:
        texts = (self.list.item(n).text().strip() for n in range(self.list.count()))
        return tuple(text for text in texts if text)

    def add(self, text: str, *, edit: bool = False) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        if edit:
            self.list.editItem(item)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def set_read_only(self, read_only: bool) -> None:
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(not read_only)
        triggers = (
            QListWidget.EditTrigger.NoEditTriggers
            if read_only
            else QListWidget.EditTrigger.DoubleClicked
            | QListWidget.EditTrigger.EditKeyPressed
            | QListWidget.EditTrigger.SelectedClicked
        )
        self.list.setEditTriggers(triggers)


class SentDateDialog(QDialog):
    """Asks the day a letter was signed and sent."""

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tandai surat terkirim"))
        column = QVBoxLayout(self)
        column.addWidget(
            QLabel(
                self.tr(
                    "Setelah ditandai terkirim, surat tidak dapat diubah lagi. Tanggal surat "
                    "ditandatangani dan dikirim:"
                ),
                self,
            )
        )
        self.date_edit = QDateEdit(_qdate(day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        column.addWidget(self.date_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tandai terkirim"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def day(self) -> date:
        return _date(self.date_edit.date())


class LetterEditor(QDialog):
    """Edits one letter of a case (``letter_id`` ``""`` starts a new one).

    Signals:
        changed(object): a version was saved or the letter marked sent (the ``Change``).
    """

    changed = Signal(object)

    def __init__(
        self,
        desk: Desk,
        user: User,
        detail: CaseDetail,
        letter_id: str,
        *,
        documents: DocumentActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.desk = desk
        self.user = user
        self.case_id = detail.state.case_id
        self.nomor_agenda = detail.state.nomor_agenda
        self.received = detail.state.received_at.date()
        self.documents = documents
        self.letter: Letter | None = detail.state.letters.get(letter_id) if letter_id else None
        self.sent_dialog: SentDateDialog | None = None
        self._filling = False
        self._kode = ""
        self.dirty = False
        self._build()
        self.retranslate_ui()
        if self.letter is not None:
            self._fill(self.letter.latest.form())
        else:
            self._fill_default(LetterKind.BALASAN.value)
        self._show_letter()
        self.resize(1180, 700)

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.heading)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(splitter, 1)

        left = QScrollArea(splitter)
        left.setWidgetResizable(True)
        left.setFrameShape(QScrollArea.Shape.NoFrame)
        fields = QWidget(left)
        left.setWidget(fields)
        self.form = FieldForm(fields)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = QComboBox(fields)
        for kind in LetterKind:
            self.kind.addItem(LETTER_KIND_LABELS[kind], kind.value)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.tanggal = QDateEdit(fields)
        self.tanggal.setCalendarPopup(True)
        self.tanggal.setDisplayFormat(DATE_FORMAT)
        self.sifat = QComboBox(fields)
        for sifat in Sifat:
            self.sifat.addItem(sifat.label, sifat.value)
        self.lampiran = QLineEdit(fields)
        self.tempat = QLineEdit(fields)
        self.hal = QLineEdit(fields)
        self.kepada = plain_text_edit(fields, 3)
        self.kepada.setMaximumHeight(self.kepada.fontMetrics().lineSpacing() * 5 + 12)
        # The body, not the address, takes the height the window has to spare.
        self.kepada.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.di = QLineEdit(fields)
        self.body = plain_text_edit(fields, 14)
        self.body.setObjectName("body")
        self.kind_label = self.form.add_field("kind", " ", self.kind, narrow=True)
        self.tanggal_label = self.form.add_field("tanggal", " ", self.tanggal, narrow=True)
        self.tempat_label = self.form.add_field("tempat", " ", self.tempat)
        self.sifat_label = self.form.add_field("sifat", " ", self.sifat, narrow=True)
        self.lampiran_label = self.form.add_field("lampiran", " ", self.lampiran)
        self.hal_label = self.form.add_field("hal", " ", self.hal)
        self.kepada_label = self.form.add_field("kepada", " ", self.kepada)
        self.di_label = self.form.add_field("di", " ", self.di)
        self.body_label = self.form.add_field("body", " ", self.body)
        self.gaps = QLabel(fields)
        self.gaps.setWordWrap(True)
        self.gaps.setObjectName("unfilled")
        self.form.addRow("", self.gaps)

        right = QWidget(splitter)
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        self.sign_box = QGroupBox(right)
        sign_form = FieldForm(self.sign_box)
        self.sign_form = sign_form
        self.penandatangan = QComboBox(self.sign_box)
        for official in self.desk.officials():
            self.penandatangan.addItem(f"{official.jabatan} — {official.name}", official.user_id)
        self.atas_nama = QLineEdit(self.sign_box)
        self.penandatangan_label = sign_form.add_field("penandatangan", " ", self.penandatangan)
        self.atas_nama_label = sign_form.add_field("atas_nama", " ", self.atas_nama)
        side.addWidget(self.sign_box)
        self.tembusan_box = QGroupBox(right)
        tembusan_form = FieldForm(self.tembusan_box)
        self.tembusan_form = tembusan_form
        self.tembusan = TembusanList(self.tembusan_box)
        tembusan_form.add_field("tembusan", " ", self.tembusan)
        side.addWidget(self.tembusan_box, 1)
        self.versions_box = QGroupBox(right)
        versions_column = QVBoxLayout(self.versions_box)
        self.versions = QListWidget(self.versions_box)
        self.versions.setObjectName("versions")
        versions_column.addWidget(self.versions)
        side.addWidget(self.versions_box, 1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 420])

        self.general_error = error_label(self)
        self.general_error.setObjectName("general-error")
        outer.addWidget(self.general_error)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save-draft")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_draft)
        self.preview_button = QPushButton(self)
        self.preview_button.clicked.connect(self.preview)
        self.sent_button = QPushButton(self)
        self.sent_button.clicked.connect(self.ask_sent)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        for button in (self.save_button, self.preview_button, self.sent_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)
        for edit in (self.lampiran, self.tempat, self.hal, self.di, self.atas_nama):
            edit.textEdited.connect(self._edited)
        for text_edit in (self.kepada, self.body):
            text_edit.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._show_gaps)
        self.tembusan.list.model().dataChanged.connect(self._edited)
        self.tembusan.list.model().rowsInserted.connect(self._edited)
        self.tembusan.list.model().rowsRemoved.connect(self._edited)

    def retranslate_ui(self) -> None:
        self.kind_label.setText(self.tr("&Jenis surat:"))
        self.tanggal_label.setText(self.tr("&Tanggal:"))
        self.tempat_label.setText(self.tr("Te&mpat:"))
        self.sifat_label.setText(self.tr("&Sifat:"))
        self.lampiran_label.setText(self.tr("&Lampiran:"))
        self.hal_label.setText(self.tr("&Hal:"))
        self.kepada_label.setText(self.tr("&Kepada Yth.:"))
        self.di_label.setText(self.tr("&di:"))
        self.body_label.setText(self.tr("&Isi surat:"))
        self.kepada.setToolTip(self.tr("Satu baris per baris alamat: nama atau jabatan dulu"))
        self.lampiran.setPlaceholderText(self.tr("-"))
        self.di.setPlaceholderText(self.tr("tempat tujuan, misalnya Jambi (boleh kosong)"))
        self.sign_box.setTitle(self.tr("Penandatangan"))
        self.penandatangan_label.setText(self.tr("&Pejabat:"))
        self.atas_nama_label.setText(self.tr("a.&n.:"))
        self.atas_nama.setPlaceholderText(self.tr("kosong bila pejabat menandatangani sendiri"))
        self.tembusan_box.setTitle(self.tr("Tembusan"))
        self.tembusan.retranslate_ui()
        self.versions_box.setTitle(self.tr("Versi tersimpan"))
        self.save_button.setText(self.tr("&Simpan konsep"))
        self.preview_button.setText(self.tr("&Pratinjau"))
        self.sent_button.setText(self.tr("Tandai &terkirim…"))
        self.close_button.setText(self.tr("T&utup"))
        self._show_letter()

    # -- filling ----------------------------------------------------------------------------

    def _fill_default(self, kind: str) -> None:
        try:
            form = self.desk.default_letter_form(self.case_id, kind, self.user)
        except (InputError, NotAllowedError) as error:
            self._show_error(error)
            return
        self._fill(form)

    def _fill(self, form: LetterForm) -> None:
        self._filling = True
        self.kind.setCurrentIndex(max(0, self.kind.findData(form.kind)))
        self.tanggal.setDate(_qdate(form.tanggal))
        self.tempat.setText(form.tempat)
        self.sifat.setCurrentIndex(max(0, self.sifat.findData(form.sifat)))
        self.lampiran.setText(form.lampiran)
        self.hal.setText(form.hal)
        self.kepada.setPlainText("\n".join(form.kepada))
        self.di.setText(form.di)
        self.body.setPlainText(form.body)
        index = self.penandatangan.findData(form.penandatangan)
        self.penandatangan.setCurrentIndex(index)
        self.atas_nama.setText(form.atas_nama)
        self.tembusan.set_lines(form.tembusan)
        self._kode = form.kode_klasifikasi
        self._filling = False
        self.dirty = False
        self._show_gaps()

    def letter_form(self) -> LetterForm:
        """What the editor holds now, as the desk takes it."""
        return LetterForm(
            kind=str(self.kind.currentData()),
            hal=self.hal.text(),
            kepada=tuple(self.kepada.toPlainText().splitlines()),
            body=self.body.toPlainText(),
            penandatangan=str(self.penandatangan.currentData() or ""),
            tanggal=_date(self.tanggal.date()),
            tempat=self.tempat.text(),
            di=self.di.text(),
            sifat=str(self.sifat.currentData()),
            lampiran=self.lampiran.text(),
            tembusan=self.tembusan.lines(),
            atas_nama=self.atas_nama.text(),
            kode_klasifikasi=self._kode if self.letter is None else "",
        )

    def _kind_chosen(self, _index: int) -> None:
        if self._filling or self.letter is not None:
            return
        self._fill_default(str(self.kind.currentData()))

    def _edited(self) -> None:
        if not self._filling:
            self.dirty = True

    def _show_gaps(self) -> None:
        gaps = unfilled_parts(self.hal.text(), self.body.toPlainText(), self.kepada.toPlainText())
        self.gaps.setText(
            self.tr("Masih harus diisi: %1").replace("%1", ", ".join(gaps)) if gaps else ""
        )
        self.gaps.setStyleSheet("color: #8a5a00;")
        self.gaps.setVisible(bool(gaps))

    def _show_letter(self) -> None:
        letter = self.letter
        sent = letter is not None and letter.sent
        if letter is None:
            try:
                nomor = self.desk.next_letter_nomor(_date(self.tanggal.date()))
            except NotAllowedError:
                nomor = ""
            self.heading.setText(
                self.tr(
                    "<h3>Surat baru — pengaduan %1</h3><p>Nomor diberikan saat disimpan "
                    "(perkiraan: %2).</p>"
                )
                .replace("%1", self.nomor_agenda)
                .replace("%2", nomor)
            )
            self.setWindowTitle(self.tr("Surat baru — %1").replace("%1", self.nomor_agenda))
        else:
            state = (
                self.tr("terkirim %1").replace("%1", tanggal(letter.sent_on))
                if letter.sent_on is not None
                else self.tr("konsep")
            )
            self.heading.setText(
                self.tr("<h3>Surat %1</h3><p>%2 — pengaduan %3 — %4</p>")
                .replace("%1", letter.nomor)
                .replace("%2", letter.latest.kind_label)
                .replace("%3", self.nomor_agenda)
                .replace("%4", state)
            )
            self.setWindowTitle(self.tr("Surat %1").replace("%1", letter.nomor))
        self.versions.clear()
        for version in reversed(letter.versions if letter is not None else []):
            text = self.tr("Versi %1 — %2").replace("%1", str(version.version))
            text = text.replace("%2", f"{tanggal(version.at)} {version.at:%H.%M}")
            if letter is not None and letter.sent and version.version == letter.sent_version:
                text += self.tr(" (terkirim)")
            self.versions.addItem(text)
        if letter is None:
            self.versions.addItem(self.tr("Belum disimpan"))
        self.kind.setEnabled(letter is None)
        self._set_read_only(sent)

    def _set_read_only(self, read_only: bool) -> None:
        for edit in (self.tempat, self.lampiran, self.hal, self.di, self.atas_nama):
            edit.setReadOnly(read_only)
        for text_edit in (self.kepada, self.body):
            text_edit.setReadOnly(read_only)
        for widget in (self.tanggal, self.sifat, self.penandatangan):
            widget.setEnabled(not read_only)
        self.tembusan.set_read_only(read_only)
        self.save_button.setEnabled(not read_only)
        self.sent_button.setEnabled(not read_only and self.letter is not None)

    # -- operations -------------------------------------------------------------------------

    def clear_problems(self) -> None:
        for form in (self.form, self.sign_form, self.tembusan_form):
            form.clear_problems()
        self.general_error.clear()
        self.general_error.hide()

    def _show_error(self, error: InputError | NotAllowedError) -> None:
        self.clear_problems()
        if isinstance(error, InputError):
            rest = dict(error.problems)
            for form in (self.form, self.sign_form, self.tembusan_form):
                rest = form.show_problems(rest)
            messages = list(rest.values())
        else:
            messages = [str(error)]
        if messages:
            self.general_error.setText("\n".join(messages))
            self.general_error.show()

    def problem(self, field: str) -> str:
        """The message shown at ``field`` ("" when none); ``"general"`` for the bottom line."""
        if field == "general":
            return "" if self.general_error.isHidden() else self.general_error.text()
        for form in (self.form, self.sign_form, self.tembusan_form):
            if field in form.names():
                return form.message(field)
        return ""

    def save_draft(self) -> Change | None:
        """Save what the editor holds as the letter's next version (its first: a new nomor)."""
        try:
            change = self.desk.draft_letter(
                self.user,
                self.case_id,
                self.letter_form(),
                self.letter.letter_id if self.letter is not None else None,
            )
        except (InputError, NotAllowedError) as error:
            self._show_error(error)
            return None
        self.clear_problems()
        self._reload(change.letter_id)
        self.changed.emit(change)
        return change

    def _reload(self, letter_id: str) -> None:
        self.letter = self.desk.letter(self.case_id, letter_id)
        self._fill(self.letter.latest.form())
        self._show_letter()

    def preview(self) -> QWidget:
        """Preview the letter: the saved version, or what the editor holds if changed."""
        desk, user, case_id = self.desk, self.user, self.case_id
        letter_id = self.letter.letter_id if self.letter is not None else None
        if self.letter is not None and not self.dirty:

            def work() -> RenderedDocument:
                return render_case_document(desk, "surat", case_id, user, letter_id=letter_id)

        else:
            form = self.letter_form()

            def work() -> RenderedDocument:
                from desktop.documents.letter import form_preview

                return form_preview(desk, case_id, user, form, letter_id=letter_id)

        return self.documents.preview_of(work, self.windowTitle())

    def ask_sent(self) -> None:
        """Ask the day the letter was sent, then mark it (see :meth:`mark_sent`)."""
        if self.letter is None:
            return
        dialog = SentDateDialog(self.desk.now().date(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.mark_sent(dialog.day()))
        self.sent_dialog = dialog
        dialog.open()

    def mark_sent(self, sent_on: date) -> Change | None:
        """Mark the latest version sent on ``sent_on``; the editor turns read-only."""
        if self.letter is None:
            return None
        if self.dirty:
            self._show_error(
                NotAllowedError(
                    self.tr(
                        "Ada perubahan yang belum disimpan. Simpan konsep dulu, lalu tandai "
                        "terkirim."
                    )
                )
            )
            return None
        try:
            change = self.desk.mark_letter_sent(
                self.user, self.case_id, self.letter.letter_id, sent_on
            )
        except (InputError, NotAllowedError) as error:
            self._show_error(error)
            return None
        self.clear_problems()
        self._reload(change.letter_id)
        self.changed.emit(change)
        return change
