"""The complaint desk of one PC: every operation a user can perform, as one named method.

Each operation validates its input (raising :class:`InputError` or :class:`NotAllowedError`
with an Indonesian message and writing nothing), appends its events and updates the touched
projections in **one transaction**, and returns a :class:`Change` saying what changed, so the
window refreshes only that. Sessions are short: opened per operation, never held by a view.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import queries
from desktop.models.accounts import User, UserForm, hash_pin, validate_user_form, verify_pin
from desktop.models.blobs import BlobStore, StoredBlob
from desktop.models.case_fold import EDITABLE_FIELDS, CaseFolder, CaseState, next_step_id
from desktop.models.conflicts import edit_payload
from desktop.models.database import (
    DATABASE_NAME,
    make_engine,
    open_database,
    roomy_cache,
    transaction,
)
from desktop.models.events import (
    SCHEMA_VERSION,
    SYSTEM_AUTHOR,
    Event,
    Hlc,
    HybridClock,
    Kind,
    canonical_json,
    new_id,
    wall_clock_ms,
)
from desktop.models.letters import (
    DEFAULT_KODE_KLASIFIKASI,
    DEFAULT_LETTER_FORMAT,
    DEFAULT_UNIT,
    Letter,
    LetterForm,
    LetterKind,
    LetterNumberFormat,
    LetterSettings,
    SignatorySnapshot,
    check_letter_form,
    check_template,
    default_template,
    drafted_payload,
    letter_variables,
    mentions,
    pelapor_secrets,
    render_template,
    tanggal_id,
    unfilled_parts,
)
from desktop.models.numbering import (
    DEFAULT_AGENDA_FORMAT,
    AgendaFormat,
    device_code_problem,
    series_key,
)
from desktop.models.office import OfficeProfile, check_profile, sop_digest
from desktop.models.problems import InputError, NotAllowedError
from desktop.models.projection import apply_office_event, write_case, write_cases_bulk
from desktop.models.registration import FUTURE_TOLERANCE, ComplaintForm, check_complaint
from desktop.models.sop import DeadlineAction, Sop, Symbol
from desktop.models.sop_loader import load_sop_text
from desktop.models.tables import (
    PROJECTION_TABLES,
    CaseRow,
    EventRow,
    LocalState,
    NumberSeries,
    OfficeSetting,
    SopRevisionRow,
    UserRow,
    insert_rows,
    table_of,
)
from desktop.models.vocabulary import CaseStatus, Channel, Instruksi, Outcome, Role, Sifat
from desktop.models.work_calendar import WorkCalendar

log = logging.getLogger(__name__)

BACKDATE_WITHOUT_REASON = timedelta(minutes=15)
BULK_EVENTS = 1000
"""From this many new events on, an ingest gets a large page cache for its transaction."""
"""Recording a step this long after it happened needs a reason (the audit trail asks why)."""


@dataclass(frozen=True, slots=True)
class Change:
    """What an operation changed: the cases to refresh and, for a new case, its number."""

    case_ids: tuple[str, ...] = ()
    nomor_agenda: str = ""
    office: bool = False
    warnings: tuple[str, ...] = ()
    letter_id: str = ""  # the letter a letter operation saved
    nomor_surat: str = ""


@dataclass(frozen=True, slots=True)
class IngestResult:
    added: int = 0
    skipped: int = 0
    mismatched: tuple[Event, ...] = ()
    case_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DispositionForm:
    dari: str
    kepada: tuple[str, ...]
    sifat: str = Sifat.BIASA.value
    instruksi: tuple[str, ...] = ()
    instruksi_lain: str = ""
    catatan: str = ""
    batas_waktu: date | None = None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    event_id: str
    kind: str
    at: datetime
    author: str
    on_behalf_of: str
    summary: str
    ignored_reason: str = ""


@dataclass(frozen=True, slots=True)
class Action:
    """Something the user may do to a case now (the UI shows exactly these)."""

    key: str  # complete, dispose, pause, resume, close, reopen, note, attach
    label: str
    branches: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DeadlineStatus:
    name: str
    due_at: datetime
    action: str
    passed: bool
    description: str


@dataclass(frozen=True)
class CaseDetail:
    state: CaseState
    sop: Sop
    pelapor_display: str
    timeline: tuple[TimelineEntry, ...]
    actions: tuple[Action, ...]
    overdue: bool
    deadlines: tuple[DeadlineStatus, ...] = field(default=())

    @property
    def current_step(self) -> Any:
        if not self.state.current_step_id or self.state.status is CaseStatus.CLOSED:
            return None
        return self.sop.step(self.state.current_step_id)


class Desk:
    """Facade over this PC's database, blob store and calendar.

    Args:
        data_dir: the data folder (database, attachments, backups).
        now: the local wall clock (tests pass a fixed one); naive local time.
        wall_ms: milliseconds for the hybrid logical clock.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        now: Callable[[], datetime] = datetime.now,
        wall_ms: Callable[[], int] = wall_clock_ms,
        calendar: WorkCalendar | None = None,
        attachment_limit: int | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.path = data_dir / DATABASE_NAME
        open_database(self.path, backup_folder=data_dir / "cadangan").dispose()
        self.engine: Engine = make_engine(self.path, immediate=True)
        with self.engine.connect() as connection:
            # Gathers statistics the query planner needs once the tables have grown (cheap
            # when they are current); without them list filters pick slow indexes.
            connection.exec_driver_sql("PRAGMA optimize=0x10002")
        self.read_engine: Engine = make_engine(self.path)
        self._write = sessionmaker(self.engine, expire_on_commit=False)
        self._read = sessionmaker(self.read_engine, expire_on_commit=False)
        self.blobs = BlobStore(data_dir / "lampiran")
        if attachment_limit is not None:
            self.blobs.limit_bytes = attachment_limit
        self.now = now
        self._wall_ms = wall_ms
        self.calendar = calendar or WorkCalendar()
        self._sops: dict[str, Sop] = {}
        self.folder = CaseFolder(self.sop_by_digest, self.calendar)
        from desktop.models.schema_upgrade import apply_upgraded_events

        apply_upgraded_events(self)  # events an older version of the app kept, now readable

    def close(self) -> None:
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA optimize")  # keeps the planner's statistics
        self.engine.dispose()
        self.read_engine.dispose()

    # -- sessions ---------------------------------------------------------------------------

    def reading(self) -> Session:
        return self._read()

    def writing(self) -> AbstractContextManager[Session]:
        """One write transaction (for this PC's own bookkeeping, e.g. the sync state)."""
        return transaction(self._write)

    # -- identity and set-up ----------------------------------------------------------------

    @property
    def is_set_up(self) -> bool:
        with self.reading() as session:
            local = session.get(LocalState, 1)
            has_user = session.execute(select(UserRow.user_id).limit(1)).first() is not None
        return local is not None and has_user

    def device(self) -> LocalState:
        with self.reading() as session:
            local = session.get(LocalState, 1)
        if local is None:
            raise NotAllowedError("PC ini belum disiapkan; jalankan penyiapan awal dulu.")
        return local

    def setup(
        self,
        *,
        office: OfficeProfile,
        device_code: str,
        admin: UserForm,
        sop_text: str,
        sop_name: str = "SOP",
        agenda_format: str = DEFAULT_AGENDA_FORMAT,
        device_name: str = "",
    ) -> User:
        """First run: this PC's code, the office identity, its SOP and the first admin."""
        problems: dict[str, str] = {}
        for check in (
            lambda: check_profile(office),
            lambda: validate_user_form(admin, new=True),
            lambda: AgendaFormat(agenda_format),
        ):
            try:
                check()
            except InputError as error:
                problems.update(error.problems)
        code_problem = device_code_problem(device_code)
        if code_problem:
            problems["device_code"] = code_problem
        if admin.role is not Role.ADMIN:
            problems["role"] = "Pengguna pertama harus admin."
        sop = self._parse_sop(sop_text, sop_name, problems)
        if problems:
            raise InputError(problems)
        assert sop is not None
        with transaction(self._write) as session:
            if session.get(LocalState, 1) is not None:
                raise NotAllowedError("PC ini sudah disiapkan.")
            device_id = new_id()
            session.add(
                LocalState(
                    id=1,
                    device_id=device_id,
                    device_code=device_code,
                    last_seq=0,
                    last_hlc=Hlc(0).encode(),
                )
            )
            session.flush()
            user_id = new_id()
            self._append(
                session,
                Kind.DEVICE_REGISTERED,
                user_id,
                None,
                {"device_id": device_id, "code": device_code, "name": device_name},
            )
            self._append(
                session,
                Kind.OFFICE_CONFIGURED,
                user_id,
                None,
                {"profile": office.payload(), "agenda_format": agenda_format},
            )
            self._adopt_sop(session, user_id, sop, sop_text)
            self._append(
                session, Kind.USER_SAVED, user_id, None, self._user_payload(user_id, admin)
            )
        return self.user(user_id)

    def prepare_device(self, device_code: str) -> None:
        """A PC joining an existing office: only its own identity; the office, its users and
        its SOP arrive with the first sync round."""
        problem = device_code_problem(device_code)
        if problem:
            raise InputError.single("device_code", problem)
        with transaction(self._write) as session:
            if session.get(LocalState, 1) is not None:
                raise NotAllowedError("PC ini sudah disiapkan.")
            session.add(
                LocalState(
                    id=1,
                    device_id=new_id(),
                    device_code=device_code,
                    last_seq=0,
                    last_hlc=Hlc(0).encode(),
                )
            )
            session.flush()
            local = session.get(LocalState, 1)
            assert local is not None
            self._append(
                session,
                Kind.DEVICE_REGISTERED,
                SYSTEM_AUTHOR,
                None,
                {"device_id": local.device_id, "code": device_code, "name": ""},
            )

    def _parse_sop(self, text: str, name: str, problems: dict[str, str]) -> Sop | None:
        from desktop.models.sop_loader import SopError

        try:
            return load_sop_text(text, name)
        except SopError as error:
            problems["sop"] = str(error)
            return None

    def _adopt_sop(self, session: Session, author: str, sop: Sop, text: str) -> str:
        digest = sop_digest(text)
        payload = {
            "digest": digest,
            "sop_id": sop.id,
            "revision": sop.revision,
            "title": sop.title,
            "text": text,
        }
        self._append(session, Kind.SOP_ADOPTED, author, None, payload)
        self._append(session, Kind.OFFICE_CONFIGURED, author, None, {"active_sop": digest})
        return digest

    def adopt_sop(self, actor: User, text: str, name: str = "SOP") -> Change:
        """Make a new SOP revision the one new cases start under; open cases keep theirs."""
        self._require_role(actor, Role.ADMIN)
        problems: dict[str, str] = {}
        sop = self._parse_sop(text, name, problems)
        if problems:
            raise InputError(problems)
        assert sop is not None
        with transaction(self._write) as session:
            self._adopt_sop(session, actor.user_id, sop, text)
        return Change(office=True)

    # -- office, SOPs, users ----------------------------------------------------------------

    def _setting(self, session: Session, key: str, default: Any = None) -> Any:
        row = session.get(OfficeSetting, key)
        return default if row is None else json.loads(row.value)

    def office_profile(self) -> OfficeProfile:
        with self.reading() as session:
            return OfficeProfile.from_payload(self._setting(session, "profile", {}))

    def agenda_format(self) -> AgendaFormat:
        with self.reading() as session:
            return AgendaFormat(self._setting(session, "agenda_format", DEFAULT_AGENDA_FORMAT))

    def active_sop(self) -> Sop:
        with self.reading() as session:
            digest = self._setting(session, "active_sop")
        if digest is None:
            raise NotAllowedError("Belum ada SOP yang dipakai; jalankan penyiapan awal.")
        return self.sop_by_digest(digest)

    def active_sop_digest(self) -> str:
        with self.reading() as session:
            return str(self._setting(session, "active_sop"))

    def sop_by_digest(self, digest: str, session: Session | None = None) -> Sop:
        """The SOP revision ``digest``; pass the write ``session`` inside a transaction that
        may have just stored it (a separate read connection would not see it yet)."""
        sop = self._sops.get(digest)
        if sop is None:
            if session is None:
                with self.reading() as reader:
                    row = reader.get(SopRevisionRow, digest)
            else:
                row = session.get(SopRevisionRow, digest)
            if row is None:
                raise KeyError(f"SOP revisi {digest[:12]} belum ada di PC ini")
            sop = load_sop_text(row.text, f"{row.sop_id} (revisi {row.revision})")
            self._sops[digest] = sop
        return sop

    def _require_sops(self, session: Session, events: Sequence[Event]) -> None:
        """Raise ``KeyError`` before anything is written when a case follows an SOP revision
        neither this PC nor ``events`` holds (its file has not been imported yet)."""
        adopted = {
            event.payload["digest"]
            for event in events
            if event.kind == Kind.SOP_ADOPTED and event.understood
        }
        for event in events:
            if event.kind == Kind.CASE_REGISTERED and event.understood:
                digest = event.payload["sop_digest"]
                if digest not in adopted:
                    self.sop_by_digest(digest, session)

    def _prime_sops(self, session: Session, events: Iterable[Event]) -> None:
        for event in events:
            if event.kind == Kind.CASE_REGISTERED and event.understood:
                self.sop_by_digest(event.payload["sop_digest"], session)

    def sop_revisions(self) -> list[tuple[str, str, str]]:
        with self.reading() as session:
            rows = session.execute(
                select(SopRevisionRow.digest, SopRevisionRow.sop_id, SopRevisionRow.revision)
            ).all()
            return list(rows)

    def users(self, *, include_inactive: bool = False) -> list[User]:
        with self.reading() as session:
            statement = select(UserRow).order_by(UserRow.name)
            if not include_inactive:
                statement = statement.where(UserRow.active.is_(True))
            return [_user(row) for row in session.execute(statement).scalars()]

    def user(self, user_id: str) -> User:
        with self.reading() as session:
            row = session.get(UserRow, user_id)
        if row is None:
            raise KeyError(user_id)
        return _user(row)

    def authenticate(self, user_id: str, pin: str) -> User:
        with self.reading() as session:
            row = session.get(UserRow, user_id)
        if row is None or not row.active or not verify_pin(pin, row.pin_hash):
            raise NotAllowedError("Nama pengguna atau PIN salah.")
        return _user(row)

    def save_user(self, actor: User, form: UserForm, user_id: str | None = None) -> User:
        self._require_role(actor, Role.ADMIN)
        validate_user_form(form, new=user_id is None)
        if user_id is not None and (form.role is not Role.ADMIN or not form.active):
            admins = [u.user_id for u in self.users() if u.role is Role.ADMIN]
            if admins == [user_id]:
                raise InputError.single(
                    "role", "Harus ada paling sedikit satu admin aktif; angkat admin lain dulu."
                )
        target = user_id or new_id()
        with transaction(self._write) as session:
            self._append(
                session, Kind.USER_SAVED, actor.user_id, None, self._user_payload(target, form)
            )
        return self.user(target)

    @staticmethod
    def _user_payload(user_id: str, form: UserForm) -> dict[str, Any]:
        return {
            "user_id": user_id,
            "name": form.name.strip(),
            "nip": form.nip.strip(),
            "jabatan": form.jabatan.strip(),
            "pangkat": form.pangkat.strip(),
            "role": form.role.value,
            "active": form.active,
            "pin_hash": hash_pin(form.pin) if form.pin else "",
        }

    @staticmethod
    def _require_role(actor: User, *roles: Role) -> None:
        if actor.role not in roles:
            raise NotAllowedError(f"Peran {actor.role.label} tidak boleh melakukan ini.")

    @staticmethod
    def _require_writer(actor: User) -> None:
        if not actor.role.can_write:
            raise NotAllowedError("Pimpinan hanya dapat melihat; minta petugas mencatatnya.")

    # -- events -----------------------------------------------------------------------------

    def _append(
        self,
        session: Session,
        kind: Kind,
        author: str,
        case_id: str | None,
        payload: dict[str, Any],
    ) -> Event:
        local = session.get(LocalState, 1)
        if local is None:
            raise NotAllowedError("PC ini belum disiapkan; jalankan penyiapan awal dulu.")
        clock = HybridClock(Hlc.decode(local.last_hlc), self._wall_ms)
        hlc = clock.tick().encode()
        local.last_hlc = hlc
        local.last_seq += 1
        event = Event(
            event_id=new_id(),
            device_id=local.device_id,
            device_seq=local.last_seq,
            hlc=hlc,
            schema_version=SCHEMA_VERSION,
            author=author,
            case_id=case_id,
            kind=kind.value,
            payload=payload,
        )
        session.add(event_row(event))
        session.flush()
        if case_id is None:
            apply_office_event(session, event)
        return event

    def case_events(self, session: Session, case_id: str) -> list[Event]:
        rows = session.execute(
            select(EventRow)
            .where(EventRow.case_id == case_id)
            .order_by(EventRow.hlc, EventRow.device_id, EventRow.event_id)
        ).scalars()
        return [event_from_row(row) for row in rows]

    def _project(self, session: Session, case_id: str) -> CaseState:
        events = self.case_events(session, case_id)
        self._prime_sops(session, events)
        state = self.folder.fold(case_id, events)
        write_case(session, state)
        return state

    def _state(self, session: Session, case_id: str) -> CaseState:
        events = self.case_events(session, case_id)
        self._prime_sops(session, events)
        state = self.folder.fold(case_id, events)
        if not state.registered:
            raise NotAllowedError("Pengaduan tidak ditemukan.")
        return state

    # -- registering ------------------------------------------------------------------------

    def find_lapor_duplicates(self, tracking: str) -> list[str]:
        if not tracking.strip():
            return []
        with self.reading() as session:
            rows = session.execute(
                select(CaseRow.nomor_agenda).where(CaseRow.lapor_tracking == tracking.strip())
            )
            return list(rows.scalars())

    def register_complaint(self, actor: User, form: ComplaintForm) -> Change:
        """Save a new complaint with its nomor agenda; attachments are copied in first."""
        self._require_writer(actor)
        now = self.now()
        check_complaint(form, now)
        warnings = []
        duplicates = self.find_lapor_duplicates(form.lapor_tracking)
        if duplicates:
            warnings.append(
                f"Nomor LAPOR! {form.lapor_tracking.strip()} sudah tercatat pada "
                f"{', '.join(duplicates)}; periksa apakah ini pengaduan yang sama."
            )
        blobs = [self.blobs.add_file(path) for path in form.attachments]
        from desktop.models.registration import complaint_payload

        payload = complaint_payload(form)
        case_id = new_id()
        with transaction(self._write) as session:
            local = session.get(LocalState, 1)
            if local is None:
                raise NotAllowedError("PC ini belum disiapkan; jalankan penyiapan awal dulu.")
            year = form.received_at.year
            series = session.get(NumberSeries, series_key("agenda", year))
            if series is None:
                series = NumberSeries(series=series_key("agenda", year), last_number=0)
                session.add(series)
            series.last_number += 1
            agenda = AgendaFormat(self._setting(session, "agenda_format", DEFAULT_AGENDA_FORMAT))
            nomor = agenda.render(
                year=year, device_code=local.device_code, number=series.last_number
            )
            digest = self._setting(session, "active_sop")
            if digest is None:
                raise NotAllowedError("Belum ada SOP yang dipakai; jalankan penyiapan awal.")
            payload.update(
                nomor_agenda=nomor, sop_digest=digest, at=now.isoformat(timespec="seconds")
            )
            self._append(session, Kind.CASE_REGISTERED, actor.user_id, case_id, payload)
            for blob in blobs:
                self._append(
                    session, Kind.ATTACHMENT_ADDED, actor.user_id, case_id, _blob_payload(blob, now)
                )
            self._project(session, case_id)
        return Change(case_ids=(case_id,), nomor_agenda=nomor, warnings=tuple(warnings))

    # -- workflow ---------------------------------------------------------------------------

    def complete_step(
        self,
        actor: User,
        case_id: str,
        *,
        step_id: str,
        branch: str = "",
        on_behalf_of: str = "",
        at: datetime | None = None,
        note: str = "",
        backdate_reason: str = "",
        attachments: Sequence[Path] = (),
    ) -> Change:
        """Record that the current step was done (on whose behalf, when, with which branch)."""
        self._require_writer(actor)
        now = self.now()
        moment = at or now
        blobs = [self.blobs.add_file(path) for path in attachments]
        with transaction(self._write) as session:
            state = self._state(session, case_id)
            sop = self.sop_by_digest(state.sop_digest)
            self._check_open(state)
            if step_id != state.current_step_id:
                current = sop.step(state.current_step_id)
                raise NotAllowedError(
                    f"Langkah ini bukan langkah saat ini. Pengaduan sedang di langkah "
                    f"{current.number}: {current.activity}"
                )
            step = sop.step(step_id)
            labels = [b.label for b in step.next]
            problems: dict[str, str] = {}
            if step.symbol is Symbol.DECISION and branch not in labels:
                problems["branch"] = "Pilih hasil keputusan: " + " / ".join(labels) + "."
            elif step.symbol is not Symbol.DECISION and branch:
                problems["branch"] = "Langkah ini bukan keputusan; tidak ada cabang dipilih."
            else:
                try:
                    next_step_id(step, branch)
                except KeyError:
                    problems["branch"] = "Cabang tidak dikenal: " + branch
            problems.update(self._moment_problems(moment, now, state, backdate_reason))
            if problems:
                raise InputError(problems)
            payload = step_payload(
                step_id,
                branch=branch,
                on_behalf_of=on_behalf_of.strip() or sop.lane(step.lane).name,
                at=moment,
                note=note,
                backdate_reason=backdate_reason,
            )
            self._append(session, Kind.STEP_COMPLETED, actor.user_id, case_id, payload)
            for blob in blobs:
                self._append(
                    session, Kind.ATTACHMENT_ADDED, actor.user_id, case_id, _blob_payload(blob, now)
                )
            self._project(session, case_id)
        return Change(case_ids=(case_id,))

    @staticmethod
    def _moment_problems(
        moment: datetime, now: datetime, state: CaseState, reason: str
    ) -> dict[str, str]:
        if moment > now + FUTURE_TOLERANCE:
            return {"at": "Waktu pelaksanaan tidak boleh di masa depan."}
        started = state.step_started_at
        if started is not None and moment < started:
            return {
                "at": f"Waktu pelaksanaan sebelum langkah ini dimulai ({started:%d-%m-%Y %H:%M})."
            }
        if now - moment > BACKDATE_WITHOUT_REASON and not reason.strip():
            return {
                "backdate_reason": "Dicatat mundur: tuliskan alasannya (misalnya 'lembar "
                "disposisi baru kembali dari Kepala Dinas')."
            }
        return {}

    @staticmethod
    def _check_open(state: CaseState) -> None:
        if state.status is CaseStatus.PAUSED:
            raise NotAllowedError(
                "Pengaduan sedang dijeda; lanjutkan dulu sebelum mencatat langkah."
            )
        if state.status is CaseStatus.CLOSED:
            raise NotAllowedError(
                "Pengaduan sudah ditutup; buka kembali bila perlu ditindaklanjuti."
            )

    def record_disposition(self, actor: User, case_id: str, form: DispositionForm) -> Change:
        self._require_writer(actor)
        problems: dict[str, str] = {}
        if not form.dari.strip():
            problems["dari"] = "Isi siapa yang memberi disposisi."
        kepada = [name.strip() for name in form.kepada if name.strip()]
        if not kepada:
            problems["kepada"] = "Isi paling sedikit satu penerima disposisi."
        if form.sifat not in Sifat._value2member_map_:
            problems["sifat"] = "Sifat harus sangat segera, segera, biasa atau rahasia."
        unknown = [item for item in form.instruksi if item not in Instruksi._value2member_map_]
        if unknown:
            problems["instruksi"] = "Instruksi tidak dikenal: " + ", ".join(unknown)
        if problems:
            raise InputError(problems)
        now = self.now()
        with transaction(self._write) as session:
            state = self._state(session, case_id)
            if state.status is CaseStatus.CLOSED:
                raise NotAllowedError("Pengaduan sudah ditutup; buka kembali dulu.")
            if form.batas_waktu is not None and form.batas_waktu < state.received_at.date():
                raise InputError.single("batas_waktu", "Batas waktu sebelum pengaduan diterima.")
            payload = disposition_payload(form, now)
            self._append(session, Kind.DISPOSITION_RECORDED, actor.user_id, case_id, payload)
            self._project(session, case_id)
        return Change(case_ids=(case_id,))

    def _simple(
        self,
        actor: User,
        case_id: str,
        *,
        kind: Kind,
        allowed: set[CaseStatus],
        refusal: str,
        payload: dict[str, Any],
    ) -> Change:
        self._require_writer(actor)
        now = self.now()
        with transaction(self._write) as session:
            state = self._state(session, case_id)
            if state.status not in allowed:
                raise NotAllowedError(refusal)
            payload = {"at": now.isoformat(timespec="seconds"), **payload}
            self._append(session, kind, actor.user_id, case_id, payload)
            self._project(session, case_id)
        return Change(case_ids=(case_id,))

    def pause(self, actor: User, case_id: str, reason: str = "") -> Change:
        return self._simple(
            actor,
            case_id,
            kind=Kind.CASE_PAUSED,
            allowed={CaseStatus.OPEN},
            refusal="Hanya pengaduan yang terbuka yang dapat dijeda.",
            payload={"reason": reason.strip() or "Menunggu tanggapan pelapor"},
        )

    def resume(self, actor: User, case_id: str) -> Change:
        return self._simple(
            actor,
            case_id,
            kind=Kind.CASE_RESUMED,
            allowed={CaseStatus.PAUSED},
            refusal="Pengaduan tidak sedang dijeda.",
            payload={},
        )

    def close_case(self, actor: User, case_id: str, outcome: str, note: str = "") -> Change:
        if outcome not in Outcome._value2member_map_:
            raise InputError.single("outcome", "Pilih hasil penyelesaian pengaduan.")
        return self._simple(
            actor,
            case_id,
            kind=Kind.CASE_CLOSED,
            allowed={CaseStatus.OPEN, CaseStatus.PAUSED},
            refusal="Pengaduan sudah ditutup.",
            payload={"outcome": outcome, "note": note.strip()},
        )

    def reopen(self, actor: User, case_id: str, reason: str) -> Change:
        if not reason.strip():
            raise InputError.single("reason", "Tuliskan alasan membuka kembali pengaduan.")
        return self._simple(
            actor,
            case_id,
            kind=Kind.CASE_REOPENED,
            allowed={CaseStatus.CLOSED},
            refusal="Hanya pengaduan yang sudah ditutup yang dapat dibuka kembali.",
            payload={"reason": reason.strip()},
        )

    def add_note(self, actor: User, case_id: str, note: str) -> Change:
        if not note.strip():
            raise InputError.single("note", "Catatan kosong.")
        return self._simple(
            actor,
            case_id,
            kind=Kind.NOTE_ADDED,
            allowed=set(CaseStatus),
            refusal="",
            payload={"text": note.strip()},
        )

    def add_attachment(self, actor: User, case_id: str, path: Path, filename: str = "") -> Change:
        self._require_writer(actor)
        blob = self.blobs.add_file(path, filename=filename or None)
        with transaction(self._write) as session:
            self._state(session, case_id)
            payload = _blob_payload(blob, self.now())
            self._append(session, Kind.ATTACHMENT_ADDED, actor.user_id, case_id, payload)
            self._project(session, case_id)
        return Change(case_ids=(case_id,))

    def edit_case(self, actor: User, case_id: str, fields: dict[str, str]) -> Change:
        """Change editable fields; the event records the version of each field the clerk saw,
        so an edit made meanwhile on another PC becomes a visible conflict, not a lost value."""
        self._require_writer(actor)
        unknown = sorted(set(fields) - set(EDITABLE_FIELDS))
        if unknown:
            raise InputError({name: "Isian ini tidak dapat diubah." for name in unknown})
        cleaned = {name: value.strip() for name, value in fields.items()}
        if "perihal" in cleaned and not cleaned["perihal"]:
            raise InputError.single("perihal", "Perihal tidak boleh kosong.")
        if "channel" in cleaned and cleaned["channel"] not in Channel._value2member_map_:
            raise InputError.single("channel", f"Saluran '{cleaned['channel']}' tidak dikenal.")
        return self._edit(actor, case_id, cleaned, force=False)

    def resolve_conflict(self, actor: User, case_id: str, field: str, value: str) -> Change:
        """The clerk's choice for a field edited concurrently: an edit made knowing the current
        version, which settles the conflict on every PC once it syncs."""
        self._require_writer(actor)
        if field not in EDITABLE_FIELDS:
            raise InputError.single(field, "Isian ini tidak dapat diubah.")
        return self._edit(actor, case_id, {field: value.strip()}, force=True)

    def _edit(self, actor: User, case_id: str, fields: dict[str, str], *, force: bool) -> Change:
        now = self.now()
        with transaction(self._write) as session:
            state = self._state(session, case_id)
            if not force:
                fields = {k: v for k, v in fields.items() if getattr(state, k) != v}
            if not fields:
                return Change()
            base = {
                name: state.versions[name].event_id for name in fields if name in state.versions
            }
            payload = edit_payload(fields, base, now)
            self._append(session, Kind.CASE_EDITED, actor.user_id, case_id, payload)
            self._project(session, case_id)
        return Change(case_ids=(case_id,))

    def refold(self, case_ids: Sequence[str]) -> None:
        """Re-derive the projections of ``case_ids`` from their events (after an upgrade)."""
        with transaction(self._write) as session:
            for case_id in case_ids:
                self._project(session, case_id)

    def sweep_auto_close(self) -> Change:
        """Close paused cases whose SOP pause rule ran out (e.g. LAPOR!: 10 hari kerja)."""
        now = self.now()
        closed: list[str] = []
        with self.reading() as session:
            paused = list(
                session.execute(
                    select(CaseRow.case_id, CaseRow.sop_digest).where(
                        CaseRow.status == CaseStatus.PAUSED.value
                    )
                ).all()
            )
        for case_id, digest in paused:
            rules = [
                rule
                for rule in self.sop_by_digest(digest).pause_rules
                if rule.action is DeadlineAction.CLOSE
            ]
            if not rules:
                continue
            with transaction(self._write) as session:
                state = self._state(session, case_id)
                if state.status is not CaseStatus.PAUSED or state.paused_at is None:
                    continue
                sop = self.sop_by_digest(digest)
                expiry = min(
                    self.calendar.due(
                        state.paused_at, rule.parsed, calendar_days_default=sop.calendar_days
                    )
                    for rule in rules
                )
                if expiry > now:
                    continue
                payload = {
                    "at": expiry.isoformat(timespec="seconds"),
                    "outcome": Outcome.TANPA_TANGGAPAN.value,
                    "note": "; ".join(rule.name for rule in rules),
                }
                self._append(session, Kind.CASE_CLOSED, SYSTEM_AUTHOR, case_id, payload)
                self._project(session, case_id)
                closed.append(case_id)
        return Change(case_ids=tuple(closed))

    # -- letters (surat dinas) --------------------------------------------------------------

    def letter_settings(self) -> LetterSettings:
        """Numbering format, unit and default kode klasifikasi of the office's letters."""
        with self.reading() as session:
            return self._letter_settings(session)

    def _letter_settings(self, session: Session) -> LetterSettings:
        return LetterSettings(
            number_format=self._setting(session, "letter_format", DEFAULT_LETTER_FORMAT),
            unit=self._setting(session, "letter_unit", DEFAULT_UNIT),
            kode_klasifikasi=self._setting(session, "letter_kode", DEFAULT_KODE_KLASIFIKASI),
        )

    def configure_letters(self, actor: User, settings: LetterSettings) -> Change:
        """Admin: the office's letter numbering (must keep ``{perangkat}`` and ``{nomor}``)."""
        self._require_role(actor, Role.ADMIN)
        settings.check()
        payload = {
            "letter_format": settings.number_format,
            "letter_unit": settings.unit.strip(),
            "letter_kode": settings.kode_klasifikasi.strip(),
        }
        with transaction(self._write) as session:
            self._append(session, Kind.OFFICE_CONFIGURED, actor.user_id, None, payload)
        return Change(office=True)

    def letter_template(self, kind: str) -> str:
        """The template a new letter of ``kind`` starts from: the office's own, else the
        bundled default."""
        default = default_template(kind)
        with self.reading() as session:
            return str(self._setting(session, f"letter_template/{kind}", "") or default)

    def set_letter_template(self, actor: User, kind: str, text: str) -> Change:
        """Admin: the office's own default text for ``kind``; empty text restores the bundled
        one. Refused (``InputError`` at ``template``) when it would not render."""
        self._require_role(actor, Role.ADMIN)
        default_template(kind)
        if text.strip():
            check_template(text)
        with transaction(self._write) as session:
            self._append(
                session,
                Kind.OFFICE_CONFIGURED,
                actor.user_id,
                None,
                {f"letter_template/{kind}": text if text.strip() else ""},
            )
        return Change(office=True)

    def officials(self) -> list[User]:
        """Active users who can sign a letter (those with a jabatan), the head of office first."""
        found = [user for user in self.users() if user.jabatan.strip()]
        return sorted(found, key=lambda user: (not _is_head(user.jabatan), user.name))

    def next_letter_nomor(self, tanggal: date, kode_klasifikasi: str = "") -> str:
        """The number the next new letter dated ``tanggal`` would get on this PC (a preview:
        nothing is reserved)."""
        with self.reading() as session:
            local = session.get(LocalState, 1)
            if local is None:
                raise NotAllowedError("PC ini belum disiapkan; jalankan penyiapan awal dulu.")
            series = session.get(NumberSeries, series_key("surat", tanggal.year))
            settings = self._letter_settings(session)
            return LetterNumberFormat(settings.number_format).render(
                kode=kode_klasifikasi.strip() or settings.kode_klasifikasi,
                device_code=local.device_code,
                number=(series.last_number if series else 0) + 1,
                unit=settings.unit,
                year=tanggal.year,
            )

    def default_letter_form(
        self,
        case_id: str,
        kind: str,
        viewer: User,
        *,
        hasil: str = "",
        instansi: str = "",
        penandatangan: str = "",
        tanggal: date | None = None,
    ) -> LetterForm:
        """A new letter of ``kind`` filled from the office's template and the case.

        ``hasil`` (result of the field check) and ``instansi`` (where a complaint is forwarded)
        fill their placeholders; left empty they show as ``[[...]]`` for the clerk to write.
        Raises ``InputError`` at ``template`` when the office's template does not render.
        """
        if kind not in LetterKind._value2member_map_:
            raise InputError.single("kind", "Jenis surat harus balasan, terlapor atau penerusan.")
        letter_kind = LetterKind(kind)
        template = self.letter_template(kind)
        with self.reading() as session:
            state = self._state(session, case_id)
            office = OfficeProfile.from_payload(self._setting(session, "profile", {}))
            settings = self._letter_settings(session)
        variables = letter_variables(
            state,
            office,
            masked=letter_kind.leaves_team or not viewer.role.complaint_team,
            hasil=hasil,
            instansi=instansi,
        )
        text = render_template(template, variables)
        officials = self.officials()
        signatory = penandatangan or (officials[0].user_id if officials else "")
        return LetterForm(
            kind=kind,
            hal=text.hal,
            kepada=text.kepada,
            body=text.isi,
            penandatangan=signatory,
            tanggal=tanggal or max(self.now().date(), state.received_at.date()),
            tempat=office.kota,
            di=text.di,
            sifat=Sifat.BIASA.value,
            lampiran=text.lampiran,
            tembusan=text.tembusan,
            atas_nama=_atas_nama(signatory, officials),
            kode_klasifikasi=settings.kode_klasifikasi,
        )

    def draft_letter(
        self, actor: User, case_id: str, form: LetterForm, letter_id: str | None = None
    ) -> Change:
        """Save a letter: a new one gets the next nomor surat of this PC (shown in
        ``Change.nomor_surat``); an existing ``letter_id`` gets its next version under the same
        number. A letter already marked sent cannot be changed."""
        self._require_writer(actor)
        now = self.now()
        with transaction(self._write) as session:
            state = self._state(session, case_id)
            problems = check_letter_form(form, received=state.received_at.date())
            letter = self._editable_letter(state, letter_id)
            if letter is not None and form.kind != letter.kind:
                problems["kind"] = "Jenis surat tidak dapat diubah; buat surat baru."
            signatory = self._signatory(session, form, problems)
            office = OfficeProfile.from_payload(self._setting(session, "profile", {}))
            tempat = form.tempat.strip() or office.kota.strip()
            if not tempat:
                problems["tempat"] = "Isi tempat surat dibuat, misalnya nama kota kantor."
            kode = form.kode_klasifikasi.strip()
            if "/" in kode:
                problems["kode_klasifikasi"] = "Kode klasifikasi tidak boleh memuat garis miring."
            if form.kind in LetterKind._value2member_map_ and LetterKind(form.kind).leaves_team:
                problems.update(_identity_problems(form, pelapor_secrets(state)))
            if problems:
                raise InputError(problems)
            assert signatory is not None
            if letter is None:
                target = new_id()
                version = 1
                nomor = self._take_letter_number(session, form.tanggal, kode)
            else:
                target, version, nomor = letter.letter_id, len(letter.versions) + 1, letter.nomor
            payload = drafted_payload(
                letter_id=target,
                version=version,
                form=form,
                nomor=nomor,
                tempat=tempat,
                signatory=signatory,
                at=now,
            )
            self._append(session, Kind.LETTER_DRAFTED, actor.user_id, case_id, payload)
            self._project(session, case_id)
        return Change(case_ids=(case_id,), letter_id=target, nomor_surat=nomor)

    @staticmethod
    def _editable_letter(state: CaseState, letter_id: str | None) -> Letter | None:
        if letter_id is None:
            return None
        letter = state.letters.get(letter_id)
        if letter is None:
            raise NotAllowedError("Surat tidak ditemukan pada pengaduan ini.")
        if letter.sent_on is not None:
            raise NotAllowedError(
                f"Surat {letter.nomor} sudah dikirim {_tanggal(letter.sent_on)} dan tidak dapat "
                "diubah lagi; buat surat baru bila perlu ralat."
            )
        return letter

    @staticmethod
    def _signatory(
        session: Session, form: LetterForm, problems: dict[str, str]
    ) -> SignatorySnapshot | None:
        if not form.penandatangan.strip():
            return None
        row = session.get(UserRow, form.penandatangan)
        if row is None or not row.jabatan.strip():
            problems["penandatangan"] = (
                "Penandatangan harus pengguna yang jabatannya terisi; lengkapi di menu Pengguna."
            )
            return None
        return SignatorySnapshot(
            user_id=row.user_id,
            jabatan=row.jabatan.strip(),
            nama=row.name.strip(),
            pangkat=row.pangkat.strip(),
            nip=row.nip.strip(),
            atas_nama=form.atas_nama.strip(),
        )

    def _take_letter_number(self, session: Session, tanggal: date, kode: str) -> str:
        local = session.get(LocalState, 1)
        if local is None:
            raise NotAllowedError("PC ini belum disiapkan; jalankan penyiapan awal dulu.")
        key = series_key("surat", tanggal.year)
        series = session.get(NumberSeries, key)
        if series is None:
            series = NumberSeries(series=key, last_number=0)
            session.add(series)
        series.last_number += 1
        settings = self._letter_settings(session)
        return LetterNumberFormat(settings.number_format).render(
            kode=kode or settings.kode_klasifikasi,
            device_code=local.device_code,
            number=series.last_number,
            unit=settings.unit,
            year=tanggal.year,
        )

    def mark_letter_sent(self, actor: User, case_id: str, letter_id: str, sent_on: date) -> Change:
        """Record that the latest version was signed and sent on ``sent_on``; from then on the
        letter cannot be edited."""
        self._require_writer(actor)
        now = self.now()
        with transaction(self._write) as session:
            state = self._state(session, case_id)
            letter = self._editable_letter(state, letter_id)
            assert letter is not None
            latest = letter.latest
            gaps = unfilled_parts(latest.hal, latest.body, *latest.kepada, *latest.tembusan)
            if gaps:
                raise InputError.single(
                    "body",
                    "Surat masih memuat bagian yang belum diisi: "
                    + ", ".join(gaps)
                    + ". Lengkapi lalu simpan versi baru sebelum dikirim.",
                )
            if sent_on < latest.tanggal:
                raise InputError.single(
                    "sent_on", f"Tanggal kirim sebelum tanggal surat ({_tanggal(latest.tanggal)})."
                )
            if sent_on > now.date():
                raise InputError.single("sent_on", "Tanggal kirim tidak boleh di masa depan.")
            payload = {
                "letter_id": letter.letter_id,
                "nomor": letter.nomor,
                "version": latest.version,
                "sent_on": sent_on.isoformat(),
                "at": now.isoformat(timespec="seconds"),
            }
            self._append(session, Kind.LETTER_SENT, actor.user_id, case_id, payload)
            self._project(session, case_id)
        return Change(case_ids=(case_id,), letter_id=letter.letter_id, nomor_surat=letter.nomor)

    def letters(self, case_id: str) -> list[Letter]:
        """The case's letters, oldest first, each with every version and its sent mark."""
        with self.reading() as session:
            state = self._state(session, case_id)
        return list(state.letters.values())

    def letter(self, case_id: str, reference: str) -> Letter:
        """One letter of the case by its id or its nomor surat."""
        for letter in self.letters(case_id):
            if reference in (letter.letter_id, letter.nomor):
                return letter
        raise NotAllowedError(f"Surat '{reference}' tidak ditemukan pada pengaduan ini.")

    # -- reading ----------------------------------------------------------------------------

    def list_cases(
        self, query: queries.CaseQuery, viewer: Role, *, offset: int = 0, limit: int = 200
    ) -> list[queries.CaseSummary]:
        with self.reading() as session:
            return queries.list_cases(
                session, query, self.now(), viewer, offset=offset, limit=limit
            )

    def count_cases(self, query: queries.CaseQuery) -> int:
        with self.reading() as session:
            return queries.count_cases(session, query, self.now())

    def dashboard(self) -> queries.Dashboard:
        with self.reading() as session:
            return queries.dashboard(session, self.now())

    def bidang_values(self) -> list[str]:
        with self.reading() as session:
            return queries.distinct_bidang(session)

    def case_detail(self, case_id: str, viewer: User) -> CaseDetail:
        with self.reading() as session:
            events = self.case_events(session, case_id)
            names = {row.user_id: row.name for row in session.execute(select(UserRow)).scalars()}
        state = self.folder.fold(case_id, events)
        if not state.registered:
            raise NotAllowedError("Pengaduan tidak ditemukan.")
        sop = self.sop_by_digest(state.sop_digest)
        now = self.now()
        ignored = {item.event_id: item.reason for item in state.ignored}
        timeline = tuple(
            _timeline_entry(event, sop, names, ignored.get(event.event_id, "")) for event in events
        )
        overdue = (
            state.status is CaseStatus.OPEN and state.due_at is not None and state.due_at < now
        )
        pelapor = queries.display_name(
            state.pelapor.nama,
            anonim=state.pelapor.anonim,
            rahasia=state.pelapor.rahasia,
            viewer=viewer.role,
        )
        return CaseDetail(
            state=state,
            sop=sop,
            pelapor_display=pelapor,
            timeline=timeline,
            actions=tuple(allowed_actions(state, sop, viewer)),
            overdue=overdue,
            deadlines=tuple(self._deadlines(state, sop, now)),
        )

    def _deadlines(self, state: CaseState, sop: Sop, now: datetime) -> Iterable[DeadlineStatus]:
        for rule in sop.deadlines:
            start = state.received_at
            if rule.starts_at is not None:
                done = [s for s in state.steps_done if s.step_id == rule.starts_at]
                if not done:
                    continue
                start = done[0].started_at
            due = self.calendar.due(start, rule.parsed, calendar_days_default=sop.calendar_days)
            yield DeadlineStatus(
                rule.name,
                due,
                rule.action.value,
                state.status is not CaseStatus.CLOSED and due < now,
                rule.description,
            )

    # -- events from elsewhere ---------------------------------------------------------------

    def ingest(
        self,
        events: Sequence[Event],
        bookkeeping: Callable[[Session, IngestResult], None] | None = None,
    ) -> IngestResult:
        """Add events recorded on another PC (or a bulk import) in one transaction.

        Idempotent by event id: an event already present with the same content is skipped; one
        present with *different* content is returned in ``mismatched`` and not applied. This
        PC's hybrid clock moves past every ingested event, so its next events sort after them.
        Only the touched cases are re-folded; cases new to this PC are written in bulk.
        ``bookkeeping`` runs with the result inside the same transaction (e.g. to record the
        file the events came from), so it commits together with the events or not at all.
        """
        if not events:
            if bookkeeping is not None:
                with transaction(self._write) as session:
                    bookkeeping(session, IngestResult())
            return IngestResult()
        with transaction(self._write) as session:
            ids = [event.event_id for event in events]
            known: dict[str, str] = {}
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                rows = session.execute(
                    select(EventRow.event_id, EventRow.payload, EventRow.kind, EventRow.hlc).where(
                        EventRow.event_id.in_(chunk)
                    )
                ).all()
                known.update({row[0]: f"{row[2]}|{row[3]}|{row[1]}" for row in rows})
            fresh: list[Event] = []
            mismatched: list[Event] = []
            seen: set[str] = set()
            for event in events:
                if event.event_id in seen:
                    continue
                seen.add(event.event_id)
                existing = known.get(event.event_id)
                if existing is None:
                    fresh.append(event)
                elif existing != f"{event.kind}|{event.hlc}|{canonical_json(event.payload)}":
                    mismatched.append(event)
            fresh, clashing = self._without_sequence_clashes(session, fresh)
            mismatched += clashing
            if len(fresh) >= BULK_EVENTS:
                with roomy_cache(session, len(fresh)):
                    self._store_fresh(session, fresh)
            elif fresh:
                self._store_fresh(session, fresh)
            result = IngestResult(
                added=len(fresh),
                skipped=len(events) - len(fresh) - len(mismatched),
                mismatched=tuple(mismatched),
                case_ids=tuple(sorted({e.case_id for e in fresh if e.case_id})),
            )
            if bookkeeping is not None:
                bookkeeping(session, result)
        return result

    @staticmethod
    def _without_sequence_clashes(
        session: Session, fresh: list[Event]
    ) -> tuple[list[Event], list[Event]]:
        """Split off events whose (device, sequence) another event already holds: a PC never
        reuses a sequence number, so such an event is damaged or forged."""
        taken: set[tuple[str, int]] = set()
        by_device: dict[str, list[int]] = {}
        for event in fresh:
            by_device.setdefault(event.device_id, []).append(event.device_seq)
        for device_id, seqs in by_device.items():
            rows = session.execute(
                select(EventRow.device_seq).where(
                    EventRow.device_id == device_id,
                    EventRow.device_seq.between(min(seqs), max(seqs)),
                )
            ).scalars()
            taken.update((device_id, seq) for seq in rows)
        keep: list[Event] = []
        clashing: list[Event] = []
        for event in fresh:
            key = (event.device_id, event.device_seq)
            if key in taken:
                clashing.append(event)
            else:
                taken.add(key)
                keep.append(event)
        return keep, clashing

    def _store_fresh(self, session: Session, fresh: list[Event]) -> None:
        self._require_sops(session, fresh)
        touched = sorted({event.case_id for event in fresh if event.case_id})
        existing_cases: set[str] = set()
        for start in range(0, len(touched), 500):
            chunk = touched[start : start + 500]
            rows = session.execute(
                select(EventRow.case_id).where(EventRow.case_id.in_(chunk)).distinct()
            )
            existing_cases.update(str(case_id) for case_id in rows.scalars())
        # Plain executemany: even a Core insert spends more per row than SQLite does.
        insert_rows(session, table_of(EventRow), [event_row_values(e) for e in fresh])
        local = session.get(LocalState, 1)
        if local is not None:
            clock = HybridClock(Hlc.decode(local.last_hlc), self._wall_ms)
            clock.observe(Hlc.decode(max(event.hlc for event in fresh)))
            local.last_hlc = clock.last.encode()
        for event in sorted(fresh, key=lambda e: e.order_key):
            if event.case_id is None and event.understood:
                apply_office_event(session, event)
        by_case: dict[str, list[Event]] = {}
        for event in fresh:
            if event.case_id:
                by_case.setdefault(event.case_id, []).append(event)
        self._prime_sops(session, fresh)
        new_states: list[CaseState] = []
        for case_id, case_events in by_case.items():
            if case_id in existing_cases:
                self._project(session, case_id)
            else:
                new_states.append(self.folder.fold(case_id, case_events))
            if len(new_states) >= 2000:
                write_cases_bulk(session, new_states)
                new_states = []
        write_cases_bulk(session, new_states)

    # -- maintenance ------------------------------------------------------------------------

    def rebuild(self) -> int:
        """Re-derive every projection from the event log; returns the number of cases."""
        with transaction(self._write) as session, roomy_cache(session):
            for table in PROJECTION_TABLES:
                session.execute(delete(table))
            session.execute(text("DELETE FROM case_search"))
            office_rows = session.execute(
                select(EventRow)
                .where(EventRow.case_id.is_(None))
                .order_by(EventRow.hlc, EventRow.device_id, EventRow.event_id)
            ).scalars()
            for row in office_rows:
                event = event_from_row(row)
                if event.understood:
                    apply_office_event(session, event)
            rows = session.execute(
                select(EventRow)
                .where(EventRow.case_id.is_not(None))
                .order_by(EventRow.case_id, EventRow.hlc, EventRow.device_id, EventRow.event_id)
            ).scalars()
            states: list[CaseState] = []
            current: list[Event] = []
            for row in rows:
                event = event_from_row(row)
                self._prime_sops(session, (event,))
                if current and current[0].case_id != event.case_id:
                    states.append(self.folder.fold(str(current[0].case_id), current))
                    current = []
                current.append(event)
                if len(states) >= 2000:
                    write_cases_bulk(session, states)
                    states = []
            if current:
                states.append(self.folder.fold(str(current[0].case_id), current))
            write_cases_bulk(session, states)
            count = session.execute(select(func.count()).select_from(CaseRow)).scalar_one()
        return int(count)

    @cached_property
    def attachment_folder(self) -> Path:
        return self.blobs.folder


def allowed_actions(state: CaseState, sop: Sop, viewer: User) -> Iterable[Action]:
    if not viewer.role.can_write:
        return
    if state.status is CaseStatus.OPEN and state.current_step_id:
        step = sop.step(state.current_step_id)
        branches = tuple(b.label for b in step.next) if step.symbol is Symbol.DECISION else ()
        yield Action("complete", f"Selesaikan langkah {step.number}", branches)
    if state.status is not CaseStatus.CLOSED:
        yield Action("dispose", "Catat disposisi")
    if state.status is CaseStatus.OPEN:
        yield Action("pause", "Jeda (menunggu pelapor)")
    if state.status is CaseStatus.PAUSED:
        yield Action("resume", "Lanjutkan")
    if state.status is not CaseStatus.CLOSED:
        yield Action("close", "Tutup pengaduan")
    else:
        yield Action("reopen", "Buka kembali")
    yield Action("note", "Tambah catatan")
    yield Action("attach", "Tambah lampiran")


_KIND_LABELS = {
    Kind.CASE_REGISTERED: "Pengaduan dicatat",
    Kind.CASE_EDITED: "Data pengaduan diubah",
    Kind.STEP_COMPLETED: "Langkah selesai",
    Kind.DISPOSITION_RECORDED: "Disposisi dicatat",
    Kind.NOTE_ADDED: "Catatan",
    Kind.ATTACHMENT_ADDED: "Lampiran ditambahkan",
    Kind.CASE_PAUSED: "Dijeda",
    Kind.CASE_RESUMED: "Dilanjutkan",
    Kind.CASE_CLOSED: "Ditutup",
    Kind.CASE_REOPENED: "Dibuka kembali",
    Kind.LETTER_DRAFTED: "Konsep surat",
    Kind.LETTER_SENT: "Surat dikirim",
}
_LETTER_KIND_SHORT = {
    LetterKind.BALASAN: "balasan",
    LetterKind.TERLAPOR: "kepada terlapor",
    LetterKind.PENERUSAN: "penerusan",
}


def _timeline_entry(event: Event, sop: Sop, names: dict[str, str], ignored: str) -> TimelineEntry:
    p = event.payload
    author = names.get(event.author, "Sistem" if event.author == SYSTEM_AUTHOR else event.author)
    at = datetime.fromisoformat(p["at"]) if "at" in p else datetime.min
    label = _KIND_LABELS.get(Kind(event.kind), event.kind) if event.understood else event.kind
    summary = label
    on_behalf = ""
    if event.kind == Kind.CASE_REGISTERED:
        summary = f"{label}: {p['nomor_agenda']} ({p['channel']})"
        at = datetime.fromisoformat(p["received_at"])
    elif event.kind == Kind.STEP_COMPLETED:
        try:
            step = sop.step(p["step_id"])
            summary = f"{label} {step.number}: {step.activity}"
        except StopIteration:
            summary = f"{label} {p['step_id']}"
        if p.get("branch"):
            summary += f" — {p['branch']}"
        if p.get("note"):
            summary += f". Catatan: {p['note']}"
        if p.get("backdate_reason"):
            summary += f". Dicatat mundur: {p['backdate_reason']}"
        on_behalf = p.get("on_behalf_of", "")
    elif event.kind == Kind.DISPOSITION_RECORDED:
        summary = f"{label} dari {p['dari']} kepada {', '.join(p['kepada'])}"
        on_behalf = p["dari"]
    elif event.kind == Kind.NOTE_ADDED:
        summary = f"{label}: {p['text']}"
    elif event.kind == Kind.ATTACHMENT_ADDED:
        summary = f"{label}: {p['filename']}"
    elif event.kind == Kind.CASE_PAUSED:
        summary = f"{label}: {p.get('reason', '')}"
    elif event.kind == Kind.CASE_CLOSED:
        outcome = (
            Outcome(p["outcome"]).label
            if p["outcome"] in Outcome._value2member_map_
            else p["outcome"]
        )
        summary = f"{label}: {outcome}"
    elif event.kind == Kind.CASE_REOPENED:
        summary = f"{label}: {p.get('reason', '')}"
    elif event.kind == Kind.LETTER_DRAFTED:
        kind = _LETTER_KIND_SHORT.get(LetterKind(p["kind"]), p["kind"])
        summary = f"Konsep surat {kind} {p['nomor']} versi {p['version']}: {p['hal']}"
    elif event.kind == Kind.LETTER_SENT:
        summary = f"Surat {p['nomor']} dikirim {_tanggal(date.fromisoformat(p['sent_on']))}"
    return TimelineEntry(event.event_id, event.kind, at, author, on_behalf, summary, ignored)


def _tanggal(day: date) -> str:
    return tanggal_id(day)


def _is_head(jabatan: str) -> bool:
    return jabatan.strip().lower().startswith("kepala dinas")


def _atas_nama(signatory: str, officials: Sequence[User]) -> str:
    """``a.n.`` line: the head's jabatan when someone else (a Sekretaris) signs."""
    heads = [user for user in officials if _is_head(user.jabatan)]
    chosen = next((user for user in officials if user.user_id == signatory), None)
    if chosen is None or not heads or _is_head(chosen.jabatan):
        return ""
    return heads[0].jabatan


def _identity_problems(form: LetterForm, secrets: tuple[str, ...]) -> dict[str, str]:
    """A *rahasia* complainant named in a letter that leaves the complaint team."""
    message = (
        "Memuat identitas pelapor yang dirahasiakan; tulis 'Pelapor (identitas dirahasiakan)'."
    )
    fields = {
        "hal": form.hal,
        "kepada": "\n".join(form.kepada),
        "body": form.body,
        "tembusan": "\n".join(form.tembusan),
        "lampiran": form.lampiran,
    }
    return {name: message for name, value in fields.items() if secrets and mentions(value, secrets)}


def step_payload(
    step_id: str,
    *,
    branch: str,
    on_behalf_of: str,
    at: datetime,
    note: str = "",
    backdate_reason: str = "",
) -> dict[str, Any]:
    """The payload of a completed step (shared with bulk import and seeding tools)."""
    return {
        "step_id": step_id,
        "branch": branch,
        "on_behalf_of": on_behalf_of,
        "at": at.isoformat(timespec="seconds"),
        "note": note.strip(),
        "backdate_reason": backdate_reason.strip(),
    }


def disposition_payload(form: DispositionForm, at: datetime) -> dict[str, Any]:
    return {
        "dari": form.dari.strip(),
        "kepada": [name.strip() for name in form.kepada if name.strip()],
        "sifat": form.sifat,
        "instruksi": list(form.instruksi),
        "instruksi_lain": form.instruksi_lain.strip(),
        "catatan": form.catatan.strip(),
        "batas_waktu": form.batas_waktu.isoformat() if form.batas_waktu else None,
        "at": at.isoformat(timespec="seconds"),
    }


def _blob_payload(blob: StoredBlob, now: datetime) -> dict[str, Any]:
    return {
        "sha256": blob.sha256,
        "filename": blob.filename,
        "size": blob.size,
        "media_type": blob.media_type,
        "at": now.isoformat(timespec="seconds"),
    }


def _user(row: UserRow) -> User:
    return User(
        user_id=row.user_id,
        name=row.name,
        nip=row.nip,
        jabatan=row.jabatan,
        pangkat=row.pangkat,
        role=Role(row.role),
        active=row.active,
    )


def event_row_values(event: Event) -> dict[str, Any]:
    return {
        "event_id": event.event_id,
        "device_id": event.device_id,
        "device_seq": event.device_seq,
        "hlc": event.hlc,
        "schema_version": event.schema_version,
        "author": event.author,
        "case_id": event.case_id,
        "kind": event.kind,
        "payload": canonical_json(event.payload),
    }


def event_row(event: Event) -> EventRow:
    return EventRow(**event_row_values(event))


def event_from_row(row: EventRow) -> Event:
    return Event(
        event_id=row.event_id,
        device_id=row.device_id,
        device_seq=row.device_seq,
        hlc=row.hlc,
        schema_version=row.schema_version,
        author=row.author,
        case_id=row.case_id,
        kind=row.kind,
        payload=json.loads(row.payload),
    )
