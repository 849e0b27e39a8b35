"""A case's state as a deterministic fold of its events (no database, no Qt).

The same events in the same ``(hlc, device_id, event_id)`` order always give the same state,
on every PC: that is what makes a rebuild equal to the incremental projection and two synced
PCs show the same case. Events that no longer fit when they are folded (a step completed on two
PCs at once, a step that is not the current one any more) are kept in the timeline and noted as
``ignored`` with the reason, never dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop.models.conflicts import Conflict, FieldVersion, apply_edit, set_initial_versions
from desktop.models.duration import DurationUnit
from desktop.models.events import Event, Kind
from desktop.models.letters import Letter, version_from_payload
from desktop.models.sop import Sop, Step, Symbol
from desktop.models.vocabulary import CaseStatus, Outcome
from desktop.models.work_calendar import WorkCalendar

SopResolver = Callable[[str], Sop]
"""Returns the SOP revision with a given digest (cases pin the revision they started under)."""

EDITABLE_FIELDS = ("perihal", "isi", "bidang", "lapor_tracking", "channel")


def parse_moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


def parse_day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


@dataclass
class Party:
    nama: str = ""
    kontak: str = ""
    alamat: str = ""
    nik: str = ""
    anonim: bool = False
    rahasia: bool = False

    @classmethod
    def from_payload(cls, data: dict[str, Any] | None) -> Party | None:
        if not data:
            return None
        return cls(**{key: data.get(key, default) for key, default in _PARTY_DEFAULTS.items()})


_PARTY_DEFAULTS: dict[str, Any] = {
    "nama": "",
    "kontak": "",
    "alamat": "",
    "nik": "",
    "anonim": False,
    "rahasia": False,
}


@dataclass
class StepDone:
    event_id: str
    step_id: str
    branch: str
    next_step_id: str
    on_behalf_of: str
    recorded_by: str
    started_at: datetime
    done_at: datetime
    due_at: datetime | None
    note: str
    backdate_reason: str


@dataclass
class Disposition:
    event_id: str
    dari: str
    kepada: list[str]
    sifat: str
    instruksi: list[str]
    instruksi_lain: str
    catatan: str
    batas_waktu: date | None
    recorded_by: str
    at: datetime


@dataclass
class Note:
    event_id: str
    text: str
    author: str
    at: datetime


@dataclass
class Attachment:
    event_id: str
    sha256: str
    filename: str
    size: int
    media_type: str
    author: str
    at: datetime


@dataclass
class IgnoredEvent:
    event_id: str
    reason: str


@dataclass
class CaseState:
    case_id: str
    nomor_agenda: str = ""
    channel: str = ""
    received_at: datetime = datetime.min
    registered_at: datetime = datetime.min
    registered_by: str = ""
    perihal: str = ""
    isi: str = ""
    bidang: str = ""
    lapor_tracking: str = ""
    letter_nomor: str = ""
    letter_tanggal: date | None = None
    letter_asal: str = ""
    pelapor: Party = field(default_factory=Party)
    terlapor: Party | None = None
    sop_digest: str = ""
    status: CaseStatus = CaseStatus.OPEN
    outcome: str = ""
    closed_at: datetime | None = None
    current_step_id: str = ""
    current_lane_id: str = ""
    step_started_at: datetime | None = None
    due_at: datetime | None = None
    overall_due_at: datetime | None = None
    paused_at: datetime | None = None
    steps_done: list[StepDone] = field(default_factory=list)
    dispositions: list[Disposition] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    ignored: list[IgnoredEvent] = field(default_factory=list)
    letters: dict[str, Letter] = field(default_factory=dict)  # letter_id: versions, sent mark
    pending: list[str] = field(default_factory=list)  # events of a newer app, applied later
    versions: dict[str, FieldVersion] = field(default_factory=dict)  # editable field: who set it
    conflicts: list[Conflict] = field(default_factory=list)  # values that lost a concurrent edit
    last_hlc: str = ""
    event_count: int = 0
    registered: bool = False


class CaseFolder:
    """Folds events into :class:`CaseState` using the pinned SOP and the office calendar."""

    def __init__(self, resolve_sop: SopResolver, calendar: WorkCalendar) -> None:
        self.resolve_sop = resolve_sop
        self.calendar = calendar
        self._handler_table: tuple[object, dict[str, Callable[[CaseState, Event], None]]] | None
        self._handler_table = None
        self._indexes: dict[int, tuple[Sop, dict[str, Step], dict[str, str]]] = {}

    def _index(self, sop: Sop) -> tuple[Sop, dict[str, Step], dict[str, str]]:
        """Steps by id and lane names by id: folding looks them up for every event."""
        index = self._indexes.get(id(sop))
        if index is None or index[0] is not sop:
            steps = {step.id: step for step in sop.steps}
            index = self._indexes[id(sop)] = (
                sop,
                steps,
                {lane.id: lane.name for lane in sop.lanes},
            )
        return index

    def _step(self, sop: Sop, step_id: str) -> Step:
        step = self._index(sop)[1].get(step_id)
        return step if step is not None else sop.step(step_id)

    def _lane_name(self, sop: Sop, lane_id: str) -> str:
        name = self._index(sop)[2].get(lane_id)
        return name if name is not None else sop.lane(lane_id).name

    def fold(self, case_id: str, events: Iterable[Event]) -> CaseState:
        state = CaseState(case_id)
        for event in sorted(events, key=lambda e: e.order_key):
            self.apply(state, event)
        return state

    def apply(self, state: CaseState, event: Event) -> None:
        """Apply one event that sorts after every event already folded into ``state``."""
        state.event_count += 1
        state.last_hlc = max(state.last_hlc, event.hlc)
        if not event.understood:
            state.pending.append(event.event_id)
            return
        if event.kind != Kind.CASE_REGISTERED and not state.registered:
            state.ignored.append(IgnoredEvent(event.event_id, "pengaduan belum terdaftar"))
            return
        handler = self._handlers_once().get(event.kind)
        if handler is not None:
            handler(state, event)

    def _handlers_once(self) -> dict[str, Callable[[CaseState, Event], None]]:
        """:meth:`_handlers`, built once per folder (again only if the method is replaced)."""
        source = type(self)._handlers
        table = self._handler_table
        if table is None or table[0] is not source:
            table = self._handler_table = (source, self._handlers())
        return table[1]

    def _handlers(self) -> dict[str, Callable[[CaseState, Event], None]]:
        return {
            Kind.CASE_REGISTERED: self._registered,
            Kind.CASE_EDITED: self._edited,
            Kind.STEP_COMPLETED: self._step_completed,
            Kind.DISPOSITION_RECORDED: self._disposition,
            Kind.NOTE_ADDED: self._note,
            Kind.ATTACHMENT_ADDED: self._attachment,
            Kind.CASE_PAUSED: self._paused,
            Kind.CASE_RESUMED: self._resumed,
            Kind.CASE_CLOSED: self._closed,
            Kind.CASE_REOPENED: self._reopened,
            Kind.LETTER_DRAFTED: self._letter_drafted,
            Kind.LETTER_SENT: self._letter_sent,
        }

    # -- handlers ---------------------------------------------------------------------------

    def _registered(self, state: CaseState, event: Event) -> None:
        if state.registered:
            state.ignored.append(IgnoredEvent(event.event_id, "pengaduan sudah terdaftar"))
            return
        p = event.payload
        state.registered = True
        state.nomor_agenda = p["nomor_agenda"]
        state.channel = p["channel"]
        state.received_at = parse_moment(p["received_at"])
        state.registered_at = parse_moment(p["at"])
        state.registered_by = event.author
        state.perihal = p["perihal"]
        state.isi = p.get("isi", "")
        state.bidang = p.get("bidang", "")
        state.lapor_tracking = p.get("lapor_tracking", "")
        letter = p.get("letter") or {}
        state.letter_nomor = letter.get("nomor", "")
        state.letter_tanggal = parse_day(letter.get("tanggal"))
        state.letter_asal = letter.get("asal", "")
        state.pelapor = Party.from_payload(p.get("pelapor")) or Party()
        state.terlapor = Party.from_payload(p.get("terlapor"))
        set_initial_versions(state, event, EDITABLE_FIELDS)
        state.sop_digest = p["sop_digest"]
        sop = self.resolve_sop(state.sop_digest)
        state.overall_due_at = self._overall_due(sop, state.received_at)
        self._enter(state, sop, sop.first_step, state.received_at)
        if sop.first_step.symbol is Symbol.TERMINATOR and sop.first_step.next:
            # The start terminator is the complaint arriving: registering it completes it.
            self._complete(state, sop, event, sop.first_step, branch="", at=state.received_at)

    def _edited(self, state: CaseState, event: Event) -> None:
        apply_edit(state, event, EDITABLE_FIELDS)

    def _step_completed(self, state: CaseState, event: Event) -> None:
        p = event.payload
        if state.status is CaseStatus.CLOSED:
            state.ignored.append(IgnoredEvent(event.event_id, "pengaduan sudah ditutup"))
            return
        if p["step_id"] != state.current_step_id:
            state.ignored.append(
                IgnoredEvent(
                    event.event_id,
                    f"langkah {p['step_id']} bukan langkah saat itu ({state.current_step_id}); "
                    "kemungkinan dicatat bersamaan di PC lain",
                )
            )
            return
        sop = self.resolve_sop(state.sop_digest)
        self._complete(
            state,
            sop,
            event,
            self._step(sop, p["step_id"]),
            branch=p.get("branch", ""),
            at=parse_moment(p["at"]),
        )

    def _complete(
        self, state: CaseState, sop: Sop, event: Event, step: Step, *, branch: str, at: datetime
    ) -> None:
        target = next_step_id(step, branch)
        p = event.payload if event.kind == Kind.STEP_COMPLETED else {}
        state.steps_done.append(
            StepDone(
                event_id=event.event_id,
                step_id=step.id,
                branch=branch,
                next_step_id=target or "",
                on_behalf_of=p.get("on_behalf_of") or self._lane_name(sop, step.lane),
                recorded_by=event.author,
                started_at=state.step_started_at or at,
                done_at=at,
                due_at=state.due_at,
                note=p.get("note", ""),
                backdate_reason=p.get("backdate_reason", ""),
            )
        )
        if target is None:
            self._close(state, Outcome.SELESAI.value, at)
            return
        self._enter(state, sop, self._step(sop, target), at)

    def _enter(self, state: CaseState, sop: Sop, step: Step, at: datetime) -> None:
        state.current_step_id = step.id
        state.current_lane_id = step.lane
        state.step_started_at = at
        duration = step.duration
        state.due_at = (
            self.calendar.due(at, duration, calendar_days_default=sop.calendar_days)
            if duration is not None
            else None
        )

    def _overall_due(self, sop: Sop, received_at: datetime) -> datetime | None:
        dues = [
            self.calendar.due(received_at, rule.parsed, calendar_days_default=sop.calendar_days)
            for rule in sop.deadlines
            if rule.starts_at is None
        ]
        return min(dues, default=None)

    def _disposition(self, state: CaseState, event: Event) -> None:
        p = event.payload
        state.dispositions.append(
            Disposition(
                event_id=event.event_id,
                dari=p.get("dari", ""),
                kepada=list(p.get("kepada", [])),
                sifat=p.get("sifat", "biasa"),
                instruksi=list(p.get("instruksi", [])),
                instruksi_lain=p.get("instruksi_lain", ""),
                catatan=p.get("catatan", ""),
                batas_waktu=parse_day(p.get("batas_waktu")),
                recorded_by=event.author,
                at=parse_moment(p["at"]),
            )
        )

    def _note(self, state: CaseState, event: Event) -> None:
        p = event.payload
        state.notes.append(Note(event.event_id, p["text"], event.author, parse_moment(p["at"])))

    def _attachment(self, state: CaseState, event: Event) -> None:
        p = event.payload
        state.attachments.append(
            Attachment(
                event_id=event.event_id,
                sha256=p["sha256"],
                filename=p["filename"],
                size=int(p["size"]),
                media_type=p.get("media_type", ""),
                author=event.author,
                at=parse_moment(p["at"]),
            )
        )

    def _paused(self, state: CaseState, event: Event) -> None:
        if state.status is not CaseStatus.OPEN:
            state.ignored.append(
                IgnoredEvent(event.event_id, "hanya pengaduan terbuka bisa dijeda")
            )
            return
        state.status = CaseStatus.PAUSED
        state.paused_at = parse_moment(event.payload["at"])

    def _resumed(self, state: CaseState, event: Event) -> None:
        if state.status is not CaseStatus.PAUSED or state.paused_at is None:
            state.ignored.append(IgnoredEvent(event.event_id, "pengaduan tidak sedang dijeda"))
            return
        resumed_at = max(parse_moment(event.payload["at"]), state.paused_at)
        if state.due_at is not None:
            step = self.resolve_sop(state.sop_digest).step(state.current_step_id)
            whole_days = step.duration is not None and step.duration.unit is DurationUnit.DAYS
            state.due_at = self.calendar.extend_for_pause(
                state.due_at, state.paused_at, resumed_at, whole_days=whole_days
            )
        state.status = CaseStatus.OPEN
        state.paused_at = None

    def _closed(self, state: CaseState, event: Event) -> None:
        if state.status is CaseStatus.CLOSED:
            state.ignored.append(IgnoredEvent(event.event_id, "pengaduan sudah ditutup"))
            return
        self._close(state, event.payload["outcome"], parse_moment(event.payload["at"]))

    @staticmethod
    def _close(state: CaseState, outcome: str, at: datetime) -> None:
        state.status = CaseStatus.CLOSED
        state.outcome = outcome
        state.closed_at = at
        state.paused_at = None

    def _reopened(self, state: CaseState, event: Event) -> None:
        if state.status is not CaseStatus.CLOSED:
            state.ignored.append(IgnoredEvent(event.event_id, "pengaduan belum ditutup"))
            return
        at = parse_moment(event.payload["at"])
        state.status = CaseStatus.OPEN
        state.outcome = ""
        state.closed_at = None
        sop = self.resolve_sop(state.sop_digest)
        step_id = event.payload.get("step_id") or state.current_step_id or sop.first_step.id
        self._enter(state, sop, self._step(sop, step_id), at)

    @staticmethod
    def _letter_drafted(state: CaseState, event: Event) -> None:
        """A new letter or its next version. Two PCs saving a version from the same earlier one
        both keep theirs: the later in fold order gets the next number and is marked
        ``concurrent``. A version saved after the letter was marked sent is not applied."""
        p = event.payload
        letter = state.letters.get(p["letter_id"])
        if letter is not None and letter.sent:
            state.ignored.append(
                IgnoredEvent(event.event_id, "surat sudah ditandai terkirim; versi tidak dipakai")
            )
            return
        if letter is None:
            letter = Letter(p["letter_id"], p["kind"], p["nomor"])
            state.letters[letter.letter_id] = letter
        wanted = int(p.get("version", 1))
        number = len(letter.versions) + 1
        letter.versions.append(
            version_from_payload(
                event.event_id,
                event.author,
                {**p, "kind": letter.kind, "nomor": letter.nomor},
                number,
                concurrent=wanted < number,
            )
        )

    @staticmethod
    def _letter_sent(state: CaseState, event: Event) -> None:
        p = event.payload
        letter = state.letters.get(p["letter_id"])
        if letter is None:
            state.ignored.append(IgnoredEvent(event.event_id, "surat tidak dikenal"))
            return
        if letter.sent:
            state.ignored.append(IgnoredEvent(event.event_id, "surat sudah ditandai terkirim"))
            return
        letter.sent_on = parse_day(p["sent_on"])
        letter.sent_version = letter.latest.version
        letter.sent_by = event.author
        letter.sent_at = parse_moment(p["at"])


def next_step_id(step: Step, branch: str) -> str | None:
    """Where completing ``step`` leads; ``None`` at the end of the flow.

    Raises:
        KeyError: when ``branch`` is not one of the step's branch labels.
    """
    if not step.next:
        return None
    if len(step.next) == 1 and not branch:
        return step.next[0].to
    for candidate in step.next:
        if candidate.label == branch:
            return candidate.to
    raise KeyError(branch)
