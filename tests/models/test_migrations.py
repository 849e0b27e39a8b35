"""Schema migrations: from nothing, from the first schema with data, and a failed upgrade."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from desktop.models import database
from desktop.models.accounts import User, UserForm
from desktop.models.database import (
    HEAD_REVISION,
    MigrationError,
    current_revision,
    make_engine,
    open_database,
    run_migrations,
)
from desktop.models.desk import Desk, DispositionForm
from desktop.models.queries import CaseQuery
from desktop.models.registration import ComplaintForm, PartyForm
from desktop.models.vocabulary import Role

from .conftest import Clock, make_desk


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


def _advance(desk: Desk, admin: User, case_id: str, steps: int, clock: Clock) -> None:
    """Complete ``steps`` steps of a case, taking the last branch at each decision."""
    for _ in range(steps):
        step = desk.case_detail(case_id, admin).current_step
        assert step is not None
        branch = step.next[-1].label if len(step.next) > 1 else ""
        clock.moment += timedelta(hours=2)
        desk.complete_step(admin, case_id, step_id=step.id, branch=branch, note=f"{step.id} ok")


def _office_as_the_first_release_left_it(folder: Path, clock: Clock) -> tuple[list[str], User]:
    """A desk with real work on it: users, cases from several channels (rahasia, LAPOR!, by
    letter), steps done with notes and a decision, a disposition, an attachment, a pause and
    a closed case, all made through the operations the first release already had."""
    desk, admin = make_desk(folder, clock)
    try:
        desk.save_user(admin, UserForm("Rudi Hartono", Role.PETUGAS, pin="2468"))
        cases = []
        forms = [
            ComplaintForm(
                "whatsapp",
                clock.moment - timedelta(hours=1),
                PartyForm("Budi Santoso", "081234567890", "Jl. Melati No. 5"),
                "Antrean puskesmas terlalu lama",
                "Menunggu tiga jam di loket pendaftaran.",
                bidang="Pelayanan Kesehatan",
                terlapor=PartyForm("UPTD Puskesmas Kenali Besar"),
            ),
            ComplaintForm(
                "lapor",
                clock.moment - timedelta(minutes=30),
                PartyForm("Sri Wahyuni", rahasia=True),
                "Obat kosong di apotek rumah sakit",
                "Resep tidak dapat ditebus selama seminggu.",
                lapor_tracking="LAPOR-2026-0042",
            ),
            ComplaintForm(
                "surat",
                clock.moment - timedelta(minutes=10),
                PartyForm(anonim=True),
                "Pungutan di posyandu",
                "Warga diminta membayar penimbangan.",
                letter_nomor="12/RT05/III/2026",
                letter_tanggal=date(2026, 3, 16),
                letter_asal="Ketua RT 05",
            ),
        ]
        for form in forms:
            cases.append(desk.register_complaint(admin, form).case_ids[0])
        first, second, third = cases
        _advance(desk, admin, first, 3, clock)
        desk.record_disposition(
            admin,
            first,
            DispositionForm(
                "Kepala Dinas",
                ("Kepala Bidang Pelayanan Kesehatan",),
                sifat="segera",
                instruksi=("proses-lanjut",),
                catatan="Segera klarifikasi ke puskesmas.",
                batas_waktu=date(2026, 3, 20),
            ),
        )
        scan = folder / "scan.txt"
        scan.write_text("foto bukti antrean", encoding="utf-8")
        desk.add_attachment(admin, first, scan, "bukti.txt")
        desk.add_note(admin, second, "Pelapor minta identitas dirahasiakan.")
        desk.pause(admin, second, "Menunggu data resep dari pelapor")
        _advance(desk, admin, third, 1, clock)
        desk.close_case(admin, third, "bukan-kewenangan", "Diteruskan ke Dinas PUPR.")
        return cases, admin
    finally:
        desk.close()


def _copy_into_first_schema(source: Path, target: Path) -> dict[str, int]:
    """Every row of ``source`` in a fresh database at revision 0001, in the columns the first
    schema has: the file a clerk's PC held under the first release. Returns rows per table."""
    engine = make_engine(target)
    run_migrations(engine, "0001")
    engine.dispose()
    copied: dict[str, int] = {}
    with sqlite3.connect(target) as connection:
        connection.execute("ATTACH DATABASE ? AS made", (str(source),))
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
        for table in tables:
            columns = [row[1] for row in connection.execute(f"PRAGMA main.table_info({table})")]
            listed = ", ".join(f'"{column}"' for column in columns)
            connection.execute(
                f"INSERT INTO main.{table} ({listed}) SELECT {listed} FROM made.{table}"
            )
            copied[table] = connection.execute(f"SELECT count(*) FROM main.{table}").fetchone()[0]
        connection.commit()
        connection.execute("DETACH DATABASE made")
    return copied


def test_first_release_database_carries_its_cases_through_every_migration(tmp_path: Path) -> None:
    """What an upgrade does on a clerk's PC: the database of the first release (schema 0001,
    every table holding real rows) goes through every migration to head with a backup, and its
    cases read back exactly as before: listed, searchable, same state, timeline and actions."""
    clock = Clock(datetime(2026, 3, 17, 10, 0))
    made = tmp_path / "dibuat"
    case_ids, admin = _office_as_the_first_release_left_it(made, clock)
    reference = Desk(made, now=clock)
    try:
        before = {case_id: reference.case_detail(case_id, admin) for case_id in case_ids}
        listed_before = reference.list_cases(CaseQuery(), Role.ADMIN)
    finally:
        reference.close()

    old = tmp_path / "lama"
    old.mkdir()
    copied = _copy_into_first_schema(
        made / "meja-pengaduan.sqlite3", old / "meja-pengaduan.sqlite3"
    )
    assert all(count > 0 for count in copied.values()), copied
    assert len(copied) == 13 and copied["event"] > 15, copied
    assert current_revision(make_engine(old / "meja-pengaduan.sqlite3")) == "0001"
    shutil.copytree(made / "lampiran", old / "lampiran")

    upgraded = Desk(old, now=clock)
    try:
        assert current_revision(upgraded.engine) == HEAD_REVISION
        assert len(list((old / "cadangan").glob("*.sqlite3"))) == 1
        for case_id in case_ids:
            assert upgraded.case_detail(case_id, admin) == before[case_id]
        assert upgraded.list_cases(CaseQuery(), Role.ADMIN) == listed_before
        assert upgraded.count_cases(CaseQuery(search="puskesmas")) == 1
        assert upgraded.count_cases(CaseQuery(search="resep")) == 1
        assert upgraded.count_cases(CaseQuery(search="posyandu")) == 1
        assert upgraded.authenticate(admin.user_id, "123456").name == admin.name
        upgraded.rebuild()
        for case_id in case_ids:
            assert upgraded.case_detail(case_id, admin) == before[case_id]
    finally:
        upgraded.close()
