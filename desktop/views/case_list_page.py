"""The "Daftar Pengaduan" page: filter bar, the lazily loaded list, and the selected case.

The page wires widgets to the desk and to :class:`CaseActions`; after every operation it
refreshes from the returned ``Change`` only: the list rows of the touched cases and the detail
if it shows one of them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.accounts import User
from desktop.models.desk import CaseDetail, Change, Desk
from desktop.models.problems import NotAllowedError
from desktop.models.queries import CaseQuery, SortKey
from desktop.views.case_actions import CaseActions
from desktop.views.case_detail import CaseDetailPanel
from desktop.views.case_filter_bar import CaseFilterBar
from desktop.views.case_list_model import COLUMNS, CaseListModel

BANNER_STYLE = (
    "background: #e3f2e1; color: #1b4d1f; border: 1px solid #9cc79a; border-radius: 3px;"
    " padding: 4px 8px;"
)


class CaseListPage(QWidget):
    """Complaints with filters on the left, the selected one in full on the right.

    Signals:
        caseSelected(object): the case shown changed (its ``CaseDetail``, or ``None``).
        flowRequested(): the user asked to see the selected case on the SOP chart.
        message(str): a short message for the status bar.
    """

    caseSelected = Signal(object)
    flowRequested = Signal()
    message = Signal(str)

    def __init__(
        self, desk: Desk, user: User, actions: CaseActions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.user = user
        self.case_actions = actions
        self.detail: CaseDetail | None = None
        self.model = CaseListModel(desk, user.role, self)
        self._build()
        self._connect()
        self.retranslate_ui()
        self.filters.set_bidang_values(desk.bidang_values())
        self.filters.set_sop(desk.active_sop())
        self._show_total(self.model.total)

    def _build(self) -> None:
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new-case")
        self.new_button.setVisible(self.case_actions.can_write)
        self.total_label = QLabel(self)
        self.banner = QLabel(self)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        self.filters = CaseFilterBar(self)
        self.table = QTableView(self)
        self.table.setObjectName("case-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSortIndicator(COLUMNS.index(SortKey.RECEIVED), Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        metrics = self.table.fontMetrics()

        def fit(text: str) -> int:
            return metrics.horizontalAdvance(text) + 18

        widths = {
            SortKey.NOMOR: fit("ADU/2026/TU1/00000"),
            SortKey.RECEIVED: fit("00-00-0000"),
            SortKey.CHANNEL: fit("Datang langsung"),
            SortKey.PELAPOR: fit("Nama Pelapor Agak"),
            SortKey.PERIHAL: 200,
            SortKey.BIDANG: fit("Bidang Yankes"),
            SortKey.LANE: fit("Petugas Pengaduan"),
            SortKey.DUE: fit("00-00-0000 00:00"),
            SortKey.STATUS: fit("Terbuka"),
        }
        for section, key in enumerate(COLUMNS):
            header.resizeSection(section, widths[key])
        header.setMinimumSectionSize(48)
        header.setSectionResizeMode(COLUMNS.index(SortKey.PERIHAL), QHeaderView.ResizeMode.Stretch)
        self.detail_panel = CaseDetailPanel(self.desk, self)
        self.detail_panel.setObjectName("case-detail")
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.banner, 1)
        top.addStretch(0)
        top.addWidget(self.total_label)
        column.addLayout(top)
        column.addWidget(self.filters)
        column.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([900, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.case_actions.register)
        self.filters.queryChanged.connect(self._filter)
        self.model.totalChanged.connect(self._show_total)
        self.model.rowsInserted.connect(lambda *_: self._show_total(self.model.total))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)
        self.detail_panel.actionRequested.connect(self._run_action)
        self.detail_panel.resolveConflictRequested.connect(self._resolve_conflict)
        self.detail_panel.showFlowRequested.connect(self.flowRequested)
        self.case_actions.changed.connect(self.apply_change)

    # -- language ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.new_button.setText(self.tr("&Pengaduan baru"))
        self.new_button.setToolTip(
            self.tr("Catat pengaduan baru (%1)").replace(
                "%1", QKeySequence("Ctrl+N").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.detail_panel.retranslate_ui()
        self._show_total(self.model.total)

    # -- list -------------------------------------------------------------------------------

    def _filter(self, query: object) -> None:
        assert isinstance(query, CaseQuery)
        selected = self.detail.state.case_id if self.detail else ""
        self.model.set_filter(query)
        self._reselect(selected)

    def apply_filter(
        self, *, status: str = "", lane: str = "", overdue: bool = False, due_today: bool = False
    ) -> None:
        """Show only the cases matching these (the dashboard's numbers call this)."""
        self.filters.apply(status=status, lane=lane, overdue=overdue, due_today=due_today)

    def _show_total(self, total: int) -> None:
        loaded = self.model.rowCount()
        text = self.tr("%1 pengaduan").replace("%1", f"{total:,}".replace(",", "."))
        if loaded < total:
            text += " " + self.tr("(%1 dimuat)").replace("%1", f"{loaded:,}".replace(",", "."))
        self.total_label.setText(text)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self.show_case(self.model.case_id(rows[0].row()))

    def _activated(self, index: QModelIndex) -> None:
        self.show_case(self.model.case_id(index.row()))
        first = next(iter(self.detail_panel.buttons.values()), None)
        (first or self.detail_panel).setFocus()

    def select_case(self, case_id: str) -> None:
        """Select ``case_id`` in the list (if loaded) and show it."""
        row = self.model.row_of(case_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self.show_case(case_id)

    def _reselect(self, case_id: str) -> None:
        row = self.model.row_of(case_id) if case_id else -1
        if row >= 0:
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self.table.selectRow(row)
            selection.blockSignals(False)
            self.table.viewport().update()
        elif case_id:
            self.table.clearSelection()

    # -- detail -----------------------------------------------------------------------------

    def show_case(self, case_id: str | None) -> None:
        detail = None
        if case_id:
            try:
                detail = self.desk.case_detail(case_id, self.user)
            except NotAllowedError:
                detail = None
        self.detail = detail
        self.detail_panel.show_case(detail, self.user)
        self.caseSelected.emit(detail)

    def _run_action(self, key: str) -> None:
        if self.detail is not None:
            self.case_actions.run(key, self.detail)

    def _resolve_conflict(self, field: str, value: str) -> None:
        if self.detail is not None:
            self.case_actions.resolve_conflict(self.detail.state.case_id, field, value)

    def apply_change(self, change: object) -> None:
        """Refresh what ``change`` touched; a new case is selected and its number announced."""
        assert isinstance(change, Change)
        shown = self.detail.state.case_id if self.detail else ""
        if change.nomor_agenda:
            self.filters.set_bidang_values(self.desk.bidang_values())
        self.model.refresh(change)
        if change.nomor_agenda and change.case_ids:
            self.banner.setText(
                self.tr("Pengaduan tercatat dengan nomor agenda %1").replace(
                    "%1", change.nomor_agenda
                )
            )
            self.banner.show()
            self.message.emit(self.banner.text())
            self.select_case(change.case_ids[0])
        elif shown in change.case_ids:
            self._reselect(shown)
            self.show_case(shown)
        else:
            self._reselect(shown)
        for warning in change.warnings:
            self.message.emit(warning)
