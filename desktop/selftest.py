"""``meja-pengaduan --selftest``: prove an installation is whole without touching real data.

Everything happens in a temporary folder that is removed afterwards: a fresh database is made and
migrated, every bundled SOP is loaded, laid out for screen and paper and printed to PDF, a desk
is set up with a bundled SOP and a complaint registered, every document kind is rendered from it
(disposisi, tanda terima, lembar arsip, surat and its tembusan), the register and the monthly
recap go to PDF and XLSX, a second PC joins the office over a temporary shared folder and one
sync round brings the complaint across, and Qt paints the swimlane to PNG. Each check reports
one line; CI runs this against the frozen bundle, so a module, font, template or Alembic script
left out of the bundle fails here instead of on a clerk's PC.
"""

from __future__ import annotations

import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.documents.sop_document import render_sop_pdf
from desktop.flowchart.geometry import A4_LANDSCAPE, F4_LANDSCAPE
from desktop.flowchart.layout import layout_sop
from desktop.models.sop_loader import bundled_template_files, load_sop

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from desktop.models.accounts import User
    from desktop.models.desk import Desk

SELFTEST_SOP = "jambi-provinsi.yaml"
"""The bundled SOP the test desk works under (any bundled one would do)."""
PIN = "135790"


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float


class SkippedError(RuntimeError):
    """A check that needs an earlier one which failed."""


def _run(name: str, check: Callable[[], str]) -> CheckResult:
    started = time.perf_counter()
    try:
        detail = check()
    except Exception as error:  # a self-test reports every failure instead of stopping
        detail = f"{type(error).__name__}: {error}"
        if not isinstance(error, SkippedError):
            detail += "\n" + traceback.format_exc(limit=4)
        return CheckResult(name, False, detail, time.perf_counter() - started)
    return CheckResult(name, True, detail, time.perf_counter() - started)


def _pdf_detail(pdf: bytes) -> str:
    if not pdf.startswith(b"%PDF"):
        raise RuntimeError("PDF tidak valid")
    return f"PDF {max(1, len(pdf) // 1024)} KB"


@dataclass
class _Session:
    """What the checks share: the temporary folder and the desk once it is set up."""

    folder: Path
    desk: Desk | None = None
    admin: User | None = None
    case_id: str = ""
    letter_id: str = ""
    desks: list[Desk] = field(default_factory=list)

    def need_case(self) -> tuple[Desk, User, str]:
        if self.desk is None or self.admin is None or not self.case_id:
            raise SkippedError("dilewati: meja pengaduan uji tidak dapat disiapkan")
        return self.desk, self.admin, self.case_id

    def close(self) -> None:
        for desk in self.desks:
            desk.close()


def run_selftest(*, with_qt: bool = True) -> list[CheckResult]:
    """Run every check; never raises."""
    results: list[CheckResult] = []
    files = bundled_template_files()
    results.append(_run("templat SOP tersedia", lambda: f"{len(files)} berkas"))
    with tempfile.TemporaryDirectory(prefix="meja-selftest-") as temp:
        session = _Session(Path(temp))
        try:
            for entry in files:
                results.append(
                    _run(f"SOP {entry.name}", partial(_sop_check, entry, session.folder))
                )
            results += _data_checks(session, files)
        finally:
            session.close()
        if with_qt:
            results.append(_run("tampilan Qt (PNG)", lambda: _qt_check(session.folder)))
    return results


def _sop_check(entry: Traversable, folder: Path) -> str:
    sop = load_sop(entry)
    screen = layout_sop(sop)
    paged = [layout_sop(sop, paper) for paper in (A4_LANDSCAPE, F4_LANDSCAPE)]
    pdf = render_sop_pdf(sop, A4_LANDSCAPE)
    (folder / f"{sop.id}.pdf").write_bytes(pdf)
    return (
        f"{len(sop.steps)} langkah, {len(sop.lanes)} lajur, "
        f"{len(screen.pages[0].boxes)} simbol, "
        f"A4 {len(paged[0].pages)} hlm, F4 {len(paged[1].pages)} hlm, {_pdf_detail(pdf)}"
    )


def _data_checks(session: _Session, files: list[Traversable]) -> list[CheckResult]:
    from desktop.documents.catalog import KINDS

    results = [
        _run("basis data dan migrasi", lambda: _database_check(session.folder)),
        _run("meja dan pengaduan baru", lambda: _desk_check(session, files)),
    ]
    for kind in KINDS:
        results.append(_run(f"dokumen {kind}", partial(_document_check, session, kind)))
    for report in ("register", "recap"):
        for suffix in ("pdf", "xlsx"):
            check = partial(_report_check, session, report, suffix)
            results.append(_run(f"laporan {report} {suffix.upper()}", check))
    results.append(_run("sinkronisasi dua PC", lambda: _sync_check(session)))
    return results


def _database_check(folder: Path) -> str:
    from desktop.models.database import HEAD_REVISION, current_revision, open_database

    engine = open_database(folder / "migrasi" / "uji.sqlite3")
    try:
        revision = current_revision(engine)
    finally:
        engine.dispose()
    if revision != HEAD_REVISION:
        raise RuntimeError(f"revisi {revision}, seharusnya {HEAD_REVISION}")
    return f"skema revisi {revision}"


def _desk_check(session: _Session, files: list[Traversable]) -> str:
    from desktop.models.accounts import UserForm
    from desktop.models.desk import Desk
    from desktop.models.office import OfficeProfile
    from desktop.models.queries import CaseQuery
    from desktop.models.registration import ComplaintForm, PartyForm
    from desktop.models.vocabulary import Role

    entry = next((e for e in files if e.name == SELFTEST_SOP), files[0])
    desk = Desk(session.folder / "pc1")
    session.desks.append(desk)
    admin = desk.setup(
        office=OfficeProfile(
            "Pemerintah Kabupaten Uji", "Dinas Kesehatan", alamat="Jl. Uji No. 1", kota="Uji"
        ),
        device_code="TU1",
        admin=UserForm(
            "Petugas Uji",
            Role.ADMIN,
            pin=PIN,
            nip="198001012005012001",
            jabatan="Kepala Dinas Kesehatan",
        ),
        sop_text=entry.read_text(encoding="utf-8"),
        sop_name=entry.name,
    )
    received = desk.now().replace(microsecond=0) - timedelta(minutes=5)
    change = desk.register_complaint(
        admin,
        ComplaintForm(
            "whatsapp",
            received,
            PartyForm("Budi Uji", "081200000000", "Jl. Melati 5"),
            "Antrean puskesmas terlalu lama",
            "Menunggu tiga jam di loket pendaftaran.",
            terlapor=PartyForm("UPTD Puskesmas Uji", alamat="Jl. Uji 2"),
        ),
    )
    session.desk, session.admin, session.case_id = desk, admin, change.case_ids[0]
    found = desk.count_cases(CaseQuery(search="puskesmas"))
    if found != 1:
        raise RuntimeError(f"pencarian menemukan {found} pengaduan, seharusnya 1")
    detail = desk.case_detail(session.case_id, admin)
    return f"{detail.state.nomor_agenda} di langkah {detail.state.current_step_id} ({entry.name})"


def _document_check(session: _Session, kind: str) -> str:
    from desktop.documents.catalog import render_case_document

    desk, admin, case_id = session.need_case()
    options: dict[str, object] = {}
    if kind in {"surat", "tembusan"}:
        if not session.letter_id:
            form = desk.default_letter_form(case_id, "balasan", admin, hasil="Sudah diperbaiki.")
            form = replace(form, tembusan=("Kepala Dinas Kesehatan", "Inspektorat"))
            session.letter_id = desk.draft_letter(admin, case_id, form).letter_id or ""
        options["letter_id"] = session.letter_id
    document = render_case_document(desk, kind, case_id, admin, **options)
    return f"{document.filename}: {_pdf_detail(document.pdf)}"


def _report_check(session: _Session, report: str, suffix: str) -> str:
    from desktop.documents import reports

    desk, admin, _case_id = session.need_case()
    today = desk.now().date()
    content: bytes
    if report == "register":
        data = reports.register_data(desk, today - timedelta(days=1), today, admin)
        counted = f"{len(data.rows)} baris"
        if suffix == "pdf":
            from desktop.documents.register import render_register_pdf

            content = render_register_pdf(data)
        else:
            from desktop.documents.xlsx import register_xlsx

            content = register_xlsx(data)
    else:
        month = desk.now() - timedelta(minutes=5)
        recap = reports.recap_data(desk, month.year, month.month)
        counted = f"{sum(recap.by_channel.values())} diterima"
        if suffix == "pdf":
            from desktop.documents.recap import render_recap_pdf

            content = render_recap_pdf(recap)
        else:
            from desktop.documents.xlsx import recap_xlsx

            content = recap_xlsx(recap)
    if suffix == "pdf":
        return f"{counted}, {_pdf_detail(content)}"
    if not content.startswith(b"PK"):
        raise RuntimeError("XLSX tidak valid")
    return f"{counted}, XLSX {max(1, len(content) // 1024)} KB"


def _sync_check(session: _Session) -> str:
    from desktop.models.desk import Desk
    from desktop.models.queries import CaseQuery
    from desktop.sync.exchange import create_office, join_office, sync_round

    desk, admin, _case_id = session.need_case()
    share = session.folder / "folder-bersama"
    share.mkdir()
    key = create_office(desk, share)
    second = Desk(session.folder / "pc2")
    session.desks.append(second)
    second.prepare_device("TU2")
    join_office(second, key.join_code(), share)
    report = sync_round(second)
    second.authenticate(admin.user_id, PIN)
    found = second.count_cases(CaseQuery(search="puskesmas"))
    if found != 1:
        raise RuntimeError(f"PC kedua menerima {found} pengaduan, seharusnya 1")
    back = sync_round(desk)
    return f"PC2: {report.summary()} PC1: {back.summary()}"


def _qt_check(folder: Path) -> str:
    from desktop.views.swimlane_painter import render_layout_png

    sop = load_sop(bundled_template_files()[0])
    paths = render_layout_png(layout_sop(sop), folder / "uji.png", scale=1.0)
    size = sum(path.stat().st_size for path in paths)
    return f"{len(paths)} gambar, {size // 1024} KB"


def format_results(results: list[CheckResult]) -> str:
    """One line per check (the first line of a failure's reason, then its traceback), and a
    closing line with the counts."""
    width = max((len(result.name) for result in results), default=0)
    lines = []
    for result in results:
        mark = "OK   " if result.ok else "GAGAL"
        first, *rest = result.detail.splitlines() or [""]
        timing = f"{result.seconds * 1000:6.0f} ms"
        lines.append(f"{mark} {result.name:<{width}} {timing}  {first}")
        lines += [f"      {line}" for line in rest]
    failed = sum(not result.ok for result in results)
    total = sum(result.seconds for result in results)
    lines.append(
        f"Uji mandiri selesai: {len(results) - failed} lulus, {failed} gagal ({total:.1f} s)."
        if failed
        else f"Uji mandiri selesai: semua {len(results)} pemeriksaan lulus ({total:.1f} s)."
    )
    return "\n".join(lines)
