"""``python -m bench [--runs N] [--only NAME]``: print the benchmark table."""

from __future__ import annotations

import argparse
import os
import platform

from bench import cases, documents, packaging, sop, startup, sync
from bench.measure import Row, format_table

SUITES = {
    "startup": startup.measure,
    "sop": sop.measure,
    "cases": cases.measure,
    "documents": documents.measure,
    "sync": sync.measure,
    "packaging": packaging.measure,
}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--runs", type=int, default=15, help="measured runs per row (≥ 10)")
    parser.add_argument("--only", choices=sorted(SUITES), action="append")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows: list[Row] = []
    for name in args.only or SUITES:
        rows += SUITES[name](max(args.runs, 10))
    print(f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores")
    print(format_table(rows))


if __name__ == "__main__":
    main()
