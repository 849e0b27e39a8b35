"""The complaint list as a lazily fetched table model over :meth:`Desk.list_cases`.

Rows arrive a page at a time as the view scrolls (``canFetchMore``/``fetchMore``), so an office
with 200,000 cases opens the list as fast as one with twenty. Sorting and filtering are done by
the database (``CaseQuery``); the model only asks for rows and shows them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from desktop.models.desk import Change, Desk
from desktop.models.queries import CaseQuery, CaseSummary, SortKey
from desktop.models.vocabulary import (
    CHANNEL_LABELS,
    OUTCOME_LABELS,
    CaseStatus,
    Channel,
    Outcome,
    Role,
)

PAGE_SIZE = 200
OVERDUE_INK = QColor("#a31515")
OVERDUE_FILL = QColor("#fde7e7")
DUE_TODAY_FILL = QColor("#fff1c7")
DATE_TIME = "%d-%m-%Y %H:%M"
DATE = "%d-%m-%Y"

AnyIndex = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[SortKey, ...] = (
    SortKey.NOMOR,
    SortKey.RECEIVED,
    SortKey.CHANNEL,
    SortKey.PELAPOR,
    SortKey.PERIHAL,
    SortKey.BIDANG,
    SortKey.LANE,
    SortKey.DUE,
    SortKey.STATUS,
)


def channel_label(value: str) -> str:
    if value not in Channel._value2member_map_:
        return value
    return CHANNEL_LABELS[Channel(value)]


def status_label(status: str, outcome: str = "") -> str:
    if status not in CaseStatus._value2member_map_:
        return status
    text = CaseStatus(status).label
    if outcome in Outcome._value2member_map_:
        text += f" — {OUTCOME_LABELS[Outcome(outcome)]}"
    return text


class CaseListModel(QAbstractTableModel):
    """Cases matching a query, fetched in pages of :data:`PAGE_SIZE` as the view needs them.

    Signals:
        totalChanged(int): the number of cases matching the query (not only those fetched).
    """

    totalChanged = Signal(int)

    def __init__(self, desk: Desk, viewer: Role, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._viewer = viewer
        self._query = CaseQuery()
        self._rows: list[CaseSummary] = []
        self._total = 0
        self._now = desk.now()
        self._lane_names: dict[tuple[str, str], str] = {}
        self.reload()

    # -- query ------------------------------------------------------------------------------

    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_filter(self, query: CaseQuery) -> None:
        """Show the cases matching ``query``, keeping the current sort order."""
        self._query = replace(query, sort=self._query.sort, descending=self._query.descending)
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column]
        if key is SortKey.PELAPOR and not self._viewer.complaint_team:
            return  # the order of hidden names would reveal them
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._query.sort, self._query.descending):
            return
        self._query = replace(self._query, sort=key, descending=descending)
        self.reload()

    def sort_column(self) -> int:
        return COLUMNS.index(self._query.sort)

    def reload(self, keep: int = 0) -> None:
        """Query again from the start, fetching at least ``keep`` rows (what was loaded)."""
        self.beginResetModel()
        self._now = self._desk.now()
        self._total = self._desk.count_cases(self._query)
        self._rows = []
        wanted = max(PAGE_SIZE, keep)
        while len(self._rows) < min(wanted, self._total):
            page = self._fetch(len(self._rows))
            if not page:
                break
            self._rows.extend(page)
        self.endResetModel()
        self.totalChanged.emit(self._total)

    def refresh(self, change: Change) -> None:
        """Show what ``change`` did: re-read the pages holding its cases, or reload if rows moved.

        A new case or a case that left or moved within the order (its status changed under a
        status filter, its due date changed under a due-date sort) reloads the list from the
        start, keeping as many rows as were loaded so the view keeps its place.
        """
        rows = {summary.case_id: n for n, summary in enumerate(self._rows)}
        touched = [rows[case_id] for case_id in change.case_ids if case_id in rows]
        if change.nomor_agenda or not touched:
            if change.nomor_agenda or change.case_ids:
                self.reload(len(self._rows))
            return
        self._now = self._desk.now()
        if self._desk.count_cases(self._query) != self._total:
            self.reload(len(self._rows))
            return
        for start in sorted({row - row % PAGE_SIZE for row in touched}):
            fresh = self._fetch(start)
            old = self._rows[start : start + len(fresh)]
            if [s.case_id for s in fresh] != [s.case_id for s in old]:
                self.reload(len(self._rows))
                return
            self._rows[start : start + len(fresh)] = fresh
            self.dataChanged.emit(
                self.index(start, 0), self.index(start + len(fresh) - 1, len(COLUMNS) - 1)
            )

    def _fetch(self, offset: int) -> list[CaseSummary]:
        return self._desk.list_cases(self._query, self._viewer, offset=offset, limit=PAGE_SIZE)

    # -- rows -------------------------------------------------------------------------------

    def summary(self, row: int) -> CaseSummary:
        return self._rows[row]

    def case_id(self, row: int) -> str:
        return self._rows[row].case_id

    def row_of(self, case_id: str) -> int:
        """The row of ``case_id`` among the fetched rows, or -1."""
        for row, summary in enumerate(self._rows):
            if summary.case_id == case_id:
                return row
        return -1

    def lane_name(self, summary: CaseSummary) -> str:
        """The name of the lane the case is in, from the SOP revision it is pinned to."""
        key = (summary.sop_digest, summary.current_lane_id)
        if key not in self._lane_names:
            name = summary.current_lane_id
            try:
                sop = self._desk.sop_by_digest(summary.sop_digest)
                name = next((lane.name for lane in sop.lanes if lane.id == name), name)
            except KeyError:
                pass
            self._lane_names[key] = name
        return self._lane_names[key]

    def due_today(self, summary: CaseSummary) -> bool:
        return (
            summary.status == CaseStatus.OPEN.value
            and not summary.overdue
            and summary.due_at is not None
            and summary.due_at.date() == self._now.date()
        )

    # -- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid():
            return
        page = self._fetch(len(self._rows))
        if not page:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Nomor agenda"),
            self.tr("Diterima"),
            self.tr("Saluran"),
            self.tr("Pelapor"),
            self.tr("Perihal"),
            self.tr("Bidang"),
            self.tr("Posisi"),
            self.tr("Batas waktu"),
            self.tr("Status"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(summary, COLUMNS[index.column()])
        if role == Qt.ItemDataRole.UserRole:
            return summary.case_id
        if role == Qt.ItemDataRole.ForegroundRole and summary.overdue:
            return OVERDUE_INK
        if role == Qt.ItemDataRole.BackgroundRole:
            if summary.overdue:
                return OVERDUE_FILL
            if self.due_today(summary):
                return DUE_TODAY_FILL
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, COLUMNS[index.column()])
        return None

    def _text(self, summary: CaseSummary, column: SortKey) -> str:
        if column is SortKey.NOMOR:
            return summary.nomor_agenda
        if column is SortKey.RECEIVED:
            return summary.received_at.strftime(DATE)
        if column is SortKey.CHANNEL:
            return channel_label(summary.channel)
        if column is SortKey.PELAPOR:
            return summary.pelapor
        if column is SortKey.PERIHAL:
            return summary.perihal
        if column is SortKey.BIDANG:
            return summary.bidang
        if column is SortKey.LANE:
            closed = summary.status == CaseStatus.CLOSED.value
            return "" if closed or not summary.current_lane_id else self.lane_name(summary)
        if column is SortKey.DUE:
            closed = summary.status == CaseStatus.CLOSED.value
            return "" if closed else _moment(summary.due_at)
        return status_label(summary.status, summary.outcome)

    def _tooltip(self, summary: CaseSummary, column: SortKey) -> str | None:
        if summary.overdue and summary.due_at is not None:
            return self.tr("Terlambat sejak %1").replace("%1", _moment(summary.due_at))
        if self.due_today(summary):
            return self.tr("Jatuh tempo hari ini")
        if column is SortKey.PERIHAL:
            return summary.perihal
        if column is SortKey.RECEIVED:
            return _moment(summary.received_at)
        return None


def _moment(value: datetime | None) -> str:
    return "" if value is None else value.strftime(DATE_TIME)
