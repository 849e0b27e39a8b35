"""The "Dasbor" page: how many cases are open, paused, overdue, due today, closed this month.

Every number is a button: pressing it shows the list filtered to exactly those cases.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.models.desk import Desk
from desktop.models.queries import Dashboard
from desktop.models.sop import Sop
from desktop.models.vocabulary import CaseStatus
from desktop.views.case_filter_bar import STATUS_NOT_CLOSED

NUMBER_STYLE = "QPushButton { font-size: 22pt; font-weight: bold; padding: 6px 14px; }"
ALARM_STYLE = NUMBER_STYLE.replace("font-weight: bold;", "font-weight: bold; color: #a31515;")
LANE_STYLE = "QPushButton { padding: 2px 12px; min-width: 48px; }"


class DashboardPage(QScrollArea):
    """Counts from :meth:`Desk.dashboard`, refreshed on demand.

    Signals:
        filterRequested(dict): show the list with these filter keyword arguments
            (``status``, ``lane``, ``overdue``, ``due_today``).
    """

    filterRequested = Signal(dict)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        self.setWidget(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 16, 16, 16)
        self.heading = QLabel(body)
        column.addWidget(self.heading)
        self.totals = QGridLayout()
        column.addLayout(self.totals)
        self.numbers: dict[str, QPushButton] = {}
        self.captions: dict[str, QLabel] = {}
        filters: dict[str, dict[str, object]] = {
            "open": {"status": CaseStatus.OPEN.value},
            "paused": {"status": CaseStatus.PAUSED.value},
            "overdue": {"overdue": True},
            "due_today": {"due_today": True},
            "closed_this_month": {"status": CaseStatus.CLOSED.value},
        }
        for n, (key, arguments) in enumerate(filters.items()):
            button = QPushButton("0", body)
            button.setObjectName(f"count-{key}")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet(ALARM_STYLE if key == "overdue" else NUMBER_STYLE)
            button.clicked.connect(lambda _c=False, a=arguments: self.filterRequested.emit(a))
            caption = QLabel(body)
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            caption.setWordWrap(True)
            self.totals.addWidget(button, 0, n, Qt.AlignmentFlag.AlignHCenter)
            self.totals.addWidget(caption, 1, n)
            self.totals.setColumnStretch(n, 1)
            self.numbers[key] = button
            self.captions[key] = caption
        self.lanes_box = QGroupBox(body)
        self.lanes_grid = QGridLayout(self.lanes_box)
        column.addWidget(self.lanes_box)
        column.addStretch(1)
        self.lane_buttons: dict[tuple[str, str], QPushButton] = {}
        self._sop: Sop | None = None
        self._data: Dashboard | None = None
        self._stale = True  # counted when first shown: counting 200,000 cases is not free
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("<h2>Dasbor pengaduan</h2>"))
        captions = {
            "open": self.tr("Terbuka"),
            "paused": self.tr("Dijeda (menunggu pelapor)"),
            "overdue": self.tr("Terlambat"),
            "due_today": self.tr("Jatuh tempo hari ini"),
            "closed_this_month": self.tr("Ditutup bulan ini"),
        }
        for key, caption in self.captions.items():
            caption.setText(captions[key])
            self.numbers[key].setToolTip(self.tr("Tampilkan daftarnya"))
        self.lanes_box.setTitle(self.tr("Per pelaksana (SOP yang berlaku)"))
        if self._sop is not None and self._data is not None:
            self._fill_lanes(self._sop, self._data)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Count again now if the page is on screen, else when it is next shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        data = self._data = self.desk.dashboard()
        values = {
            "open": data.open,
            "paused": data.paused,
            "overdue": data.overdue,
            "due_today": data.due_today,
            "closed_this_month": data.closed_this_month,
        }
        for key, value in values.items():
            self.numbers[key].setText(f"{value:,}".replace(",", "."))
        self._sop = self.desk.active_sop()
        self._fill_lanes(self._sop, data)

    def _fill_lanes(self, sop: Sop, data: Dashboard) -> None:
        while self.lanes_grid.count():
            item = self.lanes_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.lane_buttons = {}
        grid = self.lanes_grid
        grid.addWidget(QLabel(self.tr("<b>Pelaksana</b>"), self.lanes_box), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Belum ditutup</b>"), self.lanes_box), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Terlambat</b>"), self.lanes_box), 0, 2)
        for row, lane in enumerate(sop.lanes, start=1):
            grid.addWidget(QLabel(lane.name, self.lanes_box), row, 0)
            for n, (kind, counts) in enumerate(
                (("open", data.per_lane), ("overdue", data.overdue_per_lane)), start=1
            ):
                button = QPushButton(str(counts.get(lane.id, 0)), self.lanes_box)
                button.setObjectName(f"lane-{kind}-{lane.id}")
                button.setStyleSheet(LANE_STYLE)
                arguments: dict[str, object] = {"lane": lane.id}
                if kind == "overdue":
                    arguments["overdue"] = True
                else:
                    arguments["status"] = STATUS_NOT_CLOSED
                button.clicked.connect(lambda _c=False, a=arguments: self.filterRequested.emit(a))
                grid.addWidget(button, row, n, Qt.AlignmentFlag.AlignLeft)
                self.lane_buttons[(kind, lane.id)] = button
        grid.setColumnStretch(0, 0)
        grid.setColumnStretch(3, 1)
