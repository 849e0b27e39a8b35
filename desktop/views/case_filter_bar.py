"""The filter bar above the complaint list: status, channel, bidang, lane, deadlines, dates, search.

It only turns what the user picked into a :class:`CaseQuery`; the database does the filtering.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.models.queries import CaseQuery
from desktop.models.sop import Sop
from desktop.models.vocabulary import CHANNEL_LABELS, CaseStatus

SEARCH_DELAY_MS = 250
STATUS_NOT_CLOSED = "belum-ditutup"


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class CaseFilterBar(QWidget):
    """Widgets that build the list's :class:`CaseQuery`; text search waits for a typing pause.

    Signals:
        queryChanged(object): the user changed a filter; the argument is the new ``CaseQuery``.
    """

    queryChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.channel = QComboBox(self)
        self.bidang = QComboBox(self)
        self.bidang.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.lane = QComboBox(self)
        self.lane.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.overdue = QCheckBox(self)
        self.due_today = QCheckBox(self)
        self.use_dates = QCheckBox(self)
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setDate(QDate.currentDate())
            edit.setEnabled(False)
        self.clear_button = QPushButton(self)
        self.search_label = QLabel(self)
        self.status_label = QLabel(self)
        self.channel_label = QLabel(self)
        self.bidang_label = QLabel(self)
        self.lane_label = QLabel(self)
        self.until_label = QLabel(self)
        self.search_label.setBuddy(self.search)
        self.status_label.setBuddy(self.status)
        self.channel_label.setBuddy(self.channel)
        self.bidang_label.setBuddy(self.bidang)
        self.lane_label.setBuddy(self.lane)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._lay_out()
        self.retranslate_ui()
        self._connect()

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search, 3)
        for label, widget in (
            (self.status_label, self.status),
            (self.channel_label, self.channel),
            (self.bidang_label, self.bidang),
        ):
            top.addSpacing(8)
            top.addWidget(label)
            top.addWidget(widget, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.lane_label)
        bottom.addWidget(self.lane, 1)
        bottom.addSpacing(8)
        bottom.addWidget(self.overdue)
        bottom.addWidget(self.due_today)
        bottom.addSpacing(8)
        bottom.addWidget(self.use_dates)
        bottom.addWidget(self.date_from)
        bottom.addWidget(self.until_label)
        bottom.addWidget(self.date_to)
        bottom.addStretch(1)
        bottom.addWidget(self.clear_button)
        grid.addLayout(top, 0, 0)
        grid.addLayout(bottom, 1, 0)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._search_now)
        self._timer.timeout.connect(self._emit)
        for combo in (self.status, self.channel, self.bidang, self.lane):
            combo.currentIndexChanged.connect(self._emit)
        for box in (self.overdue, self.due_today):
            box.toggled.connect(self._emit)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self._emit)
        self.date_to.dateChanged.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)

    # -- language ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("&Cari:"))
        self.search.setPlaceholderText(self.tr("nomor agenda, pelapor, perihal, isi …"))
        self.status_label.setText(self.tr("&Status:"))
        self.channel_label.setText(self.tr("Sa&luran:"))
        self.bidang_label.setText(self.tr("&Bidang:"))
        self.lane_label.setText(self.tr("&Pelaksana:"))
        self.overdue.setText(self.tr("&Terlambat"))
        self.due_today.setText(self.tr("&Jatuh tempo hari ini"))
        self.use_dates.setText(self.tr("&Diterima"))
        self.until_label.setText(self.tr("s.d."))
        self.clear_button.setText(self.tr("&Hapus filter"))
        self._updating = True
        self._fill(
            self.status,
            [
                (self.tr("Semua"), ""),
                (self.tr("Belum ditutup"), STATUS_NOT_CLOSED),
                *((status.label, status.value) for status in CaseStatus),
            ],
        )
        self._fill(
            self.channel,
            [(self.tr("Semua"), ""), *((label, c.value) for c, label in CHANNEL_LABELS.items())],
        )
        self._updating = False

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    # -- choices ----------------------------------------------------------------------------

    def set_bidang_values(self, values: list[str]) -> None:
        self._fill(self.bidang, [(self.tr("Semua"), ""), *((value, value) for value in values)])

    def set_sop(self, sop: Sop) -> None:
        """Offer the lanes of the office's active SOP as pelaksana."""
        self._fill(
            self.lane, [(self.tr("Semua"), ""), *((lane.name, lane.id) for lane in sop.lanes)]
        )

    # -- query ------------------------------------------------------------------------------

    def query(self) -> CaseQuery:
        status = str(self.status.currentData() or "")
        if status == STATUS_NOT_CLOSED:
            statuses = frozenset({CaseStatus.OPEN.value, CaseStatus.PAUSED.value})
        else:
            statuses = frozenset({status}) if status else frozenset()
        received_from: date | None = None
        received_to: date | None = None
        if self.use_dates.isChecked():
            received_from = to_date(self.date_from.date())
            received_to = to_date(self.date_to.date())
        return CaseQuery(
            statuses=statuses,
            channel=str(self.channel.currentData() or ""),
            bidang=str(self.bidang.currentData() or ""),
            lane=str(self.lane.currentData() or ""),
            overdue=self.overdue.isChecked(),
            due_today=self.due_today.isChecked(),
            received_from=received_from,
            received_to=received_to,
            search=self.search.text().strip(),
        )

    def apply(
        self, *, status: str = "", lane: str = "", overdue: bool = False, due_today: bool = False
    ) -> None:
        """Show only these (e.g. from a number on the dashboard); other filters are cleared."""
        self._updating = True
        self._reset_widgets()
        self.status.setCurrentIndex(max(self.status.findData(status), 0))
        self.lane.setCurrentIndex(max(self.lane.findData(lane), 0))
        self.overdue.setChecked(overdue)
        self.due_today.setChecked(due_today)
        self._updating = False
        self._emit()

    def clear(self) -> None:
        self._updating = True
        self._reset_widgets()
        self._updating = False
        self._emit()

    def _reset_widgets(self) -> None:
        self._timer.stop()
        self.search.clear()
        self._timer.stop()
        for combo in (self.status, self.channel, self.bidang, self.lane):
            combo.setCurrentIndex(0)
        for box in (self.overdue, self.due_today, self.use_dates):
            box.setChecked(False)

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._emit()

    def _search_now(self) -> None:
        self._timer.stop()
        self._emit()

    def _emit(self) -> None:
        if not self._updating:
            self._timer.stop()
            self.queryChanged.emit(self.query())
