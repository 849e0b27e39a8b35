"""The SQLite settings behind large writes, and the fast path of the bulk insert.

A sync file or a rebuild gets a large page cache for its own transaction only; afterwards the
writer is back to SQLite's default, so the memory is given back. The bulk insert formats plain
datetimes itself and must store exactly what SQLAlchemy would.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import DateTime, create_engine
from sqlalchemy.orm import Session

from desktop.models import database
from desktop.models.database import WRITER_CHECKPOINT_PAGES, make_engine, roomy_cache
from desktop.models.desk import BULK_EVENTS
from desktop.models.events import Event, Hlc, Kind, new_id
from desktop.models.tables import _faster
from tests.models.conftest import Clock, make_desk

SQLITE_DEFAULT_CACHE = -2000


def _cache_size(session: Session) -> int:
    return int(session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one())


def test_roomy_cache_lasts_for_its_block_only(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "db.sqlite3", immediate=True)
    with Session(engine) as session, session.begin():
        assert _cache_size(session) == SQLITE_DEFAULT_CACHE
        with roomy_cache(session):
            assert _cache_size(session) == -database.BULK_CACHE_KIB
        assert _cache_size(session) == SQLITE_DEFAULT_CACHE
    engine.dispose()


@pytest.mark.parametrize(
    ("events", "kib"),
    [(0, database.BULK_CACHE_KIB), (50_000, 250_000), (10**6, database.BULK_CACHE_MAX_KIB)],
)
def test_roomy_cache_grows_with_the_write_up_to_a_limit(
    tmp_path: Path, events: int, kib: int
) -> None:
    engine = make_engine(tmp_path / "db.sqlite3", immediate=True)
    with Session(engine) as session, session.begin(), roomy_cache(session, events):
        assert _cache_size(session) == -kib
    engine.dispose()


def test_roomy_cache_is_given_back_when_the_block_fails(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "db.sqlite3", immediate=True)
    with Session(engine) as session, session.begin():
        with pytest.raises(KeyError), roomy_cache(session):
            raise KeyError("SOP revisi belum ada")
        assert _cache_size(session) == SQLITE_DEFAULT_CACHE
    engine.dispose()


def test_only_the_writer_copies_the_log_less_often(tmp_path: Path) -> None:
    writer = make_engine(tmp_path / "db.sqlite3", immediate=True)
    reader = make_engine(tmp_path / "db.sqlite3")
    with writer.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar_one()
        assert pages == WRITER_CHECKPOINT_PAGES
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2  # FULL
        limit = connection.exec_driver_sql("PRAGMA journal_size_limit").scalar_one()
        assert limit == database.WAL_KEPT_BYTES
    with reader.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar_one() == 1000
    writer.dispose()
    reader.dispose()


def test_a_large_ingest_leaves_the_default_cache_behind(tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 3, 17, 10, 0))
    source, admin = make_desk(tmp_path / "a", clock)
    device = new_id()
    # Events of a kind a newer version writes: stored and synced, not folded.
    assert "x.future" not in {kind.value for kind in Kind}
    start = 1_773_720_000_000  # 17 March 2026
    notes = [
        Event(
            new_id(),
            device,
            seq,
            Hlc(start + seq, 0).encode(),
            1,
            admin.user_id,
            None,
            "x.future",
            {},
        )
        for seq in range(1, BULK_EVENTS + 1)
    ]
    result = source.ingest(notes)
    assert result.added == BULK_EVENTS
    with source.writing() as session:
        assert _cache_size(session) == SQLITE_DEFAULT_CACHE
    source.close()


@pytest.mark.parametrize(
    "value",
    [
        datetime(2026, 3, 17, 9, 5),
        datetime(2026, 12, 31, 23, 59, 59, 999999),
        datetime(2026, 3, 17, 9, 5, tzinfo=UTC),
        datetime(2026, 3, 17, 9, 5) + timedelta(microseconds=1),
        date(2026, 3, 17),
        None,
    ],
)
def test_fast_datetime_text_is_what_sqlalchemy_stores(value: datetime | date | None) -> None:
    dialect = create_engine("sqlite://").dialect
    slow = DateTime().dialect_impl(dialect).bind_processor(dialect)
    assert slow is not None
    assert _faster(slow)(value) == slow(value)


def test_a_converter_with_another_format_is_left_alone() -> None:
    def other(value: object) -> object:
        return f"<{value}>"

    assert _faster(other) is other
