"""Surat dinas of a case: kinds, numbering, default texts from templates, and the folded letters.

A letter is a series of immutable versions (``case.letter-drafted`` events) under one
``letter_id`` and one nomor surat, plus at most one ``case.letter-sent`` mark. The nomor is
handed out when the first version is saved, from this PC's own counter with the PC's code in it,
so two PCs working apart never give two letters the same number, and a number is never reused.

Default texts are Jinja2 templates (``resources/letters/<kind>.j2``, or the office's own) with
the blocks ``hal``, ``kepada``, ``di``, ``isi``, ``tembusan`` and ``lampiran``. They run in a
sandbox with strict placeholders: a misspelled ``{{ pelaporr }}`` is an Indonesian error naming
it, never a silent blank in a letter that leaves the office.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from desktop.models.problems import InputError
from desktop.models.vocabulary import Sifat

if TYPE_CHECKING:
    from desktop.models.case_fold import CaseState
    from desktop.models.office import OfficeProfile

DEFAULT_LETTER_FORMAT = "{kode}/{perangkat}-{nomor:03d}/{unit}/{tahun}"
DEFAULT_UNIT = "Dinkes"
DEFAULT_KODE_KLASIFIKASI = "000.8.3.4"
"""Permendagri 83/2022: Pelayanan Publik - Pengaduan."""
FORMAT_FIELDS = {"kode", "perangkat", "nomor", "unit", "tahun"}

MASKED_PELAPOR = "Pelapor (identitas dirahasiakan)"
"""How a *rahasia* complainant is named on paper that leaves the complaint team."""
MASKED_TEXT = "(dirahasiakan)"
UNFILLED = re.compile(r"\[\[[^\]]*\]\]")
"""``[[ ... ]]``: a part of a default text the clerk still has to write."""


class LetterKind(StrEnum):
    BALASAN = "balasan"
    TERLAPOR = "terlapor"
    PENERUSAN = "penerusan"

    @property
    def label(self) -> str:
        return LETTER_KIND_LABELS[self]

    @property
    def leaves_team(self) -> bool:
        """Whether the letter itself goes to someone other than the complainant."""
        return self is not LetterKind.BALASAN


LETTER_KIND_LABELS = {
    LetterKind.BALASAN: "Balasan kepada pelapor",
    LetterKind.TERLAPOR: "Surat kepada terlapor (hasil pemeriksaan)",
    LetterKind.PENERUSAN: "Penerusan ke instansi lain",
}


# -- numbering ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LetterNumberFormat:
    """``kode klasifikasi/nomor urut/unit/tahun``, the nomor urut carrying the PC's code."""

    pattern: str = DEFAULT_LETTER_FORMAT

    def __post_init__(self) -> None:
        problem = letter_format_problem(self.pattern)
        if problem:
            raise InputError.single("letter_format", problem)

    def render(self, *, kode: str, device_code: str, number: int, unit: str, year: int) -> str:
        return self.pattern.format(
            kode=kode, perangkat=device_code, nomor=number, unit=unit, tahun=year
        )


def letter_format_problem(pattern: str) -> str | None:
    """Why ``pattern`` cannot number letters (Indonesian), or ``None``."""
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
    except ValueError:
        return "Format nomor surat tidak valid (periksa tanda kurung kurawal)."
    if names - FORMAT_FIELDS:
        unknown = ", ".join(sorted(names - FORMAT_FIELDS))
        return f"Format nomor surat memakai isian yang tidak dikenal: {unknown}."
    if not {"perangkat", "nomor"} <= names:
        return (
            "Format nomor surat harus memuat {perangkat} dan {nomor} agar tidak bentrok dengan "
            "PC lain, misalnya " + DEFAULT_LETTER_FORMAT + "."
        )
    try:
        pattern.format(kode="000.8.3.4", perangkat="TU1", nomor=1, unit="Dinkes", tahun=2026)
    except (ValueError, KeyError, IndexError) as error:
        return f"Format nomor surat tidak valid: {error}"
    return None


@dataclass(frozen=True, slots=True)
class LetterSettings:
    """The office's letter numbering and defaults (office settings, newest value wins)."""

    number_format: str = DEFAULT_LETTER_FORMAT
    unit: str = DEFAULT_UNIT
    kode_klasifikasi: str = DEFAULT_KODE_KLASIFIKASI

    def check(self) -> None:
        problems: dict[str, str] = {}
        problem = letter_format_problem(self.number_format)
        if problem:
            problems["letter_format"] = problem
        if not self.unit.strip() or "/" in self.unit:
            problems["letter_unit"] = "Isi kode unit pengolah tanpa garis miring, misalnya Dinkes."
        if not self.kode_klasifikasi.strip():
            problems["letter_kode"] = "Isi kode klasifikasi arsip, misalnya 000.8.3.4."
        if problems:
            raise InputError(problems)


# -- what a clerk types ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LetterForm:
    """One version of a letter as the editor shows it.

    ``kepada`` holds the addressee lines after "Yth." (name or office, then address lines);
    ``di`` the place under "di" (empty: no "di" line). ``penandatangan`` is a user id (see
    :meth:`Desk.officials`); ``atas_nama`` adds an "a.n." line above the jabatan. The
    ``kode_klasifikasi`` only matters for the first version, when the number is handed out.
    """

    kind: str
    hal: str
    kepada: tuple[str, ...]
    body: str
    penandatangan: str
    tanggal: date
    tempat: str = ""
    di: str = ""
    sifat: str = Sifat.BIASA.value
    lampiran: str = ""
    tembusan: tuple[str, ...] = ()
    atas_nama: str = ""
    kode_klasifikasi: str = ""


def check_letter_form(form: LetterForm, *, received: date) -> dict[str, str]:
    """Problems with ``form`` by field (empty when it can be saved)."""
    problems: dict[str, str] = {}
    if form.kind not in LetterKind._value2member_map_:
        problems["kind"] = "Jenis surat harus balasan, terlapor atau penerusan."
    if not form.hal.strip():
        problems["hal"] = "Isi hal (perihal) surat."
    if not [line for line in form.kepada if line.strip()]:
        problems["kepada"] = "Isi kepada siapa surat ditujukan (baris setelah 'Yth.')."
    if not form.body.strip():
        problems["body"] = "Isi surat masih kosong."
    if not form.penandatangan.strip():
        problems["penandatangan"] = "Pilih pejabat penandatangan surat."
    if form.tanggal < received:
        problems["tanggal"] = (
            f"Tanggal surat sebelum pengaduan diterima ({received:%d-%m-%Y}); periksa tanggalnya."
        )
    if form.sifat not in Sifat._value2member_map_:
        problems["sifat"] = "Sifat harus sangat segera, segera, biasa atau rahasia."
    return problems


def unfilled_parts(*texts: str) -> list[str]:
    """The ``[[ ... ]]`` markers still left in the texts, in order, without repeats."""
    found: list[str] = []
    for text in texts:
        for match in UNFILLED.findall(text):
            if match not in found:
                found.append(match)
    return found


# -- folded letters ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SignatorySnapshot:
    """The signatory as they were when the version was saved (a later change of rank or post
    must not rewrite a letter already signed)."""

    user_id: str
    jabatan: str
    nama: str
    pangkat: str = ""
    nip: str = ""
    atas_nama: str = ""

    def payload(self) -> dict[str, str]:
        return {
            "user_id": self.user_id,
            "jabatan": self.jabatan,
            "nama": self.nama,
            "pangkat": self.pangkat,
            "nip": self.nip,
            "atas_nama": self.atas_nama,
        }

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> SignatorySnapshot:
        return cls(**{key: str(data.get(key, "")) for key in cls.__dataclass_fields__})


@dataclass(frozen=True, slots=True)
class LetterVersion:
    event_id: str
    letter_id: str
    version: int
    kind: str
    nomor: str
    tanggal: date
    tempat: str
    sifat: str
    lampiran: str
    hal: str
    kepada: tuple[str, ...]
    di: str
    body: str
    penandatangan: SignatorySnapshot
    tembusan: tuple[str, ...]
    author: str
    at: datetime
    concurrent: bool = False  # saved on another PC from the same earlier version

    @property
    def kind_label(self) -> str:
        return LetterKind(self.kind).label if self.kind in LETTER_KIND_LABELS else self.kind

    def form(self) -> LetterForm:
        """This version as a form, to edit into the next version."""
        return LetterForm(
            kind=self.kind,
            hal=self.hal,
            kepada=self.kepada,
            body=self.body,
            penandatangan=self.penandatangan.user_id,
            tanggal=self.tanggal,
            tempat=self.tempat,
            di=self.di,
            sifat=self.sifat,
            lampiran=self.lampiran,
            tembusan=self.tembusan,
            atas_nama=self.penandatangan.atas_nama,
        )


@dataclass
class Letter:
    """A letter of a case: every saved version (oldest first) and the sent mark."""

    letter_id: str
    kind: str
    nomor: str
    versions: list[LetterVersion] = field(default_factory=list)
    sent_on: date | None = None
    sent_version: int = 0
    sent_by: str = ""
    sent_at: datetime | None = None

    @property
    def latest(self) -> LetterVersion:
        return self.versions[-1]

    @property
    def sent(self) -> bool:
        return self.sent_on is not None

    def version(self, number: int | None = None) -> LetterVersion:
        """Version ``number`` (``None``: the latest). Raises ``KeyError`` when there is none."""
        if number is None:
            return self.latest
        for item in self.versions:
            if item.version == number:
                return item
        raise KeyError(number)


def drafted_payload(
    *,
    letter_id: str,
    version: int,
    form: LetterForm,
    nomor: str,
    tempat: str,
    signatory: SignatorySnapshot,
    at: datetime,
) -> dict[str, Any]:
    """The payload of a ``case.letter-drafted`` event."""
    return {
        "letter_id": letter_id,
        "version": version,
        "kind": form.kind,
        "nomor": nomor,
        "tanggal": form.tanggal.isoformat(),
        "tempat": tempat,
        "sifat": form.sifat,
        "lampiran": form.lampiran.strip(),
        "hal": form.hal.strip(),
        "kepada": [line.strip() for line in form.kepada if line.strip()],
        "di": form.di.strip(),
        "body": normalized_body(form.body),
        "penandatangan": signatory.payload(),
        "tembusan": [line.strip() for line in form.tembusan if line.strip()],
        "at": at.isoformat(timespec="seconds"),
    }


def version_from_payload(
    event_id: str, author: str, payload: dict[str, Any], version: int, *, concurrent: bool
) -> LetterVersion:
    p = payload
    return LetterVersion(
        event_id=event_id,
        letter_id=p["letter_id"],
        version=version,
        kind=p["kind"],
        nomor=p["nomor"],
        tanggal=date.fromisoformat(p["tanggal"]),
        tempat=p.get("tempat", ""),
        sifat=p.get("sifat", Sifat.BIASA.value),
        lampiran=p.get("lampiran", ""),
        hal=p.get("hal", ""),
        kepada=tuple(p.get("kepada", ())),
        di=p.get("di", ""),
        body=p.get("body", ""),
        penandatangan=SignatorySnapshot.from_payload(p.get("penandatangan", {})),
        tembusan=tuple(p.get("tembusan", ())),
        author=author,
        at=datetime.fromisoformat(p["at"]),
        concurrent=concurrent,
    )


def normalized_body(text: str) -> str:
    """Trailing spaces and runs of blank lines removed; paragraphs stay separated by one."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").strip().split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


# -- templates ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TemplateVariable:
    name: str
    description: str
    example: str


TEMPLATE_VARIABLES: tuple[TemplateVariable, ...] = (
    TemplateVariable("nomor_agenda", "Nomor agenda pengaduan", "ADU/2026/TU1/0007"),
    TemplateVariable("tanggal_terima", "Tanggal pengaduan diterima", "17 Maret 2026"),
    TemplateVariable("saluran", "Saluran pengaduan", "WhatsApp"),
    TemplateVariable("perihal", "Perihal pengaduan", "Antrean puskesmas terlalu lama"),
    TemplateVariable("isi", "Isi (uraian) pengaduan", "Saya menunggu tiga jam ..."),
    TemplateVariable(
        "pelapor",
        "Nama pelapor; pada surat yang keluar dari tim pengaduan, pelapor yang dirahasiakan "
        "tertulis '" + MASKED_PELAPOR + "'",
        "Budi Santoso",
    ),
    TemplateVariable(
        "pelapor_dirahasiakan", "'ya' bila identitas pelapor disamarkan, kosong bila tidak", ""
    ),
    TemplateVariable("pelapor_alamat", "Alamat pelapor (kosong bila dirahasiakan)", "Jl. Melati"),
    TemplateVariable("pelapor_kontak", "Kontak pelapor (kosong bila dirahasiakan)", "0812..."),
    TemplateVariable("terlapor", "Nama pihak terlapor", "UPTD Puskesmas Kenali Besar"),
    TemplateVariable("terlapor_alamat", "Alamat terlapor", "Jl. Kenali Besar, Jambi"),
    TemplateVariable(
        "surat_pelapor",
        "Surat pengaduan bila masuk lewat surat, misalnya 'surat Saudara Nomor 12/2026 "
        "tanggal 10 Maret 2026' (kosong bila bukan surat)",
        "surat Saudara Nomor 12/2026 tanggal 10 Maret 2026",
    ),
    TemplateVariable("kantor", "Nama dinas", "Dinas Kesehatan"),
    TemplateVariable("pemerintah", "Pemerintah daerah", "Pemerintah Provinsi Jambi"),
    TemplateVariable("wilayah", "Wilayah (pemerintah tanpa kata 'Pemerintah')", "Provinsi Jambi"),
    TemplateVariable("kota", "Kota tempat kantor", "Jambi"),
    TemplateVariable("hasil", "Hasil pemeriksaan/tindak lanjut yang diketik petugas", "..."),
    TemplateVariable("instansi", "Instansi tujuan penerusan", "Dinas Kesehatan Kota Jambi"),
)
BLOCKS = ("hal", "kepada", "di", "isi", "tembusan", "lampiran")
REQUIRED_BLOCKS = ("hal", "kepada", "isi")


def template_variables() -> tuple[TemplateVariable, ...]:
    """The placeholders a letter template may use, for the template editor's help panel."""
    return TEMPLATE_VARIABLES


def sample_variables() -> dict[str, str]:
    return {item.name: item.example for item in TEMPLATE_VARIABLES}


@cache
def default_template(kind: str) -> str:
    """The bundled default text of ``kind`` (``resources/letters/<kind>.j2``)."""
    if kind not in LetterKind._value2member_map_:
        raise InputError.single("kind", "Jenis surat harus balasan, terlapor atau penerusan.")
    return (files("resources") / "letters" / f"{kind}.j2").read_text(encoding="utf-8")


@dataclass(frozen=True, slots=True)
class DefaultText:
    """A template's blocks, rendered."""

    hal: str
    kepada: tuple[str, ...]
    di: str
    isi: str
    tembusan: tuple[str, ...]
    lampiran: str


@cache
def _environment() -> Any:
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment(
        autoescape=False,  # plain text for the PDF renderer, which escapes it itself
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def render_template(text: str, variables: dict[str, str]) -> DefaultText:
    """Render a letter template's blocks with ``variables``.

    Raises:
        InputError: at field ``template``, in Indonesian: a syntax error (with its line), an
            unknown placeholder (by name), a forbidden construct or a missing block.
    """
    from jinja2 import TemplateSyntaxError, UndefinedError
    from jinja2.exceptions import SecurityError

    try:
        template = _environment().from_string(text)
        missing = [name for name in REQUIRED_BLOCKS if name not in template.blocks]
        if missing:
            names = ", ".join("{% block " + name + " %}" for name in missing)
            raise InputError.single("template", f"Templat surat tidak memuat bagian {names}.")
        context = template.new_context(dict(variables))
        rendered = {
            name: "".join(template.blocks[name](context)).strip() if name in template.blocks else ""
            for name in BLOCKS
        }
    except TemplateSyntaxError as error:
        raise InputError.single(
            "template", f"Templat surat salah tulis di baris {error.lineno}: {error.message}"
        ) from None
    except UndefinedError as error:
        name = _undefined_name(str(error))
        known = ", ".join(item.name for item in TEMPLATE_VARIABLES)
        raise InputError.single(
            "template",
            f"Templat surat memakai isian yang tidak dikenal: {{{{ {name} }}}}. "
            f"Isian yang tersedia: {known}.",
        ) from None
    except SecurityError:
        raise InputError.single(
            "template", "Templat surat memakai perintah yang tidak diizinkan; pakai isian saja."
        ) from None
    return DefaultText(
        hal=" ".join(rendered["hal"].split()),
        kepada=tuple(line.strip() for line in rendered["kepada"].splitlines() if line.strip()),
        di=rendered["di"],
        isi=normalized_body(rendered["isi"]),
        tembusan=tuple(line.strip() for line in rendered["tembusan"].splitlines() if line.strip()),
        lampiran=rendered["lampiran"],
    )


def _undefined_name(message: str) -> str:
    match = re.search(r"'([^']+)' is undefined", message) or re.search(
        r"has no attribute '([^']+)'", message
    )
    return match.group(1) if match else message


def check_template(text: str) -> None:
    """Raise :class:`InputError` when ``text`` cannot serve as a letter template."""
    render_template(text, sample_variables())


# -- masking -----------------------------------------------------------------------------------


def redact(text: str, secrets: tuple[str, ...], replacement: str = MASKED_TEXT) -> str:
    """``text`` with every secret (a name, an address ...) replaced, ignoring case; secrets
    shorter than three letters are left alone (they would hit ordinary words)."""
    for secret in sorted(
        {s.strip() for s in secrets if len(s.strip()) >= 3}, key=len, reverse=True
    ):
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(part) for part in secret.split()) + r"(?!\w)"
        text = re.sub(pattern, replacement, text, flags=re.IGNORECASE)
    return text


def mentions(text: str, secrets: tuple[str, ...]) -> bool:
    return redact(text, secrets, "\0") != text


# -- what a template is filled with ------------------------------------------------------------


def tanggal_id(day: date) -> str:
    """``23 November 2026``."""
    from babel.dates import format_date

    return str(format_date(day, "d MMMM y", locale="id"))


def wilayah(pemerintah: str) -> str:
    """``Pemerintah Provinsi Jambi`` -> ``Provinsi Jambi``."""
    text = pemerintah.strip()
    return text[len("Pemerintah ") :].strip() if text.lower().startswith("pemerintah ") else text


def letter_variables(
    state: CaseState,
    office: OfficeProfile,
    *,
    masked: bool,
    hasil: str = "",
    instansi: str = "",
) -> dict[str, str]:
    """The placeholders of :data:`TEMPLATE_VARIABLES` for one case; ``masked`` hides a
    *rahasia* complainant (anything that leaves the complaint team)."""
    from desktop.models.vocabulary import CHANNEL_LABELS, Channel

    pelapor = state.pelapor
    hidden = masked and pelapor.rahasia
    if pelapor.anonim or not pelapor.nama.strip():
        nama = "Pelapor"
    elif hidden:
        nama = MASKED_PELAPOR
    else:
        nama = pelapor.nama
    surat = ""
    if state.letter_nomor:
        surat = f"surat Saudara Nomor {state.letter_nomor}"
        if state.letter_tanggal is not None:
            surat += f" tanggal {tanggal_id(state.letter_tanggal)}"
    channel = (
        CHANNEL_LABELS.get(Channel(state.channel), state.channel)
        if state.channel in (Channel._value2member_map_)
        else state.channel
    )
    terlapor = state.terlapor
    return {
        "nomor_agenda": state.nomor_agenda,
        "tanggal_terima": tanggal_id(state.received_at.date()),
        "saluran": channel,
        "perihal": state.perihal,
        "isi": state.isi,
        "pelapor": nama,
        "pelapor_dirahasiakan": "ya" if hidden else "",
        "pelapor_alamat": "" if hidden else pelapor.alamat,
        "pelapor_kontak": "" if hidden else pelapor.kontak,
        "terlapor": terlapor.nama if terlapor else "",
        "terlapor_alamat": terlapor.alamat if terlapor else "",
        "surat_pelapor": surat,
        "kantor": office.nama_dinas,
        "pemerintah": office.pemerintah,
        "wilayah": wilayah(office.pemerintah),
        "kota": office.kota,
        "hasil": hasil.strip(),
        "instansi": instansi.strip(),
    }


def pelapor_secrets(state: CaseState) -> tuple[str, ...]:
    """What identifies a *rahasia* complainant (empty when they are not rahasia)."""
    p = state.pelapor
    if not p.rahasia:
        return ()
    return tuple(value for value in (p.nama, p.alamat, p.kontak, p.nik) if value.strip())
