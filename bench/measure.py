"""Timing helpers and the table every benchmark prints into."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Row:
    name: str
    samples: tuple[float, ...]  # seconds
    goal: str = ""
    baseline: Row | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def ratio(self) -> str:
        if self.baseline is None:
            return ""
        return f"{self.median / self.baseline.median:.2f}×"


def repeat(action: Callable[[], object], runs: int, warmup: int = 1) -> tuple[float, ...]:
    """Wall-clock seconds of ``runs`` calls after ``warmup`` unmeasured ones."""
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return tuple(samples)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def format_table(rows: list[Row]) -> str:
    header = ("benchmark", "runs", "median ms", "min ms", "max ms", "ratio", "goal")
    body = [
        (
            row.name,
            str(len(row.samples)),
            _ms(row.median),
            _ms(min(row.samples)),
            _ms(max(row.samples)),
            f"{row.ratio} vs {row.baseline.name}" if row.baseline else "",
            row.goal,
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    lines = [" | ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)) for line in [header]]
    lines.append("-+-".join("-" * width for width in widths))
    lines += [" | ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)) for line in body]
    return "\n".join(lines)
