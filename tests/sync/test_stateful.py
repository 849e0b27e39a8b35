"""Three PCs, one shared folder, random work, random sync orders and the faults of real offices.

Faults: a crash leaving a half-written temporary file, a batch cut at a random byte (restored
later, as when a copy finishes), a damaged copy with flipped bits under another name, the same
events twice under other names and out of order, a rename refused once with PermissionError,
the share vanishing in the middle of an import, and clocks 30 days fast or slow. After the
faults stop and every PC syncs twice, all PCs hold every event and show identical projections.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule
from sqlalchemy import select

from desktop.models.desk import Desk, DispositionForm
from desktop.models.problems import InputError, NotAllowedError
from desktop.models.registration import ComplaintForm, PartyForm
from desktop.models.sop import Symbol
from desktop.models.tables import EventRow
from desktop.sync import shared_folder
from desktop.sync.exchange import sync_round
from desktop.sync.shared_folder import ShareUnavailableError
from tests.models.conftest import Clock
from tests.models.test_rebuild_property import full_snapshot
from tests.sync.conftest import Office

PCS = st.integers(min_value=0, max_value=2)
SKEW = timedelta(days=30)


def event_ids(desk: Desk) -> set[str]:
    with desk.reading() as session:
        return set(session.execute(select(EventRow.event_id)).scalars())


class OfficeMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="meja-sync-"))
        self.office: Office | None = None
        self.clocks: list[Clock] = []
        self.cases: list[str] = []
        self.cut: dict[Path, bytes] = {}
        self.copies = 0
        shared_folder.RETRY_WAIT = 0.0

    @initialize(skews=st.lists(st.sampled_from([-1, 0, 1]), min_size=3, max_size=3))
    def start(self, skews: list[int]) -> None:
        base = datetime(2026, 3, 17, 10, 0)
        self.clocks = [Clock(base + SKEW * skew) for skew in skews]
        self.office = Office(self.root, self.clocks[0])
        self.office.join("TU2", self.clocks[1])
        self.office.join("TU3", self.clocks[2])

    @property
    def o(self) -> Office:
        assert self.office is not None
        return self.office

    def tick(self, minutes: int = 7) -> None:
        for clock in self.clocks:
            clock.moment += timedelta(minutes=minutes)

    # -- work ----------------------------------------------------------------------------

    @rule(pc=PCS)
    def register(self, pc: int) -> None:
        self.tick()
        clock = self.clocks[pc]
        form = ComplaintForm(
            "sms", clock.moment - timedelta(hours=1), PartyForm("Ani"), "Perihal", "Isi"
        )
        self.cases.append(self.o.desks[pc].register_complaint(self.o.users[pc], form).case_ids[0])

    @rule(
        pc=PCS,
        which=st.integers(0, 50),
        op=st.sampled_from(
            ["complete", "dispose", "pause", "resume", "close", "reopen", "note", "edit"]
        ),
        branch=st.integers(0, 3),
    )
    def operate(self, pc: int, which: int, op: str, branch: int) -> None:
        if not self.cases:
            return
        self.tick()
        desk, user, case_id = (
            self.o.desks[pc],
            self.o.users[pc],
            self.cases[which % len(self.cases)],
        )
        try:
            detail = desk.case_detail(case_id, user)
        except NotAllowedError:
            return  # this PC has not received the case yet
        try:
            if op == "complete":
                step = detail.current_step
                if step is None:
                    return
                labels = [b.label for b in step.next] if step.symbol is Symbol.DECISION else [""]
                desk.complete_step(
                    user, case_id, step_id=step.id, branch=labels[branch % len(labels)]
                )
            elif op == "dispose":
                form = DispositionForm("Kepala Dinas", ("Kepala Bidang",), "segera", ("arsip",))
                desk.record_disposition(user, case_id, form)
            elif op == "pause":
                desk.pause(user, case_id)
            elif op == "resume":
                desk.resume(user, case_id)
            elif op == "close":
                desk.close_case(user, case_id, "selesai")
            elif op == "reopen":
                desk.reopen(user, case_id, "ditinjau ulang")
            elif op == "note":
                desk.add_note(user, case_id, f"catatan {branch}")
            else:
                desk.edit_case(user, case_id, {"perihal": f"perihal PC{pc} {branch}"})
        except (InputError, NotAllowedError):
            pass

    @rule(pc=PCS)
    def sync(self, pc: int) -> None:
        try:
            sync_round(self.o.desks[pc])
        except ShareUnavailableError:
            raise AssertionError("the share is there") from None

    # -- faults ---------------------------------------------------------------------------

    def batches(self) -> list[Path]:
        return sorted((self.o.office / "outbox").glob("*/*.batch"))

    @rule(pc=PCS, size=st.integers(0, 400))
    def crash_leaves_temp_file(self, pc: int, size: int) -> None:
        folder = self.o.office / "outbox" / self.o.desks[pc].device().device_id
        folder.mkdir(parents=True, exist_ok=True)
        name = f"TU{pc + 1}-000000001-000000009.batch"
        (folder / f".{name}.{os.urandom(8).hex()}.tmp").write_bytes(os.urandom(size))

    @rule(which=st.integers(0, 100), fraction=st.floats(0.0, 0.999))
    def truncate(self, which: int, fraction: float) -> None:
        files = [p for p in self.batches() if p not in self.cut]
        if not files:
            return
        path = files[which % len(files)]
        data = path.read_bytes()
        self.cut[path] = data
        path.write_bytes(data[: int(len(data) * fraction)])

    @rule()
    def copy_finishes(self) -> None:
        for path, data in self.cut.items():
            path.write_bytes(data)
        self.cut.clear()

    def original(self, which: int) -> tuple[Path, bytes] | None:
        files = [p for p in self.batches() if p not in self.cut]
        if not files:
            return None
        path = files[which % len(files)]
        return path, path.read_bytes()

    @rule(which=st.integers(0, 100), bit=st.integers(0, 10**6))
    def damaged_copy(self, which: int, bit: int) -> None:
        found = self.original(which)
        if found is None:
            return
        path, data = found
        flipped = bytearray(data)
        flipped[(bit // 8) % len(data)] ^= 1 << (bit % 8)
        self.copies += 1
        (path.parent / f"{path.stem}-salinan{self.copies}.batch").write_bytes(bytes(flipped))

    @rule(which=st.integers(0, 100))
    def duplicate_reordered(self, which: int) -> None:
        found = self.original(which)
        if found is None:
            return
        path, data = found
        self.copies += 1
        code = path.name.split("-")[0]
        # Sorts before every original: read first, out of order, events already elsewhere.
        (path.parent / f"{code}-000000000-{self.copies:09d}.batch").write_bytes(data)

    @rule(pc=PCS)
    def rename_refused_once(self, pc: int) -> None:
        self.register(pc)
        real_link = os.link
        calls = {"n": 0}

        def refusing(*args: Any, **kwargs: Any) -> None:
            calls["n"] += 1
            if calls["n"] == 1:
                raise PermissionError(13, "berkas sedang dipakai proses lain")
            real_link(*args, **kwargs)

        shared_folder.os.link = refusing  # type: ignore[assignment]
        try:
            sync_round(self.o.desks[pc])
        finally:
            shared_folder.os.link = real_link

    @rule(pc=PCS)
    def share_vanishes_mid_import(self, pc: int) -> None:
        share, away = self.o.share, self.o.share.with_name("share-hilang")

        def vanish(index: int, total: int, name: str) -> None:
            if share.exists():
                share.rename(away)

        try:
            sync_round(self.o.desks[pc], progress=vanish)
        except ShareUnavailableError:
            pass
        finally:
            if away.exists():
                away.rename(share)
        assert not away.exists() and share.is_dir()

    # -- the invariant -------------------------------------------------------------------

    def teardown(self) -> None:
        try:
            if self.office is None:
                return
            self.copy_finishes()
            created = set().union(*(event_ids(desk) for desk in self.o.desks))
            self.tick(60)
            self.o.sync_all(2)
            snapshots = [full_snapshot(desk) for desk in self.o.desks]
            for desk, snapshot in zip(self.o.desks, snapshots, strict=True):
                assert event_ids(desk) == created, "an event is missing on a PC"
                assert snapshot == snapshots[0], "projections differ between PCs"
        finally:
            if self.office is not None:
                self.o.close()
            shutil.rmtree(self.root, ignore_errors=True)
            shared_folder.RETRY_WAIT = 0.2


OfficeMachine.TestCase.settings = settings(
    max_examples=15,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestOfficeSync = OfficeMachine.TestCase
