"""The SQLite tables: the event log (the truth), local counters, and the projections.

Everything under "projections" can be deleted and rebuilt from ``event`` (``meja-pengaduan
rebuild``); ``event``, ``local_state`` and ``number_series`` cannot, because they are what this
PC has recorded and which numbers it has handed out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    type_annotation_map = {  # noqa: RUF012  # SQLAlchemy reads it as a class attribute
        str: String(),
        datetime: DateTime(),
        date: Date(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


# --- the truth -------------------------------------------------------------------------------


class EventRow(Base):
    """One immutable event. ``payload`` is canonical JSON text so copies compare byte-equal."""

    __tablename__ = "event"

    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    device_seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(24))
    schema_version: Mapped[int] = mapped_column(Integer)
    author: Mapped[str] = mapped_column(String(64))
    case_id: Mapped[str | None] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(48))
    payload: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        Index("ix_event_device_seq", "device_id", "device_seq", unique=True),
        Index("ix_event_case_order", "case_id", "hlc", "device_id", "event_id"),
    )


class LocalState(Base):
    """This PC's identity and clock; exactly one row."""

    __tablename__ = "local_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    device_code: Mapped[str] = mapped_column(String(16))
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_hlc: Mapped[str] = mapped_column(String(24))


class NumberSeries(Base):
    """The last number this PC handed out per series ("agenda/2026"); never goes back."""

    __tablename__ = "number_series"

    series: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


# --- projections -----------------------------------------------------------------------------


class OfficeSetting(Base):
    """Office-wide settings (identity, numbering format, active SOP), newest value wins."""

    __tablename__ = "office_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    version: Mapped[str] = mapped_column(String(120))  # "hlc|device_id|event_id" of the value


class DeviceRow(Base):
    __tablename__ = "device"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(120), default="")


class UserRow(Base):
    __tablename__ = "user_account"

    user_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    nip: Mapped[str] = mapped_column(String(32), default="")
    jabatan: Mapped[str] = mapped_column(String(120), default="")
    pangkat: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SopRevisionRow(Base):
    """Every SOP text the office ever adopted, so a case keeps the revision it started under."""

    __tablename__ = "sop_revision"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    sop_id: Mapped[str] = mapped_column(String(64))
    revision: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)


class CaseRow(Base):
    __tablename__ = "case_file"

    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    nomor_agenda: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(24))
    received_at: Mapped[datetime]
    registered_at: Mapped[datetime]
    registered_by: Mapped[str] = mapped_column(String(64))
    perihal: Mapped[str] = mapped_column(Text)
    isi: Mapped[str] = mapped_column(Text)
    bidang: Mapped[str] = mapped_column(String(120), default="")
    lapor_tracking: Mapped[str] = mapped_column(String(64), default="")
    letter_nomor: Mapped[str] = mapped_column(String(120), default="")
    letter_tanggal: Mapped[date | None]
    letter_asal: Mapped[str] = mapped_column(String(200), default="")
    pelapor_nama: Mapped[str] = mapped_column(String(200), default="")
    pelapor_rahasia: Mapped[bool] = mapped_column(Boolean, default=False)
    pelapor_anonim: Mapped[bool] = mapped_column(Boolean, default=False)
    sop_digest: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(String(40), default="")
    current_step_id: Mapped[str] = mapped_column(String(64), default="")
    current_lane_id: Mapped[str] = mapped_column(String(64), default="")
    step_started_at: Mapped[datetime | None]
    due_at: Mapped[datetime | None]
    overall_due_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    last_hlc: Mapped[str] = mapped_column(String(24))
    event_count: Mapped[int] = mapped_column(Integer, default=0)
    search_rowid: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        Index("ix_case_nomor", "nomor_agenda"),
        Index("ix_case_received", "received_at", "case_id"),
        Index("ix_case_status_due", "status", "due_at"),
        Index("ix_case_status_received", "status", "received_at", "case_id"),
        Index("ix_case_lane", "current_lane_id", "received_at", "case_id"),
        Index("ix_case_channel", "channel", "received_at", "case_id"),
        Index("ix_case_bidang", "bidang", "received_at", "case_id"),
        Index("ix_case_lapor", "lapor_tracking"),
        Index("ix_case_search_rowid", "search_rowid"),
        Index("ix_case_status_closed", "status", "closed_at"),
        Index("ix_case_status_lane_due", "status", "current_lane_id", "due_at"),
    )


class PartyRow(Base):
    __tablename__ = "party"

    case_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("case_file.case_id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(16), primary_key=True)  # pelapor | terlapor
    nama: Mapped[str] = mapped_column(String(200), default="")
    kontak: Mapped[str] = mapped_column(String(200), default="")
    alamat: Mapped[str] = mapped_column(Text, default="")
    nik: Mapped[str] = mapped_column(String(32), default="")
    anonim: Mapped[bool] = mapped_column(Boolean, default=False)
    rahasia: Mapped[bool] = mapped_column(Boolean, default=False)


class StepDoneRow(Base):
    __tablename__ = "step_done"

    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("case_file.case_id", ondelete="CASCADE"), index=True
    )
    step_id: Mapped[str] = mapped_column(String(64))
    branch: Mapped[str] = mapped_column(String(120), default="")
    next_step_id: Mapped[str] = mapped_column(String(64), default="")
    on_behalf_of: Mapped[str] = mapped_column(String(200), default="")
    recorded_by: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime]
    done_at: Mapped[datetime]
    due_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")
    backdate_reason: Mapped[str] = mapped_column(Text, default="")


class DispositionRow(Base):
    __tablename__ = "disposition"

    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("case_file.case_id", ondelete="CASCADE"), index=True
    )
    dari: Mapped[str] = mapped_column(String(200))
    kepada: Mapped[list[str]]
    sifat: Mapped[str] = mapped_column(String(24))
    instruksi: Mapped[list[str]]
    instruksi_lain: Mapped[str] = mapped_column(Text, default="")
    catatan: Mapped[str] = mapped_column(Text, default="")
    batas_waktu: Mapped[date | None]
    recorded_by: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]


class NoteRow(Base):
    __tablename__ = "note"

    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("case_file.case_id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]


class AttachmentRow(Base):
    __tablename__ = "attachment"

    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("case_file.case_id", ondelete="CASCADE"), index=True
    )
    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100), default="")
    author: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]


PROJECTION_TABLES = (
    AttachmentRow,
    NoteRow,
    DispositionRow,
    StepDoneRow,
    PartyRow,
    CaseRow,
    SopRevisionRow,
    UserRow,
    DeviceRow,
    OfficeSetting,
)
"""Children before parents, the order to empty them in."""


# --- this PC's exchange with the shared folder (not projections: never rebuilt) -------------


class SyncConfig(Base):
    """The office this PC belongs to, its key, and where the shared folder is; one row."""

    __tablename__ = "sync_config"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_id: Mapped[str] = mapped_column(String(36))
    office_key: Mapped[str] = mapped_column(String(64))  # base64 of 32 bytes
    share_path: Mapped[str] = mapped_column(Text, default="")
    last_exported_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_sync_at: Mapped[datetime | None]


class SyncFile(Base):
    """Every batch file seen on the share, and what became of it."""

    __tablename__ = "sync_file"

    name: Mapped[str] = mapped_column(
        String(400), primary_key=True
    )  # relative to the office folder
    device_id: Mapped[str] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(16))  # imported | retry | quarantined
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(Text, default="")
    first_seen: Mapped[datetime]
    last_try: Mapped[datetime]
    events: Mapped[int] = mapped_column(Integer, default=0)


class QuarantinedEvent(Base):
    """An event set aside: same id as one already here but other content, or its sequence taken."""

    __tablename__ = "quarantined_event"

    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    file: Mapped[str] = mapped_column(String(400))
    reason: Mapped[str] = mapped_column(Text)
    raw: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime]


class AppState(Base):
    """Small facts about this PC's own bookkeeping (e.g. the event schema it last ran with)."""

    __tablename__ = "app_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class MissingBlob(Base):
    """An attachment whose event arrived before its file: shown as a placeholder, fetched later."""

    __tablename__ = "missing_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), default="")
    filename: Mapped[str] = mapped_column(String(255), default="")
    first_seen: Mapped[datetime]


def table_of(model: type[Base]) -> Table:
    """The Core table of a model, for plain-dict bulk inserts (much cheaper than the ORM path)."""
    return cast(Table, model.__table__)


@dataclass(frozen=True, slots=True)
class _InsertPlan:
    sql: str
    keys: tuple[str, ...]  # the row keys, in the order of their columns in ``sql``
    converters: tuple[tuple[int, Callable[[Any], Any]], ...]  # (position, bind processor)
    defaults: tuple[Any, ...]  # values of the columns rows leave out, after ``keys``


_INSERTS: dict[tuple[str, tuple[str, ...]], _InsertPlan] = {}


def _insert_plan(session: Session, table: Table, keys: tuple[str, ...]) -> _InsertPlan:
    """How to insert rows with ``keys`` into ``table`` with one plain executemany.

    The converters are the column types' own bind processors, so values are stored exactly as
    a Core insert stores them; columns left out get their scalar default, as Core would.
    """
    cached = _INSERTS.get((table.name, keys))
    if cached is not None:
        return cached
    unknown = set(keys) - {column.key for column in table.columns}
    if unknown:
        raise KeyError(f"{table.name}: no column {sorted(unknown)}")
    dialect = session.get_bind().dialect
    quote = dialect.identifier_preparer.quote
    given = [column for column in table.columns if column.key in keys]
    left_out = [
        column for column in table.columns if column.key not in keys and column.default is not None
    ]
    converters: list[tuple[int, Callable[[Any], Any]]] = []
    for position, column in enumerate(given):
        converter = column.type.dialect_impl(dialect).bind_processor(dialect)
        if converter is not None:
            converters.append((position, _faster(converter)))
    defaults: list[Any] = []
    for column in left_out:
        if column.default is None or not column.default.is_scalar:
            raise ValueError(f"{table.name}.{column.key}: only scalar defaults")
        defaults.append(getattr(column.default, "arg"))  # noqa: B009
    names = [quote(column.name) for column in given + left_out]
    sql = (
        f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({', '.join(names)}) "
        f"VALUES ({', '.join('?' for _ in names)})"
    )
    plan = _INSERTS[(table.name, keys)] = _InsertPlan(
        sql, tuple(column.key for column in given), tuple(converters), tuple(defaults)
    )
    return plan


_SAMPLE_MOMENT = datetime(2026, 3, 17, 9, 5, 7, 123)


def _faster(converter: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``converter``, skipping its general formatting for plain (naive) datetimes when it
    stores them as ISO text with microseconds (checked on a sample, not assumed)."""
    try:
        iso = converter(_SAMPLE_MOMENT) == _SAMPLE_MOMENT.isoformat(" ", "microseconds")
    except (TypeError, ValueError, AttributeError):
        iso = False
    if not iso:
        return converter

    def convert(value: Any) -> Any:
        if type(value) is datetime and value.tzinfo is None:
            return value.isoformat(" ", "microseconds")
        return converter(value)

    return convert


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """``session.execute(table.insert(), rows)`` without SQLAlchemy's per-row overhead.

    Every row must have the same keys. Values go through the same type conversions as a Core
    insert (dates and times as SQLite text, booleans as 0/1, JSON via the dialect's encoder).
    """
    if not rows:
        return
    keys = tuple(rows[0])
    plan = _insert_plan(session, table, keys)
    defaults, converters = plan.defaults, plan.converters
    params: list[tuple[Any, ...]] = []
    for row in rows:
        if len(row) != len(keys):
            raise KeyError(f"{table.name}: rows with different keys")
        values = [row[key] for key in plan.keys]
        for position, converter in converters:
            values[position] = converter(values[position])
        params.append((*values, *defaults))
    session.connection().exec_driver_sql(plan.sql, params)
