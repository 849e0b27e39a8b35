"""Printing a PDF through Qt, and saving its bytes, without losing anything on failure.

A document is PDF bytes made by ReportLab. To print it each page is rendered by QtPdf at the
printer's resolution (capped, so a 1200 dpi PDF printer does not need gigabytes) and painted on
the paper at its actual size, shrunk only when it does not fit. The functions take a
:class:`QPrinter` the caller configured, through :class:`QPrintDialog` or in code (tests print
to a PDF file with ``QPrinter.OutputFormat.PdfFormat``), and may run off the GUI thread: Qt
allows painting on a printer from a worker thread.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
)
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

MAX_PRINT_DPI = 300
"""Pages are rasterised at most this fine; plenty for text and stamps on office printers."""
POINTS_PER_INCH = 72.0


class PrintError(Exception):
    """Printing could not start or failed part-way; the message is for the user (Indonesian)."""


class LoadedPdf:
    """A :class:`QPdfDocument` read from bytes, with the buffer it needs kept alive.

    QtPdf reads pages lazily from the device, so the bytes and the buffer must live as long as
    the document; this object owns all three.
    """

    def __init__(self, pdf: bytes) -> None:
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise PrintError(
                QCoreApplication.translate(
                    "Printing", "Dokumen PDF tidak dapat dibaca; buat ulang dokumennya."
                )
            )

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def close(self) -> None:
        self.document.close()
        self._buffer.close()


def page_size_of(document: QPdfDocument, page: int = 0) -> QPageSize:
    """The paper of a page as a :class:`QPageSize` (a standard size when it matches one)."""
    size = document.pagePointSize(page)
    return QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Point)


def suggest_paper(printer: QPrinter, document: QPdfDocument) -> None:
    """Preset ``printer`` to the document's first page size and orientation."""
    if document.pageCount() == 0:
        return
    size = document.pagePointSize(0)
    orientation = (
        QPageLayout.Orientation.Landscape
        if size.width() > size.height()
        else QPageLayout.Orientation.Portrait
    )
    printer.setPageSize(page_size_of(document))
    printer.setPageOrientation(orientation)


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """0-based pages the printer's range asks for (all when no range was chosen)."""
    first, last = 1, page_count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(page_count, printer.toPage() or page_count)
    return list(range(first - 1, last))


def _copies(printer: QPrinter) -> int:
    """Copies the program must paint itself (the driver makes them when it can)."""
    return 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())


def _page_image(document: QPdfDocument, page: int, dpi: float) -> QImage:
    points = document.pagePointSize(page)
    scale = dpi / POINTS_PER_INCH
    size = QSize(max(1, round(points.width() * scale)), max(1, round(points.height() * scale)))
    image = document.render(page, size, QPdfDocumentRenderOptions())
    if image.isNull():
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "Halaman %1 tidak dapat digambar untuk dicetak."
            ).replace("%1", str(page + 1))
        )
    # QtPdf leaves the paper transparent; printers and PDF files want it white.
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


def _place(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    """Paint one page at actual size, centred across and from the top of the paper."""
    dpi = float(printer.resolution())
    paper = printer.pageLayout().fullRectPixels(printer.resolution())
    points = document.pagePointSize(page)
    width = points.width() / POINTS_PER_INCH * dpi
    height = points.height() / POINTS_PER_INCH * dpi
    rotate = (width > height) != (paper.width() > paper.height())
    if rotate:
        width, height = height, width
    shrink = min(1.0, paper.width() / width, paper.height() / height)
    width, height = width * shrink, height * shrink
    target = QRectF(QPointF((paper.width() - width) / 2, 0.0), QSizeF(width, height))
    image = _page_image(document, page, min(dpi, MAX_PRINT_DPI))
    painter.save()
    if rotate:
        painter.translate(target.center())
        painter.rotate(90)
        painter.translate(-target.center())
        target = QRectF(
            QPointF(target.center().x() - height / 2, target.center().y() - width / 2),
            QSizeF(height, width),
        )
    painter.drawImage(target, image)
    painter.restore()


class PageSink:
    """One print job on ``printer``: documents are painted one after another.

    Use :meth:`add` for each document and :meth:`finish` at the end; the first page needs no
    ``newPage``, every further one does. ``finish`` ends the job even after an error, so a
    printer is never left open.
    """

    def __init__(self, printer: QPrinter) -> None:
        self.printer = printer
        printer.setFullPage(True)
        self.painter = QPainter()
        self.pages = 0
        if not self.painter.begin(printer):
            raise PrintError(
                QCoreApplication.translate(
                    "Printing",
                    "Printer tidak dapat dibuka. Periksa apakah printer menyala dan terhubung, "
                    "atau pilih printer lain; bila menyimpan ke PDF, periksa folder tujuannya.",
                )
            )

    def add(self, document: QPdfDocument, pages: Iterable[int] | None = None) -> int:
        """Paint the given pages of ``document`` (all by default); returns pages painted."""
        chosen = list(range(document.pageCount())) if pages is None else list(pages)
        painted = 0
        for page in chosen:
            if self.pages and not self.printer.newPage():
                raise PrintError(
                    QCoreApplication.translate(
                        "Printing", "Printer menolak halaman berikutnya; pencetakan dihentikan."
                    )
                )
            _place(self.painter, self.printer, document, page)
            self.pages += 1
            painted += 1
        return painted

    def finish(self) -> None:
        if self.painter.isActive():
            self.painter.end()


def print_pdf(
    pdf: bytes | QPdfDocument,
    printer: QPrinter,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Print a PDF on a configured ``printer``; returns the number of sheets painted.

    Honours the printer's page range and, when the driver cannot, its copy count (collated
    copies repeat the whole document, uncollated ones each page). ``cancelled`` is asked
    before each copy.

    Raises:
        PrintError: the printer could not be opened or the PDF could not be read.
    """
    loaded = LoadedPdf(pdf) if isinstance(pdf, bytes) else None
    document = loaded.document if loaded is not None else pdf
    assert isinstance(document, QPdfDocument)
    pages = pages_to_print(printer, document.pageCount())
    copies = _copies(printer)
    if printer.collateCopies():
        order = pages * copies
    else:
        order = [page for page in pages for _copy in range(copies)]
    sink = PageSink(printer)
    try:
        for page in order:
            if cancelled is not None and cancelled():
                break
            sink.add(document, [page])
    finally:
        sink.finish()
        if loaded is not None:
            loaded.close()
    return sink.pages


def pdf_printer(path: Path) -> QPrinter:
    """A printer that writes a PDF file (for "save as one PDF" and for tests)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(MAX_PRINT_DPI)
    return printer


def write_pdf(pdf: bytes, path: Path) -> None:
    """Write ``pdf`` to ``path`` through a temporary file, so a failure leaves no half file.

    Raises:
        OSError: the folder is missing, read-only or full (the old file, if any, is intact).
    """
    handle, temporary = tempfile.mkstemp(prefix=".simpan-", suffix=".pdf", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(pdf)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def save_problem(error: OSError, path: Path) -> str:
    """What to tell the user when saving ``path`` failed (Indonesian)."""
    if isinstance(error, PermissionError):
        reason = QCoreApplication.translate(
            "Printing",
            "tidak ada izin menulis di sana, atau berkas itu sedang dibuka program lain",
        )
    elif isinstance(error, FileNotFoundError):
        reason = QCoreApplication.translate("Printing", "foldernya tidak ditemukan")
    else:
        reason = error.strerror or str(error)
    return (
        QCoreApplication.translate(
            "Printing",
            "Berkas %1 tidak dapat disimpan di %2: %3. Pilih folder lain (misalnya Dokumen) "
            "lalu simpan lagi; dokumen ini tetap terbuka.",
        )
        .replace("%1", path.name)
        .replace("%2", str(path.parent))
        .replace("%3", reason)
    )
