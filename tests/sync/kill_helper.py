"""``python -m tests.sync.kill_helper DATA_DIR MARKER export|import``: a round killed midway.

The round stops dead at a chosen point and says so in ``MARKER``, so the test's kill always
lands there, however fast the machine: while exporting, with a batch written under its
temporary name but not yet published ("export"); while importing the second file, with its
events inserted in an open transaction not yet committed ("import 2").
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from desktop.models.desk import Desk
from desktop.sync import exchange

HOLD_SECONDS = 60  # the test kills long before this runs out


def main() -> None:
    data_dir, marker, hold = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    desk = Desk(data_dir)
    link = os.link

    def publishing(source: Any, target: Any, *args: Any, **kwargs: Any) -> None:
        marker.write_text("export")
        time.sleep(HOLD_SECONDS)
        link(source, target, *args, **kwargs)

    if hold == "export":
        os.link = publishing  # type: ignore[assignment]
    store = Desk._store_fresh
    calls = {"files": 0}

    def storing(self: Desk, session: Any, fresh: Any) -> None:
        store(self, session, fresh)
        calls["files"] += 1
        if calls["files"] == 2:
            marker.write_text("import 2")
            time.sleep(HOLD_SECONDS)

    if hold == "import":
        Desk._store_fresh = storing  # type: ignore[method-assign]
    exchange.sync_round(desk)
    marker.write_text("done")


if __name__ == "__main__":
    main()
