"""One immutable batch file: a readable header, then the events, encrypted and authenticated.

Layout::

    MAGIC (8 bytes) | header length (4 bytes, big-endian) | header (UTF-8 JSON)
    | CRC-32 of the header (4 bytes) | nonce (12 bytes)
    | AES-256-GCM ciphertext of gzip(JSON lines, one event per line)

The header (format version, office, device, sequence range, count, ciphertext length and the
SHA-256 of the plaintext) is authenticated as associated data, so it cannot be altered either;
its own CRC tells a damaged header from a file that is merely still being copied.
A file shorter than its header says is *incomplete* (still being copied: try again later); a
complete file that fails authentication was made with another office key or was damaged.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import struct
import zlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.models.events import Event, canonical_json
from desktop.sync.office_key import OfficeKey

MAGIC = b"MPBATCH1"
FORMAT_VERSION = 1
_NONCE = 12
_LENGTH = struct.Struct(">I")


class BatchError(Exception):
    """Base of every batch problem; ``retry`` says whether reading again later may succeed."""

    retry = False


class IncompleteBatchError(BatchError):
    """Shorter than its header promises: still being copied, or cut off."""

    retry = True


class ForeignBatchError(BatchError):
    """Another office's file, or made with another key."""


class DamagedBatchError(BatchError):
    """Complete but unreadable: bits flipped, or not a batch file at all."""


@dataclass(frozen=True, slots=True)
class BatchHeader:
    office_id: str
    device_id: str
    seq_from: int
    seq_to: int
    count: int
    created: str
    ciphertext_length: int
    sha256: str
    format: int = FORMAT_VERSION

    def as_json(self) -> bytes:
        return canonical_json(
            {
                "format": self.format,
                "office": self.office_id,
                "device": self.device_id,
                "seq_from": self.seq_from,
                "seq_to": self.seq_to,
                "count": self.count,
                "created": self.created,
                "ciphertext_length": self.ciphertext_length,
                "sha256": self.sha256,
            }
        ).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> BatchHeader:
        data = json.loads(raw)
        return cls(
            office_id=data["office"],
            device_id=data["device"],
            seq_from=int(data["seq_from"]),
            seq_to=int(data["seq_to"]),
            count=int(data["count"]),
            created=data["created"],
            ciphertext_length=int(data["ciphertext_length"]),
            sha256=data["sha256"],
            format=int(data["format"]),
        )


def event_to_json(event: Event) -> dict[str, Any]:
    return {
        "event_id": event.event_id,
        "device_id": event.device_id,
        "device_seq": event.device_seq,
        "hlc": event.hlc,
        "schema_version": event.schema_version,
        "author": event.author,
        "case_id": event.case_id,
        "kind": event.kind,
        "payload": event.payload,
    }


def event_from_json(data: dict[str, Any]) -> Event:
    return Event(
        event_id=str(data["event_id"]),
        device_id=str(data["device_id"]),
        device_seq=int(data["device_seq"]),
        hlc=str(data["hlc"]),
        schema_version=int(data["schema_version"]),
        author=str(data["author"]),
        case_id=data["case_id"],
        kind=str(data["kind"]),
        payload=dict(data["payload"]),
    )


def encode_batch(events: list[Event], key: OfficeKey, *, device_id: str, created: str) -> bytes:
    """The bytes of one batch file holding ``events`` (all from ``device_id``)."""
    lines = "\n".join(canonical_json(event_to_json(event)) for event in events).encode()
    plaintext = gzip.compress(lines, compresslevel=6, mtime=0)
    nonce = os.urandom(_NONCE)
    ciphertext_length = len(plaintext) + 16  # GCM appends a 16-byte tag
    header = BatchHeader(
        office_id=key.office_id,
        device_id=device_id,
        seq_from=min(event.device_seq for event in events),
        seq_to=max(event.device_seq for event in events),
        count=len(events),
        created=created,
        ciphertext_length=ciphertext_length,
        sha256=hashlib.sha256(plaintext).hexdigest(),
    ).as_json()
    ciphertext = AESGCM(key.key).encrypt(nonce, plaintext, MAGIC + header)
    crc = _LENGTH.pack(zlib.crc32(header))
    return MAGIC + _LENGTH.pack(len(header)) + header + crc + nonce + ciphertext


def read_header(data: bytes) -> tuple[BatchHeader, bytes, int]:
    """The header, its raw bytes and where the nonce starts.

    Raises:
        IncompleteBatchError: the file ends before its header does.
        DamagedBatchError: not a batch file.
    """
    if len(data) < len(MAGIC) + _LENGTH.size:
        raise IncompleteBatchError("berkas belum lengkap (terpotong sebelum kepala berkas)")
    if not data.startswith(MAGIC):
        raise DamagedBatchError("bukan berkas batch Meja Pengaduan")
    (length,) = _LENGTH.unpack_from(data, len(MAGIC))
    start = len(MAGIC) + _LENGTH.size
    if length > 64 * 1024:
        raise DamagedBatchError("kepala berkas rusak")
    if len(data) < start + length + _LENGTH.size:
        raise IncompleteBatchError("berkas belum lengkap (kepala berkas terpotong)")
    raw = data[start : start + length]
    (crc,) = _LENGTH.unpack_from(data, start + length)
    if zlib.crc32(raw) != crc:
        raise DamagedBatchError("kepala berkas rusak (checksum tidak cocok)")
    try:
        header = BatchHeader.from_json(raw)
    except (ValueError, KeyError, TypeError):
        raise DamagedBatchError("kepala berkas rusak") from None
    return header, raw, start + length + _LENGTH.size


def decode_batch(data: bytes, key: OfficeKey) -> tuple[BatchHeader, list[Event]]:
    """Check and decrypt a batch file.

    Raises:
        IncompleteBatchError, ForeignBatchError, DamagedBatchError: see their docstrings.
    """
    header, raw_header, nonce_at = read_header(data)
    if header.format > FORMAT_VERSION:
        raise DamagedBatchError(
            f"format berkas {header.format} lebih baru dari aplikasi ini; perbarui aplikasi"
        )
    if header.office_id != key.office_id:
        raise ForeignBatchError("berkas milik kantor lain (kode kantor berbeda)")
    body = data[nonce_at:]
    expected = _NONCE + header.ciphertext_length
    if len(body) < expected:
        raise IncompleteBatchError(
            f"berkas belum lengkap ({len(body)} dari {expected} bita isi); dicoba lagi nanti"
        )
    if len(body) > expected:
        raise DamagedBatchError("berkas lebih panjang dari seharusnya")
    nonce, ciphertext = body[:_NONCE], body[_NONCE:]
    try:
        plaintext = AESGCM(key.key).decrypt(nonce, ciphertext, MAGIC + raw_header)
    except InvalidTag:
        raise ForeignBatchError(
            "berkas gagal diautentikasi: dibuat dengan kunci kantor lain atau isinya rusak"
        ) from None
    if hashlib.sha256(plaintext).hexdigest() != header.sha256:
        raise DamagedBatchError("checksum isi tidak cocok")
    try:
        lines = gzip.decompress(plaintext).decode().splitlines()
        # One parse of the whole file: far fewer calls than a json.loads per line.
        parsed = json.loads(f"[{','.join(filter(None, lines))}]")
        events = [event_from_json(data) for data in parsed]
    except (OSError, ValueError, KeyError, TypeError):
        raise DamagedBatchError("isi berkas tidak dapat dibaca") from None
    if len(events) != header.count or any(e.device_id != header.device_id for e in events):
        raise DamagedBatchError("isi berkas tidak sesuai kepala berkas")
    return header, events
