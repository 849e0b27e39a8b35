"""Printing the disposition sheets of today's new complaints in one go.

The front desk prints every Lembar Disposisi of the day for the head's tray. Each sheet is made
by its renderer and painted on one printer (or one combined PDF file) by
:class:`BatchPrintTask` in a worker thread; :class:`BatchPrintDialog` shows "3 dari 12" and a
cancel button that stops after the sheet being printed, so no sheet is ever half on paper.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.catalog import RenderedDocument, render_case_document
from desktop.documents.dates import tanggal
from desktop.models.accounts import User
from desktop.models.desk import Desk
from desktop.models.problems import InputError, NotAllowedError
from desktop.models.queries import CaseQuery, SortKey
from desktop.views.printing import LoadedPdf, PageSink, PrintError, pdf_printer

log = logging.getLogger(__name__)

BATCH_KIND = "disposisi"
PAGE = 500


def cases_received_on(desk: Desk, viewer: User, day: date) -> list[str]:
    """Ids of the cases received on ``day``, oldest first (the order of the agenda book)."""
    query = CaseQuery(received_from=day, received_to=day, sort=SortKey.RECEIVED, descending=False)
    ids: list[str] = []
    while True:
        rows = desk.list_cases(query, viewer.role, offset=len(ids), limit=PAGE)
        ids += [row.case_id for row in rows]
        if len(rows) < PAGE:
            return ids


class BatchPrintTask(QObject):
    """Renders and prints one document per case on one printer, in order.

    ``render`` makes the document of a case id. Run :meth:`run` in a worker thread (see
    :meth:`start_in_thread`); :meth:`cancel` may be called from any thread and takes effect
    after the document being printed.

    Signals:
        progress(int, int): documents printed so far, and how many in all.
        finished(int): the job ended (complete or cancelled) after this many documents.
        failed(str): the job stopped on an error (Indonesian); documents before it printed.
    """

    progress = Signal(int, int)
    finished = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        case_ids: Sequence[str],
        render: Callable[[str], RenderedDocument],
        printer: QPrinter,
    ) -> None:
        super().__init__()
        self.case_ids = list(case_ids)
        self.render = render
        self.printer = printer
        self.printed = 0
        self._cancel = threading.Event()
        self.worker_thread: QThread | None = None

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def start_in_thread(self) -> QThread:
        """Move to a new thread and run there; the thread ends with the job."""
        thread = QThread()
        self.worker_thread = thread
        self.moveToThread(thread)
        thread.started.connect(self.run)
        # Direct: the GUI thread may be waiting for this thread and not dispatching events.
        self.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        self.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.start()
        return thread

    def run(self) -> None:
        total = len(self.case_ids)
        self.progress.emit(0, total)
        sink: PageSink | None = None
        try:
            for case_id in self.case_ids:
                if self.cancelled:
                    break
                document = self.render(case_id)
                pdf = LoadedPdf(document.pdf)
                try:
                    sink = sink or PageSink(self.printer)
                    sink.add(pdf.document)
                finally:
                    pdf.close()
                self.printed += 1
                self.progress.emit(self.printed, total)
        except (InputError, NotAllowedError, PrintError) as error:
            self._stop(sink, str(error))
            return
        except Exception as error:
            log.exception("Cetak massal gagal")
            self._stop(sink, str(error) or type(error).__name__)
            return
        if sink is not None:
            sink.finish()
        self.finished.emit(self.printed)

    def _stop(self, sink: PageSink | None, reason: str) -> None:
        if sink is not None:
            sink.finish()
        self.failed.emit(
            self.tr("Pencetakan berhenti setelah %1 dari %2 dokumen: %3")
            .replace("%1", str(self.printed))
            .replace("%2", str(len(self.case_ids)))
            .replace("%3", reason)
        )


class BatchPrintDialog(QDialog):
    """Prints the disposition sheets of the complaints received today, with progress.

    The dialog first says how many sheets there are and offers "Cetak…" (the print dialog)
    or "Simpan sebagai satu PDF…"; then a bar shows "3 dari 12" and "Batal" stops after the
    current sheet.

    Signals:
        batchProgress(int, int): sheets printed so far, and how many in all.
        batchFinished(int): printing ended (done or cancelled) after this many sheets.
        batchFailed(str): printing stopped on an error, shown in the dialog.
    """

    batchProgress = Signal(int, int)
    batchFinished = Signal(int)
    batchFailed = Signal(str)

    def __init__(
        self, desk: Desk, viewer: User, parent: QWidget | None = None, *, day: date | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.viewer = viewer
        self.day = day or desk.now().date()
        self.case_ids = cases_received_on(desk, viewer, self.day)
        self.task: BatchPrintTask | None = None
        self.worker_thread: QThread | None = None
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        self.setMinimumWidth(480)
        column = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        column.addWidget(self.intro)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, max(1, len(self.case_ids)))
        self.bar.setValue(0)
        self.bar.setFormat("")
        column.addWidget(self.bar)
        self.status = QLabel(self)
        self.status.setObjectName("batch-status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.status)
        column.addStretch(1)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.pdf_button = QPushButton(self)
        self.pdf_button.clicked.connect(self.save_combined_pdf)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        column.addLayout(buttons)
        none = not self.case_ids
        self.print_button.setEnabled(not none)
        self.pdf_button.setEnabled(not none)
        self.bar.setVisible(not none)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Cetak Lembar Disposisi hari ini"))
        day = tanggal(self.day)
        if self.case_ids:
            self.intro.setText(
                self.tr(
                    "Lembar Disposisi untuk <b>%1</b> pengaduan yang diterima hari ini (%2), "
                    "urut nomor agenda."
                )
                .replace("%1", str(len(self.case_ids)))
                .replace("%2", day)
            )
        else:
            self.intro.setText(
                self.tr("Belum ada pengaduan yang diterima hari ini (%1).").replace("%1", day)
            )
        self.print_button.setText(self.tr("&Cetak…"))
        self.pdf_button.setText(self.tr("Simpan sebagai &satu PDF…"))
        self._set_cancel_text()

    def _set_cancel_text(self) -> None:
        running = self.task is not None
        self.cancel_button.setText(self.tr("&Batal") if running else self.tr("&Tutup"))

    # -- starting ---------------------------------------------------------------------------

    def print_with_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, False)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.start(printer)

    def save_combined_pdf(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan sebagai satu PDF"),
            str(Path.home() / f"lembar-disposisi-{self.day.isoformat()}.pdf"),
            self.tr("Dokumen PDF (*.pdf)"),
        )
        if name:
            self.start(pdf_printer(Path(name)))

    def start(self, printer: QPrinter) -> None:
        """Print every sheet on ``printer`` (configured by the caller) in a worker thread."""
        if self.task is not None or not self.case_ids:
            return
        desk, viewer = self.desk, self.viewer
        self.task = BatchPrintTask(
            self.case_ids,
            lambda case_id: render_case_document(desk, BATCH_KIND, case_id, viewer),
            printer,
        )
        self.task.progress.connect(self._progress)
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)
        self.print_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        self._set_cancel_text()
        self.status.setText(self.tr("Menyiapkan…"))
        self.worker_thread = self.task.start_in_thread()

    def cancel_or_close(self) -> None:
        if self.task is None:
            self.reject()
            return
        self.task.cancel()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Menghentikan setelah lembar yang sedang dicetak…"))

    # -- progress ---------------------------------------------------------------------------

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        text = self.tr("%1 dari %2").replace("%1", str(done)).replace("%2", str(total))
        self.bar.setFormat(text)
        if self.task is not None and not self.task.cancelled:
            self.status.setText(self.tr("Mencetak… %1").replace("%1", text))
        self.batchProgress.emit(done, total)

    def _finished(self, printed: int) -> None:
        total = len(self.case_ids)
        self._end()
        if printed < total:
            self.status.setText(
                self.tr("Dihentikan: %1 dari %2 lembar tercetak; sisanya tidak dicetak.")
                .replace("%1", str(printed))
                .replace("%2", str(total))
            )
        else:
            self.status.setText(
                self.tr("Selesai: %1 lembar disposisi tercetak.").replace("%1", str(printed))
            )
        self.batchFinished.emit(printed)

    def _failed(self, message: str) -> None:
        self._end()
        self.status.setText(f"<span style='color:#b3261e'>{message}</span>")
        self.batchFailed.emit(message)

    def _end(self) -> None:
        if self.worker_thread is not None:
            self.worker_thread.quit()
            self.worker_thread.wait()
            self.worker_thread = None
        self.task = None
        self.cancel_button.setEnabled(True)
        self._set_cancel_text()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None:
            self.task.cancel()
            if self.worker_thread is not None:
                self.worker_thread.wait()
        super().closeEvent(event)

    def reject(self) -> None:
        if self.task is not None:
            self.cancel_or_close()
            return
        super().reject()
