from __future__ import annotations

import pytest

from desktop.models.duration import DayBasis, DurationParseError, DurationUnit, parse_duration


@pytest.mark.parametrize(
    ("text", "low", "high", "unit", "basis"),
    [
        ("5 Menit", 5, 5, DurationUnit.MINUTES, None),
        ("30 Menit", 30, 30, DurationUnit.MINUTES, None),
        ("1 Jam", 60, 60, DurationUnit.MINUTES, None),
        ("3 Jam", 180, 180, DurationUnit.MINUTES, None),
        ("1,5 jam", 90, 90, DurationUnit.MINUTES, None),
        ("3 Hari", 3, 3, DurationUnit.DAYS, None),
        ("1 hari", 1, 1, DurationUnit.DAYS, None),
        ("3-5 Hari", 3, 5, DurationUnit.DAYS, None),
        ("3 – 10 hari", 3, 10, DurationUnit.DAYS, None),
        ("3 s/d 5 hari", 3, 5, DurationUnit.DAYS, None),
        ("13 H-ari", 13, 13, DurationUnit.DAYS, None),
        ("60 hari kerja", 60, 60, DurationUnit.DAYS, DayBasis.WORKING),
        ("14 hari kalender", 14, 14, DurationUnit.DAYS, DayBasis.CALENDAR),
        ("1 minggu", 7, 7, DurationUnit.DAYS, DayBasis.CALENDAR),
    ],
)
def test_parses_indonesian_time_texts(
    text: str, low: int, high: int, unit: DurationUnit, basis: DayBasis | None
) -> None:
    duration = parse_duration(text)
    assert (duration.low, duration.high, duration.unit, duration.basis) == (low, high, unit, basis)
    assert duration.text == text


def test_describe_normalises_wording() -> None:
    assert parse_duration("3-5 Hari").describe() == "3-5 hari"
    assert parse_duration("90 menit").describe() == "1 jam 30 menit"
    assert parse_duration("60 Hari Kerja").describe() == "60 hari kerja"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("tiga hari", "tidak dapat dibaca"),
        ("5", "tidak dapat dibaca"),
        ("5 tahun", "tidak dapat dibaca"),
        ("1,5 hari", "bilangan bulat"),
        ("5-3 hari", "batas bawah"),
        ("0 menit", "lebih dari nol"),
        ("2 jam kerja", "hanya berlaku untuk hari"),
    ],
)
def test_rejects_with_indonesian_message(text: str, fragment: str) -> None:
    with pytest.raises(DurationParseError, match=fragment):
        parse_duration(text)
