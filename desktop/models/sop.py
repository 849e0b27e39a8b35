"""The SOP (Permenpan RB 35/2012) as typed data: identity block, lanes, steps, deadlines.

A template is one YAML file in ``sop_templates/``; :mod:`desktop.models.sop_loader` reads it
into these models and reports every mistake with file, line and field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop.models.duration import Duration, DurationParseError, parse_duration
from desktop.models.records import rules

IDENTIFIER = rules(pattern=r"[a-z0-9][a-z0-9_-]{0,63}")
NON_EMPTY = rules(non_empty=True)
record = dataclass(frozen=True, slots=True, kw_only=True)


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


@record
class Official:
    """An official in the identity block: the one who approved (disahkan) the SOP."""

    jabatan: str = ""
    nama: str = ""
    pangkat: str = ""
    nip: str = ""


@record
class Identity:
    """The identity block; every field is optional because sources give what they give."""

    pemerintah: str = ""
    instansi: str = ""
    unit: str = ""
    nama_sop: str = ""
    nomor: str = ""
    tanggal_pembuatan: str = ""
    tanggal_revisi: str = ""
    tanggal_efektif: str = ""
    disahkan_oleh: Official = field(default_factory=Official)
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


@record
class Lane:
    """One pelaksana: a column of the swimlane; steps name it by ``id``."""

    id: str = field(metadata=IDENTIFIER)
    name: str = field(metadata=NON_EMPTY)


@record
class Branch:
    """An edge to another step; ``label`` names the decision outcome (empty for plain flow)."""

    to: str = field(metadata=IDENTIFIER)
    label: str = ""


def _waktu_problem(value: str) -> str | None:
    try:
        parse_duration(value) if value.strip() else None
    except DurationParseError as error:
        return str(error)
    return None


def _required_duration_problem(value: str) -> str | None:
    if not value.strip():
        return "durasi wajib diisi, misalnya '60 hari kerja'"
    return _waktu_problem(value)


@record
class Step:
    """One activity in one pelaksana's lane, with its mutu baku and where the flow goes next."""

    id: str = field(metadata=IDENTIFIER)
    number: str = field(metadata=NON_EMPTY)
    activity: str = field(metadata=NON_EMPTY)
    lane: str = field(metadata=IDENTIFIER)
    also_lanes: tuple[str, ...] = ()
    symbol: Symbol = Symbol.PROCESS
    kelengkapan: str = ""
    waktu: str = field(default="", metadata=rules(check=_waktu_problem))
    output: str = ""
    keterangan: str = ""
    next: tuple[Branch, ...] = ()
    documents: tuple[DocumentKind, ...] = ()

    @classmethod
    def prepare(cls, raw: Mapping[str, Any]) -> Mapping[str, Any]:
        """Allow ``next: x`` and ``next: [x, y]`` besides the full ``{to, label}`` form."""
        value = raw.get("next")
        if isinstance(value, str):
            return {**raw, "next": [{"to": value}]}
        if isinstance(value, list):
            return {**raw, "next": [{"to": v} if isinstance(v, str) else v for v in value]}
        return raw

    @property
    def duration(self) -> Duration | None:
        """The parsed *waktu*; ``None`` when the source gives no time standard."""
        return parse_duration(self.waktu) if self.waktu.strip() else None

    @property
    def is_end(self) -> bool:
        return not self.next


@record
class TimedRule:
    """An overall deadline ("60 hari kerja -> Ombudsman RI") or a pause rule."""

    id: str = field(metadata=IDENTIFIER)
    name: str = field(metadata=NON_EMPTY)
    duration: str = field(metadata=rules(check=_required_duration_problem))
    starts_at: str | None = None
    action: DeadlineAction = DeadlineAction.WARN
    description: str = ""

    @property
    def parsed(self) -> Duration:
        return parse_duration(self.duration)


@record
class Source:
    """Where the template came from, so a reviewer can check it against the paper."""

    file: str = ""
    form: str = ""
    notes: tuple[str, ...] = ()


@record
class Sop:
    """One SOP flow of one office."""

    format: int = field(default=1, metadata=rules(at_least=1, at_most=1))
    id: str = field(metadata=IDENTIFIER)
    revision: str = field(metadata=NON_EMPTY)
    title: str = field(metadata=NON_EMPTY)
    office: str = field(metadata=NON_EMPTY)
    calendar_days: bool = False
    identity: Identity = field(default_factory=Identity)
    lanes: tuple[Lane, ...] = field(metadata=NON_EMPTY)
    steps: tuple[Step, ...] = field(metadata=NON_EMPTY)
    deadlines: tuple[TimedRule, ...] = ()
    pause_rules: tuple[TimedRule, ...] = ()
    source: Source = field(default_factory=Source)

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
