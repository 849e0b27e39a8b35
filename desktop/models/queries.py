"""Reading cases for lists, filters, search and the dashboard (from the projection tables)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    DateTime,
    Integer,
    Select,
    String,
    column,
    func,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session

from desktop.models.tables import CaseRow
from desktop.models.vocabulary import CaseStatus, Role

CASE_SEARCH = table("case_search", column("rowid", Integer), column("case_id", String))
"""The FTS5 table (made by migration 0002); only what queries join on."""

MASKED_NAME = "(dirahasiakan)"
ANONYMOUS_NAME = "Anonim"


class SortKey(StrEnum):
    RECEIVED = "received_at"
    NOMOR = "nomor_agenda"
    DUE = "due_at"
    STATUS = "status"
    CHANNEL = "channel"
    PERIHAL = "perihal"
    PELAPOR = "pelapor_nama"
    BIDANG = "bidang"
    LANE = "current_lane_id"


@dataclass(frozen=True, slots=True)
class CaseQuery:
    statuses: frozenset[str] = frozenset()
    channel: str = ""
    bidang: str = ""
    lane: str = ""
    overdue: bool = False
    due_today: bool = False
    received_from: date | None = None
    received_to: date | None = None
    search: str = ""
    sort: SortKey = SortKey.RECEIVED
    descending: bool = True


@dataclass(frozen=True, slots=True)
class CaseSummary:
    case_id: str
    nomor_agenda: str
    received_at: datetime
    channel: str
    pelapor: str
    perihal: str
    bidang: str
    status: str
    outcome: str
    current_step_id: str
    current_lane_id: str
    due_at: datetime | None
    overdue: bool
    sop_digest: str


@dataclass(frozen=True, slots=True)
class Dashboard:
    open: int
    paused: int
    overdue: int
    due_today: int
    closed_this_month: int
    per_lane: dict[str, int] = field(default_factory=dict)
    overdue_per_lane: dict[str, int] = field(default_factory=dict)


def display_name(name: str, *, anonim: bool, rahasia: bool, viewer: Role) -> str:
    """What a viewer may see of a complainant (rahasia is masked outside the complaint team)."""
    if anonim:
        return ANONYMOUS_NAME
    if rahasia and not viewer.complaint_team:
        return MASKED_NAME
    return name


def fts_query(search: str) -> str:
    """User text to an FTS5 query: every word must appear, as a word prefix, any accent."""
    words = re.findall(r"\w+", search, flags=re.UNICODE)
    return " ".join(f'"{word}"*' for word in words)


def _filtered(query: CaseQuery, now: datetime, *, listing: bool = False) -> Select[Any]:
    """The filtered cases; ``listing`` tunes the plan for reading one sorted page."""
    statement = select(CaseRow)
    if query.statuses:
        statement = statement.where(CaseRow.status.in_(sorted(query.statuses)))
    if query.channel:
        statement = statement.where(CaseRow.channel == query.channel)
    if query.bidang:
        statement = statement.where(CaseRow.bidang == query.bidang)
    if query.lane:
        statement = statement.where(CaseRow.current_lane_id == query.lane)
        statement = statement.where(
            CaseRow.status.in_([CaseStatus.OPEN.value, CaseStatus.PAUSED.value])
        )
    if query.overdue:
        statement = statement.where(CaseRow.status == CaseStatus.OPEN.value)
        # Overdue cases are many; for a page in another order, walking that order's index and
        # skipping the few cases not yet due beats collecting every overdue case to sort it.
        # The unary plus (SQLite's documented hint) keeps the planner off the due_at index.
        due = CaseRow.due_at
        if listing and query.sort is not SortKey.DUE:
            due = literal_column("+case_file.due_at", DateTime)  # type: ignore[assignment]
        statement = statement.where(due < now)
    if query.due_today:
        start = datetime.combine(now.date(), time.min)
        statement = statement.where(CaseRow.status == CaseStatus.OPEN.value)
        statement = statement.where(CaseRow.due_at >= start)
        statement = statement.where(CaseRow.due_at < start + timedelta(days=1))
    if query.received_from:
        statement = statement.where(
            CaseRow.received_at >= datetime.combine(query.received_from, time.min)
        )
    if query.received_to:
        end = datetime.combine(query.received_to, time.min) + timedelta(days=1)
        statement = statement.where(CaseRow.received_at < end)
    nomor = query.search.strip()
    if "/" in nomor:  # a nomor agenda (or its beginning): the index answers directly
        return statement.where(CaseRow.nomor_agenda.startswith(nomor, autoescape=True))
    match = fts_query(query.search)
    if match:
        statement = statement.join(CASE_SEARCH, CASE_SEARCH.c.rowid == CaseRow.search_rowid).where(
            text("case_search MATCH :match").bindparams(match=match)
        )
    return statement


def count_cases(session: Session, query: CaseQuery, now: datetime) -> int:
    inner = _filtered(query, now).with_only_columns(CaseRow.case_id).subquery()
    return int(session.execute(select(func.count()).select_from(inner)).scalar_one())


def list_cases(
    session: Session,
    query: CaseQuery,
    now: datetime,
    viewer: Role,
    *,
    offset: int = 0,
    limit: int = 200,
) -> list[CaseSummary]:
    if query.sort is SortKey.RECEIVED and fts_query(query.search) and "/" not in query.search:
        # The full-text rowid grows with the time received: newest matches straight from the
        # index, one page at a time, however many cases match.
        rowid = CASE_SEARCH.c.rowid
        ordering: tuple[Any, ...] = (rowid.desc() if query.descending else rowid.asc(),)
    else:
        column = getattr(CaseRow, query.sort.value)
        order = column.desc() if query.descending else column.asc()
        tie = CaseRow.case_id.desc() if query.descending else CaseRow.case_id.asc()
        ordering = (order, tie)
    statement = _filtered(query, now, listing=True).order_by(*ordering)
    statement = statement.offset(offset).limit(limit)
    return [_summary(row, now, viewer) for row in session.execute(statement).scalars()]


def _summary(row: CaseRow, now: datetime, viewer: Role) -> CaseSummary:
    overdue = row.status == CaseStatus.OPEN.value and row.due_at is not None and row.due_at < now
    return CaseSummary(
        case_id=row.case_id,
        nomor_agenda=row.nomor_agenda,
        received_at=row.received_at,
        channel=row.channel,
        pelapor=display_name(
            row.pelapor_nama, anonim=row.pelapor_anonim, rahasia=row.pelapor_rahasia, viewer=viewer
        ),
        perihal=row.perihal,
        bidang=row.bidang,
        status=row.status,
        outcome=row.outcome,
        current_step_id=row.current_step_id,
        current_lane_id=row.current_lane_id,
        due_at=row.due_at,
        overdue=overdue,
        sop_digest=row.sop_digest,
    )


def dashboard(session: Session, now: datetime) -> Dashboard:
    def count(*conditions: Any) -> int:
        statement = select(func.count()).select_from(CaseRow).where(*conditions)
        return int(session.execute(statement).scalar_one())

    opened = CaseRow.status == CaseStatus.OPEN.value
    start = datetime.combine(now.date(), time.min)
    month = start.replace(day=1)
    active = CaseRow.status.in_([CaseStatus.OPEN.value, CaseStatus.PAUSED.value])
    per_lane = dict(
        list(
            session.execute(
                select(CaseRow.current_lane_id, func.count())
                .where(active)
                .group_by(CaseRow.current_lane_id)
            ).all()
        )
    )
    overdue_per_lane = dict(
        list(
            session.execute(
                select(CaseRow.current_lane_id, func.count())
                .where(opened, CaseRow.due_at < now)
                .group_by(CaseRow.current_lane_id)
            ).all()
        )
    )
    return Dashboard(
        open=count(opened),
        paused=count(CaseRow.status == CaseStatus.PAUSED.value),
        overdue=count(opened, CaseRow.due_at < now),
        due_today=count(opened, CaseRow.due_at >= start, CaseRow.due_at < start + timedelta(1)),
        closed_this_month=count(
            CaseRow.status == CaseStatus.CLOSED.value, CaseRow.closed_at >= month
        ),
        per_lane=per_lane,
        overdue_per_lane=overdue_per_lane,
    )


def distinct_bidang(session: Session) -> list[str]:
    rows = session.execute(
        select(CaseRow.bidang).where(CaseRow.bidang != "").distinct().order_by(CaseRow.bidang)
    )
    return list(rows.scalars())
