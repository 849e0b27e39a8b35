"""Dates as Indonesian paperwork writes them ("23 November 2026"), via Babel's CLDR data."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_datetime


def tanggal(value: date | datetime | None, empty: str = "") -> str:
    """``23 November 2026``; ``empty`` for no date."""
    if value is None:
        return empty
    day = value.date() if isinstance(value, datetime) else value
    return str(format_date(day, "d MMMM y", locale="id"))


def tanggal_jam(value: datetime | None, empty: str = "") -> str:
    """``23 November 2026 pukul 14.05`` (Indonesian writes the time with a dot)."""
    if value is None:
        return empty
    return f"{tanggal(value)} pukul {format_datetime(value, 'HH.mm', locale='id')}"


def bulan_tahun(year: int, month: int) -> str:
    """``November 2026``."""
    return str(format_date(date(year, month, 1), "MMMM y", locale="id"))
