"""Nomor agenda: a per-PC series that can never collide with another PC's, nor be reused.

Each PC of the office has its own device code (``TU1``, ``TU2`` ...) in every number it hands
out, and its own counter per year stored beside the event log. Two PCs working apart for weeks
therefore never produce the same number, without talking to each other.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from desktop.models.problems import InputError

DEFAULT_AGENDA_FORMAT = "ADU/{tahun}/{perangkat}/{nomor:04d}"
FIELDS = {"tahun", "perangkat", "nomor"}
DEVICE_CODE = re.compile(r"[A-Z0-9]{2,8}")


@dataclass(frozen=True, slots=True)
class AgendaFormat:
    pattern: str = DEFAULT_AGENDA_FORMAT

    def __post_init__(self) -> None:
        problem = agenda_format_problem(self.pattern)
        if problem:
            raise InputError.single("agenda_format", problem)

    def render(self, *, year: int, device_code: str, number: int) -> str:
        return self.pattern.format(tahun=year, perangkat=device_code, nomor=number)


def agenda_format_problem(pattern: str) -> str | None:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
    except ValueError:
        return "Format nomor agenda tidak valid (periksa tanda kurung kurawal)."
    if names - FIELDS:
        unknown = ", ".join(sorted(names - FIELDS))
        return f"Format nomor agenda memakai isian yang tidak dikenal: {unknown}."
    if not {"perangkat", "nomor"} <= names:
        return (
            "Format nomor agenda harus memuat {perangkat} dan {nomor} agar tidak bentrok "
            "dengan PC lain, misalnya ADU/{tahun}/{perangkat}/{nomor:04d}."
        )
    try:
        pattern.format(tahun=2026, perangkat="TU1", nomor=1)
    except (ValueError, KeyError) as error:
        return f"Format nomor agenda tidak valid: {error}"
    return None


def series_key(kind: str, year: int) -> str:
    return f"{kind}/{year}"


def device_code_problem(code: str) -> str | None:
    if not DEVICE_CODE.fullmatch(code):
        return "Kode PC harus 2-8 huruf besar atau angka, misalnya TU1."
    return None
