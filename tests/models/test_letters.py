"""Letters on a real desk: numbering per PC, versions and the sent mark as events, templates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models.accounts import User, UserForm
from desktop.models.desk import Desk, event_from_row
from desktop.models.events import Event
from desktop.models.letters import (
    LetterKind,
    LetterNumberFormat,
    LetterSettings,
    check_template,
    default_template,
    letter_format_problem,
    redact,
    render_template,
    sample_variables,
    template_variables,
)
from desktop.models.problems import InputError, NotAllowedError
from desktop.models.registration import ComplaintForm, PartyForm
from desktop.models.tables import EventRow
from desktop.models.vocabulary import Role

from .conftest import Clock, make_desk

PELAPOR = "Budi Santoso"


def add_official(desk: Desk, admin: User) -> User:
    return desk.save_user(
        admin,
        UserForm(
            "dr. Hendra Saputra, M.Kes",
            Role.PIMPINAN,
            pin="1111",
            nip="197001011995031001",
            jabatan="Kepala Dinas Kesehatan Provinsi Jambi",
            pangkat="Pembina Utama Muda (IV/c)",
        ),
    )


def register(desk: Desk, admin: User, *, rahasia: bool = False) -> str:
    change = desk.register_complaint(
        admin,
        ComplaintForm(
            "whatsapp",
            datetime(2026, 3, 16, 9, 0),
            PartyForm(PELAPOR, "081234567890", "Jl. Melati No. 5", rahasia=rahasia),
            "Antrean puskesmas terlalu lama",
            "Menunggu tiga jam di loket pendaftaran.",
            terlapor=PartyForm("UPTD Puskesmas Kenali Besar", alamat="Jl. Pattimura 12"),
        ),
    )
    return change.case_ids[0]


@pytest.fixture
def office(desk_and_admin: tuple[Desk, User]) -> tuple[Desk, User, User, str]:
    desk, admin = desk_and_admin
    official = add_official(desk, admin)
    return desk, admin, official, register(desk, admin)


def test_two_pcs_never_give_the_same_number(tmp_path: Path, clock: Clock) -> None:
    numbers: dict[str, set[str]] = {}
    for code in ("TU1", "TU2"):
        desk, admin = make_desk(tmp_path / code, clock, code=code)
        add_official(desk, admin)
        case_id = register(desk, admin)
        found = set()
        for kind in ("balasan", "terlapor", "penerusan", "balasan", "terlapor"):
            form = desk.default_letter_form(case_id, kind, admin, hasil="Sudah ditindaklanjuti.")
            found.add(desk.draft_letter(admin, case_id, form).nomor_surat)
        desk.close()
        assert len(found) == 5
        numbers[code] = found
    assert not numbers["TU1"] & numbers["TU2"]
    assert "000.8.3.4/TU1-001/Dinkes/2026" in numbers["TU1"]
    assert "000.8.3.4/TU2-005/Dinkes/2026" in numbers["TU2"]


def test_new_version_keeps_its_number_and_the_next_letter_gets_a_new_one(
    office: tuple[Desk, User, User, str],
) -> None:
    desk, admin, _, case_id = office
    form = desk.default_letter_form(case_id, "balasan", admin, hasil="Petugas sudah ditegur.")
    first = desk.draft_letter(admin, case_id, form)
    second = desk.draft_letter(admin, case_id, replace(form, hal="Jawaban"), first.letter_id)
    assert second.nomor_surat == first.nomor_surat
    other = desk.draft_letter(admin, case_id, form)
    assert other.nomor_surat not in {first.nomor_surat}
    assert other.nomor_surat.endswith("TU1-002/Dinkes/2026")
    letter = desk.letter(case_id, first.letter_id)
    assert [v.version for v in letter.versions] == [1, 2]
    assert letter.latest.hal == "Jawaban"
    assert desk.letter(case_id, first.nomor_surat).letter_id == first.letter_id


def test_versions_and_sent_mark_are_events_in_the_timeline(
    office: tuple[Desk, User, User, str], clock: Clock
) -> None:
    desk, admin, _, case_id = office
    form = desk.default_letter_form(case_id, "balasan", admin, hasil="Petugas sudah ditegur.")
    change = desk.draft_letter(admin, case_id, form)
    desk.draft_letter(admin, case_id, replace(form, lampiran="1 berkas"), change.letter_id)
    clock.moment = datetime(2026, 3, 20, 9, 0)
    desk.mark_letter_sent(admin, case_id, change.letter_id, date(2026, 3, 19))
    summaries = [entry.summary for entry in desk.case_detail(case_id, admin).timeline]
    nomor = change.nomor_surat
    assert f"Konsep surat balasan {nomor} versi 1: Tanggapan atas Pengaduan" in summaries
    assert f"Konsep surat balasan {nomor} versi 2: Tanggapan atas Pengaduan" in summaries
    assert f"Surat {nomor} dikirim 19 Maret 2026" in summaries
    desk.rebuild()
    letter = desk.letter(case_id, change.letter_id)
    assert letter.sent_on == date(2026, 3, 19) and letter.sent_version == 2


def test_a_sent_letter_refuses_edits_and_a_second_sent_mark(
    office: tuple[Desk, User, User, str],
) -> None:
    desk, admin, _, case_id = office
    form = desk.default_letter_form(case_id, "balasan", admin, hasil="Sudah diperbaiki.")
    change = desk.draft_letter(admin, case_id, form)
    desk.mark_letter_sent(admin, case_id, change.letter_id, date(2026, 3, 17))
    with pytest.raises(NotAllowedError, match="sudah dikirim 17 Maret 2026"):
        desk.draft_letter(admin, case_id, form, change.letter_id)
    with pytest.raises(NotAllowedError, match="sudah dikirim"):
        desk.mark_letter_sent(admin, case_id, change.letter_id, date(2026, 3, 17))


def test_unfilled_parts_may_be_saved_but_not_sent(office: tuple[Desk, User, User, str]) -> None:
    desk, admin, _, case_id = office
    form = desk.default_letter_form(case_id, "terlapor", admin)
    assert "[[tuliskan hasil pemeriksaan lapangan]]" in form.body
    change = desk.draft_letter(admin, case_id, form)
    with pytest.raises(InputError) as error:
        desk.mark_letter_sent(admin, case_id, change.letter_id, date(2026, 3, 17))
    assert "belum diisi" in error.value.problems["body"]


def test_validation_names_each_field(office: tuple[Desk, User, User, str]) -> None:
    desk, admin, _, case_id = office
    form = desk.default_letter_form(case_id, "balasan", admin, hasil="x")
    bad = replace(
        form,
        hal=" ",
        kepada=("",),
        body="",
        penandatangan="",
        tanggal=date(2026, 3, 1),
        sifat="kilat",
    )
    with pytest.raises(InputError) as error:
        desk.draft_letter(admin, case_id, bad)
    assert set(error.value.problems) == {
        "hal",
        "kepada",
        "body",
        "penandatangan",
        "tanggal",
        "sifat",
    }
    assert "sebelum pengaduan diterima" in error.value.problems["tanggal"]
    # nothing written, no number used
    assert desk.letters(case_id) == []
    assert desk.next_letter_nomor(date(2026, 3, 17)).endswith("TU1-001/Dinkes/2026")


def test_signatory_snapshot_survives_a_later_change_of_rank(
    office: tuple[Desk, User, User, str],
) -> None:
    desk, admin, official, case_id = office
    form = desk.default_letter_form(case_id, "balasan", admin, hasil="x")
    assert form.penandatangan == official.user_id
    change = desk.draft_letter(admin, case_id, form)
    desk.save_user(
        admin,
        UserForm(
            official.name,
            Role.PIMPINAN,
            nip=official.nip,
            jabatan="Staf Ahli",
            pangkat="Pembina Utama Madya (IV/d)",
        ),
        user_id=official.user_id,
    )
    signer = desk.letter(case_id, change.letter_id).latest.penandatangan
    assert signer.jabatan == "Kepala Dinas Kesehatan Provinsi Jambi"
    assert signer.pangkat == "Pembina Utama Muda (IV/c)"
    assert signer.nip == "197001011995031001"


def test_officials_are_users_with_a_jabatan_head_first(
    office: tuple[Desk, User, User, str],
) -> None:
    desk, admin, official, _ = office
    sekretaris = desk.save_user(
        admin, UserForm("Ahmad", Role.PETUGAS, pin="2222", jabatan="Sekretaris")
    )
    assert [u.user_id for u in desk.officials()] == [official.user_id, sekretaris.user_id]
    assert admin.user_id not in {u.user_id for u in desk.officials()}


def test_sekretaris_signs_atas_nama_the_head(office: tuple[Desk, User, User, str]) -> None:
    desk, admin, _, case_id = office
    sekretaris = desk.save_user(
        admin, UserForm("Ahmad", Role.PETUGAS, pin="2222", jabatan="Sekretaris")
    )
    form = desk.default_letter_form(
        case_id, "balasan", admin, hasil="x", penandatangan=sekretaris.user_id
    )
    assert form.atas_nama == "Kepala Dinas Kesehatan Provinsi Jambi"


def test_rahasia_complainant_is_masked_in_letters_that_leave_the_team(
    desk_and_admin: tuple[Desk, User],
) -> None:
    desk, admin = desk_and_admin
    add_official(desk, admin)
    case_id = register(desk, admin, rahasia=True)
    reply = desk.default_letter_form(case_id, "balasan", admin, hasil="x")
    assert f"Sdr. {PELAPOR}" in reply.kepada
    for kind in ("terlapor", "penerusan"):
        form = desk.default_letter_form(case_id, kind, admin, hasil="x", instansi="Dinkes Kota")
        text = " ".join((form.hal, *form.kepada, form.body, *form.tembusan))
        assert PELAPOR not in text
        assert "Jl. Melati" not in text and "0812" not in text
        assert "Pelapor (identitas dirahasiakan)" in form.tembusan
        typed = replace(form, body=form.body + f"\n\nPelapor {PELAPOR.upper()} menunggu.")
        with pytest.raises(InputError) as error:
            desk.draft_letter(admin, case_id, typed)
        assert "dirahasiakan" in error.value.problems["body"]


def test_pimpinan_cannot_draft(office: tuple[Desk, User, User, str]) -> None:
    desk, admin, official, case_id = office
    form = desk.default_letter_form(case_id, "balasan", admin, hasil="x")
    with pytest.raises(NotAllowedError):
        desk.draft_letter(official, case_id, form)


def _case_events(desk: Desk, case_id: str | None = None) -> list[Event]:
    with desk.reading() as session:
        statement = select(EventRow)
        if case_id is not None:
            statement = statement.where(EventRow.case_id == case_id)
        return [event_from_row(row) for row in session.execute(statement).scalars()]


def test_concurrent_versions_from_two_pcs_are_both_kept(tmp_path: Path, clock: Clock) -> None:
    first, admin = make_desk(tmp_path / "a", clock, code="TU1")
    second, other = make_desk(tmp_path / "b", clock, code="TU2")
    add_official(first, admin)
    case_id = register(first, admin)
    form = first.default_letter_form(case_id, "balasan", admin, hasil="x")
    letter_id = first.draft_letter(admin, case_id, form).letter_id
    second.ingest(_case_events(first))
    first.draft_letter(admin, case_id, replace(form, hal="Dari PC satu"), letter_id)
    second.draft_letter(other, case_id, replace(form, hal="Dari PC dua"), letter_id)
    first.ingest(_case_events(second, case_id))
    second.ingest(_case_events(first, case_id))
    for desk in (first, second):
        letter = desk.letter(case_id, letter_id)
        assert [v.version for v in letter.versions] == [1, 2, 3]
        assert {v.hal for v in letter.versions[1:]} == {"Dari PC satu", "Dari PC dua"}
        assert letter.versions[2].concurrent and not letter.versions[1].concurrent
    assert first.letter(case_id, letter_id).versions == second.letter(case_id, letter_id).versions
    first.close()
    second.close()


# -- numbering format and templates ----------------------------------------------------------


def test_letter_format_needs_device_and_number() -> None:
    assert letter_format_problem("{kode}/{nomor}/{unit}/{tahun}") is not None
    assert "tidak dikenal" in (letter_format_problem("{kode}/{perangkat}-{nomor}/{bulan}") or "")
    assert letter_format_problem("{kode/{nomor}") is not None
    assert (
        LetterNumberFormat().render(
            kode="000.8.3.4", device_code="TU1", number=7, unit="Dinkes", year=2026
        )
        == "000.8.3.4/TU1-007/Dinkes/2026"
    )


def test_office_letter_settings_change_the_number(office: tuple[Desk, User, User, str]) -> None:
    desk, admin, _, case_id = office
    with pytest.raises(InputError) as error:
        desk.configure_letters(admin, LetterSettings(number_format="{nomor}/{tahun}"))
    assert "{perangkat}" in error.value.problems["letter_format"]
    desk.configure_letters(
        admin,
        LetterSettings(
            number_format="{kode}/{nomor:04d}.{perangkat}/{unit}/{tahun}",
            unit="Dinkes-Yankes",
            kode_klasifikasi="400.14",
        ),
    )
    form = desk.default_letter_form(case_id, "balasan", admin, hasil="x")
    assert form.kode_klasifikasi == "400.14"
    nomor = desk.draft_letter(admin, case_id, form).nomor_surat
    assert nomor == "400.14/0001.TU1/Dinkes-Yankes/2026"


def test_unknown_placeholder_is_an_indonesian_error() -> None:
    text = default_template("balasan").replace("{{ perihal }}", "{{ perihal_aduan }}")
    with pytest.raises(InputError) as error:
        check_template(text)
    message = error.value.problems["template"]
    assert "isian yang tidak dikenal: {{ perihal_aduan }}" in message
    with pytest.raises(InputError, match="salah tulis di baris"):
        check_template("{% block hal %}{{ hal {% endblock %}")
    with pytest.raises(InputError, match="tidak memuat bagian"):
        check_template("{% block hal %}x{% endblock %}")
    with pytest.raises(InputError, match="tidak diizinkan"):
        render_template(
            "{% block hal %}{{ ''.__class__.__mro__ }}{% endblock %}"
            "{% block kepada %}x{% endblock %}{% block isi %}x{% endblock %}",
            sample_variables(),
        )


def test_every_default_template_uses_only_documented_placeholders() -> None:
    names = {item.name for item in template_variables()}
    assert {"nomor_agenda", "tanggal_terima", "saluran", "perihal", "pelapor"} <= names
    for kind in LetterKind:
        check_template(default_template(kind))


def test_office_template_is_used_and_checked(office: tuple[Desk, User, User, str]) -> None:
    desk, admin, _, case_id = office
    with pytest.raises(InputError):
        desk.set_letter_template(admin, "balasan", "{% block hal %}{{ salah }}{% endblock %}")
    custom = default_template("balasan").replace(
        "Tanggapan atas Pengaduan", "Jawaban {{ perihal }}"
    )
    desk.set_letter_template(admin, "balasan", custom)
    form = desk.default_letter_form(case_id, "balasan", admin, hasil="x")
    assert form.hal == "Jawaban Antrean puskesmas terlalu lama"
    desk.set_letter_template(admin, "balasan", "")
    assert desk.letter_template("balasan") == default_template("balasan")


def test_redact_matches_whole_words_in_any_case() -> None:
    assert redact("Sdr. BUDI  Santoso datang", ("Budi Santoso",)) == "Sdr. (dirahasiakan) datang"
    assert redact("Budiman", ("Budi",)) == "Budiman"
