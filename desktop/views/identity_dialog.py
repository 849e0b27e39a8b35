"""The SOP's identity block (Permenpan RB 35/2012) as a read-only dialog.

Only fields the source gives are shown: an empty row would look like an error in the SOP,
while a missing one simply matches the paper. The reviewer's notes about how the template was
read from the source follow under "Catatan sumber".
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop.models.sop import Sop


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")


def _list(values: tuple[str, ...]) -> str:
    if len(values) == 1:
        return _text(values[0])
    return "<ol style='margin:0'>" + "".join(f"<li>{_text(v)}</li>" for v in values) + "</ol>"


class IdentityDialog(QDialog):
    """Shows the identity block and source notes of one SOP."""

    def __init__(self, sop: Sop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sop = sop
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.close_button = QPushButton(self)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.resize(680, 560)
        self.retranslate_ui()

    def text(self) -> str:
        """What the dialog shows, as plain text."""
        return self.browser.toPlainText()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Identitas SOP — %1").replace("%1", self.sop.title))
        self.close_button.setText(self.tr("Tutup"))
        self.browser.setHtml(self._html())

    def _rows(self) -> list[tuple[str, str]]:
        identity = self.sop.identity
        official = identity.disahkan_oleh
        singles = [
            (self.tr("Pemerintah"), identity.pemerintah),
            (self.tr("Instansi"), identity.instansi or self.sop.office),
            (self.tr("Unit"), identity.unit),
            (self.tr("Nama SOP"), identity.nama_sop or self.sop.title),
            (self.tr("Nomor SOP"), identity.nomor),
            (self.tr("Tanggal pembuatan"), identity.tanggal_pembuatan),
            (self.tr("Tanggal revisi"), identity.tanggal_revisi),
            (self.tr("Tanggal efektif"), identity.tanggal_efektif),
            (self.tr("Disahkan oleh (jabatan)"), official.jabatan),
            (self.tr("Nama"), official.nama),
            (self.tr("Pangkat"), official.pangkat),
            (self.tr("NIP"), official.nip),
            (self.tr("Tujuan"), identity.tujuan),
        ]
        rows = [(label, _text(value)) for label, value in singles if value.strip()]
        lists = [
            (self.tr("Dasar hukum"), identity.dasar_hukum),
            (self.tr("Pengertian"), identity.pengertian),
            (self.tr("Kualifikasi pelaksana"), identity.kualifikasi_pelaksana),
            (self.tr("Keterkaitan"), identity.keterkaitan),
            (self.tr("Peralatan/perlengkapan"), identity.peralatan),
            (self.tr("Unit terkait"), identity.unit_terkait),
            (self.tr("Dokumen terkait"), identity.dokumen_terkait),
        ]
        rows += [(label, _list(values)) for label, values in lists if values]
        texts = [
            (self.tr("Peringatan"), identity.peringatan),
            (self.tr("Pencatatan dan pendataan"), identity.pencatatan_pendataan),
        ]
        rows += [(label, _text(value)) for label, value in texts if value.strip()]
        rows.append((self.tr("Revisi template"), _text(self.sop.revision)))
        return rows

    def _html(self) -> str:
        table = "".join(
            "<tr><td style='padding:3px 10px 3px 0; white-space:nowrap' valign='top'>"
            f"<b>{escape(label)}</b></td><td style='padding:3px 0'>{value}</td></tr>"
            for label, value in self._rows()
        )
        html = f"<h3>{escape(self.sop.title)}</h3><table cellspacing='0'>{table}</table>"
        source = self.sop.source
        if source.notes or source.file:
            heading = self.tr("Catatan sumber")
            html += f"<h4>{escape(heading)}</h4>"
            if source.file or source.form:
                described = ", ".join(part for part in (source.file, source.form) if part)
                origin = self.tr("Sumber: %1").replace("%1", described)
                html += f"<p>{escape(origin)}</p>"
            if source.notes:
                html += "<ul>" + "".join(f"<li>{_text(n)}</li>" for n in source.notes) + "</ul>"
        return html
