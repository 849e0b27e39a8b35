"""Users of the desk and their PINs.

PINs are short, so they are stored only as a slow, salted scrypt hash: someone who copies the
database file cannot try every 6-digit PIN in a moment.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from dataclasses import dataclass

from desktop.models.problems import InputError
from desktop.models.vocabulary import Role

_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
PIN_PATTERN = re.compile(r"\d{4,8}")


@dataclass(frozen=True, slots=True)
class User:
    user_id: str
    name: str
    nip: str
    jabatan: str
    pangkat: str
    role: Role
    active: bool = True


@dataclass(frozen=True, slots=True)
class UserForm:
    name: str
    role: Role
    pin: str = ""  # empty when editing keeps the old PIN
    nip: str = ""
    jabatan: str = ""
    pangkat: str = ""
    active: bool = True


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(
        pin.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32
    )
    encoded = base64.b64encode(salt).decode(), base64.b64encode(digest).decode()
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${encoded[0]}${encoded[1]}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(digest)
    actual = hashlib.scrypt(
        pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32
    )
    return hmac.compare_digest(actual, expected)


def validate_user_form(form: UserForm, *, new: bool) -> None:
    problems: dict[str, str] = {}
    if not form.name.strip():
        problems["name"] = "Nama pengguna wajib diisi."
    if form.nip and not re.fullmatch(r"[\d ]{8,24}", form.nip):
        problems["nip"] = "NIP hanya berisi angka (boleh dengan spasi), 18 digit untuk PNS."
    if (new or form.pin) and not PIN_PATTERN.fullmatch(form.pin):
        problems["pin"] = "PIN harus 4 sampai 8 angka."
    if problems:
        raise InputError(problems)
