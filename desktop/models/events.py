"""Events: the immutable facts every projection is folded from, and the hybrid logical clock.

Events from several PCs are merged by set union and ordered by ``(hlc, device_id, event_id)``.
The hybrid logical clock keeps that order close to wall-clock time while never going backwards
on one PC, and never behind an event this PC has already seen, however wrong a clock is.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

SCHEMA_VERSION = 1
"""The event schema this app writes and fully understands; newer events are kept, not applied."""

SYSTEM_AUTHOR = "sistem"


class Kind(StrEnum):
    OFFICE_CONFIGURED = "office.configured"
    DEVICE_REGISTERED = "device.registered"
    USER_SAVED = "user.saved"
    SOP_ADOPTED = "sop.adopted"
    CASE_REGISTERED = "case.registered"
    CASE_EDITED = "case.edited"
    STEP_COMPLETED = "case.step-completed"
    DISPOSITION_RECORDED = "case.disposition-recorded"
    NOTE_ADDED = "case.note-added"
    ATTACHMENT_ADDED = "case.attachment-added"
    CASE_PAUSED = "case.paused"
    CASE_RESUMED = "case.resumed"
    CASE_CLOSED = "case.closed"
    CASE_REOPENED = "case.reopened"
    LETTER_DRAFTED = "case.letter-drafted"
    LETTER_SENT = "case.letter-sent"


@dataclass(frozen=True, order=True, slots=True)
class Hlc:
    """Wall-clock milliseconds plus a counter for events within the same millisecond."""

    wall_ms: int
    counter: int = 0

    def encode(self) -> str:
        """Fixed-width text whose string order is the clock order (for SQL ``ORDER BY``)."""
        return f"{self.wall_ms:015d}-{self.counter:06d}"

    @classmethod
    def decode(cls, text: str) -> Hlc:
        wall, counter = text.split("-")
        return cls(int(wall), int(counter))


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Issues strictly increasing timestamps; :meth:`observe` folds in remote ones."""

    def __init__(self, last: Hlc, wall: Callable[[], int] = wall_clock_ms) -> None:
        self.last = last
        self._wall = wall

    def tick(self) -> Hlc:
        now = self._wall()
        if now > self.last.wall_ms:
            self.last = Hlc(now)
        else:
            self.last = Hlc(self.last.wall_ms, self.last.counter + 1)
        return self.last

    def observe(self, remote: Hlc) -> None:
        self.last = max(self.last, remote)


_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def canonical_json(payload: dict[str, Any]) -> str:
    """One byte sequence per payload, so two copies of an event can be compared exactly."""
    # The same as json.dumps with these options, without building an encoder per call.
    return _CANONICAL.encode(payload)


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class Event:
    event_id: str
    device_id: str
    device_seq: int
    hlc: str
    schema_version: int
    author: str
    case_id: str | None
    kind: str
    payload: dict[str, Any] = field(hash=False, compare=False)

    @property
    def order_key(self) -> tuple[str, str, str]:
        return (self.hlc, self.device_id, self.event_id)

    @property
    def understood(self) -> bool:
        """False for events a newer app wrote: kept and synced, applied after an upgrade."""
        return self.schema_version <= SCHEMA_VERSION and self.kind in Kind._value2member_map_
