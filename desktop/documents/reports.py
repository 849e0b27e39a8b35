"""The register and the monthly recap, read from a :class:`~desktop.models.desk.Desk`.

Both builders return the plain data of :mod:`desktop.documents.data`; the PDF and XLSX writers
never touch the database. Names follow the confidentiality rule: the register shows the
complainant as the viewer may see them (:func:`~desktop.models.queries.display_name`), and an
export for pimpinan masks every *rahasia* complainant whoever prints it.

The recap counts, for the month ``year-month`` (local time, first day 00:00 up to the first day
of the next month):

- **saluran, bidang, status**: the cases *received* in the month, by their channel, bidang and
  their status today (a case received in March and closed in April counts as "Ditutup");
- **hasil**: the cases *closed* in the month (whenever received) that are still closed, by
  outcome; a case closed by completing the SOP's last step counts as "Selesai";
- **ketepatan waktu**: the SOP steps *completed* in the month (of any case), grouped by the
  pelaksana, i.e. the lane of the step in the SOP revision the case follows; a step is on time
  when it was done at or before its batas waktu. Steps without a time standard in the SOP have
  no batas waktu and are left out of the rate.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from desktop.documents.data import Letterhead, RecapData, RegisterData, RegisterRow
from desktop.models.queries import CaseQuery, SortKey
from desktop.models.tables import CaseRow, StepDoneRow
from desktop.models.vocabulary import (
    CHANNEL_LABELS,
    OUTCOME_LABELS,
    CaseStatus,
    Channel,
    Outcome,
    Role,
)

if TYPE_CHECKING:
    from desktop.models.accounts import User
    from desktop.models.desk import Desk
    from desktop.models.sop import Sop

NO_BIDANG = "(belum ditentukan)"
PAGE_SIZE = 2000


def letterhead(desk: Desk) -> Letterhead:
    """The kop from the office profile (without the logo file, which reports do not print)."""
    profile = desk.office_profile()
    return Letterhead(
        pemerintah=profile.pemerintah,
        nama_dinas=profile.nama_dinas,
        alamat=profile.alamat,
        telepon=profile.telepon,
        email=profile.email,
        website=profile.website,
        kota=profile.kota,
    )


def channel_label(value: str) -> str:
    try:
        return CHANNEL_LABELS[Channel(value)]
    except ValueError:
        return value


def outcome_label(value: str) -> str:
    try:
        return OUTCOME_LABELS[Outcome(value)]
    except ValueError:
        return value


def status_label(value: str) -> str:
    try:
        return CaseStatus(value).label
    except ValueError:
        return value


class _Lanes:
    """Lane names per SOP revision, loading each revision once."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk
        self._sops: dict[str, Sop | None] = {}

    def sop(self, digest: str) -> Sop | None:
        if digest not in self._sops:
            try:
                self._sops[digest] = self._desk.sop_by_digest(digest)
            except KeyError:
                self._sops[digest] = None
        return self._sops[digest]

    def lane_name(self, digest: str, lane_id: str) -> str:
        sop = self.sop(digest)
        if sop is None or not lane_id:
            return lane_id
        return next((lane.name for lane in sop.lanes if lane.id == lane_id), lane_id)

    def step_lane_name(self, digest: str, step_id: str) -> str:
        sop = self.sop(digest)
        if sop is None:
            return step_id
        step = next((step for step in sop.steps if step.id == step_id), None)
        return step_id if step is None else self.lane_name(digest, step.lane)


def register_data(
    desk: Desk, start: date, end: date, viewer: User, *, masked_for_pimpinan: bool = False
) -> RegisterData:
    """Cases received from ``start`` to ``end`` (both inclusive), oldest first.

    With ``masked_for_pimpinan`` the names are those a pimpinan sees, whoever ``viewer`` is.
    """
    role = Role.PIMPINAN if masked_for_pimpinan else viewer.role
    query = CaseQuery(received_from=start, received_to=end, sort=SortKey.RECEIVED, descending=False)
    lanes = _Lanes(desk)
    rows: list[RegisterRow] = []
    offset = 0
    while True:
        page = desk.list_cases(query, role, offset=offset, limit=PAGE_SIZE)
        for case in page:
            closed = case.status == CaseStatus.CLOSED.value
            rows.append(
                RegisterRow(
                    nomor_agenda=case.nomor_agenda,
                    diterima=case.received_at,
                    saluran=channel_label(case.channel),
                    pelapor=case.pelapor,
                    perihal=case.perihal,
                    bidang=case.bidang,
                    posisi=(
                        outcome_label(case.outcome)
                        if closed
                        else lanes.lane_name(case.sop_digest, case.current_lane_id)
                    ),
                    status=status_label(case.status),
                    batas_waktu=None if closed else case.due_at,
                )
            )
        if len(page) < PAGE_SIZE:
            break
        offset += PAGE_SIZE
    return RegisterData(
        kop=letterhead(desk),
        dari=start,
        sampai=end,
        rows=tuple(rows),
        masked_for_pimpinan=masked_for_pimpinan,
    )


def month_bounds(year: int, month: int) -> tuple[datetime, datetime]:
    """``[first day 00:00, first day of the next month 00:00)``."""
    start = datetime(year, month, 1)
    following = datetime(year + 1, 1, 1) if month == 12 else datetime(year, month + 1, 1)
    return start, following


def recap_data(desk: Desk, year: int, month: int) -> RecapData:
    """The monthly recap; the module docstring defines every count."""
    start, following = month_bounds(year, month)
    lanes = _Lanes(desk)
    received = CaseRow.received_at >= start, CaseRow.received_at < following
    with desk.reading() as session:

        def grouped(column: Any) -> dict[str, int]:
            statement = select(column, func.count()).where(*received).group_by(column)
            return {str(key): int(count) for key, count in session.execute(statement).all()}

        channels = grouped(CaseRow.channel)
        bidang = grouped(CaseRow.bidang)
        statuses = grouped(CaseRow.status)
        outcomes = {
            str(key): int(count)
            for key, count in session.execute(
                select(CaseRow.outcome, func.count())
                .where(
                    CaseRow.status == CaseStatus.CLOSED.value,
                    CaseRow.closed_at >= start,
                    CaseRow.closed_at < following,
                )
                .group_by(CaseRow.outcome)
            ).all()
        }
        steps = session.execute(
            select(StepDoneRow.step_id, CaseRow.sop_digest, StepDoneRow.done_at, StepDoneRow.due_at)
            .join(CaseRow, CaseRow.case_id == StepDoneRow.case_id)
            .where(
                StepDoneRow.done_at >= start,
                StepDoneRow.done_at < following,
                StepDoneRow.due_at.is_not(None),
            )
        ).all()
    done: Counter[str] = Counter()
    on_time: Counter[str] = Counter()
    for step_id, digest, done_at, due_at in steps:
        pelaksana = lanes.step_lane_name(digest, step_id)
        done[pelaksana] += 1
        on_time[pelaksana] += due_at is not None and done_at <= due_at
    by_channel = {label: channels.get(value.value, 0) for value, label in CHANNEL_LABELS.items()}
    known = {channel.value for channel in Channel}
    by_channel.update({value: count for value, count in channels.items() if value not in known})
    by_status = {status.label: statuses.get(status.value, 0) for status in CaseStatus}
    by_outcome = {label: outcomes.get(value.value, 0) for value, label in OUTCOME_LABELS.items()}
    ended = {outcome.value for outcome in Outcome}
    by_outcome.update({value: count for value, count in outcomes.items() if value not in ended})
    by_bidang = Counter({name or NO_BIDANG: 0 for name in bidang})
    for name, count in bidang.items():
        by_bidang[name or NO_BIDANG] += count
    return RecapData(
        kop=letterhead(desk),
        year=year,
        month=month,
        by_channel=by_channel,
        by_bidang=dict(sorted(by_bidang.items(), key=lambda item: (-item[1], item[0]))),
        by_status=by_status,
        by_outcome=by_outcome,
        on_time={name: (on_time[name], done[name]) for name in sorted(done)},
    )


def whole_month(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month, for a register of that month."""
    start, following = month_bounds(year, month)
    return start.date(), following.date() - timedelta(days=1)
