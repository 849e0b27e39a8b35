"""First run of a PC: the office, this PC's code, the first admin and the SOP, in one go.

Nothing is written while the clerk fills the pages; **Selesai** calls :meth:`Desk.setup`, which
saves everything in one transaction. A problem the desk still finds brings the clerk back to
the page and field it concerns, so cancelling or failing never leaves a half-set-up PC.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget, QWizard, QWizardPage

from desktop.models.problems import InputError, NotAllowedError
from desktop.views.confirm import ask
from desktop.views.setup_pages import (
    AdminPage,
    DevicePage,
    FormPage,
    OfficePage,
    SopPage,
    Template,
    bundled_templates,
)

if TYPE_CHECKING:
    from desktop.models.accounts import User
    from desktop.models.desk import Desk

PAGE_OFFICE, PAGE_DEVICE, PAGE_ADMIN, PAGE_SOP, PAGE_SUMMARY = range(5)


class SummaryPage(QWizardPage):
    """Everything the clerk typed, to read once more before **Selesai**."""

    def __init__(self, rows: Callable[[], list[tuple[str, str]]], parent: QWidget | None = None):
        super().__init__(parent)
        self._rows = rows
        self.setTitle(self.tr("Periksa sekali lagi"))
        self.setSubTitle(
            self.tr("Tekan Selesai untuk menyimpan. Kembali ke halaman sebelumnya untuk mengubah.")
        )
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary, 1)

    def initializePage(self) -> None:
        cells = "".join(
            "<tr><td style='padding:2px 14px 2px 0; white-space:nowrap' valign='top'>"
            f"<b>{escape(label)}</b></td><td style='padding:2px 0'>{escape(value)}</td></tr>"
            for label, value in self._rows()
        )
        self.summary.setText(f"<table cellspacing='0'>{cells}</table>")

    def text(self) -> str:
        """The summary as plain text (what the clerk reads)."""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(self.summary.text())
        return document.toPlainText()


class SetupWizard(QWizard):
    """Sets up this PC of the office; after :meth:`exec` accepts, :attr:`admin` is signed in.

    Args:
        desk: the PC's desk, not set up yet.
        today: the date whose year the agenda number preview shows.
        templates: the bundled SOPs to offer (read from the package when ``None``).

    Attributes:
        admin: the first admin, once :meth:`Desk.setup` succeeded.
        confirm_cancel: asks before throwing away what was typed; returns True to cancel.
    """

    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        templates: list[Template] | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.admin: User | None = None
        self.confirm_cancel: Callable[[], bool] = self._ask_cancel
        self.setWindowTitle(self.tr("Penyiapan Meja Pengaduan"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.office_page = OfficePage(self)
        self.device_page = DevicePage(self)
        self.admin_page = AdminPage(self)
        self.sop_page = SopPage(
            self.device_page.device_code,
            today or date.today(),
            bundled_templates() if templates is None else templates,
            self,
        )
        self.summary_page = SummaryPage(self._summary_rows, self)
        self.setPage(PAGE_OFFICE, self.office_page)
        self.setPage(PAGE_DEVICE, self.device_page)
        self.setPage(PAGE_ADMIN, self.admin_page)
        self.setPage(PAGE_SOP, self.sop_page)
        self.setPage(PAGE_SUMMARY, self.summary_page)
        self._translate_buttons()
        self.join_requested = False
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(
            QWizard.WizardButton.CustomButton1,
            self.tr("PC ini bergabung ke kantor yang sudah ada…"),
        )
        self.customButtonClicked.connect(self._join_instead)
        self.resize(820, 620)

    def _translate_buttons(self) -> None:
        texts = {
            QWizard.WizardButton.BackButton: self.tr("< &Kembali"),
            QWizard.WizardButton.NextButton: self.tr("&Lanjut >"),
            QWizard.WizardButton.FinishButton: self.tr("&Selesai"),
            QWizard.WizardButton.CancelButton: self.tr("Batal"),
        }
        for button, text in texts.items():
            self.setButtonText(button, text)

    def form_pages(self) -> list[FormPage]:
        return [self.office_page, self.device_page, self.admin_page, self.sop_page]

    # -- summary ---------------------------------------------------------------------------

    def _summary_rows(self) -> list[tuple[str, str]]:
        office = self.office_page.profile()
        admin = self.admin_page.user_form()
        template = self.sop_page.chosen_template()
        sop = (
            f"{template.office} — {template.title}"
            if template is not None
            else self.sop_page.file_edit.text().strip()
        )
        logo = self.office_page.logo.path
        rows = [
            (self.tr("Pemerintah daerah"), office.pemerintah),
            (self.tr("Nama dinas"), office.nama_dinas),
            (self.tr("Alamat"), office.alamat),
            (self.tr("Telepon"), office.telepon),
            (self.tr("Email"), office.email),
            (self.tr("Situs web"), office.website),
            (self.tr("Kota"), office.kota),
            (self.tr("Logo"), logo.name if logo else self.tr("(tanpa logo)")),
            (self.tr("Kode PC"), self.device_page.device_code()),
            (self.tr("Nama PC"), self.device_page.device_name()),
            (self.tr("Admin"), admin.name),
            (self.tr("NIP"), admin.nip),
            (self.tr("Jabatan"), admin.jabatan),
            (self.tr("Pangkat/golongan"), admin.pangkat),
            (self.tr("PIN"), "•" * len(admin.pin)),
            (self.tr("SOP"), sop),
            (self.tr("Contoh nomor agenda"), self.sop_page.example_number()),
        ]
        return [(label, value) for label, value in rows if value]

    # -- finishing -------------------------------------------------------------------------

    def accept(self) -> None:
        """Save everything with :meth:`Desk.setup`; on a problem, go to its page instead."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.admin = self._set_up()
        except InputError as error:
            QGuiApplication.restoreOverrideCursor()
            self.show_problems(error.problems)
            return
        except NotAllowedError as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Penyiapan tidak dapat disimpan"), str(error))
            return
        QGuiApplication.restoreOverrideCursor()
        super().accept()

    def _set_up(self) -> User:
        choice = self.sop_page.choose()
        if choice is None:
            raise InputError({"sop": self.sop_page.sop_problem()})
        logo = self.office_page.logo.path
        logo_sha = self.desk.blobs.add_file(logo).sha256 if logo is not None else ""
        return self.desk.setup(
            office=self.office_page.profile(logo_sha),
            device_code=self.device_page.device_code(),
            admin=self.admin_page.user_form(),
            sop_text=choice.text,
            sop_name=choice.name,
            agenda_format=self.sop_page.agenda_format(),
            device_name=self.device_page.device_name(),
        )

    def show_problems(self, problems: Mapping[str, str]) -> None:
        """Show each problem on its page and go back to the first page that has one."""
        pages = self.form_pages()
        shares: list[dict[str, str]] = [{} for _ in pages]
        for name, text in problems.items():
            owner = next((i for i, page in enumerate(pages) if page.owns(name)), None)
            shares[PAGE_OFFICE if owner is None else owner][name] = text
        for page, share in zip(pages, shares, strict=True):
            page.show_problems(share)
        target = next((i for i, share in enumerate(shares) if share), None)
        while target is not None and self.currentId() > target:
            self.back()

    # -- cancelling ------------------------------------------------------------------------

    def has_input(self) -> bool:
        """Whether the clerk typed anything that cancelling would throw away."""
        edits = [
            self.office_page.pemerintah,
            self.office_page.nama_dinas,
            self.office_page.alamat,
            self.device_page.code,
            self.admin_page.name,
            self.admin_page.pin,
        ]
        return any(edit.text().strip() for edit in edits) or self.office_page.logo.path is not None

    def reject(self) -> None:
        if self.has_input() and not self.confirm_cancel():
            return
        super().reject()

    def _join_instead(self, _which: int) -> None:
        """Close without setting up: the app asks for the join code instead."""
        self.join_requested = True
        super().reject()

    def _ask_cancel(self) -> bool:
        return ask(
            self,
            self.tr("Batalkan penyiapan?"),
            self.tr(
                "Isian penyiapan belum disimpan dan akan hilang. Aplikasi ditutup; penyiapan "
                "dapat diulang kapan saja dengan membuka aplikasi lagi."
            ),
            proceed=self.tr("&Batalkan penyiapan"),
            stay=self.tr("&Lanjutkan mengisi"),
        )
