"""``python -m tests.sync.kill_helper DATA_DIR MARKER``: one sync round, to be killed midway.

Writes ``MARKER`` as soon as the round is under way (its first import, or before exporting),
so the test can SIGKILL the process while it is writing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.models.desk import Desk
from desktop.sync import exchange


def main() -> None:
    data_dir, marker = Path(sys.argv[1]), Path(sys.argv[2])
    desk = Desk(data_dir)
    export = exchange._export

    def exporting(*args: object) -> int:
        marker.write_text("export")
        return export(*args)  # type: ignore[arg-type]

    exchange._export = exporting  # type: ignore[assignment]

    def importing(index: int, total: int, name: str) -> None:
        marker.write_text(f"import {index}/{total}")

    exchange.sync_round(desk, progress=importing)
    marker.write_text("done")


if __name__ == "__main__":
    main()
