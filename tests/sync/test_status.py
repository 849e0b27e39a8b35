"""What the status panel is built from: other PCs, pending events, quarantine, clocks."""

from __future__ import annotations

import json
import os
import shutil
from datetime import timedelta
from pathlib import Path

from desktop.sync.exchange import sync_round
from desktop.sync.status import sync_status
from tests.sync.office import complaint, drop_foreign_batch, make_office


def test_status_names_the_other_pcs_and_how_far_behind_they_are(tmp_path: Path) -> None:
    office = make_office(tmp_path)
    try:
        second = office.others[0]
        sync_round(office.first)
        for n in range(3):
            office.first.register_complaint(office.admin, complaint(f"baru {n}"))
        status = sync_status(office.first)
        assert status.joined and status.device_code == "TU1"
        assert status.share_path == str(office.share)
        assert status.pending_outgoing == 3
        assert [peer.code for peer in status.peers] == ["TU2", "TU3"]
        assert all(peer.last_seen is not None for peer in status.peers)
        assert all(peer.lacks_from_us >= 3 for peer in status.peers)
        sync_round(office.first)
        sync_round(second)
        status = sync_status(office.first)
        assert status.pending_outgoing == 0
        by_code = {peer.code: peer for peer in status.peers}
        assert by_code["TU2"].lacks_from_us == 0
        assert by_code["TU3"].lacks_from_us >= 3
        assert status.clock_warnings == [] and not status.needs_attention
    finally:
        office.close()


def test_quarantined_file_and_clock_warning_are_reported(tmp_path: Path) -> None:
    office = make_office(tmp_path, codes=("TU2",))
    try:
        name = drop_foreign_batch(office)
        sync_round(office.first)
        ack = office.folder / "ack" / f"{office.others[0].device().device_id}.json"
        stored = ack.stat()
        content = json.loads(ack.read_text(encoding="utf-8"))
        content["clock_ms"] -= int(timedelta(days=3).total_seconds() * 1000)  # TU2's clock
        ack.write_text(json.dumps(content), encoding="utf-8")
        os.utime(ack, ns=(stored.st_atime_ns, stored.st_mtime_ns))
        status = sync_status(office.first)
        assert [problem.name for problem in status.quarantined_files] == [name]
        assert "kunci kantor lain" in status.quarantined_files[0].reason
        assert [warning.code for warning in status.clock_warnings] == ["TU2"]
        assert "lebih lambat sekitar 3 hari dari jam PC ini" in status.clock_warnings[0].message()
        assert status.needs_attention
    finally:
        office.close()


def test_unreachable_share_is_a_message_not_an_error(tmp_path: Path) -> None:
    office = make_office(tmp_path, codes=("TU2",))
    try:
        sync_round(office.first)
        shutil.rmtree(office.share)
        status = sync_status(office.first)
        assert "tidak ditemukan" in status.share_problem
        assert [peer.code for peer in status.peers] == ["TU2"]  # known from its events
    finally:
        office.close()
