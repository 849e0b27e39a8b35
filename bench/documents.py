"""Reports at office scale: the register of 5,000 rows and a month's recap from a year of cases.

Seeds 5,000 cases (received over the last two years, as :mod:`bench.seed` spreads them) into a
temporary folder once per run. Rows:

- a bare one-paragraph ReportLab page (the baseline: document set-up and font embedding);
- the register of 5,000 rows: rendering hand-made ``RegisterData`` to PDF bytes;
- the recap: ``recap_data`` for the busiest month of the seeded desk (SQL counts and on-time
  rates) plus rendering it to PDF bytes.
"""

from __future__ import annotations

import io
import tempfile
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

from reportlab.platypus import Paragraph, SimpleDocTemplate

from bench.measure import Row, repeat
from bench.seed import seed, setup_office
from desktop import fonts
from desktop.documents.data import Letterhead, RegisterData, RegisterRow
from desktop.documents.numbered_canvas import NumberedCanvas
from desktop.documents.recap import render_recap_pdf
from desktop.documents.register import render_register_pdf
from desktop.documents.reports import recap_data
from desktop.documents.styles import stylesheet
from desktop.models.accounts import User, UserForm
from desktop.models.desk import Desk, DispositionForm
from desktop.models.queries import CaseQuery
from desktop.models.vocabulary import Role

KOP = Letterhead("Pemerintah Provinsi Jambi", "Dinas Kesehatan", alamat="Jl. Contoh No. 1")


def bare_page() -> bytes:
    fonts.register_pdf_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer)
    document.build([Paragraph("Meja Pengaduan", stylesheet()["body"])], canvasmaker=NumberedCanvas)
    return buffer.getvalue()


def register_rows(count: int) -> RegisterData:
    start = datetime(2026, 1, 1, 8)
    rows = tuple(
        RegisterRow(
            nomor_agenda=f"ADU/2026/TU1/{n:04d}",
            diterima=start + timedelta(minutes=97 * n),
            saluran=("WhatsApp", "Surat", "LAPOR! SP4N", "Datang langsung")[n % 4],
            pelapor=("Budi Santoso", "(dirahasiakan)", "Yuliani Wulandari Kusumaningtyas")[n % 3],
            perihal="Antrean puskesmas terlalu lama"
            + (" dan petugas loket tidak ramah kepada pasien lansia" if n % 3 == 0 else ""),
            bidang=("Pelayanan Kesehatan", "P2P", "Kesehatan Masyarakat")[n % 3],
            posisi=("Bag. Tata Usaha", "Kepala OPD", "Selesai")[n % 3],
            status=("Terbuka", "Dijeda", "Ditutup")[n % 3],
            batas_waktu=start + timedelta(days=30) if n % 3 != 2 else None,
        )
        for n in range(1, count + 1)
    )
    return RegisterData(KOP, date(2026, 1, 1), date(2026, 12, 31), rows)


def measure(runs: int) -> list[Row]:
    baseline = Row("bare one-paragraph ReportLab page", repeat(bare_page, runs))
    data = register_rows(5000)
    register = Row(
        "register 5,000 rows (PDF render)",
        repeat(lambda: render_register_pdf(data), max(runs // 3, 3)),
        goal="≤ 5000 ms",
        baseline=baseline,
    )
    with tempfile.TemporaryDirectory(prefix="meja-bench-docs-") as folder:
        desk, admin = setup_office(Path(folder) / "data")
        now = datetime.now().replace(microsecond=0)
        seed(desk, admin, 5000, now=now)
        with desk.reading() as session:
            from sqlalchemy import select

            from desktop.models.tables import CaseRow

            months = Counter(
                (moment.year, moment.month)
                for moment in session.execute(select(CaseRow.received_at)).scalars()
            )
        (year, month), _ = months.most_common(1)[0]
        recap = Row(
            f"recap {year}-{month:02d} from 5,000 cases (data + PDF)",
            repeat(lambda: render_recap_pdf(recap_data(desk, year, month)), runs),
            goal="≤ 1000 ms",
            baseline=baseline,
        )
        forms = _case_documents(desk, admin, baseline, runs)
        desk.close()
    return [baseline, *forms, register, recap]


def _case_documents(desk: Desk, admin: User, baseline: Row, runs: int) -> list[Row]:
    """The Lembar Disposisi and a letter with six tembusan, data from the desk and rendered."""
    from dataclasses import replace

    from desktop.documents import disposition_sheet, letter
    from desktop.documents.sources import disposition_sheet_data

    head = desk.save_user(
        admin,
        UserForm("dr. Kepala Dinas", Role.ADMIN, pin="5678", jabatan="Kepala Dinas Kesehatan"),
    )
    case_id = desk.list_cases(CaseQuery(), Role.ADMIN, limit=1)[0].case_id
    desk.record_disposition(
        admin,
        case_id,
        DispositionForm("Kepala Dinas", ("Kepala Bidang", "Kasi"), "segera", ("proses-lanjut",)),
    )
    sheet = disposition_sheet_data(desk, case_id, admin)
    form = desk.default_letter_form(case_id, "balasan", admin, penandatangan=head.user_id)
    form = replace(
        form,
        hal="Tanggapan atas pengaduan",
        body="Dengan hormat,\n\nPengaduan Saudara telah kami tindak lanjuti.",
        tembusan=tuple(f"Kepala Bidang {n}" for n in range(1, 7)),
    )
    letter_id = desk.draft_letter(admin, case_id, form).letter_id
    return [
        Row(
            "Lembar Disposisi (render)",
            repeat(lambda: disposition_sheet.render_disposition_sheet(sheet), runs),
            goal="≤ 30 ms",
            baseline=baseline,
        ),
        Row(
            "Lembar Disposisi (case data + render)",
            repeat(lambda: disposition_sheet.for_case(desk, case_id, admin), runs),
            baseline=baseline,
        ),
        Row(
            "letter with 6 tembusan (case data + render)",
            repeat(lambda: letter.for_case(desk, case_id, admin, letter_id=letter_id), runs),
            goal="≤ 60 ms",
            baseline=baseline,
        ),
    ]
