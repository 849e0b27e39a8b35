"""The six bundled SOP templates: they load, and the source texts survived into them."""

from __future__ import annotations

import pytest

from desktop.models.duration import DayBasis, DurationParseError, DurationUnit, parse_duration
from desktop.models.sop import DeadlineAction, DocumentKind, Sop, Step, Symbol
from desktop.models.sop_loader import bundled_template_files, load_bundled

EXPECTED_IDS = {
    "ambon",
    "belitung",
    "jambi-provinsi",
    "oku-selatan-internal",
    "oku-selatan-lapor",
    "tanjung-jabung-barat",
}

# Steps a template adds for a sound flow (an end the source does not draw) are numbered "-".
ADDED_STEP_NUMBER = "-"


@pytest.fixture(scope="module")
def templates() -> dict[str, Sop]:
    return {sop.id: sop for sop in load_bundled()}


def source_steps(sop: Sop) -> list[Step]:
    return [step for step in sop.steps if step.number != ADDED_STEP_NUMBER]


def all_text(sop: Sop) -> str:
    parts = [
        f"{step.activity}\n{step.kelengkapan}\n{step.output}\n{step.keterangan}"
        for step in sop.steps
    ]
    return "\n".join(parts)


def branches(step: Step) -> dict[str, str]:
    return {branch.label: branch.to for branch in step.next}


def test_exactly_six_bundled_templates_load(templates: dict[str, Sop]) -> None:
    assert set(templates) == EXPECTED_IDS
    assert len(bundled_template_files()) == 6


def test_template_id_is_file_stem() -> None:
    stems = {entry.name.rsplit(".", 1)[0] for entry in bundled_template_files()}
    assert stems == {sop.id for sop in load_bundled()}


@pytest.mark.parametrize(
    ("sop_id", "numbers"),
    [
        ("jambi-provinsi", [str(n) for n in range(1, 12)]),
        ("belitung", [str(n) for n in range(1, 10)]),
        ("oku-selatan-internal", [str(n) for n in range(1, 9)]),
        ("oku-selatan-lapor", ["1", "2", "3"]),
        ("ambon", list("abcdefgh")),
        ("tanjung-jabung-barat", [str(n) for n in range(1, 7)]),
    ],
)
def test_source_steps_in_source_order(
    templates: dict[str, Sop], sop_id: str, numbers: list[str]
) -> None:
    assert [step.number for step in source_steps(templates[sop_id])] == numbers


def test_added_steps_are_marked(templates: dict[str, Sop]) -> None:
    added = {
        sop.id: [step.id for step in sop.steps if step.number == ADDED_STEP_NUMBER]
        for sop in templates.values()
    }
    assert added == {
        "ambon": [],
        "belitung": [],
        "jambi-provinsi": [],
        "oku-selatan-internal": ["kominfo-ambil-alih"],
        "oku-selatan-lapor": ["selesai"],
        "tanjung-jabung-barat": [],
    }
    for sop in templates.values():
        for step in sop.steps:
            if step.number == ADDED_STEP_NUMBER:
                assert step.keterangan.startswith("Langkah tambahan")
                assert step.is_end


@pytest.mark.parametrize(
    ("sop_id", "lanes"),
    [
        (
            "jambi-provinsi",
            [
                "Pemohon",
                "Bag. Tata Usaha",
                "Petugas Teknis",
                "Kepala Seksi",
                "Kepala Bidang",
                "Kepala OPD",
            ],
        ),
        (
            "belitung",
            ["Staf", "Kasi Alkes dan Datin", "Kepala Bidang", "Sekretaris", "Kepala Dinas"],
        ),
        ("oku-selatan-internal", ["Petugas Lapor", "Sekretaris", "Unit Terkait", "Kominfo"]),
        (
            "oku-selatan-lapor",
            [
                "Admin Pusat/Super Admin",
                "Admin Instansi (Kominfo Kabupaten OKU Selatan)",
                "Admin Penghubung (Dinkes Kabupaten OKU Selatan)",
            ],
        ),
        ("ambon", ["Petugas Penerima Aduan", "Tim Penanganan Pengaduan", "Unit Terkait"]),
        (
            "tanjung-jabung-barat",
            ["Pelapor", "Petugas Pengaduan", "Penanggung Jawab", "Sekdis/Kadis", "Lintas Program"],
        ),
    ],
)
def test_lanes_per_source(templates: dict[str, Sop], sop_id: str, lanes: list[str]) -> None:
    assert [lane.name for lane in templates[sop_id].lanes] == lanes


# Every waktu text in the seeds, as printed (OCR included) and as the templates read them.
SEED_WAKTU = [
    ("5 Menit", 5, 5, DurationUnit.MINUTES, None),
    ("10 Menit", 10, 10, DurationUnit.MINUTES, None),
    ("20 Menit", 20, 20, DurationUnit.MINUTES, None),
    ("30 Menit", 30, 30, DurationUnit.MINUTES, None),
    ("1 Jam", 60, 60, DurationUnit.MINUTES, None),
    ("1 jam", 60, 60, DurationUnit.MINUTES, None),
    ("3 Jam", 180, 180, DurationUnit.MINUTES, None),
    ("1 hari", 1, 1, DurationUnit.DAYS, None),
    ("1 Hari", 1, 1, DurationUnit.DAYS, None),
    ("3 Hari", 3, 3, DurationUnit.DAYS, None),
    ("7 Hari", 7, 7, DurationUnit.DAYS, None),
    ("13 Hari", 13, 13, DurationUnit.DAYS, None),
    ("13 H-ari", 13, 13, DurationUnit.DAYS, None),
    ("3-5 Hari", 3, 5, DurationUnit.DAYS, None),
    ("3-10 Hari", 3, 10, DurationUnit.DAYS, None),
    ("60 hari kerja", 60, 60, DurationUnit.DAYS, DayBasis.WORKING),
    ("10 hari kerja", 10, 10, DurationUnit.DAYS, DayBasis.WORKING),
]


@pytest.mark.parametrize(("text", "low", "high", "unit", "basis"), SEED_WAKTU)
def test_seed_waktu_parses(
    text: str, low: int, high: int, unit: DurationUnit, basis: DayBasis | None
) -> None:
    duration = parse_duration(text)
    assert (duration.low, duration.high, duration.unit, duration.basis) == (
        low,
        high,
        unit,
        basis,
    )


def test_ocr_three_point_five_days_is_not_a_time_standard() -> None:
    # The LAPOR table prints "3.5 Hari"; the template reads it as the range "3-5 Hari".
    with pytest.raises(DurationParseError):
        parse_duration("3.5 Hari")


@pytest.mark.parametrize(
    ("sop_id", "waktu"),
    [
        (
            "jambi-provinsi",
            "- | 1 Jam | 3 Hari | 1 Jam | 1 Jam | 7 Hari | 1 Jam | 1 Jam | 1 Jam | 1 Jam"
            " | 30 Menit",
        ),
        (
            "belitung",
            "5 Menit | 10 Menit | 10 Menit | 10 Menit | 5 Menit | 5 Menit | 5 Menit | 3 Jam"
            " | 1 Jam",
        ),
        (
            "oku-selatan-internal",
            "5 Menit | 5 Menit | 10 Menit | 1 hari | - | 1 Hari | - | 20 Menit",
        ),
        ("oku-selatan-lapor", "3 Hari | 3-5 Hari | 3-10 Hari"),
        ("ambon", " | ".join("-" * 8)),
        ("tanjung-jabung-barat", "- | 1 hari | 1 Hari | 1 hari | 1 Hari | 1 jam"),
    ],
)
def test_waktu_per_source_step(templates: dict[str, Sop], sop_id: str, waktu: str) -> None:
    """``waktu`` lists each source step's time text, "|"-separated; "-" means none given."""
    steps = source_steps(templates[sop_id])
    assert [step.waktu or "-" for step in steps] == waktu.split(" | ")
    for step in steps:
        assert (step.duration is None) == (step.waktu == "")


def test_lapor_deadline_and_pause_rule(templates: dict[str, Sop]) -> None:
    lapor = templates["oku-selatan-lapor"]
    (deadline,) = lapor.deadlines
    assert deadline.id == "ombudsman"
    assert deadline.action is DeadlineAction.ESCALATE
    assert (deadline.parsed.low, deadline.parsed.unit, deadline.parsed.basis) == (
        60,
        DurationUnit.DAYS,
        DayBasis.WORKING,
    )
    assert "Ombudsman RI" in deadline.description
    (pause,) = lapor.pause_rules
    assert pause.id == "tanpa-tanggapan"
    assert pause.action is DeadlineAction.CLOSE
    assert (pause.parsed.low, pause.parsed.unit, pause.parsed.basis) == (
        10,
        DurationUnit.DAYS,
        DayBasis.WORKING,
    )
    assert pause.starts_at == "s3"
    assert "tidak ada tanggapan dari pelapor" in pause.description


def test_lapor_decisions(templates: dict[str, Sop]) -> None:
    lapor = templates["oku-selatan-lapor"]
    assert branches(lapor.step("s2")) == {
        "sesuai kewenangan": "s3",
        "tidak sesuai kewenangan": "s1",
    }
    assert branches(lapor.step("s3")) == {
        "sesuai kewenangan": "selesai",
        "tidak sesuai kewenangan": "s2",
    }
    assert lapor.step("s1").lane == "pusat"
    assert lapor.step("s2").lane == "instansi"
    assert lapor.step("s3").lane == "penghubung"


def test_jambi_lanes_follow_the_text(templates: dict[str, Sop]) -> None:
    jambi = templates["jambi-provinsi"]
    lanes = {step.number: jambi.lane(step.lane).name for step in jambi.steps}
    assert lanes == {
        "1": "Pemohon",
        "2": "Bag. Tata Usaha",
        "3": "Kepala OPD",
        "4": "Kepala Bidang",
        "5": "Kepala Seksi",
        "6": "Petugas Teknis",
        "7": "Petugas Teknis",
        "8": "Kepala Seksi",
        "9": "Kepala Bidang",
        "10": "Kepala OPD",
        "11": "Bag. Tata Usaha",
    }
    notes = "\n".join(jambi.source.notes)
    assert "Langkah 6: simbol pada sumber berada di kolom Bag. Tata Usaha" in notes
    assert "Kepala Bidang" in notes


def test_jambi_symbols_and_decisions(templates: dict[str, Sop]) -> None:
    jambi = templates["jambi-provinsi"]
    assert jambi.first_step.symbol is Symbol.TERMINATOR
    decisions = [step.number for step in jambi.steps if step.symbol is Symbol.DECISION]
    assert decisions == ["8", "9", "10"]
    assert branches(jambi.step("s8")) == {"disetujui": "s9", "perlu koreksi": "s7"}
    assert branches(jambi.step("s10"))["disetujui dan ditandatangani"] == "s11"
    last = jambi.step("s11")
    assert last.is_end
    assert last.symbol is Symbol.ARCHIVE
    assert last.output == "Penyimpanan arsip"


def test_jambi_texts_survived(templates: dict[str, Sop]) -> None:
    jambi = templates["jambi-provinsi"]
    assert "pedoman teknis" in jambi.step("s6").kelengkapan
    assert jambi.step("s6").output == "Laporan Hasil Pemeriksaan"
    assert "mediasi berkoordinasi dengan atasan dan pejabat daerah setempat" in (
        jambi.step("s6").activity
    )
    assert "Memberikan koreksi dan persetujuan draft awal" in jambi.step("s8").activity
    assert jambi.step("s2").kelengkapan == (
        "Agenda surat masuk, lembar disposisi surat ke Kepala OPD, surat pengaduan"
    )
    assert jambi.step("s10").output == "Dokumen surat yang telah ditandatangani"


def test_jambi_documents(templates: dict[str, Sop]) -> None:
    jambi = templates["jambi-provinsi"]
    assert DocumentKind.TANDA_TERIMA in jambi.step("s1").documents
    assert {DocumentKind.SURAT, DocumentKind.TEMBUSAN} <= set(jambi.step("s7").documents)
    assert {DocumentKind.SURAT, DocumentKind.TEMBUSAN, DocumentKind.ARSIP} <= set(
        jambi.step("s11").documents
    )
    for step_id in ("s2", "s3", "s4", "s5"):
        assert DocumentKind.DISPOSISI in jambi.step(step_id).documents


def test_belitung_identity(templates: dict[str, Sop]) -> None:
    identity = templates["belitung"].identity
    assert identity.tanggal_pembuatan == "1 Juli 2019"
    assert "2 Agustus 2019" in (identity.tanggal_revisi, identity.tanggal_efektif)
    assert identity.disahkan_oleh.nama == "dr. SUHANDRI, Sp. OG"
    assert identity.disahkan_oleh.pangkat == "Pembina Utama Muda"
    assert identity.disahkan_oleh.nip.replace(" ", "") == "196804191992032004"
    assert len(identity.dasar_hukum) == 4
    assert len(identity.kualifikasi_pelaksana) == 3
    assert identity.keterkaitan == ("SOP Penanganan Surat Masuk",)
    assert identity.peralatan == ("Adanya Pelayanan Publik", "ATK", "Komputer dan Printer")
    assert "akan tertunda" in identity.peringatan


def test_belitung_columns_and_lanes(templates: dict[str, Sop]) -> None:
    belitung = templates["belitung"]
    first = belitung.step("s1")
    assert first.kelengkapan.startswith("Surat Masuk/Email/")
    assert "Instagram, Website" in first.kelengkapan
    assert first.waktu == "5 Menit"
    assert first.output == "Surat Masuk yang dilengkapi disposisi"
    assert first.keterangan == "Terkait Penanganan Surat SOP"
    lanes = [step.lane for step in belitung.steps]
    assert lanes == [
        "staf",
        "kasi",
        "sekretaris",
        "kadis",
        "sekretaris",
        "kabid",
        "staf",
        "kabid",
        "kasi",
    ]
    assert "Telaah Staf" in belitung.step("s2").activity
    assert belitung.step("s8").output == "Jawaban Aduan"
    assert "SATIN" in "\n".join(belitung.source.notes)


def test_oku_internal_texts_and_branch(templates: dict[str, Sop]) -> None:
    oku = templates["oku-selatan-internal"]
    reply = (
        "Baik, informasi pengaduan Yang Bapak/Ibu kirim akan segera kami tindak lanjuti ke "
        "unit terkait dan akan kami berikan informasi lanjutan, terima kasih"
    )
    assert f'"{reply}"' in oku.step("s3").activity
    assert "akan kami berikan informasi lanjutan" in oku.step("s3").activity
    check = oku.step("s4")
    assert check.symbol is Symbol.DECISION
    assert branches(check) == {"lengkap": "s5", "tidak lengkap": "kominfo-ambil-alih"}
    assert oku.step("kominfo-ambil-alih").lane == "kominfo"
    assert oku.identity.nomor == "004/SOP/DINKES/2022"
    assert oku.identity.tanggal_pembuatan == "4 Januari 2022"
    assert len(oku.identity.dasar_hukum) == 9
    assert "Kesehatan" in oku.identity.disahkan_oleh.jabatan
    assert "Kegehatan" not in oku.identity.disahkan_oleh.jabatan
    notes = "\n".join(oku.source.notes)
    assert '"e"' in notes
    assert '"Wi"' in notes


def test_ambon_narrative(templates: dict[str, Sop]) -> None:
    ambon = templates["ambon"]
    assert ambon.source.form == "naratif"
    assert ambon.identity.nomor == "SOP/493/09/2022"
    assert ambon.identity.disahkan_oleh.nip == "19680424 200003 2 008"
    assert ambon.identity.dokumen_terkait == ("Register Pengaduan",)
    assert len(ambon.identity.unit_terkait) == 4
    assert len(ambon.identity.pengertian) == 2
    assert ambon.step("a").activity.startswith("Petugas penerima aduan menerima aduan")
    assert "Surat Dinas dan Sosial Media" in ambon.step("h").activity
    assert [step.lane for step in ambon.steps] == ["petugas"] * 3 + ["tim"] * 5


TJB_NARRATIVE = [
    "Melihat dan membuka akun media Sosial Dinas Kesehatan Kabupaten Tanjung Jabung Barat "
    "setiap hari.",
    "Mencetak atau membuat screen shoots dari Laporan Pengaduan Masyarakat.",
    "Mencatat hasil Saran/Pengaduan pada Buku Registrasi.",
    "Memverifikasi Pengaduan Masyarakat yang diterima melalui Media Sosial.",
    "Melaporkan Hasil Pengaduan Masyarakat ke Kepala Dinas melalui Sekretaris Dinas Kesehatan.",
    "Meneruskan disposisi kepada Kepala Bidang sesuai dengan jenis/bidang aduan",
    "Menerima disposisi dari Ka. OPD dan mendisposisikan surat pengaduan kepada "
    "Sub.koordinator sesuai dengan jenis/bidang aduan",
    "Menerima tembusan hasil tindak lanjut/respon terhadap Saran/Pengaduan",
]

TJB_ROWS = [
    "Menyampaikan pengaduan melalui: - Media Sosial (E-mail, Facebook, dll)",
    "Melihat Media Sosial",
    "Mencatat identitas pelapor dan atau permasalahan yang disarankan/ diadukan ke dalam buku "
    "pengaduan",
    "Meregistrasi saran/ pengaduan tersebut",
    "Melaporkan kepada penanggungjawab",
    "Mencermati materi permasalahan pengaduan yang disampaikan petugas",
    "Monitoring dan evaluasi pelayanan pengaduan setiap minggu",
    "Menyampaikan kepada Kadis melalui Sekdis",
    "Kadis/Sekdis mendisposisi sesuai dengan Bidang yang terkait dengan masalah pengaduan",
    "Melakukan tindakan yang diperlukan sesuai prosedur",
    "Menindaklanjuti pengaduan",
    "Pengarsipan",
]


@pytest.mark.parametrize(("letter", "sentence"), list(zip("abcdefgh", TJB_NARRATIVE, strict=True)))
def test_tjb_narrative_survives(templates: dict[str, Sop], letter: str, sentence: str) -> None:
    assert f"{letter}. {sentence}" in all_text(templates["tanjung-jabung-barat"])


@pytest.mark.parametrize("text", TJB_ROWS)
def test_tjb_row_texts_survive(templates: dict[str, Sop], text: str) -> None:
    assert text in all_text(templates["tanjung-jabung-barat"])


def test_tjb_structure(templates: dict[str, Sop]) -> None:
    tjb = templates["tanjung-jabung-barat"]
    assert "setiap minggu" in tjb.step("s3").keterangan
    assert "setiap minggu" not in tjb.step("s3").activity
    last = tjb.steps[-1]
    assert last.activity == "Pengarsipan"
    assert last.symbol is Symbol.ARCHIVE
    assert last.is_end
    assert tjb.identity.nomor == "02/SOP/2022"
    assert tjb.identity.tanggal_efektif == "Maret 2022"
    assert tjb.identity.disahkan_oleh.nip == "19620318 198901 2 002"
    assert tjb.identity.peralatan == ("ATK", "Laptop/komputer")
    assert len(tjb.identity.unit_terkait) == 5


@pytest.mark.parametrize("sop_id", sorted(EXPECTED_IDS))
def test_every_template_is_documented(templates: dict[str, Sop], sop_id: str) -> None:
    sop = templates[sop_id]
    assert sop.source.notes
    assert all(note.strip() for note in sop.source.notes)
    assert sop.source.file.endswith(".txt")
    assert sop.source.form
    assert sop.identity.nama_sop
    assert sop.first_step.symbol is Symbol.TERMINATOR or sop.id == "oku-selatan-lapor"
    assert any(step.is_end for step in sop.steps)


@pytest.mark.parametrize("sop_id", sorted(EXPECTED_IDS))
def test_every_lane_is_used(templates: dict[str, Sop], sop_id: str) -> None:
    sop = templates[sop_id]
    used = {step.lane for step in sop.steps} | {
        lane for step in sop.steps for lane in step.also_lanes
    }
    assert used == {lane.id for lane in sop.lanes}
