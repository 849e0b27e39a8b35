"""The office key that encrypts every batch file, and the join code that carries it to a new PC.

Complaints carry personal data (UU 27/2022), and the shared folder may be a USB stick, so the
files on it are encrypted and authenticated with a key that only the office's PCs hold. A new
PC gets the key by typing the join code (or reading it from the printed *kartu bergabung*).
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import uuid
import zlib
from dataclasses import dataclass

PREFIX = "MP1"
KEY_BYTES = 32


class JoinCodeError(ValueError):
    """A join code that cannot be read (message in Indonesian, says what to check)."""


@dataclass(frozen=True, slots=True)
class OfficeKey:
    office_id: str
    key: bytes

    @classmethod
    def generate(cls) -> OfficeKey:
        return cls(str(uuid.uuid4()), os.urandom(KEY_BYTES))

    def join_code(self) -> str:
        """``MP1-XXXX-XXXX-...``: office id, key and a checksum, in groups of four letters."""
        raw = uuid.UUID(self.office_id).bytes + self.key
        raw += zlib.crc32(raw).to_bytes(4, "big")
        text = base64.b32encode(raw).decode().rstrip("=")
        groups = [text[i : i + 4] for i in range(0, len(text), 4)]
        return "-".join([PREFIX, *groups])

    @classmethod
    def from_join_code(cls, code: str) -> OfficeKey:
        """Read a typed or copied code; spaces, dashes and letter case do not matter."""
        cleaned = re.sub(r"[\s\-]", "", code).upper()
        if not cleaned.startswith(PREFIX):
            raise JoinCodeError(
                "Kode bergabung harus diawali MP1. Salin ulang dari kartu bergabung."
            )
        body = cleaned[len(PREFIX) :].replace("0", "O").replace("1", "I").replace("8", "B")
        try:
            raw = base64.b32decode(body + "=" * (-len(body) % 8))
        except (binascii.Error, ValueError):
            raise JoinCodeError(
                "Kode bergabung memuat huruf yang tidak dikenal. Periksa kembali tiap kelompok."
            ) from None
        if len(raw) != 16 + KEY_BYTES + 4:
            raise JoinCodeError(
                "Panjang kode bergabung tidak sesuai; mungkin ada kelompok yang terlewat."
            )
        payload, checksum = raw[:-4], raw[-4:]
        if zlib.crc32(payload).to_bytes(4, "big") != checksum:
            raise JoinCodeError("Kode bergabung salah ketik; periksa tiap kelompok huruf.")
        return cls(str(uuid.UUID(bytes=payload[:16])), payload[16:])
