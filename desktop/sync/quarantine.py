"""What sync set aside, for the status panel: files and events never silently dropped."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop.models.desk import Desk
from desktop.models.tables import QuarantinedEvent, SyncFile


@dataclass(frozen=True, slots=True)
class QuarantineEntry:
    kind: str  # "berkas" (a whole file) | "peristiwa" (one event)
    name: str  # the file (relative to the office folder) or the event id
    file: str
    reason: str  # in Indonesian, says what happened and what to check
    at: datetime


def quarantined(desk: Desk) -> list[QuarantineEntry]:
    """Quarantined files and events, newest first."""
    with desk.reading() as session:
        files = session.execute(select(SyncFile).where(SyncFile.status == "quarantined"))
        entries = [
            QuarantineEntry("berkas", row.name, row.name, row.reason, row.last_try)
            for row in files.scalars()
        ]
        events = session.execute(select(QuarantinedEvent)).scalars()
        entries += [
            QuarantineEntry("peristiwa", row.event_id, row.file, row.reason, row.at)
            for row in events
        ]
    return sorted(entries, key=lambda entry: entry.at, reverse=True)


def retry_file(desk: Desk, name: str) -> None:
    """Let a quarantined file be read again next round (after the clerk fixed the cause)."""
    with desk.writing() as session:
        row = session.get(SyncFile, name)
        if row is not None and row.status == "quarantined":
            row.status, row.attempts = "retry", 0
