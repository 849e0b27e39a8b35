"""The monthly recap: its numbers against counts made straight from the event log, and its chart."""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.documents.recap import render_recap_pdf
from desktop.documents.reports import NO_BIDANG, recap_data
from desktop.models.accounts import User
from desktop.models.desk import Desk
from desktop.models.registration import ComplaintForm, PartyForm
from desktop.models.tables import EventRow
from desktop.models.vocabulary import CHANNEL_LABELS, OUTCOME_LABELS, CaseStatus, Channel, Outcome

from ..models.conftest import Clock, make_desk

CHANNELS = ["surat", "whatsapp", "lapor", "email", "surat", "telepon", "whatsapp", "surat"]
BIDANG = ["Pelayanan Kesehatan", "P2P", "", "P2P"]


def _register(desk: Desk, admin: User, clock: Clock, at: datetime, index: int) -> str:
    clock.moment = at
    form = ComplaintForm(
        channel=CHANNELS[index % len(CHANNELS)],
        received_at=at,
        pelapor=PartyForm(f"Pelapor {index}"),
        perihal=f"Keluhan nomor {index}",
        isi="Isi keluhan",
        bidang=BIDANG[index % len(BIDANG)],
        letter_asal="Warga" if CHANNELS[index % len(CHANNELS)] == "surat" else "",
        lapor_tracking=f"LAPOR-{index}" if CHANNELS[index % len(CHANNELS)] == "lapor" else "",
    )
    return desk.register_complaint(admin, form).case_ids[0]


def _step(
    desk: Desk, admin: User, clock: Clock, case_id: str, step_id: str, *, at: datetime
) -> None:
    clock.moment = at
    desk.complete_step(admin, case_id, step_id=step_id, at=at)


def _close(
    desk: Desk, admin: User, clock: Clock, case_id: str, outcome: Outcome, *, at: datetime
) -> None:
    clock.moment = at
    desk.close_case(admin, case_id, outcome.value)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[Desk, User, Clock]]:
    """November 2026 with work around it: steps on time and late, closures, a pause, a reopen."""
    clock = Clock(datetime(2026, 10, 1, 8, 0))
    desk, admin = make_desk(tmp_path / "data", clock)
    october = [datetime(2026, 10, 5 + day, 9, 0) for day in range(3)]
    old = [_register(desk, admin, clock, at, 100 + n) for n, at in enumerate(october)]
    _close(desk, admin, clock, old[0], Outcome.SELESAI, at=datetime(2026, 10, 20, 9))
    november = [datetime(2026, 11, 2 + day, 9, 0) for day in range(12)]
    cases = [_register(desk, admin, clock, at, n) for n, at in enumerate(november)]
    for n in range(6):  # s2 (1 jam) done in 20 minutes, three of them then s3 (3 hari) too
        done = november[n] + timedelta(minutes=20)
        _step(desk, admin, clock, cases[n], "s2", at=done)
        if n < 3:
            _step(desk, admin, clock, cases[n], "s3", at=done + timedelta(minutes=30))
    for n in (6, 7):  # s2 done ten days late
        _step(desk, admin, clock, cases[n], "s2", at=november[n] + timedelta(days=10))
    _close(desk, admin, clock, cases[8], Outcome.BUKAN_KEWENANGAN, at=datetime(2026, 11, 20, 10))
    _close(desk, admin, clock, cases[9], Outcome.DITERUSKAN, at=datetime(2026, 11, 21, 10))
    _close(desk, admin, clock, old[1], Outcome.SELESAI, at=datetime(2026, 11, 23, 10))
    _close(desk, admin, clock, cases[10], Outcome.SELESAI, at=datetime(2026, 11, 24, 10))
    clock.moment = datetime(2026, 11, 25, 10)
    desk.reopen(admin, cases[10], "Pelapor keberatan")
    clock.moment = datetime(2026, 11, 26, 10)
    desk.pause(admin, cases[11], "Menunggu data pelapor")
    _step(desk, admin, clock, old[2], "s2", at=datetime(2026, 11, 27, 9))  # an October case, late
    clock.moment = datetime(2026, 12, 3, 9)
    yield desk, admin, clock
    desk.close()


def independent_counts(desk: Desk) -> dict[str, Counter[str]]:
    """The recap's numbers counted from the raw events, without the projection or its queries."""
    start, end = datetime(2026, 11, 1), datetime(2026, 12, 1)
    sop = desk.active_sop()
    with desk.reading() as session:
        rows = session.execute(
            select(EventRow).order_by(EventRow.hlc, EventRow.device_id, EventRow.event_id)
        ).scalars()
        events = [(row.case_id, row.kind, json.loads(row.payload)) for row in rows if row.case_id]
    registered: dict[str, dict[str, object]] = {}
    status: dict[str, str] = {}
    closed: dict[str, tuple[str, datetime] | None] = {}
    last_moment: dict[str, datetime] = {}
    steps_done: Counter[str] = Counter()
    steps_on_time: Counter[str] = Counter()
    for case_id, kind, payload in events:
        if kind == "case.registered":
            registered[case_id] = payload
            status[case_id] = "terbuka"
            last_moment[case_id] = datetime.fromisoformat(str(payload["received_at"]))
        elif kind == "case.step-completed":
            at = datetime.fromisoformat(payload["at"])
            if start <= at < end:
                lane = sop.lane(sop.step(payload["step_id"]).lane).name
                steps_done[lane] += 1
                steps_on_time[lane] += at - last_moment[case_id] < timedelta(days=1)
            last_moment[case_id] = at
        elif kind == "case.closed":
            status[case_id] = "ditutup"
            closed[case_id] = (payload["outcome"], datetime.fromisoformat(payload["at"]))
        elif kind == "case.reopened":
            status[case_id] = "terbuka"
            closed[case_id] = None
        elif kind == "case.paused":
            status[case_id] = "dijeda"
        elif kind == "case.resumed":
            status[case_id] = "terbuka"
    in_month = [
        case_id
        for case_id, payload in registered.items()
        if start <= datetime.fromisoformat(str(payload["received_at"])) < end
    ]
    return {
        "channel": Counter(str(registered[c]["channel"]) for c in in_month),
        "bidang": Counter(str(registered[c]["bidang"]) or NO_BIDANG for c in in_month),
        "status": Counter(status[c] for c in in_month),
        "outcome": Counter(
            value[0] for value in closed.values() if value and start <= value[1] < end
        ),
        "done": steps_done,
        "on_time": steps_on_time,
    }


def test_recap_counts_equal_counts_from_the_event_log(office: tuple[Desk, User, Clock]) -> None:
    desk, _, _ = office
    recap = recap_data(desk, 2026, 11)
    expected = independent_counts(desk)

    assert sum(recap.by_channel.values()) == 12
    assert recap.by_channel == {
        label: expected["channel"][channel.value] for channel, label in CHANNEL_LABELS.items()
    }
    assert {k: v for k, v in recap.by_bidang.items()} == dict(expected["bidang"])
    assert recap.by_status == {s.label: expected["status"][s.value] for s in CaseStatus}
    assert recap.by_status["Dijeda"] == 1
    assert recap.by_outcome == {
        label: expected["outcome"][outcome.value] for outcome, label in OUTCOME_LABELS.items()
    }
    assert recap.by_outcome["Selesai"] == 1  # the October case; the reopened one is open again
    assert recap.on_time == {
        lane: (expected["on_time"][lane], expected["done"][lane]) for lane in expected["done"]
    }
    assert recap.on_time["Bag. Tata Usaha"] == (6, 9)
    assert recap.on_time["Kepala OPD"] == (3, 3)


def test_a_month_without_cases_gives_zeros(office: tuple[Desk, User, Clock]) -> None:
    desk, _, _ = office
    recap = recap_data(desk, 2027, 2)
    assert sum(recap.by_channel.values()) == 0
    assert recap.on_time == {}
    reader = PdfReader(io.BytesIO(render_recap_pdf(recap)))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "REKAP PENGADUAN BULAN FEBRUARI 2027" in text


def test_recap_pdf_shows_tables_chart_and_scope(office: tuple[Desk, User, Clock]) -> None:
    desk, _, _ = office
    reader = PdfReader(io.BytesIO(render_recap_pdf(recap_data(desk, 2026, 11))))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "REKAP PENGADUAN BULAN NOVEMBER 2026" in text
    assert "diterima 1 November 2026 s.d. 30 November 2026" in " ".join(text.split())
    for heading in ("Saluran", "Bidang", "Status", "Hasil", "Pelaksana"):
        assert heading in text
    assert "Halaman 1 dari" in text
    # The chart: its caption, a bar label per channel used, and filled bars drawn as paths.
    assert "Jumlah pengaduan per saluran" in text
    first = reader.pages[0]
    content = first.get_contents().get_data().decode("latin-1")
    assert content.count(" re") > 20
    assert text.count(Channel.WHATSAPP.label) >= 2  # in the table and on the chart's axis
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert not any("Helvetica" in font for font in fonts)
