"""After the app is upgraded, apply the events an older version of it kept but could not read.

An older app stores events of a newer schema (they sync on to other PCs untouched) and the
fold sets them aside as ``pending``. The first start of a newer app re-folds the cases holding
such events, so nothing a newer colleague recorded is lost while this PC waited for its update.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop.models import events as event_schema
from desktop.models.tables import AppState, EventRow

if TYPE_CHECKING:
    from desktop.models.desk import Desk

SCHEMA_KEY = "event_schema_version"
FIRST_SCHEMA = 1
"""Every app before this bookkeeping existed wrote and read schema 1."""


def stored_schema(desk: Desk) -> int | None:
    with desk.reading() as session:
        row = session.get(AppState, SCHEMA_KEY)
    return None if row is None else int(row.value)


def apply_upgraded_events(desk: Desk) -> int:
    """Re-fold what this app version newly understands; returns the number of cases re-folded.

    Cheap on an ordinary start: one primary-key read when the schema is unchanged.
    """
    current = event_schema.SCHEMA_VERSION
    stored = stored_schema(desk)
    before = FIRST_SCHEMA if stored is None else stored
    if stored is not None and before >= current:
        return 0
    with desk.reading() as session:
        rows = session.execute(
            select(EventRow.case_id)
            .where(EventRow.schema_version > before, EventRow.schema_version <= current)
            .distinct()
        ).all()
    case_ids = {row[0] for row in rows if row[0] is not None}
    if any(row[0] is None for row in rows):
        desk.rebuild()
    elif case_ids:
        desk.refold(sorted(case_ids))
    with desk.writing() as session:
        row = session.get(AppState, SCHEMA_KEY)
        if row is None:
            session.add(AppState(key=SCHEMA_KEY, value=str(current)))
        else:
            row.value = str(current)
    return len(case_ids)
