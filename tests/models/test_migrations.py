"""Schema migrations: from nothing, from the first schema with data, and a failed upgrade."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from desktop.models import database
from desktop.models.database import (
    HEAD_REVISION,
    MigrationError,
    current_revision,
    make_engine,
    open_database,
    run_migrations,
)
from desktop.models.desk import Desk
from desktop.models.queries import CaseQuery
from desktop.models.vocabulary import Role


def test_head_constant_matches_the_migration_scripts() -> None:
    config = Config()
    config.set_main_option("script_location", "desktop.models:migrations")
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_empty_database_is_created_at_head(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "baru.sqlite3")
    assert current_revision(engine) == HEAD_REVISION
    with engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        sync = connection.exec_driver_sql("PRAGMA synchronous").scalar()
    assert (mode, sync) == ("wal", 2)  # 2 = FULL


def first_schema_with_a_case(path: Path) -> Engine:
    engine = make_engine(path)
    run_migrations(engine, "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO case_file (case_id, nomor_agenda, channel, received_at, "
                "registered_at, registered_by, perihal, isi, bidang, lapor_tracking, "
                "letter_nomor, letter_asal, pelapor_nama, pelapor_rahasia, pelapor_anonim, "
                "sop_digest, status, outcome, current_step_id, current_lane_id, last_hlc, "
                "event_count) VALUES ('c1', 'ADU/2026/TU1/0001', 'sms', :at, :at, 'u1', "
                "'Obat habis di Puskesmas', 'Sudah tiga hari', '', '', '', '', 'Wulandari', "
                "0, 0, 'd', 'terbuka', '', 's2', 'tu', '000000000000001-000000', 1)"
            ),
            {"at": datetime(2026, 3, 17, 9, 0)},
        )
    return engine


def test_first_schema_with_data_upgrades_and_search_finds_it(tmp_path: Path) -> None:
    path = tmp_path / "lama.sqlite3"
    first_schema_with_a_case(path).dispose()
    engine = open_database(path, backup_folder=tmp_path / "cadangan")
    assert current_revision(engine) == HEAD_REVISION
    with engine.connect() as connection:
        found = connection.execute(
            text("SELECT case_id FROM case_search WHERE case_search MATCH 'puskesmas'")
        ).scalars()
        assert list(found) == ["c1"]
        nomor = connection.execute(text("SELECT nomor_agenda FROM case_file")).scalar()
    assert nomor == "ADU/2026/TU1/0001"
    assert len(list((tmp_path / "cadangan").glob("*.sqlite3"))) == 1


def test_failed_upgrade_restores_the_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "lama.sqlite3"
    first_schema_with_a_case(path).dispose()

    def broken_upgrade(engine: Engine, revision: str = "head") -> None:
        with engine.begin() as connection:
            connection.execute(text("DROP TABLE case_file"))
        raise RuntimeError("disk penuh")

    monkeypatch.setattr(database, "run_migrations", broken_upgrade)
    with pytest.raises(MigrationError, match=r"dikembalikan dari cadangan.*disk penuh"):
        open_database(path, backup_folder=tmp_path / "cadangan")
    engine = make_engine(path)
    assert current_revision(engine) == "0001"
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM case_file")).scalar() == 1


def test_desk_opens_an_upgraded_database(tmp_path: Path) -> None:
    first_schema_with_a_case(tmp_path / "meja-pengaduan.sqlite3").dispose()
    desk = Desk(tmp_path)
    try:
        assert desk.count_cases(CaseQuery(search="obat")) == 1
        assert desk.list_cases(CaseQuery(), Role.ADMIN)[0].pelapor == "Wulandari"
    finally:
        desk.close()


def test_backups_are_rotated(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    open_database(path).dispose()
    for _ in range(7):
        database.backup_database(path, tmp_path / "cadangan", keep=5)
    assert len(list((tmp_path / "cadangan").glob("*.sqlite3"))) == 5


def _not_full_text(name: str | None, kind: str, parent: object) -> bool:
    """The FTS5 virtual table and its shadow tables are made by hand (migration 0002)."""
    return not (kind == "table" and (name or "").startswith("case_search"))


def test_migrations_build_exactly_the_tables_the_code_declares(tmp_path: Path) -> None:
    """A model changed without a migration (or the reverse) fails here, not on a clerk's PC."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from desktop.models.tables import Base

    engine = open_database(tmp_path / "baru.sqlite3")
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"include_name": _not_full_text},
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
