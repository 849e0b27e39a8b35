"""The pages of the first-run wizard: office identity, this PC, the first admin, the SOP.

Each page checks its own fields with the domain's rules before **Lanjut** (so a clerk fixes a
mistake where they made it) and can show the problems :meth:`Desk.setup` reports later.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QImageReader, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.models.accounts import UserForm, validate_user_form
from desktop.models.numbering import (
    DEFAULT_AGENDA_FORMAT,
    AgendaFormat,
    agenda_format_problem,
    device_code_problem,
)
from desktop.models.office import OfficeProfile, check_profile
from desktop.models.problems import InputError
from desktop.models.sop_loader import SopError, bundled_template_files, load_sop
from desktop.models.vocabulary import Role
from desktop.views.field_messages import ERROR_STYLE, FieldForm, error_label

LOGO_PREVIEW = 64
"""Edge of the logo preview in pixels: enough to recognise a regency's emblem."""


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class FormPage(QWizardPage):
    """A wizard page with a :class:`FieldForm` and a place for problems that have no field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = FieldForm()
        self.general = error_label(self)
        self._extra_fields: set[str] = set()

    def owns(self, name: str) -> bool:
        """Whether problems about field ``name`` belong on this page."""
        return name in self._extra_fields or name in self.form.names()

    def show_problems(self, problems: Mapping[str, str]) -> None:
        rest = self.form.show_problems(problems)
        self.general.setText("\n".join(rest.values()))
        self.general.setVisible(bool(rest))

    def clear_problems(self) -> None:
        self.form.clear_problems()
        self.general.clear()
        self.general.hide()

    def message(self, name: str) -> str:
        """The problem shown for field ``name`` on this page ("" when none)."""
        return self.form.message(name)

    def _check(self, problems: Mapping[str, str]) -> bool:
        if problems:
            self.show_problems(problems)
            return False
        self.clear_problems()
        return True


class LogoPicker(QWidget):
    """A logo image file with a small preview; an unreadable image is refused at once.

    Signals:
        changed(): the chosen file changed (or was removed).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.preview = QLabel(self)
        self.preview.setFixedSize(LOGO_PREVIEW + 4, LOGO_PREVIEW + 4)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Pilih &gambar…"), self)
        self.remove_button = QPushButton(self.tr("Hapus"), self)
        self.choose_button.clicked.connect(self._choose)
        self.remove_button.clicked.connect(lambda: self.set_path(None))
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addLayout(buttons)
        column.addWidget(self.file_label)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(column, 1)
        self.setFocusProxy(self.choose_button)
        self.set_path(None)

    def set_path(self, path: Path | None) -> bool:
        """Use the image at ``path`` (``None`` removes it); False if it is not a readable image."""
        if path is None:
            self.path = None
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("(tanpa\nlogo)"))
            self.file_label.setText(self.tr("Logo dipakai pada kop surat. Boleh dikosongkan."))
            self.remove_button.setEnabled(False)
            self.changed.emit()
            return True
        reader = QImageReader(str(path))
        image = reader.read()
        if image.isNull():
            return False
        self.path = path
        scaled = QPixmap.fromImage(image).scaled(
            LOGO_PREVIEW,
            LOGO_PREVIEW,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.preview.setPixmap(scaled)
        self.file_label.setText(path.name)
        self.remove_button.setEnabled(True)
        self.changed.emit()
        return True

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih logo kantor"),
            "",
            self.tr("Gambar (*.png *.jpg *.jpeg *.bmp *.gif)"),
        )
        if name and not self.set_path(Path(name)):
            self.file_label.setText(
                self.tr("Berkas %1 bukan gambar yang dapat dibaca; pilih PNG atau JPG.").replace(
                    "%1", Path(name).name
                )
            )


class OfficePage(FormPage):
    """The office as its letterhead shows it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Identitas kantor"))
        self.setSubTitle(
            self.tr(
                "Data ini dipakai pada kop surat, lembar disposisi dan laporan. "
                "Kolom bertanda * wajib diisi."
            )
        )
        self.pemerintah = QLineEdit(self)
        self.pemerintah.setPlaceholderText(self.tr("Pemerintah Kabupaten Contoh"))
        self.nama_dinas = QLineEdit(self)
        self.nama_dinas.setPlaceholderText(self.tr("Dinas Kesehatan"))
        self.alamat = QLineEdit(self)
        self.alamat.setPlaceholderText(self.tr("Jalan, nomor, kode pos"))
        self.telepon = QLineEdit(self)
        self.email = QLineEdit(self)
        self.website = QLineEdit(self)
        self.kota = QLineEdit(self)
        self.kota.setPlaceholderText(self.tr("Tempat penandatanganan surat, misalnya Martapura"))
        self.logo = LogoPicker(self)
        form = self.form
        form.add_field("pemerintah", self.tr("&Pemerintah daerah *"), self.pemerintah)
        form.add_field("nama_dinas", self.tr("&Nama dinas *"), self.nama_dinas)
        form.add_field("alamat", self.tr("&Alamat"), self.alamat)
        form.add_field("telepon", self.tr("&Telepon"), self.telepon)
        form.add_field("email", self.tr("&Email"), self.email)
        form.add_field("website", self.tr("&Situs web"), self.website)
        form.add_field("kota", self.tr("&Kota"), self.kota)
        form.add_field("logo", self.tr("&Logo"), self.logo)
        self._extra_fields = {"lampiran"}
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addStretch(1)

    def profile(self, logo_sha256: str = "") -> OfficeProfile:
        return OfficeProfile(
            pemerintah=self.pemerintah.text().strip(),
            nama_dinas=self.nama_dinas.text().strip(),
            alamat=self.alamat.text().strip(),
            telepon=self.telepon.text().strip(),
            email=self.email.text().strip(),
            website=self.website.text().strip(),
            kota=self.kota.text().strip(),
            logo_sha256=logo_sha256,
        )

    def validatePage(self) -> bool:
        try:
            check_profile(self.profile())
        except InputError as error:
            return self._check(error.problems)
        return self._check({})


class DevicePage(FormPage):
    """This PC's code, which keeps its agenda numbers apart from the other PCs'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("PC ini"))
        self.setSubTitle(self.tr("Beri PC ini kode pendek yang belum dipakai PC lain di kantor."))
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("TU1")
        self.code.setMaxLength(8)
        self.code.setMaximumWidth(self.code.fontMetrics().horizontalAdvance("WWWWWWWW") + 16)
        self.code.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9]{0,8}"), self.code)
        )
        self.code.textEdited.connect(self._upper)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("misalnya PC Tata Usaha lantai 1"))
        explanation = _hint(
            self.tr(
                "Setiap PC di kantor memerlukan kodenya sendiri, misalnya TU1 untuk PC pertama "
                "dan TU2 untuk PC kedua. Kode ini menjadi bagian nomor agenda "
                "(ADU/2026/TU1/0001), sehingga dua PC yang bekerja terpisah tidak pernah "
                "memberi nomor yang sama. Kode terdiri dari 2 sampai 8 huruf besar atau angka "
                "dan tidak dapat diubah setelah penyiapan."
            ),
            self,
        )
        self.form.add_field("device_code", self.tr("&Kode PC *"), self.code, narrow=True)
        self.form.add_field("device_name", self.tr("Nama &PC"), self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addStretch(1)

    def _upper(self, text: str) -> None:
        if text != text.upper():
            position = self.code.cursorPosition()
            self.code.setText(text.upper())
            self.code.setCursorPosition(position)

    def device_code(self) -> str:
        return self.code.text().strip().upper()

    def device_name(self) -> str:
        return self.name.text().strip()

    def validatePage(self) -> bool:
        problem = device_code_problem(self.device_code())
        return self._check({"device_code": problem} if problem else {})


class AdminPage(FormPage):
    """The first user, who adds the others; the PIN is typed twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Admin pertama"))
        self.setSubTitle(
            self.tr(
                "Admin menambah pengguna lain dan mengatur aplikasi. Kolom bertanda * wajib diisi."
            )
        )
        self.name = QLineEdit(self)
        self.nip = QLineEdit(self)
        self.nip.setPlaceholderText(self.tr("18 angka, boleh dikosongkan"))
        self.jabatan = QLineEdit(self)
        self.pangkat = QLineEdit(self)
        self.pangkat.setPlaceholderText(self.tr("misalnya Penata Muda (III/a)"))
        self.pin = self._pin_edit()
        self.pin_again = self._pin_edit()
        form = self.form
        form.add_field("name", self.tr("&Nama lengkap *"), self.name)
        form.add_field("nip", self.tr("N&IP"), self.nip)
        form.add_field("jabatan", self.tr("&Jabatan"), self.jabatan)
        form.add_field("pangkat", self.tr("Pang&kat/golongan"), self.pangkat)
        form.add_field("pin", self.tr("&PIN *"), self.pin)
        form.add_field("pin_again", self.tr("&Ulangi PIN *"), self.pin_again)
        self._extra_fields = {"role"}
        hint = _hint(
            self.tr(
                "PIN terdiri dari 4 sampai 8 angka dan diminta setiap kali masuk. "
                "Jangan memakai tanggal lahir atau 1234."
            ),
            self,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.general)
        layout.addStretch(1)

    def _pin_edit(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(8)
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), edit))
        return edit

    def user_form(self) -> UserForm:
        return UserForm(
            name=self.name.text().strip(),
            role=Role.ADMIN,
            pin=self.pin.text(),
            nip=self.nip.text().strip(),
            jabatan=self.jabatan.text().strip(),
            pangkat=self.pangkat.text().strip(),
        )

    def validatePage(self) -> bool:
        problems: dict[str, str] = {}
        try:
            validate_user_form(self.user_form(), new=True)
        except InputError as error:
            problems.update(error.problems)
        if "pin" not in problems and self.pin.text() != self.pin_again.text():
            problems["pin_again"] = self.tr("PIN tidak sama; ketik ulang PIN yang sama.")
            self.pin_again.clear()
        return self._check(problems)


@dataclass(frozen=True, slots=True)
class SopChoice:
    """The SOP text to adopt and the name its messages use."""

    text: str
    name: str


@dataclass(frozen=True, slots=True)
class Template:
    file: Traversable
    office: str
    title: str
    steps: int


def bundled_templates() -> list[Template]:
    """The bundled SOP files with what the chooser shows of them."""
    templates = []
    for entry in bundled_template_files():
        sop = load_sop(entry)
        templates.append(Template(entry, sop.office, sop.title, len(sop.steps)))
    return templates


class SopPage(FormPage):
    """The SOP new complaints follow (bundled or the office's own file) and the agenda format.

    Args:
        device_code: reads the code typed on the previous page, for the number preview.
        today: the date whose year the preview shows.
    """

    def __init__(
        self,
        device_code: Callable[[], str],
        today: date,
        templates: list[Template],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._device_code = device_code
        self._year = today.year
        self.templates = templates
        self.setTitle(self.tr("SOP dan nomor agenda"))
        self.setSubTitle(
            self.tr(
                "Pilih SOP penanganan pengaduan yang dipakai kantor ini. "
                "SOP dapat diganti kemudian."
            )
        )
        self.bundled_radio = QRadioButton(self.tr("SOP &bawaan:"), self)
        self.file_radio = QRadioButton(self.tr("Berkas SOP &sendiri (.yaml):"), self)
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.bundled_radio)
        self.choice.addButton(self.file_radio)
        self.template_list = self._template_list()
        self.file_edit = QLineEdit(self)
        self.file_edit.setPlaceholderText(self.tr("Lokasi berkas .yaml"))
        self.browse_button = QPushButton(self.tr("&Pilih berkas…"), self)
        self.sop_message = QPlainTextEdit(self)
        self.sop_message.setReadOnly(True)
        self.sop_message.setStyleSheet(ERROR_STYLE)
        self.sop_message.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.sop_message.hide()
        self.agenda = QLineEdit(DEFAULT_AGENDA_FORMAT, self)
        self.preview = QLabel(self)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.add_field("agenda_format", self.tr("&Format nomor agenda"), self.agenda)
        self.form.addRow(self.tr("Contoh nomor:"), self.preview)
        self._extra_fields = {"sop"}
        self._build_layout()
        self.bundled_radio.setChecked(True)
        self.choice.buttonToggled.connect(self._sync_enabled)
        self.browse_button.clicked.connect(self._browse)
        self.file_edit.textEdited.connect(lambda _text: self._show_sop_problem(""))
        self.agenda.textChanged.connect(self._update_preview)
        self._sync_enabled()

    def _template_list(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setRootIsDecorated(False)
        tree.setAllColumnsShowFocus(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setHeaderLabels([self.tr("Kantor"), self.tr("Judul SOP"), self.tr("Langkah")])
        for template in self.templates:
            item = QTreeWidgetItem([template.office, template.title, str(template.steps)])
            item.setToolTip(0, template.office)
            item.setToolTip(1, template.title)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tree.addTopLevelItem(item)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        tree.setColumnWidth(0, 230)
        first = tree.topLevelItem(0)
        if first is not None:
            tree.setCurrentItem(first)
        return tree

    def _build_layout(self) -> None:
        file_row = QHBoxLayout()
        file_row.setContentsMargins(24, 0, 0, 0)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        help_text = _hint(
            self.tr(
                "Isian format: {tahun}, {perangkat} (kode PC) dan {nomor:04d} (nomor urut "
                "empat angka, mulai dari 1 setiap tahun)."
            ),
            self,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.bundled_radio)
        layout.addWidget(self.template_list, 1)
        layout.addWidget(self.file_radio)
        layout.addLayout(file_row)
        layout.addWidget(self.sop_message)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(help_text)
        layout.addWidget(self.general)

    def _sync_enabled(self) -> None:
        bundled = self.bundled_radio.isChecked()
        self.template_list.setEnabled(bundled)
        self.file_edit.setEnabled(not bundled)
        self.browse_button.setEnabled(not bundled)
        self._show_sop_problem("")

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas SOP"), "", self.tr("Berkas SOP (*.yaml *.yml)")
        )
        if name:
            self.use_file(Path(name))

    def use_file(self, path: Path) -> bool:
        """Choose the office's own SOP file and check it at once; False if it has problems."""
        self.file_radio.setChecked(True)
        self.file_edit.setText(str(path))
        return self.choose() is not None

    def _show_sop_problem(self, text: str) -> None:
        self.sop_message.setPlainText(text)
        self.sop_message.setVisible(bool(text))

    def sop_problem(self) -> str:
        """The SOP file's problems as shown (file:line: field: message, one a line)."""
        return self.sop_message.toPlainText() if self.sop_message.isVisible() else ""

    def select_template(self, index: int) -> None:
        self.bundled_radio.setChecked(True)
        item = self.template_list.topLevelItem(index)
        if item is not None:
            self.template_list.setCurrentItem(item)

    def chosen_template(self) -> Template | None:
        if not self.bundled_radio.isChecked():
            return None
        index = self.template_list.currentIndex().row()
        return self.templates[index] if 0 <= index < len(self.templates) else None

    def choose(self) -> SopChoice | None:
        """The chosen SOP, checked; shows why when there is none that can be used."""
        if self.bundled_radio.isChecked():
            template = self.chosen_template()
            if template is None:
                self._show_sop_problem(self.tr("Pilih salah satu SOP bawaan."))
                return None
            self._show_sop_problem("")
            text = template.file.read_bytes().decode("utf-8-sig")
            return SopChoice(text, template.file.name)
        name = self.file_edit.text().strip()
        if not name:
            self._show_sop_problem(self.tr("Pilih berkas SOP (.yaml) milik kantor."))
            return None
        path = Path(name)
        try:
            load_sop(path)
        except SopError as error:
            self._show_sop_problem(
                self.tr("Berkas SOP ini tidak dapat dipakai. Perbaiki baris yang disebut:")
                + "\n"
                + str(error)
            )
            return None
        self._show_sop_problem("")
        return SopChoice(path.read_bytes().decode("utf-8-sig"), name)

    def agenda_format(self) -> str:
        return self.agenda.text().strip()

    def initializePage(self) -> None:
        self._update_preview()

    def _update_preview(self) -> None:
        pattern = self.agenda_format()
        problem = agenda_format_problem(pattern)
        if problem:
            self.preview.setStyleSheet(ERROR_STYLE)
            self.preview.setText(self.tr("(format belum benar)"))
            return
        self.preview.setStyleSheet("")
        code = self._device_code() or "TU1"
        self.preview.setText(
            AgendaFormat(pattern).render(year=self._year, device_code=code, number=1)
        )

    def example_number(self) -> str:
        return self.preview.text()

    def show_problems(self, problems: Mapping[str, str]) -> None:
        rest = dict(problems)
        if "sop" in rest:
            self._show_sop_problem(rest.pop("sop"))
        super().show_problems(rest)

    def validatePage(self) -> bool:
        choice = self.choose()
        problem = agenda_format_problem(self.agenda_format())
        valid = self._check({"agenda_format": problem} if problem else {})
        return valid and choice is not None
