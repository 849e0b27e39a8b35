"""Opens the documents of a case: a preview window, or the letter editor for a surat dinas.

Which documents a case offers is the catalogue's answer (:func:`offered_now`); this controller
only decides which window shows one. A letter document needs a letter: with several the user
picks one, with none the editor starts a new one (or, for a tembusan, says to draft it first).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop.documents.catalog import KINDS, RenderedDocument, render_case_document
from desktop.models.accounts import User
from desktop.models.desk import CaseDetail, Desk
from desktop.views.pdf_preview import PdfPreview

LETTER_KINDS = ("surat", "tembusan")


class DocumentActions(QObject):
    """The document windows of one signed-in user.

    Signals:
        previewOpened(object): a :class:`PdfPreview` was opened (it renders in the background).
        editorOpened(object): a letter editor was opened.
        changed(object): a letter operation succeeded; the argument is its ``Change``.
    """

    previewOpened = Signal(object)
    editorOpened = Signal(object)
    changed = Signal(object)

    def __init__(self, desk: Desk, user: User, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.desk = desk
        self.user = user
        self._parent = parent_widget

    def label(self, kind: str) -> str:
        labels = {
            "disposisi": self.tr("Lembar Disposisi"),
            "tanda-terima": self.tr("Tanda Terima Pengaduan"),
            "arsip": self.tr("Lembar Arsip"),
            "surat": self.tr("Surat Dinas"),
            "tembusan": self.tr("Salinan Tembusan"),
        }
        return labels.get(kind, KINDS[kind][0] if kind in KINDS else kind)

    def open(self, kind: str, detail: CaseDetail) -> QWidget | None:
        """Open document ``kind`` of the case; returns the window opened (``None``: none)."""
        if kind in LETTER_KINDS:
            return self.open_letter_document(kind, detail)
        return self.preview(kind, detail)

    def preview(self, kind: str, detail: CaseDetail, **options: object) -> PdfPreview:
        """Open a preview window that renders ``kind`` for the case off the GUI thread."""
        desk, user, case_id = self.desk, self.user, detail.state.case_id

        def work() -> RenderedDocument:
            return render_case_document(desk, kind, case_id, user, **options)

        title = f"{self.label(kind)} {detail.state.nomor_agenda}"
        return self.preview_of(work, title)

    def preview_of(self, work: Callable[[], RenderedDocument], title: str) -> PdfPreview:
        """Open a preview window for a document ``work`` makes."""
        preview = PdfPreview(self._parent)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.setWindowModality(Qt.WindowModality.NonModal)
        preview.load(work, title)
        preview.show()
        self.previewOpened.emit(preview)
        return preview

    # -- letters ----------------------------------------------------------------------------

    def open_letter_document(self, kind: str, detail: CaseDetail) -> QWidget | None:
        """``surat``: the editor (or a preview for readers); ``tembusan``: the copies."""
        letters = sorted(detail.state.letters.values(), key=lambda letter: letter.nomor)
        if kind == "surat" and self.user.role.can_write:
            letter_id = self.choose_letter(detail, allow_new=True) if letters else ""
            if letter_id is None:
                return None
            return self.open_editor(detail, letter_id)
        if not letters:
            self.inform(
                self.tr("Belum ada surat"),
                self.tr(
                    "Pengaduan ini belum memiliki surat dinas. Buat konsepnya lebih dahulu "
                    "lewat tombol \u201cSurat Dinas\u201d."
                ),
            )
            return None
        letter_id = self.choose_letter(detail, allow_new=False)
        if letter_id is None:
            return None
        return self.preview(kind, detail, letter_id=letter_id)

    def choose_letter(self, detail: CaseDetail, *, allow_new: bool) -> str | None:
        """The letter to use: the only one, or the user's pick; ``""`` is a new letter and
        ``None`` means the user backed out."""
        letters = sorted(detail.state.letters.values(), key=lambda letter: letter.nomor)
        if len(letters) == 1 and not allow_new:
            return letters[0].letter_id
        choices = [
            f"{letter.nomor} — {letter.latest.hal}"
            + (self.tr(" (terkirim)") if letter.sent else "")
            for letter in letters
        ]
        ids = [letter.letter_id for letter in letters]
        if allow_new:
            choices.append(self.tr("Surat baru…"))
            ids.append("")
        index = self.ask_choice(
            self.tr("Pilih surat"),
            self.tr("Surat pengaduan %1:").replace("%1", detail.state.nomor_agenda),
            choices,
        )
        return None if index is None else ids[index]

    def ask_choice(self, title: str, label: str, choices: list[str]) -> int | None:
        """Ask for one of ``choices``; returns its index, ``None`` when cancelled."""
        text, ok = QInputDialog.getItem(self._parent, title, label, choices, 0, False)
        if not ok or text not in choices:
            return None
        return choices.index(text)

    def open_editor(self, detail: CaseDetail, letter_id: str) -> QWidget:
        """Open the letter editor on ``letter_id`` (``""``: a new letter)."""
        from desktop.views.letter_editor import LetterEditor

        editor = LetterEditor(
            self.desk, self.user, detail, letter_id, documents=self, parent=self._parent
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.changed.connect(self.changed)
        editor.show()
        self.editorOpened.emit(editor)
        return editor

    def inform(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok)
        box.setParent(self._parent, box.windowFlags())
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
