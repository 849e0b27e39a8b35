"""Seed an office with many cases, as events of a second PC ingested through ``Desk.ingest``.

Recording 200,000 complaints one operation at a time would take hours, so the seeder writes the
events a clerk on another PC ("TU9") would have produced (the same payload builders the desk
uses), and the desk ingests them as it would a sync round: the projections come from the same
fold. Roughly ten events per case: registration, step completions (decisions take a random
branch), a disposition, a note, sometimes a pause and resume, and a close for older cases.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from desktop.models.accounts import User, UserForm
from desktop.models.case_fold import next_step_id
from desktop.models.desk import Desk, DispositionForm, disposition_payload, step_payload
from desktop.models.events import SCHEMA_VERSION, Event, Hlc, Kind, new_id
from desktop.models.numbering import AgendaFormat
from desktop.models.office import OfficeProfile
from desktop.models.registration import ComplaintForm, PartyForm, complaint_payload
from desktop.models.sop import Sop
from desktop.models.sop_loader import bundled_template_files
from desktop.models.vocabulary import Channel, Outcome, Role

SEED_DEVICE = "TU9"
FIRST_NAMES = ["Budi", "Siti", "Ahmad", "Dewi", "Rina", "Agus", "Yuliani", "Hendra", "Sri", "Joko"]
LAST_NAMES = ["Santoso", "Aminah", "Wulandari", "Saputra", "Lestari", "Hidayat", "Pratama"]
TOPICS = [
    "Antrean puskesmas terlalu lama",
    "Obat kosong di apotek puskesmas",
    "Ambulans terlambat datang",
    "Petugas tidak ramah di loket",
    "Biaya tambahan di luar tarif",
    "Sampah medis dibuang sembarangan",
    "Jadwal imunisasi berubah tanpa kabar",
    "Toilet puskesmas kotor",
]
BIDANG = ["Pelayanan Kesehatan", "Kesehatan Masyarakat", "P2P", "SDK", "Sekretariat"]


def setup_office(data_dir: Path, sop_id: str = "jambi-provinsi") -> tuple[Desk, User]:
    desk = Desk(data_dir)
    entry = next(e for e in bundled_template_files() if e.name == f"{sop_id}.yaml")
    admin = desk.setup(
        office=OfficeProfile("Pemerintah Provinsi Jambi", "Dinas Kesehatan", kota="Jambi"),
        device_code="TU1",
        admin=UserForm("Admin Bench", Role.ADMIN, pin="1234"),
        sop_text=entry.read_text(encoding="utf-8"),
    )
    return desk, admin


class SeedPc:
    """Produces the events of a virtual PC, in its own sequence and clock."""

    def __init__(self, desk: Desk, author: User, rng: random.Random, now: datetime) -> None:
        self.device_id = new_id()
        self.seq = 0
        self.wall_ms = 1_700_000_000_000
        self.author = author.user_id
        self.rng = rng
        self.now = now
        self.sop: Sop = desk.active_sop()
        self.digest = desk.active_sop_digest()
        self.agenda = desk.agenda_format()
        self.numbers: dict[int, int] = {}

    def _event(self, kind: Kind, case_id: str, payload: dict[str, object]) -> Event:
        self.seq += 1
        self.wall_ms += 1
        return Event(
            new_id(),
            self.device_id,
            self.seq,
            Hlc(self.wall_ms).encode(),
            SCHEMA_VERSION,
            self.author,
            case_id,
            kind.value,
            payload,
        )

    def case(self) -> list[Event]:
        rng = self.rng
        received = self.now - timedelta(minutes=rng.randint(10, 2 * 365 * 24 * 60))
        received = received.replace(second=0, microsecond=0)
        year = received.year
        self.numbers[year] = self.numbers.get(year, 0) + 1
        form = ComplaintForm(
            channel=rng.choice(list(Channel)).value,
            received_at=received,
            pelapor=PartyForm(
                f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                kontak=f"08{rng.randint(10**9, 10**10 - 1)}",
                rahasia=rng.random() < 0.05,
            ),
            perihal=rng.choice(TOPICS),
            isi=f"{rng.choice(TOPICS)}. Kejadian di Puskesmas {rng.randint(1, 40)}.",
            bidang=rng.choice(BIDANG),
            lapor_tracking=f"LAPOR-{rng.randint(10**6, 10**7)}" if rng.random() < 0.1 else "",
        )
        payload = complaint_payload(form)
        payload.update(
            nomor_agenda=AgendaFormat(self.agenda.pattern).render(
                year=year, device_code=SEED_DEVICE, number=self.numbers[year]
            ),
            sop_digest=self.digest,
            at=received.isoformat(timespec="seconds"),
        )
        case_id = new_id()
        events = [self._event(Kind.CASE_REGISTERED, case_id, payload)]
        moment = received
        step = self.sop.step(next_step_id(self.sop.first_step, "") or self.sop.first_step.id)
        age = (self.now - received).days
        steps_to_do = rng.randint(0, 7) if age < 30 else rng.randint(4, 9)
        for _ in range(steps_to_do):
            moment += timedelta(minutes=rng.randint(20, 3000))
            if moment >= self.now:
                break
            branch = rng.choice([b.label for b in step.next]) if len(step.next) > 1 else ""
            events.append(
                self._event(
                    Kind.STEP_COMPLETED,
                    case_id,
                    step_payload(
                        step.id,
                        branch=branch,
                        on_behalf_of=self.sop.lane(step.lane).name,
                        at=moment,
                    ),
                )
            )
            target = next_step_id(step, branch)
            if target is None:
                return events
            step = self.sop.step(target)
        disposition = DispositionForm(
            "Kepala Dinas",
            ("Kepala Bidang",),
            "segera",
            ("proses-lanjut",),
            catatan="Tindak lanjuti",
        )
        events.append(
            self._event(
                Kind.DISPOSITION_RECORDED, case_id, disposition_payload(disposition, moment)
            )
        )
        events.append(
            self._event(
                Kind.NOTE_ADDED, case_id, {"text": "Pelapor dihubungi", "at": moment.isoformat()}
            )
        )
        if rng.random() < 0.15:
            events.append(self._event(Kind.CASE_PAUSED, case_id, {"at": moment.isoformat()}))
            resumed = moment + timedelta(days=rng.randint(1, 5))
            if resumed < self.now:
                events.append(self._event(Kind.CASE_RESUMED, case_id, {"at": resumed.isoformat()}))
        if age > 60 and rng.random() < 0.7:
            closed = min(moment + timedelta(days=1), self.now)
            outcome = rng.choice([o.value for o in Outcome if o is not Outcome.TANPA_TANGGAPAN])
            events.append(
                self._event(
                    Kind.CASE_CLOSED,
                    case_id,
                    {"at": closed.isoformat(), "outcome": outcome, "note": ""},
                )
            )
        return events

    def batches(self, cases: int, batch_cases: int = 5000) -> Iterator[list[Event]]:
        made = 0
        while made < cases:
            count = min(batch_cases, cases - made)
            batch: list[Event] = []
            for _ in range(count):
                batch.extend(self.case())
            made += count
            yield batch


def seed(desk: Desk, admin: User, cases: int, *, now: datetime, rng_seed: int = 7) -> int:
    """Ingest ``cases`` seeded cases; returns the number of events."""
    pc = SeedPc(desk, admin, random.Random(rng_seed), now)
    total = 0
    for batch in pc.batches(cases):
        total += desk.ingest(batch).added
    return total
