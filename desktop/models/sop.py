"""The SOP (Permenpan RB 35/2012) as typed data: identity block, lanes, steps, deadlines.

A template is one YAML file in ``sop_templates/``; :mod:`desktop.models.sop_loader` reads it
into these models and reports every mistake with file, line and field.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator

from desktop.models.duration import Duration, DurationParseError, parse_duration

Identifier = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64)]


class _Strict(BaseModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=True, coerce_numbers_to_str=True
    )


class Symbol(StrEnum):
    """The flowchart symbols of Permenpan RB 35/2012."""

    TERMINATOR = "terminator"
    PROCESS = "process"
    DECISION = "decision"
    ARCHIVE = "archive"
    CONNECTOR = "connector"


class DocumentKind(StrEnum):
    """Paperwork a step can offer (rendered by ``desktop.documents``)."""

    DISPOSISI = "disposisi"
    TANDA_TERIMA = "tanda-terima"
    SURAT = "surat"
    TEMBUSAN = "tembusan"
    ARSIP = "arsip"


class DeadlineAction(StrEnum):
    """What happens when an overall deadline or pause rule runs out."""

    WARN = "peringatan"
    ESCALATE = "eskalasi"
    CLOSE = "tutup"


class Official(_Strict):
    jabatan: str = ""
    nama: str = ""
    pangkat: str = ""
    nip: str = ""


class Identity(_Strict):
    """The identity block; every field is optional because sources give what they give."""

    pemerintah: str = ""
    instansi: str = ""
    unit: str = ""
    nama_sop: str = ""
    nomor: str = ""
    tanggal_pembuatan: str = ""
    tanggal_revisi: str = ""
    tanggal_efektif: str = ""
    disahkan_oleh: Official = Official()
    dasar_hukum: tuple[str, ...] = ()
    kualifikasi_pelaksana: tuple[str, ...] = ()
    keterkaitan: tuple[str, ...] = ()
    peralatan: tuple[str, ...] = ()
    peringatan: str = ""
    pencatatan_pendataan: str = ""
    pengertian: tuple[str, ...] = ()
    tujuan: str = ""
    unit_terkait: tuple[str, ...] = ()
    dokumen_terkait: tuple[str, ...] = ()


class Lane(_Strict):
    id: Identifier
    name: str = Field(min_length=1)


class Branch(_Strict):
    """An edge to another step; ``label`` names the decision outcome (empty for plain flow)."""

    to: Identifier
    label: str = ""


def _parse_waktu(value: str) -> Duration | None:
    if not value.strip():
        return None
    try:
        return parse_duration(value)
    except DurationParseError as error:
        raise ValueError(str(error)) from None


class Step(_Strict):
    id: Identifier
    number: str = Field(min_length=1)
    activity: str = Field(min_length=1)
    lane: Identifier
    also_lanes: tuple[Identifier, ...] = ()
    symbol: Symbol = Symbol.PROCESS
    kelengkapan: str = ""
    waktu: str = ""
    output: str = ""
    keterangan: str = ""
    next: tuple[Branch, ...] = ()
    documents: tuple[DocumentKind, ...] = ()

    @field_validator("next", mode="before")
    @classmethod
    def _next_shorthand(cls, value: object) -> object:
        """Allow ``next: x`` and ``next: [x, y]`` besides the full ``{to, label}`` form."""
        if isinstance(value, str):
            return ({"to": value},)
        if isinstance(value, list | tuple):
            return tuple({"to": item} if isinstance(item, str) else item for item in value)
        return value

    @field_validator("waktu")
    @classmethod
    def _waktu_parses(cls, value: str) -> str:
        _parse_waktu(value)
        return value

    @property
    def duration(self) -> Duration | None:
        """The parsed *waktu*; ``None`` when the source gives no time standard."""
        return _parse_waktu(self.waktu)

    @property
    def is_end(self) -> bool:
        return not self.next


class TimedRule(_Strict):
    """An overall deadline ("60 hari kerja -> Ombudsman RI") or a pause rule."""

    id: Identifier
    name: str = Field(min_length=1)
    duration: str
    starts_at: Identifier | None = None
    action: DeadlineAction = DeadlineAction.WARN
    description: str = ""

    @field_validator("duration")
    @classmethod
    def _duration_parses(cls, value: str) -> str:
        if _parse_waktu(value) is None:
            raise ValueError("durasi wajib diisi, misalnya '60 hari kerja'")
        return value

    @property
    def parsed(self) -> Duration:
        parsed = _parse_waktu(self.duration)
        assert parsed is not None  # guaranteed by the validator
        return parsed


class Source(_Strict):
    """Where the template came from, so a reviewer can check it against the paper."""

    file: str = ""
    form: str = ""
    notes: tuple[str, ...] = ()


class Sop(_Strict):
    """One SOP flow of one office."""

    format: int = Field(1, ge=1, le=1)
    id: Identifier
    revision: str = Field(min_length=1)
    title: str = Field(min_length=1)
    office: str = Field(min_length=1)
    calendar_days: bool = False
    identity: Identity = Identity()
    lanes: tuple[Lane, ...] = Field(min_length=1)
    steps: tuple[Step, ...] = Field(min_length=1)
    deadlines: tuple[TimedRule, ...] = ()
    pause_rules: tuple[TimedRule, ...] = ()
    source: Source = Source()

    def lane(self, lane_id: str) -> Lane:
        return next(lane for lane in self.lanes if lane.id == lane_id)

    def step(self, step_id: str) -> Step:
        return next(step for step in self.steps if step.id == step_id)

    def lane_index(self, lane_id: str) -> int:
        return next(i for i, lane in enumerate(self.lanes) if lane.id == lane_id)

    def step_index(self, step_id: str) -> int:
        return next(i for i, step in enumerate(self.steps) if step.id == step_id)

    @property
    def first_step(self) -> Step:
        return self.steps[0]
