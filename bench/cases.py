"""Case desk at office scale: 200,000 cases of about ten events each.

The seeded data folder is kept (``--keep``) because seeding takes minutes; its seeding time is
printed the run it is made.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
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


def _start_to_list(folder: Path, runs: int) -> tuple[Row, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # installed apps run from bytecode
    command = [sys.executable, "-m", "bench.case_list_start", str(folder), PIN]
    samples, peaks = [], []
    for index in range(runs + 1):
        started = time.time()
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        marks = [line.split() for line in result.stdout.splitlines() if line.startswith("list-")]
        if not marks:
            raise RuntimeError(f"no list shown:\n{result.stdout}\n{result.stderr}")
        if index:  # the first run warms the file cache
            samples.append(float(marks[0][1]) - started)
            peaks.append(float(marks[0][2]))
    row = Row("start to populated case list (after login)", tuple(samples), goal="≤ 1500 ms")
    return row, max(peaks)


def measure(runs: int, cases: int = 200_000) -> list[Row]:
    folder, seeding = prepared_office(cases)
    start_row, peak_mb = _start_to_list(folder, runs)
    desk = Desk(folder)
    admin = desk.authenticate(desk.users()[0].user_id, PIN)
    rows: list[Row] = []
    if seeding is not None:
        rows.append(Row(f"seed {cases:,} cases (once)", (seeding,)))
    rows.append(start_row)
    print(f"peak memory of the app with the list shown: {peak_mb:.0f} MB (goal ≤ 300 MB)")
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
