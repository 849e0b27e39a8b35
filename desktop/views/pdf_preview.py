"""The preview window of a document: pages on screen, then print or save as PDF.

ReportLab rendering can take a second or more on an office PC, so :class:`RenderTask` makes the
document on the thread pool while the window shows a busy bar; the window never waits on it.
What can go wrong (the desk refuses, a renderer fails) is shown in the window in Indonesian.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.catalog import RenderedDocument
from desktop.models.problems import InputError, NotAllowedError
from desktop.views.printing import (
    LoadedPdf,
    PrintError,
    print_pdf,
    save_problem,
    suggest_paper,
    write_pdf,
)

log = logging.getLogger(__name__)

ZOOM_STEP = 1.25
ZOOM_LIMITS = (0.25, 4.0)


class RenderTask(QObject):
    """Makes one document on the thread pool.

    Connect to the signals with methods of a QObject (not lambdas) so they run on the GUI
    thread.

    Signals:
        rendered(object): the :class:`RenderedDocument`.
        failed(str): why there is no document, in Indonesian.
    """

    rendered = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[], RenderedDocument], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(QRunnable.create(self.run))

    def run(self) -> None:
        """Render now, on the calling thread, and report through the signals."""
        try:
            document = self._work()
        except (InputError, NotAllowedError) as error:
            self.failed.emit(str(error))
        except Exception as error:  # a renderer bug must not take the window down
            log.exception("Dokumen tidak dapat dibuat")
            self.failed.emit(
                self.tr(
                    "Dokumen tidak dapat dibuat (%1). Rincian tercatat di berkas log; laporkan "
                    "kepada pengelola aplikasi."
                ).replace("%1", str(error) or type(error).__name__)
            )
        else:
            self.rendered.emit(document)


class PdfPreview(QDialog):
    """Shows a :class:`RenderedDocument` and prints or saves it.

    Open it with :meth:`load` (makes the document off the GUI thread) or
    :meth:`show_document` (already made).

    Signals:
        documentShown(object): the document (a ``RenderedDocument``) is on screen.
        failed(str): the document could not be made; the reason is shown in the window.
        saved(str): the PDF was written to this path.
        printed(int): this many sheets went to the printer.
    """

    documentShown = Signal(object)
    failed = Signal(str)
    saved = Signal(str)
    printed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.document: RenderedDocument | None = None
        self.pdf: LoadedPdf | None = None
        self.task: RenderTask | None = None
        self.message_box: QMessageBox | None = None
        self._build()
        self.retranslate_ui()
        self._set_ready(False)
        self.resize(900, 720)

    def _build(self) -> None:
        column = QVBoxLayout(self)
        tools = QHBoxLayout()
        self.zoom_out_action = QAction(self)
        self.zoom_out_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_action.triggered.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in_action = QAction(self)
        self.zoom_in_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.zoom_in_action.triggered.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.fit_width_action = QAction(self)
        self.fit_width_action.setShortcut(QKeySequence("Ctrl+0"))
        self.fit_width_action.triggered.connect(self.fit_width)
        self.fit_page_action = QAction(self)
        self.fit_page_action.setShortcut(QKeySequence("Ctrl+9"))
        self.fit_page_action.triggered.connect(self.fit_page)
        for action in (
            self.zoom_out_action,
            self.zoom_in_action,
            self.fit_page_action,
            self.fit_width_action,
        ):
            self.addAction(action)
            button = QToolButton(self)
            button.setDefaultAction(action)
            tools.addWidget(button)
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(56)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tools.addWidget(self.zoom_label)
        tools.addStretch(1)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("page-label")
        tools.addWidget(self.page_label)
        column.addLayout(tools)

        self.stack = QStackedWidget(self)
        busy = QWidget(self.stack)
        busy_column = QVBoxLayout(busy)
        busy_column.addStretch(1)
        self.busy_label = QLabel(busy)
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        busy_column.addWidget(self.busy_label)
        self.busy_bar = QProgressBar(busy)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(320)
        busy_column.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        busy_column.addStretch(2)
        self.stack.addWidget(busy)
        self.view = QPdfView(self.stack)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageSpacing(12)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self.view.zoomModeChanged.connect(lambda _mode: self._show_zoom(self.view.zoomFactor()))
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self.stack.addWidget(self.view)
        self.error_label = QLabel(self.stack)
        self.error_label.setObjectName("preview-error")
        self.error_label.setWordWrap(True)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setMargin(32)
        self.stack.addWidget(self.error_label)
        column.addWidget(self.stack, 1)

        buttons = QHBoxLayout()
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save-pdf")
        self.save_button.clicked.connect(self.save_as)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        column.addLayout(buttons)

    def retranslate_ui(self) -> None:
        self.zoom_out_action.setText(self.tr("−"))
        self.zoom_out_action.setToolTip(self.tr("Perkecil (Ctrl+-)"))
        self.zoom_in_action.setText(self.tr("+"))
        self.zoom_in_action.setToolTip(self.tr("Perbesar (Ctrl++)"))
        self.fit_width_action.setText(self.tr("Sesuai lebar"))
        self.fit_width_action.setToolTip(self.tr("Halaman selebar jendela (Ctrl+0)"))
        self.fit_page_action.setText(self.tr("Satu halaman"))
        self.fit_page_action.setToolTip(self.tr("Seluruh halaman terlihat (Ctrl+9)"))
        self.busy_label.setText(self.tr("Menyiapkan dokumen…"))
        self.print_button.setText(self.tr("&Cetak…"))
        self.save_button.setText(self.tr("&Simpan sebagai PDF…"))
        self.close_button.setText(self.tr("&Tutup"))
        if self.document is None:
            self.setWindowTitle(self.tr("Pratinjau dokumen"))
        self._show_page(self.view.pageNavigator().currentPage())
        self._show_zoom(self.view.zoomFactor())

    # -- loading ----------------------------------------------------------------------------

    def load(self, work: Callable[[], RenderedDocument], title: str = "") -> None:
        """Make the document with ``work`` off the GUI thread, then show it."""
        self.setWindowTitle(title or self.tr("Pratinjau dokumen"))
        self.stack.setCurrentIndex(0)
        self._set_ready(False)
        # Not a child of the window: the pool keeps the task alive even if the window closes.
        self.task = RenderTask(work)
        self.task.rendered.connect(self._rendered)
        self.task.failed.connect(self.show_failure)
        self.task.start()

    def _rendered(self, document: object) -> None:
        assert isinstance(document, RenderedDocument)
        self.task = None
        self.show_document(document)

    def show_failure(self, message: str) -> None:
        """Show why there is no document (and keep the window open to read it)."""
        self.task = None
        self.error_label.setText(
            self.tr("<b>Dokumen tidak dapat ditampilkan.</b><br><br>%1").replace("%1", message)
        )
        self.stack.setCurrentWidget(self.error_label)
        self._set_ready(False)
        self.failed.emit(message)

    def show_document(self, document: RenderedDocument) -> None:
        """Put ``document`` on screen, its first page whole in the window."""
        try:
            pdf = LoadedPdf(document.pdf)
        except PrintError as error:
            self.show_failure(str(error))
            return
        old = self.pdf
        self.view.setDocument(pdf.document)
        if old is not None:
            old.close()
        self.pdf, self.document = pdf, document
        self.setWindowTitle(document.title)
        self.stack.setCurrentWidget(self.view)
        self.fit_page()
        self.view.pageNavigator().jump(0, self.view.pageNavigator().currentLocation())
        self._show_page(0)
        self._set_ready(True)
        self.documentShown.emit(document)

    def page_count(self) -> int:
        return self.pdf.page_count if self.pdf is not None else 0

    def _set_ready(self, ready: bool) -> None:
        for widget in (self.print_button, self.save_button):
            widget.setEnabled(ready)
        for action in (
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_width_action,
            self.fit_page_action,
        ):
            action.setEnabled(ready)
        self.page_label.setVisible(ready)
        self.zoom_label.setVisible(ready)

    # -- zoom and pages ---------------------------------------------------------------------

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def zoom_by(self, factor: float) -> None:
        zoom = min(max(self.view.zoomFactor() * factor, ZOOM_LIMITS[0]), ZOOM_LIMITS[1])
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)

    def _show_zoom(self, zoom: float) -> None:
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            self.zoom_label.setText("")
        else:
            self.zoom_label.setText(f"{round(zoom * 100)}%")

    def _show_page(self, page: int) -> None:
        self.page_label.setText(
            self.tr("Halaman %1 dari %2")
            .replace("%1", str(page + 1))
            .replace("%2", str(self.page_count()))
        )

    # -- print and save ---------------------------------------------------------------------

    def print_to(self, printer: QPrinter) -> int:
        """Print the document on a configured ``printer``; returns sheets printed.

        Raises:
            PrintError: the printer could not be used (the message is for the user).
        """
        if self.pdf is None:
            return 0
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sheets = print_pdf(self.pdf.document, printer)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.printed.emit(sheets)
        return sheets

    def print_with_dialog(self) -> None:
        """Ask for printer, copies, pages and paper, then print."""
        if self.pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        suggest_paper(printer, self.pdf.document)
        if self.document is not None:
            printer.setDocName(self.document.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Cetak %1").replace("%1", self.windowTitle()))
        dialog.setMinMax(1, self.page_count())
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCollateCopies, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except PrintError as error:
            self.warn(self.tr("Tidak dapat mencetak"), str(error))

    def save_to(self, path: Path) -> bool:
        """Write the PDF to ``path``; on failure say why and keep the window as it was."""
        if self.document is None:
            return False
        try:
            write_pdf(self.document.pdf, path)
        except OSError as error:
            self.warn(self.tr("Tidak dapat menyimpan"), save_problem(error, path))
            return False
        self.saved.emit(str(path))
        return True

    def save_as(self) -> None:
        """Ask where to save (suggesting the document's file name), then save."""
        if self.document is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan sebagai PDF"),
            str(Path.home() / self.document.filename),
            self.tr("Dokumen PDF (*.pdf)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.save_to(path)

    def warn(self, title: str, text: str) -> None:
        """A window-modal message that does not block the event loop."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
        box.setParent(self, box.windowFlags())
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._message_closed(box))
        self.message_box = box
        box.open()

    def _message_closed(self, box: QMessageBox) -> None:
        if self.message_box is box:
            self.message_box = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.view.setDocument(None)  # type: ignore[arg-type]
        if self.pdf is not None:
            self.pdf.close()
            self.pdf = None
        super().closeEvent(event)
