"""Indonesian time-standard texts ("30 Menit", "3-5 Hari", "60 hari kerja") as durations.

SOP tables state each step's *waktu* as free text. Deadlines need numbers, so every text is
parsed once when the template loads; a text that cannot be read is a template error, never a
silent zero.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache


class DurationUnit(StrEnum):
    """Minutes count working hours; days count whole days."""

    MINUTES = "menit"
    DAYS = "hari"


class DayBasis(StrEnum):
    """How days are counted; ``None`` on a duration means "as the template says"."""

    WORKING = "kerja"
    CALENDAR = "kalender"


@dataclass(frozen=True, slots=True)
class Duration:
    """A time standard: ``low``..``high`` of ``unit`` (equal when the text gives one number)."""

    low: int
    high: int
    unit: DurationUnit
    basis: DayBasis | None
    text: str

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    def describe(self) -> str:
        """Normalised Indonesian wording, e.g. ``"3-5 hari kerja"`` or ``"1 jam 30 menit"``."""
        if self.unit is DurationUnit.DAYS:
            amount = f"{self.low}-{self.high}" if self.is_range else str(self.low)
            suffix = f" {self.basis.value}" if self.basis else ""
            return f"{amount} hari{suffix}"
        return "-".join(_minutes_text(m) for m in dict.fromkeys((self.low, self.high)))


class DurationParseError(ValueError):
    """The text is not a time standard this parser understands (message in Indonesian)."""


def _minutes_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} jam {rest} menit"
    return f"{hours} jam" if hours else f"{rest} menit"


_UNIT_FACTORS: dict[str, tuple[DurationUnit, int, DayBasis | None]] = {
    "menit": (DurationUnit.MINUTES, 1, None),
    "mnt": (DurationUnit.MINUTES, 1, None),
    "jam": (DurationUnit.MINUTES, 60, None),
    "hari": (DurationUnit.DAYS, 1, None),
    "hr": (DurationUnit.DAYS, 1, None),
    "minggu": (DurationUnit.DAYS, 7, DayBasis.CALENDAR),
    "pekan": (DurationUnit.DAYS, 7, DayBasis.CALENDAR),
}

_NUMBER = r"\d+(?:[.,]\d+)?"
_PATTERN = re.compile(
    rf"^(?P<low>{_NUMBER})"
    rf"(?:\s*(?:-|–|—|s/d|s\.d\.?|sampai(?:\s+dengan)?|hingga)\s*(?P<high>{_NUMBER}))?"
    r"\s*(?P<unit>[a-z]+)"
    r"(?:\s+(?P<basis>kerja|kalender))?$"
)

EXAMPLES = "'30 menit', '1 jam', '3 hari', '3-5 hari' atau '60 hari kerja'"


def _normalise(text: str) -> str:
    lowered = text.strip().lower()
    # OCR splits words with stray hyphens ("H-ari"); a hyphen between letters is never meaningful.
    lowered = re.sub(r"(?<=[a-z])-(?=[a-z])", "", lowered)
    return re.sub(r"\s+", " ", lowered)


def _amount(raw: str, factor: int, unit: DurationUnit, text: str) -> int:
    value = float(raw.replace(",", "."))
    scaled = value * factor
    if unit is DurationUnit.DAYS and scaled != int(scaled):
        raise DurationParseError(
            f"waktu '{text}': jumlah hari harus bilangan bulat; tulis dalam jam bila kurang "
            "dari satu hari"
        )
    if unit is DurationUnit.MINUTES and scaled != int(scaled):
        raise DurationParseError(f"waktu '{text}': jumlah menit harus bilangan bulat")
    return int(scaled)


@lru_cache(maxsize=1024)
def parse_duration(text: str) -> Duration:
    """Parse a *waktu* text such as ``"3-10 Hari"``.

    Raises:
        DurationParseError: with an Indonesian message that shows accepted examples.
    """
    normalised = _normalise(text)
    match = _PATTERN.match(normalised)
    if not match or match["unit"] not in _UNIT_FACTORS:
        raise DurationParseError(f"waktu '{text}' tidak dapat dibaca; tulis misalnya {EXAMPLES}")
    unit, factor, implied_basis = _UNIT_FACTORS[match["unit"]]
    basis_word = match["basis"]
    if basis_word and unit is not DurationUnit.DAYS:
        raise DurationParseError(
            f"waktu '{text}': '{basis_word}' hanya berlaku untuk hari, misalnya '60 hari kerja'"
        )
    low = _amount(match["low"], factor, unit, text)
    high = _amount(match["high"], factor, unit, text) if match["high"] else low
    if low <= 0 or high < low:
        raise DurationParseError(
            f"waktu '{text}': angka harus lebih dari nol dan batas bawah tidak boleh melebihi "
            "batas atas"
        )
    basis = DayBasis(basis_word) if basis_word else implied_basis
    return Duration(low=low, high=high, unit=unit, basis=basis, text=text.strip())
