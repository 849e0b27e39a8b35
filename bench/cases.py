"""Case desk at office scale: 200,000 cases of about ten events each.

The seeded data folder is kept (``--keep``) because seeding takes minutes; its seeding time is
printed the run it is made.
"""

from __future__ import annotations

import os
import random
import shutil
import time
from datetime import datetime
from pathlib import Path

from bench.measure import Row, repeat
from bench.seed import seed, setup_office
from desktop.models.desk import Desk
from desktop.models.queries import CaseQuery
from desktop.models.vocabulary import CaseStatus, Role

DEFAULT_FOLDER = Path(os.environ.get("MEJA_BENCH_DIR", "/tmp/meja-bench-cases"))
PIN = "1234"


def prepared_office(cases: int, folder: Path = DEFAULT_FOLDER) -> tuple[Path, float | None]:
    """A data folder holding ``cases`` seeded cases; seeding seconds when it was made now."""
    marker = folder / f"seeded-{cases}"
    if marker.exists():
        return folder, None
    shutil.rmtree(folder, ignore_errors=True)
    desk, admin = setup_office(folder)
    started = time.perf_counter()
    events = seed(desk, admin, cases, now=datetime.now())
    seconds = time.perf_counter() - started
    desk.close()
    marker.write_text(f"{events} events in {seconds:.0f} s\n")
    return folder, seconds


def measure(runs: int, cases: int = 200_000) -> list[Row]:
    folder, seeding = prepared_office(cases)
    desk = Desk(folder)
    admin = desk.authenticate(desk.users()[0].user_id, PIN)
    rows: list[Row] = []
    if seeding is not None:
        rows.append(Row(f"seed {cases:,} cases (once)", (seeding,)))
    search = CaseQuery(search="ambulans puskesmas")
    rows.append(
        Row(
            "search 'ambulans puskesmas' (first page)",
            repeat(lambda: desk.list_cases(search, Role.ADMIN, limit=200), runs),
            goal="≤ 50 ms",
        )
    )
    rows.append(
        Row(
            "search count",
            repeat(lambda: desk.count_cases(search), runs),
        )
    )
    overdue = CaseQuery(overdue=True)
    rows.append(
        Row(
            "overdue filter (first page)",
            repeat(lambda: desk.list_cases(overdue, Role.ADMIN, limit=200), runs),
            goal="≤ 100 ms",
        )
    )
    rows.append(Row("overdue count", repeat(lambda: desk.count_cases(overdue), runs)))
    rows.append(
        Row(
            "list first page, newest first",
            repeat(lambda: desk.list_cases(CaseQuery(), Role.ADMIN, limit=200), runs),
        )
    )
    open_cases = [
        row.case_id
        for row in desk.list_cases(
            CaseQuery(statuses=frozenset({CaseStatus.OPEN.value})), Role.ADMIN, limit=runs * 3
        )
    ]
    rng = random.Random(3)
    rng.shuffle(open_cases)
    samples = []
    for case_id in open_cases:
        detail = desk.case_detail(case_id, admin)
        step = detail.current_step
        if step is None:
            continue
        branch = step.next[0].label if len(step.next) > 1 else ""
        started = time.perf_counter()
        desk.complete_step(admin, case_id, step_id=step.id, branch=branch)
        samples.append(time.perf_counter() - started)
        if len(samples) >= runs:
            break
    rows.append(Row("complete a step (operation + projection)", tuple(samples), goal="≤ 20 ms"))
    desk.close()
    return rows
