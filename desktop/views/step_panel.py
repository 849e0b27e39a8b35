"""Side panel with everything the SOP says about the selected step, in plain sentences.

A clerk looks here to know who does a step, what they need (kelengkapan), how long it may
take (waktu), what it produces and where the flow goes next.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QUrl, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop.models.sop import DocumentKind, Sop, Step, Symbol


def symbol_name(symbol: Symbol) -> str:
    """The symbol as the Permenpan RB 35/2012 legend names it."""
    names = {
        Symbol.TERMINATOR: QCoreApplication.translate("StepPanel", "Kapsul (mulai/selesai)"),
        Symbol.PROCESS: QCoreApplication.translate("StepPanel", "Persegi panjang (proses)"),
        Symbol.DECISION: QCoreApplication.translate("StepPanel", "Belah ketupat (keputusan)"),
        Symbol.ARCHIVE: QCoreApplication.translate("StepPanel", "Segitiga terbalik (arsip)"),
        Symbol.CONNECTOR: QCoreApplication.translate(
            "StepPanel", "Segi lima (penghubung antarhalaman)"
        ),
    }
    return names[symbol]


def document_name(kind: DocumentKind) -> str:
    names = {
        DocumentKind.DISPOSISI: QCoreApplication.translate("StepPanel", "Lembar Disposisi"),
        DocumentKind.TANDA_TERIMA: QCoreApplication.translate(
            "StepPanel", "Tanda terima untuk pelapor"
        ),
        DocumentKind.SURAT: QCoreApplication.translate("StepPanel", "Surat dinas"),
        DocumentKind.TEMBUSAN: QCoreApplication.translate("StepPanel", "Tembusan"),
        DocumentKind.ARSIP: QCoreApplication.translate("StepPanel", "Label arsip"),
    }
    return names[kind]


def escape(text: str) -> str:
    """What :func:`html.escape` returns; that module loads its entity table (~3 ms) on import."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")


def short(text: str, limit: int = 70) -> str:
    """First ``limit`` characters of ``text`` on one line, cut at a word."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0] + " …"


class StepPanel(QWidget):
    """Shows one step of one SOP; empty with a hint until a step is chosen.

    Signals:
        nextStepRequested(str): the user followed a "langkah berikutnya" link to this step id.
    """

    nextStepRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sop: Sop | None = None
        self._step: Step | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.browser, 1)
        self.setMinimumWidth(240)
        self._render()

    def show_step(self, sop: Sop | None, step_id: str | None) -> None:
        """Show ``step_id`` of ``sop``; ``None`` (or an unknown id) shows the hint."""
        self._sop = sop
        ids = {step.id for step in sop.steps} if sop else set()
        self._step = sop.step(step_id) if sop and step_id in ids else None
        self._render()

    @property
    def step(self) -> Step | None:
        return self._step

    def text(self) -> str:
        """What the panel shows, as plain text."""
        return f"{self.heading.text()}\n{self.browser.toPlainText()}"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    def _follow(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("step:"):
            self.nextStepRequested.emit(target.removeprefix("step:"))

    def _render(self) -> None:
        if self._sop is None or self._step is None:
            self.heading.setText(self.tr("Rincian langkah"))
            self.browser.setHtml(
                "<p>"
                + _text(self.tr("Klik sebuah langkah pada bagan untuk melihat rinciannya."))
                + "</p>"
            )
            return
        sop, step = self._sop, self._step
        self.heading.setText(self.tr("Langkah %1").replace("%1", step.number))
        rows = [
            (self.tr("Kegiatan"), _text(step.activity)),
            (self.tr("Pelaksana"), self._lanes_html(sop, step)),
            (self.tr("Simbol"), _text(symbol_name(step.symbol))),
            (self.tr("Kelengkapan"), self._or_dash(step.kelengkapan)),
            (self.tr("Waktu"), self._waktu_html(step)),
            (self.tr("Output"), self._or_dash(step.output)),
            (self.tr("Keterangan"), self._or_dash(step.keterangan)),
            (self.tr("Langkah berikutnya"), self._next_html(sop, step)),
            (self.tr("Dokumen yang tersedia"), self._documents_html(step)),
        ]
        body = "".join(
            f"<p style='margin:0 0 8px 0'><b>{escape(label)}</b><br>{value}</p>"
            for label, value in rows
        )
        self.browser.setHtml(body)

    def _or_dash(self, value: str) -> str:
        if value.strip():
            return _text(value)
        missing = self.tr("tidak disebutkan")
        return f"<i>{escape(missing)}</i>"

    def _lanes_html(self, sop: Sop, step: Step) -> str:
        html = _text(sop.lane(step.lane).name)
        others = [sop.lane(lane_id).name for lane_id in step.also_lanes]
        if others:
            label = self.tr("Juga melibatkan: %1").replace("%1", ", ".join(others))
            html += "<br>" + _text(label)
        return html

    def _waktu_html(self, step: Step) -> str:
        duration = step.duration
        if duration is None:
            missing = self.tr("tidak ditetapkan dalam SOP")
            return f"<i>{escape(missing)}</i>"
        html = _text(step.waktu)
        normalised = duration.describe()
        if normalised.casefold() != step.waktu.strip().casefold():
            html += " " + _text(self.tr("(dibaca sebagai %1)").replace("%1", normalised))
        return html

    def _next_html(self, sop: Sop, step: Step) -> str:
        if not step.next:
            end = self.tr("Alur selesai di langkah ini.")
            return f"<i>{escape(end)}</i>"
        items = []
        for branch in step.next:
            target = sop.step(branch.to)
            number = f"{target.number}. " if target.number.strip("-–— ") else ""
            link = (
                f"<a href='step:{escape(target.id)}'>{escape(number)}"
                f"{escape(short(target.activity))}</a>"
            )
            if branch.label:
                link = f"<i>{escape(branch.label)}</i>: " + link
            items.append("→ " + link)
        return "<br>".join(items)

    def _documents_html(self, step: Step) -> str:
        if not step.documents:
            none = self.tr("tidak ada")
            return f"<i>{escape(none)}</i>"
        return _text(", ".join(document_name(kind) for kind in step.documents))
