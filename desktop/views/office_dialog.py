"""The admin's office dialogs: make this PC the first of an office, or join an existing one.

Both touch the shared folder, which may be slow or gone, so the work runs off the GUI thread
(:class:`~desktop.views.sync_worker.BackgroundCall`) while the dialog shows that it is busy;
a problem (mistyped code, wrong folder, a PC code already taken) appears at its field and
nothing is changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.field_messages import FieldForm, error_label
from desktop.views.sync_worker import BackgroundCall

if TYPE_CHECKING:
    from desktop.models.desk import Desk


class SharePathField(QWidget):
    """A shared folder path: typed (UNC path, drive letter) or picked with the folder chooser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("share-path")
        self.edit.setMinimumWidth(360)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self.choose)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.edit.setPlaceholderText(self.tr("\\\\PC-TU1\\Pengaduan atau Z:\\Pengaduan"))
        self.browse.setText(self.tr("Pilih &folder…"))

    def choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Pilih folder bersama"), self.edit.text()
        )
        if folder:
            self.edit.setText(str(Path(folder)))

    def path(self) -> str:
        return self.edit.text().strip()

    def setFocus(self) -> None:  # type: ignore[override]  # focus lands in the text field
        self.edit.setFocus()


class _OfficeDialog(QDialog):
    """Common frame: a form, a busy bar, a message line, OK/Cancel; subclasses do the work."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.result_value: object | None = None
        self.task: BackgroundCall | None = None
        column = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        column.addWidget(self.intro)
        self.form = FieldForm()
        column.addLayout(self.form)
        self.share = SharePathField(self)
        self.share_hint = QLabel(self)
        self.share_hint.setWordWrap(True)
        self.share_hint.setStyleSheet("color: #555;")
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.busy_label = QLabel(self)
        self.busy_label.hide()
        self.message = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self._build_fields()
        column.addWidget(self.share_hint)
        column.addStretch(1)
        column.addWidget(self.busy_label)
        column.addWidget(self.busy)
        column.addWidget(self.message)
        column.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(640, 360)

    def _build_fields(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.share.retranslate_ui()
        self.share_hint.setText(
            QCoreApplication.translate(
                "OfficeDialog",
                "Folder bersama dapat berupa folder jaringan (\\\\NAMA-PC\\Pengaduan), drive "
                "jaringan (Z:\\Pengaduan), atau flashdisk (E:\\) yang dibawa dari PC ke PC. "
                "Setiap PC hanya menulis ke foldernya sendiri di dalamnya; isinya tersandi.",
            )
        )
        self.busy_label.setText(
            QCoreApplication.translate("OfficeDialog", "Menghubungi folder bersama…")
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self._ok_text())
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("OfficeDialog", "Batal")
        )

    def _ok_text(self) -> str:
        return QCoreApplication.translate("OfficeDialog", "OK")

    def _job(self) -> Callable[[], object]:
        """The work, with the fields' values read now (on the GUI thread)."""
        raise NotImplementedError

    def _check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.share.path():
            problems["share"] = QCoreApplication.translate(
                "OfficeDialog", "Isi jalur folder bersama atau pilih foldernya."
            )
        return problems

    @Slot()
    def start(self) -> None:
        """Check the fields, then do the work in the background."""
        self.message.hide()
        problems = self._check()
        if problems:
            self.form.show_problems(problems)
            return
        self.form.clear_problems()
        self._set_busy(True)
        self.task = BackgroundCall(self._job(), self)
        self.task.done.connect(self._done)
        self.task.failed.connect(self._failed)
        self.task.start()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.buttons.setEnabled(not busy)
        for name in self.form.names():
            self.form.widget_of(name).setEnabled(not busy)

    @Slot(object)
    def _done(self, result: object) -> None:
        self._set_busy(False)
        self.result_value = result
        self.accept()

    @Slot(str, str)
    def _failed(self, field: str, message: str) -> None:
        self._set_busy(False)
        rest = self.form.show_problems({field: message} if field else {"": message})
        if rest:
            self.message.setText("\n".join(rest.values()))
            self.message.show()

    def reject(self) -> None:
        if self.busy.isVisible():
            return  # the folder is being written; closing now would hide the outcome
        super().reject()


class CreateOfficeDialog(_OfficeDialog):
    """Buat kantor di folder bersama: this set-up PC becomes the office's first PC.

    After :meth:`exec` accepts, :attr:`result_value` is the new office's join code.
    """

    def _build_fields(self) -> None:
        self.form.add_field("share", self.tr("Folder &bersama:"), self.share)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Buat kantor di folder bersama"))
        self.intro.setText(
            self.tr(
                "PC ini menjadi PC pertama kantor. Pilih folder bersama yang dapat dibuka semua "
                "PC kantor. Setelah itu cetak kartu bergabung untuk menggabungkan PC lain."
            )
        )
        super().retranslate_ui()

    def _ok_text(self) -> str:
        return self.tr("&Buat kantor")

    def _job(self) -> Callable[[], object]:
        desk, share = self.desk, Path(self.share.path())

        def work() -> object:
            from desktop.sync.exchange import create_office
            from desktop.sync.shared_folder import check_share

            check_share(share)
            return create_office(desk, share).join_code()

        return work


class JoinOfficeDialog(_OfficeDialog):
    """Gabung ke kantor: the join code (typed or read from a kartu PDF) and the shared folder.

    On a brand-new PC it also asks for this PC's code (``TU2``). After :meth:`exec` accepts,
    :attr:`result_value` is the first round's report. On a PC already in the office it
    changes the shared folder path (e.g. a new drive letter).
    """

    def __init__(
        self, desk: Desk, parent: QWidget | None = None, *, new_device: bool | None = None
    ) -> None:
        from desktop.sync.joining import needs_device_code

        self.new_device = needs_device_code(desk) if new_device is None else new_device
        super().__init__(desk, parent)

    def _build_fields(self) -> None:
        code_box = QWidget(self)
        row = QHBoxLayout(code_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.code = QLineEdit(code_box)
        self.code.setObjectName("join-code")
        self.code.setMinimumWidth(360)
        self.load_card = QPushButton(code_box)
        self.load_card.setObjectName("load-card")
        self.load_card.clicked.connect(self.choose_card)
        row.addWidget(self.code, 1)
        row.addWidget(self.load_card)
        self.code_label = self.form.add_field("code", self.tr("&Kode bergabung:"), code_box)
        self.form.add_field("share", self.tr("Folder &bersama:"), self.share)
        self.device = QLineEdit(self)
        self.device.setObjectName("device-code")
        self.device.setMaxLength(8)
        self.device.setMaximumWidth(120)
        if self.new_device:
            self.form.add_field("device_code", self.tr("Kode &PC ini:"), self.device, narrow=True)
        else:
            self.device.hide()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Gabung ke kantor"))
        self.intro.setText(
            self.tr(
                "Ketik kode bergabung dari kartu bergabung (atau muat berkas PDF kartunya) dan "
                "folder bersama kantor. Pengguna, SOP dan pengaduan kantor datang pada "
                "sinkronisasi pertama."
            )
        )
        self.code.setPlaceholderText(self.tr("MP1-XXXX-XXXX-…"))
        self.load_card.setText(self.tr("&Muat dari kartu PDF…"))
        self.device.setPlaceholderText(self.tr("mis. TU2"))
        self.device.setToolTip(
            self.tr("Kode pendek PC ini, berbeda dari PC lain; dipakai pada nomor agenda.")
        )
        super().retranslate_ui()

    def _ok_text(self) -> str:
        return self.tr("&Gabung")

    def choose_card(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Muat kartu bergabung"), "", self.tr("Kartu bergabung (*.pdf)")
        )
        if name:
            self.load_code_from(Path(name))

    def load_code_from(self, path: Path) -> bool:
        """Fill the code from a kartu bergabung PDF; a problem shows at the code field."""
        from desktop.documents.join_card import read_join_code_from_pdf
        from desktop.sync.office_key import JoinCodeError

        try:
            code = read_join_code_from_pdf(path)
        except JoinCodeError as error:
            self.form.show_problems({"code": str(error)})
            return False
        self.code.setText(code)
        self.code.setCursorPosition(0)
        self.form.clear_problems()
        return True

    def _check(self) -> dict[str, str]:
        problems = {}
        if not self.code.text().strip():
            problems["code"] = self.tr("Ketik kode bergabung atau muat dari kartu PDF.")
        problems.update(super()._check())
        if self.new_device and not self.device.text().strip():
            problems["device_code"] = self.tr("Isi kode PC ini, misalnya TU2.")
        return problems

    def _job(self) -> Callable[[], object]:
        desk, code = self.desk, self.code.text()
        share, device = Path(self.share.path()), self.device.text()

        def work() -> object:
            from desktop.sync.joining import join_this_pc

            return join_this_pc(desk, code, share, device)

        return work
