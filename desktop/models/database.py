"""The SQLite file of this PC: connection settings, migrations at start-up, backups.

The database lives on the PC's own disk, never on the network share (SQLite's locking is not
reliable over SMB). WAL lets the window read while a write commits; ``synchronous=FULL`` makes
a committed complaint survive a power cut, which old office PCs see often.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

DATABASE_NAME = "meja-pengaduan.sqlite3"
HEAD_REVISION = "0007"
"""The newest migration; checked against Alembic's script directory by a test."""
BACKUPS_KEPT = 5
WRITER_CHECKPOINT_PAGES = 4000
"""Write-ahead log pages (of 4 KiB) after which a writer copies them into the database."""
WAL_KEPT_BYTES = 64 * 1024 * 1024
BULK_CACHE_KIB = 64 * 1024
"""Page cache for one large write (a sync file, a rebuild): its random-keyed indexes then stay
in memory instead of being spilled and read back; the default cache is restored afterwards."""
BULK_CACHE_PER_EVENT_KIB = 5
BULK_CACHE_MAX_KIB = 256 * 1024
"""A write of many events (a new PC reading a snapshot) gets about 5 KiB of cache per event,
up to this: measured, fewer spills of a 50,000-event write halve a large office's bootstrap."""


class MigrationError(RuntimeError):
    """Upgrading the database failed; the backup was put back (message in Indonesian)."""


def _configure_connection(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _configure_writer(dbapi_connection: Any, _record: Any) -> None:
    # A sync file rewrites the same index pages as the file before it; copying the log into
    # the database less often writes each such page once instead of once per file.
    dbapi_connection.execute(f"PRAGMA wal_autocheckpoint={WRITER_CHECKPOINT_PAGES}")
    # A new PC's bootstrap grows the log to hundreds of megabytes; give the disk space back.
    dbapi_connection.execute(f"PRAGMA journal_size_limit={WAL_KEPT_BYTES}")


def make_engine(path: Path, *, immediate: bool = False) -> Engine:
    """An engine on ``path``; with ``immediate`` every transaction takes the write lock first.

    Writers begin ``IMMEDIATE`` so two writers (the window and a background sync) queue up
    instead of failing half-way with "database is locked"; readers begin deferred and, under
    WAL, never wait for a writer.
    """
    engine = create_engine(f"sqlite:///{path}", future=True, connect_args={"isolation_level": None})
    event.listen(engine, "connect", _configure_connection)
    if immediate:
        event.listen(engine, "connect", _configure_writer)
    begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"
    event.listen(engine, "begin", lambda connection: connection.exec_driver_sql(begin))
    return engine


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        exists = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if exists is None:
            return None
        row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


def backup_database(path: Path, folder: Path, *, keep: int = BACKUPS_KEPT) -> Path | None:
    """Copy the database with SQLite's online backup API; keeps the newest ``keep`` copies."""
    if not path.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}.sqlite3"
    source = sqlite3.connect(path)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    backups = sorted(folder.glob(f"{path.stem}-*.sqlite3"))
    for old in backups[:-keep]:
        old.unlink(missing_ok=True)
    log.info("Cadangan basis data: %s", target)
    return target


def run_migrations(engine: Engine, revision: str = "head") -> None:
    """Upgrade to ``revision`` (Alembic is imported only when there is work to do)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "desktop.models:migrations")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def open_database(path: Path, *, backup_folder: Path | None = None) -> Engine:
    """Open (creating if needed) and upgrade the database at ``path``.

    When the schema is older than this app, the file is first backed up; if the upgrade fails,
    the backup is put back and :class:`MigrationError` says what happened.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return engine
    backup = None
    if revision is not None and backup_folder is not None:
        backup = backup_database(path, backup_folder)
    try:
        run_migrations(engine)
    except Exception as error:
        engine.dispose()
        if backup is not None:
            shutil.copyfile(backup, path)
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        log.exception("Migrasi basis data gagal")
        raise MigrationError(
            "Pembaruan basis data gagal dan data dikembalikan dari cadangan "
            f"({backup.name if backup else 'tidak ada cadangan'}). Tidak ada data yang hilang. "
            f"Laporkan pesan ini kepada petugas TI: {error}"
        ) from error
    return engine


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One short session and transaction: committed on success, rolled back on any error."""
    with factory() as session, session.begin():
        yield session


@contextmanager
def roomy_cache(session: Session, events: int = 0) -> Iterator[None]:
    """A large page cache for the rest of ``session``'s transaction, which writes ``events``.

    The default size is put back before the commit: SQLite keeps dirty pages until they are
    written, then frees the clean pages beyond the limit, so the memory is given back.
    """
    size = min(BULK_CACHE_MAX_KIB, max(BULK_CACHE_KIB, events * BULK_CACHE_PER_EVENT_KIB))
    connection = session.connection()
    default = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{size}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(default)}")
