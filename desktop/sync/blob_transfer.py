"""Attachments between PCs: content-addressed files on the share, encrypted with the office key.

Events travel in batches; the scans and screenshots they point to are too big for that, so each
PC copies the blobs its own attachment events name to ``blobs/<sha[:2]>/<sha>`` after export.
A PC importing an attachment event fetches the blob when it is there; when it is not yet (the
other PC exported its events but the copy of the file was cut off), the attachment is listed
as missing, shown as a placeholder, and fetched again every round until it arrives.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select

from desktop.models.desk import Desk
from desktop.models.events import Event, Kind
from desktop.models.tables import AppState, EventRow, MissingBlob
from desktop.sync import shared_folder
from desktop.sync.office_key import OfficeKey

MAGIC = b"MPBLOB01"
_NONCE = 12
EXPORTED_KEY = "blobs_exported_seq"


@dataclass(frozen=True, slots=True)
class MissingAttachment:
    """An attachment whose file has not arrived yet (the UI shows a placeholder)."""

    sha256: str
    case_id: str
    filename: str
    first_seen: datetime


def _aad(key: OfficeKey, sha256: str) -> bytes:
    return MAGIC + key.office_id.encode() + sha256.encode()


def encrypt_blob(data: bytes, key: OfficeKey, sha256: str) -> bytes:
    nonce = os.urandom(_NONCE)
    return MAGIC + nonce + AESGCM(key.key).encrypt(nonce, data, _aad(key, sha256))


def decrypt_blob(data: bytes, key: OfficeKey, sha256: str) -> bytes | None:
    """The plaintext, or ``None`` when the file is cut off, damaged or another office's."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + _NONCE + 16:
        return None
    nonce, body = data[len(MAGIC) : len(MAGIC) + _NONCE], data[len(MAGIC) + _NONCE :]
    try:
        plain = AESGCM(key.key).decrypt(nonce, body, _aad(key, sha256))
    except InvalidTag:
        return None
    return plain if hashlib.sha256(plain).hexdigest() == sha256 else None


def export_blobs(desk: Desk, key: OfficeKey, office: Path, device_id: str) -> int:
    """Copy the blobs of this PC's attachment events not yet copied; returns how many."""
    with desk.reading() as session:
        mark = session.get(AppState, EXPORTED_KEY)
        after = int(mark.value) if mark else 0
        rows = session.execute(
            select(EventRow.device_seq, EventRow.payload)
            .where(EventRow.device_id == device_id, EventRow.device_seq > after)
            .where(EventRow.kind == Kind.ATTACHMENT_ADDED.value)
            .order_by(EventRow.device_seq)
        ).all()
        last = session.execute(
            select(EventRow.device_seq)
            .where(EventRow.device_id == device_id)
            .order_by(EventRow.device_seq.desc())
            .limit(1)
        ).scalar()
    copied = 0
    for _, payload in rows:
        sha = json.loads(payload)["sha256"]
        target = shared_folder.blob_path(office, sha)
        source = desk.blobs.path_of(sha)
        if target.exists() or not source.exists():
            continue
        data = encrypt_blob(source.read_bytes(), key, sha)
        try:
            shared_folder.publish(target.parent, target.name, data, office=office)
            copied += 1
        except FileExistsError:
            pass  # another PC holding the same file copied it first
    if last is not None and last != after:
        with desk.writing() as session:
            row = session.get(AppState, EXPORTED_KEY)
            if row is None:
                session.add(AppState(key=EXPORTED_KEY, value=str(last)))
            else:
                row.value = str(last)
    return copied


def _fetch(desk: Desk, key: OfficeKey, office: Path, sha256: str) -> bool:
    if desk.blobs.has(sha256):
        return True
    try:
        data = shared_folder.blob_path(office, sha256).read_bytes()
    except OSError:
        return False
    plain = decrypt_blob(data, key, sha256)
    if plain is None:
        return False
    target = desk.blobs.path_of(sha256)
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.parent / f".{sha256}.{uuid.uuid4().hex}.tmp"
    with temp.open("wb") as handle:
        handle.write(plain)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, target)
    return True


def receive_attachments(
    desk: Desk, key: OfficeKey, office: Path, events: Iterable[Event], now: datetime
) -> None:
    """Fetch the blobs new attachment events name; list the ones not on the share yet."""
    wanted = {
        event.payload["sha256"]: event
        for event in events
        if event.kind == Kind.ATTACHMENT_ADDED.value and event.understood
    }
    missing = [e for sha, e in wanted.items() if not _fetch(desk, key, office, sha)]
    if not missing:
        return
    with desk.writing() as session:
        for event in missing:
            sha = event.payload["sha256"]
            if session.get(MissingBlob, sha) is None:
                session.add(
                    MissingBlob(
                        sha256=sha,
                        case_id=event.case_id or "",
                        filename=str(event.payload.get("filename", "")),
                        first_seen=now,
                    )
                )


def fetch_missing(desk: Desk, key: OfficeKey, office: Path) -> list[str]:
    """Try every missing blob again; returns the ones still missing."""
    with desk.reading() as session:
        wanted = list(session.execute(select(MissingBlob.sha256)).scalars())
    arrived = [sha for sha in wanted if _fetch(desk, key, office, sha)]
    if arrived:
        with desk.writing() as session:
            for sha in arrived:
                row = session.get(MissingBlob, sha)
                if row is not None:
                    session.delete(row)
    return sorted(set(wanted) - set(arrived))


def missing_blobs(desk: Desk) -> list[MissingAttachment]:
    """Attachments whose file has not arrived yet, oldest first (for placeholders)."""
    with desk.reading() as session:
        rows = session.execute(select(MissingBlob).order_by(MissingBlob.first_seen)).scalars()
        return [MissingAttachment(r.sha256, r.case_id, r.filename, r.first_seen) for r in rows]
