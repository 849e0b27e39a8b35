"""Concurrent edits of one case field: a deterministic winner, the loser kept for a clerk.

Every edit event says which version of each field its author saw (``base``: the id of the
event that set the value). When the fold meets an edit whose base is no longer the field's
current version, another PC changed the field meanwhile: the edit later in fold order wins
on every PC alike, and the value it displaced is kept as a :class:`Conflict` with who wrote it
and when, until a clerk's resolution (an ordinary edit made with the current version as its
base) settles the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.models.case_fold import CaseState
    from desktop.models.events import Event


@dataclass(frozen=True, slots=True)
class FieldVersion:
    """Who set a field's current value, with which event, and when."""

    event_id: str
    author: str
    at: datetime


@dataclass(frozen=True, slots=True)
class Conflict:
    """A value that lost to a concurrent edit; shown on the case until resolved."""

    field: str
    value: str
    author: str
    at: datetime
    event_id: str
    winner_event_id: str


def edit_payload(fields: dict[str, str], base: dict[str, str], at: datetime) -> dict[str, Any]:
    return {"fields": dict(fields), "base": dict(base), "at": at.isoformat(timespec="seconds")}


def set_initial_versions(state: CaseState, event: Event, fields: tuple[str, ...]) -> None:
    """Registration sets every editable field: its version is the registration event."""
    at = _moment(event, state)
    for name in fields:
        state.versions[name] = FieldVersion(event.event_id, event.author, at)


def apply_edit(state: CaseState, event: Event, fields: tuple[str, ...]) -> None:
    """Fold one edit event into ``state`` (which holds every earlier event in fold order)."""
    base: dict[str, str] = event.payload.get("base") or {}
    at = _moment(event, state)
    for name, value in (event.payload.get("fields") or {}).items():
        if name not in fields:
            continue
        current = state.versions.get(name)
        seen = base.get(name)
        if current is not None and seen is not None and seen != current.event_id:
            state.conflicts.append(
                Conflict(
                    field=name,
                    value=str(getattr(state, name)),
                    author=current.author,
                    at=current.at,
                    event_id=current.event_id,
                    winner_event_id=event.event_id,
                )
            )
        else:  # made knowing the current value: settles any earlier conflict on the field
            state.conflicts[:] = [c for c in state.conflicts if c.field != name]
        setattr(state, name, value)
        state.versions[name] = FieldVersion(event.event_id, event.author, at)


def _moment(event: Event, state: CaseState) -> datetime:
    text = event.payload.get("at")
    return datetime.fromisoformat(text) if text else state.registered_at
