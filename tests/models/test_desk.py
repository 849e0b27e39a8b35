"""The desk's operations on a real SQLite file, through the public API."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.models.accounts import User, UserForm
from desktop.models.desk import Desk, DispositionForm
from desktop.models.problems import InputError, NotAllowedError
from desktop.models.queries import MASKED_NAME, CaseQuery
from desktop.models.registration import ComplaintForm, PartyForm
from desktop.models.tables import CaseRow, EventRow
from desktop.models.vocabulary import CaseStatus, Outcome, Role

from .conftest import Clock, make_desk, template_text


def complaint(**overrides: object) -> ComplaintForm:
    values: dict[str, object] = {
        "channel": "whatsapp",
        "received_at": datetime(2026, 3, 17, 9, 30),
        "pelapor": PartyForm("Budi Santoso", kontak="0812-7777-1234"),
        "perihal": "Antrean Puskesmas Kebun Kopi terlalu lama",
        "isi": "Menunggu empat jam tanpa kepastian di loket pendaftaran.",
        "bidang": "Pelayanan Kesehatan",
    }
    values.update(overrides)
    return ComplaintForm(**values)  # type: ignore[arg-type]


def event_count(desk: Desk) -> int:
    with desk.reading() as session:
        return int(session.execute(select(func.count()).select_from(EventRow)).scalar_one())


def test_setup_records_office_device_admin_and_sop(desk_and_admin: tuple[Desk, User]) -> None:
    desk, admin = desk_and_admin
    assert desk.is_set_up
    assert desk.device().device_code == "TU1"
    assert desk.office_profile().nama_dinas == "Dinas Kesehatan"
    assert desk.active_sop().id == "jambi-provinsi"
    assert [u.name for u in desk.users()] == ["Siti Aminah"]
    assert desk.authenticate(admin.user_id, "123456") == admin
    with pytest.raises(NotAllowedError, match="PIN salah"):
        desk.authenticate(admin.user_id, "000000")


def test_setup_refuses_bad_input_and_creates_nothing(tmp_path: Path, clock: Clock) -> None:
    desk = Desk(tmp_path, now=clock)
    from desktop.models.office import OfficeProfile

    with pytest.raises(InputError) as caught:
        desk.setup(
            office=OfficeProfile("", "Dinas Kesehatan"),
            device_code="tu 1",
            admin=UserForm("Siti", Role.ADMIN, pin="12"),
            sop_text="id: [rusak",
        )
    assert set(caught.value.problems) == {"pemerintah", "device_code", "pin", "sop"}
    assert "YAML tidak valid" in caught.value.problems["sop"]
    assert not desk.is_set_up
    assert event_count(desk) == 0


def test_nomor_agenda_runs_per_device_and_year(desk_and_admin: tuple[Desk, User]) -> None:
    desk, admin = desk_and_admin
    first = desk.register_complaint(admin, complaint())
    second = desk.register_complaint(admin, complaint())
    older = desk.register_complaint(admin, complaint(received_at=datetime(2025, 12, 30, 8, 0)))
    assert first.nomor_agenda == "ADU/2026/TU1/0001"
    assert second.nomor_agenda == "ADU/2026/TU1/0002"
    assert older.nomor_agenda == "ADU/2025/TU1/0001"


def test_registration_starts_the_flow_after_the_start_terminator(
    desk_and_admin: tuple[Desk, User],
) -> None:
    desk, admin = desk_and_admin
    case_id = desk.register_complaint(admin, complaint()).case_ids[0]
    detail = desk.case_detail(case_id, admin)
    assert [done.step_id for done in detail.state.steps_done] == ["s1"]
    assert detail.state.current_step_id == "s2"  # Bag. Tata Usaha records the letter, 1 Jam
    assert detail.state.due_at == datetime(2026, 3, 17, 10, 30)
    assert detail.state.pelapor.nama == "Budi Santoso"
    assert [a.key for a in detail.actions][:2] == ["complete", "dispose"]


@pytest.mark.parametrize(
    ("overrides", "field", "fragment"),
    [
        ({"pelapor": PartyForm("")}, "pelapor.nama", "Nama pelapor wajib"),
        ({"perihal": "  "}, "perihal", "Perihal wajib"),
        ({"isi": ""}, "isi", "Isi pengaduan wajib"),
        ({"channel": "merpati"}, "channel", "tidak dikenal"),
        ({"received_at": datetime(2026, 3, 18, 9, 0)}, "received_at", "masa depan"),
        ({"channel": "lapor"}, "lapor_tracking", "nomor pelacakan"),
        ({"pelapor": PartyForm("Budi", nik="123")}, "pelapor.nik", "16 angka"),
        ({"channel": "surat"}, "letter_asal", "asal surat"),
    ],
)
def test_bad_complaints_are_refused_at_their_field_and_nothing_is_saved(
    desk_and_admin: tuple[Desk, User], overrides: dict[str, object], field: str, fragment: str
) -> None:
    desk, admin = desk_and_admin
    before = event_count(desk)
    with pytest.raises(InputError) as caught:
        desk.register_complaint(admin, complaint(**overrides))
    assert fragment in caught.value.problems[field]
    assert event_count(desk) == before


def test_anonymous_complaint_needs_no_name(desk_and_admin: tuple[Desk, User]) -> None:
    desk, admin = desk_and_admin
    change = desk.register_complaint(admin, complaint(pelapor=PartyForm("", anonim=True)))
    [row] = desk.list_cases(CaseQuery(), Role.ADMIN)
    assert row.nomor_agenda == change.nomor_agenda
    assert row.pelapor == "Anonim"


def test_duplicate_lapor_number_warns_but_saves(desk_and_admin: tuple[Desk, User]) -> None:
    desk, admin = desk_and_admin
    form = complaint(channel="lapor", lapor_tracking="LAPOR-4711")
    assert desk.register_complaint(admin, form).warnings == ()
    second = desk.register_complaint(admin, form)
    assert "LAPOR-4711 sudah tercatat pada ADU/2026/TU1/0001" in second.warnings[0]
    assert desk.count_cases(CaseQuery()) == 2


def test_attachments_are_content_addressed_and_limited(
    tmp_path: Path, desk_and_admin: tuple[Desk, User]
) -> None:
    desk, admin = desk_and_admin
    shot = tmp_path / "tangkapan layar WA.png"
    shot.write_bytes(b"\x89PNG fake screenshot " * 100)
    change = desk.register_complaint(admin, complaint(attachments=(shot,)))
    [attachment] = desk.case_detail(change.case_ids[0], admin).state.attachments
    assert attachment.filename == "tangkapan layar WA.png"
    assert desk.blobs.path_of(attachment.sha256).read_bytes() == shot.read_bytes()
    desk.blobs.limit_bytes = 100
    before = event_count(desk)
    with pytest.raises(InputError, match="melebihi batas"):
        desk.register_complaint(admin, complaint(attachments=(shot,)))
    with pytest.raises(InputError, match="pemisah folder"):
        desk.add_attachment(admin, change.case_ids[0], shot, filename="..\\..\\boot.ini")
    assert event_count(desk) == before


def test_three_day_step_runs_across_cuti_bersama_and_idul_fitri(
    desk_and_admin: tuple[Desk, User], clock: Clock
) -> None:
    desk, admin = desk_and_admin
    case_id = desk.register_complaint(admin, complaint()).case_ids[0]
    desk.complete_step(admin, case_id, step_id="s2")  # Tuesday 17 March 2026, 10:00
    state = desk.case_detail(case_id, admin).state
    assert state.current_step_id == "s3"  # Kepala OPD, "3 Hari"
    assert state.due_at == datetime(2026, 3, 27, 16, 0)  # Friday


def test_decision_needs_a_branch_and_follows_it(
    desk_and_admin: tuple[Desk, User], clock: Clock
) -> None:
    desk, admin = desk_and_admin
    case_id = desk.register_complaint(admin, complaint()).case_ids[0]
    for step in ("s2", "s3", "s4", "s5", "s6", "s7"):
        desk.complete_step(admin, case_id, step_id=step)
    with pytest.raises(InputError) as caught:
        desk.complete_step(admin, case_id, step_id="s8")
    assert "disetujui" in caught.value.problems["branch"]
    desk.complete_step(admin, case_id, step_id="s8", branch="perlu koreksi", note="typo")
    state = desk.case_detail(case_id, admin).state
    assert state.current_step_id == "s7"
    assert state.steps_done[-1].branch == "perlu koreksi"


def test_transition_not_allowed_is_refused_clearly(
    desk_and_admin: tuple[Desk, User],
) -> None:
    desk, admin = desk_and_admin
    case_id = desk.register_complaint(admin, complaint()).case_ids[0]
    with pytest.raises(NotAllowedError, match=r"bukan langkah saat ini.*langkah 2"):
        desk.complete_step(admin, case_id, step_id="s5")
    with pytest.raises(InputError, match="bukan keputusan"):
        desk.complete_step(admin, case_id, step_id="s2", branch="disetujui")


def test_backdating_needs_a_reason_and_future_is_refused(
    desk_and_admin: tuple[Desk, User], clock: Clock
) -> None:
    desk, admin = desk_and_admin
    case_id = desk.register_complaint(admin, complaint()).case_ids[0]
    clock.moment = datetime(2026, 3, 17, 14, 0)
    earlier = datetime(2026, 3, 17, 11, 0)
    with pytest.raises(InputError) as caught:
        desk.complete_step(admin, case_id, step_id="s2", at=earlier)
    assert "alasannya" in caught.value.problems["backdate_reason"]
    with pytest.raises(InputError, match="masa depan"):
        desk.complete_step(admin, case_id, step_id="s2", at=datetime(2026, 3, 18, 9, 0))
    desk.complete_step(
        admin, case_id, step_id="s2", at=earlier, backdate_reason="Buku agenda baru diisi sore"
    )
    done = desk.case_detail(case_id, admin).state.steps_done[-1]
    assert done.done_at == earlier
    assert done.backdate_reason == "Buku agenda baru diisi sore"


def test_disposition_is_stored_and_in_the_timeline(desk_and_admin: tuple[Desk, User]) -> None:
    desk, admin = desk_and_admin
    case_id = desk.register_complaint(admin, complaint()).case_ids[0]
    form = DispositionForm(
        dari="Kepala OPD",
        kepada=("Kepala Bidang Pelayanan Kesehatan", "Kepala Seksi Rujukan"),
        sifat="segera",
        instruksi=("proses-lanjut", "koordinasi"),
        catatan="Segera cek lapangan",
        batas_waktu=date(2026, 3, 27),
    )
    desk.record_disposition(admin, case_id, form)
    detail = desk.case_detail(case_id, admin)
    [disposition] = detail.state.dispositions
    assert disposition.kepada == ["Kepala Bidang Pelayanan Kesehatan", "Kepala Seksi Rujukan"]
    assert disposition.instruksi == ["proses-lanjut", "koordinasi"]
    assert detail.timeline[-1].summary.startswith("Disposisi dicatat dari Kepala OPD")
    assert detail.timeline[-1].author == "Siti Aminah"
    with pytest.raises(InputError) as caught:
        desk.record_disposition(admin, case_id, DispositionForm(dari="", kepada=(), sifat="x"))
    assert set(caught.value.problems) == {"dari", "kepada", "sifat"}


def test_pause_stops_the_clock_and_resume_extends_the_deadline(
    desk_and_admin: tuple[Desk, User], clock: Clock
) -> None:
    desk, admin = desk_and_admin
    case_id = desk.register_complaint(admin, complaint()).case_ids[0]
    desk.complete_step(admin, case_id, step_id="s2")
    desk.pause(admin, case_id, "Menunggu fotokopi KTP pelapor")
    assert desk.case_detail(case_id, admin).state.status is CaseStatus.PAUSED
    with pytest.raises(NotAllowedError, match="dijeda"):
        desk.complete_step(admin, case_id, step_id="s3")
    clock.moment = datetime(2026, 3, 26, 10, 0)  # Thursday: 25 and 26 March were paused
    desk.resume(admin, case_id)
    state = desk.case_detail(case_id, admin).state
    assert state.status is CaseStatus.OPEN
    assert state.due_at == datetime(2026, 3, 31, 16, 0)  # 27 March plus two working days


def test_lapor_pause_rule_closes_a_silent_case(tmp_path: Path, clock: Clock) -> None:
    desk, admin = make_desk(tmp_path / "lapor", clock, sop_id="oku-selatan-lapor")
    case_id = desk.register_complaint(
        admin, complaint(channel="lapor", lapor_tracking="LAPOR-1")
    ).case_ids[0]
    desk.pause(admin, case_id, "Menunggu tanggapan pelapor")
    clock.moment = datetime(2026, 3, 31, 10, 0)  # fewer than 10 working days
    assert desk.sweep_auto_close().case_ids == ()
    clock.moment = datetime(2026, 4, 14, 10, 0)
    assert desk.sweep_auto_close().case_ids == (case_id,)
    state = desk.case_detail(case_id, admin).state
    assert state.status is CaseStatus.CLOSED
    assert state.outcome == Outcome.TANPA_TANGGAPAN.value
    deadline = desk.case_detail(case_id, admin).deadlines[0]
    assert deadline.name == "Diteruskan ke Ombudsman RI"


def test_close_and_reopen(desk_and_admin: tuple[Desk, User], clock: Clock) -> None:
    desk, admin = desk_and_admin
    case_id = desk.register_complaint(admin, complaint()).case_ids[0]
    desk.close_case(admin, case_id, Outcome.BUKAN_KEWENANGAN.value, "Wewenang RSUD")
    with pytest.raises(NotAllowedError, match="sudah ditutup"):
        desk.complete_step(admin, case_id, step_id="s2")
    with pytest.raises(InputError, match="alasan"):
        desk.reopen(admin, case_id, "")
    desk.reopen(admin, case_id, "Pelapor mengirim bukti baru")
    state = desk.case_detail(case_id, admin).state
    assert state.status is CaseStatus.OPEN
    assert state.current_step_id == "s2"


def test_completing_the_last_step_closes_the_case(tmp_path: Path, clock: Clock) -> None:
    desk, admin = make_desk(tmp_path / "ambon", clock, sop_id="ambon")
    case_id = desk.register_complaint(admin, complaint()).case_ids[0]
    sop = desk.active_sop()
    for _step in sop.steps:
        state = desk.case_detail(case_id, admin).state
        if state.status is CaseStatus.CLOSED:
            break
        desk.complete_step(admin, case_id, step_id=state.current_step_id)
    state = desk.case_detail(case_id, admin).state
    assert state.status is CaseStatus.CLOSED
    assert state.outcome == Outcome.SELESAI.value


def test_pimpinan_sees_rahasia_masked_and_cannot_write(
    desk_and_admin: tuple[Desk, User],
) -> None:
    desk, admin = desk_and_admin
    case_id = desk.register_complaint(
        admin, complaint(pelapor=PartyForm("Rina Rahasia", rahasia=True))
    ).case_ids[0]
    head = desk.save_user(admin, UserForm("dr. Kepala", Role.PIMPINAN, pin="9999"))
    [row] = desk.list_cases(CaseQuery(), head.role)
    assert row.pelapor == MASKED_NAME
    assert desk.list_cases(CaseQuery(), Role.PETUGAS)[0].pelapor == "Rina Rahasia"
    detail = desk.case_detail(case_id, head)
    assert detail.pelapor_display == MASKED_NAME
    assert detail.actions == ()
    with pytest.raises(NotAllowedError, match="hanya dapat melihat"):
        desk.add_note(head, case_id, "catatan")


def test_search_is_accent_insensitive_and_filters_combine(
    desk_and_admin: tuple[Desk, User], clock: Clock
) -> None:
    desk, admin = desk_and_admin
    desk.register_complaint(admin, complaint(pelapor=PartyForm("Sulastrí Wulandari")))
    desk.register_complaint(admin, complaint(perihal="Obat kosong di apotek"))
    found = desk.list_cases(CaseQuery(search="sulastri"), Role.ADMIN)
    assert [row.pelapor for row in found] == ["Sulastrí Wulandari"]
    assert len(desk.list_cases(CaseQuery(search="ADU 2026 0002"), Role.ADMIN)) == 1
    assert desk.list_cases(CaseQuery(search="apot"), Role.ADMIN)[0].perihal.startswith("Obat")
    assert desk.count_cases(CaseQuery(overdue=True)) == 0
    clock.moment = datetime(2026, 3, 17, 11, 0)  # step 2 (1 Jam) ran out at 10:30
    overdue = desk.list_cases(CaseQuery(overdue=True), Role.ADMIN)
    assert len(overdue) == 2 and all(row.overdue for row in overdue)
    assert desk.count_cases(CaseQuery(overdue=True, search="obat")) == 1
    assert desk.dashboard().overdue_per_lane == {"tu": 2}


def test_case_keeps_the_sop_revision_it_started_under(
    desk_and_admin: tuple[Desk, User],
) -> None:
    desk, admin = desk_and_admin
    old_case = desk.register_complaint(admin, complaint()).case_ids[0]
    old_digest = desk.active_sop_digest()
    desk.adopt_sop(admin, template_text("belitung"), "belitung.yaml")
    new_case = desk.register_complaint(admin, complaint()).case_ids[0]
    assert desk.case_detail(old_case, admin).sop.id == "jambi-provinsi"
    assert desk.case_detail(new_case, admin).sop.id == "belitung"
    assert desk.case_detail(old_case, admin).state.sop_digest == old_digest


def test_rebuild_gives_the_same_projection(desk_and_admin: tuple[Desk, User], clock: Clock) -> None:
    desk, admin = desk_and_admin
    ids = [desk.register_complaint(admin, complaint()).case_ids[0] for _ in range(3)]
    desk.complete_step(admin, ids[0], step_id="s2")
    desk.pause(admin, ids[1])
    desk.close_case(admin, ids[2], Outcome.DITERUSKAN.value)
    before = snapshot(desk)
    assert desk.rebuild() == 3
    assert snapshot(desk) == before


def snapshot(desk: Desk) -> list[tuple[object, ...]]:
    with desk.reading() as session:
        rows = session.execute(select(CaseRow).order_by(CaseRow.case_id)).scalars()
        return [
            tuple(getattr(row, column.key) for column in CaseRow.__table__.columns) for row in rows
        ]


def test_every_event_records_its_author(desk_and_admin: tuple[Desk, User]) -> None:
    desk, admin = desk_and_admin
    desk.register_complaint(admin, complaint())
    with desk.reading() as session:
        authors = set(session.execute(select(EventRow.author)).scalars())
    assert authors == {admin.user_id}


def test_working_day_deadline_of_every_template_step(tmp_path: Path, clock: Clock) -> None:
    """Every seed template's time standards produce due times on working days."""
    from desktop.models.sop_loader import load_bundled

    desk, _ = make_desk(tmp_path / "d", clock)
    start = datetime(2026, 3, 17, 10, 0)
    for sop in load_bundled():
        for step in sop.steps:
            if step.duration is None:
                continue
            due = desk.calendar.due(start, step.duration, calendar_days_default=sop.calendar_days)
            assert due > start
            assert desk.calendar.is_working_day(due.date())
            assert due - start < timedelta(days=120)


def test_search_by_nomor_agenda_prefix(desk_and_admin: tuple[Desk, User]) -> None:
    desk, admin = desk_and_admin
    for _ in range(12):
        desk.register_complaint(admin, complaint())
    found = desk.list_cases(CaseQuery(search="ADU/2026/TU1/001"), Role.ADMIN)
    assert sorted(row.nomor_agenda for row in found) == [
        "ADU/2026/TU1/0010",
        "ADU/2026/TU1/0011",
        "ADU/2026/TU1/0012",
    ]
    assert desk.count_cases(CaseQuery(search="ADU/2026/TU1/0007")) == 1


def test_the_last_admin_cannot_be_demoted_or_deactivated(
    desk_and_admin: tuple[Desk, User],
) -> None:
    desk, admin = desk_and_admin
    for form in (
        UserForm("Siti Aminah", Role.PETUGAS),
        UserForm("Siti Aminah", Role.ADMIN, active=False),
    ):
        with pytest.raises(InputError, match="paling sedikit satu admin"):
            desk.save_user(admin, form, admin.user_id)
    other = desk.save_user(admin, UserForm("Rudi", Role.ADMIN, pin="4321"))
    desk.save_user(other, UserForm("Siti Aminah", Role.PETUGAS), admin.user_id)
    assert desk.user(admin.user_id).role is Role.PETUGAS
    assert desk.authenticate(admin.user_id, "123456").role is Role.PETUGAS  # PIN kept


def test_many_complaints_received_in_the_same_second_all_save_and_search(
    desk_and_admin: tuple[Desk, User],
) -> None:
    """Clerks type the minute, not the second: a batch shares one received time."""
    from desktop.models import projection

    desk, admin = desk_and_admin
    moment = datetime(2026, 3, 17, 9, 0)
    first = desk.register_complaint(admin, complaint(received_at=moment)).case_ids[0]
    # Force the worst case: every later case wants the same full-text rowid as the first.
    wanted = projection.search_rowid(first, moment)
    original = projection.search_rowid
    projection.search_rowid = lambda case_id, received_at: wanted  # type: ignore[assignment]
    try:
        for _ in range(5):
            desk.register_complaint(admin, complaint(received_at=moment))
    finally:
        projection.search_rowid = original  # type: ignore[assignment]
    assert desk.count_cases(CaseQuery(search="Kebun Kopi")) == 6
    assert desk.rebuild() == 6
    assert desk.count_cases(CaseQuery(search="Kebun Kopi")) == 6
