"""Deadlines on the real 2026 Indonesian calendar (national holidays and SKB cuti bersama)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models.duration import parse_duration
from desktop.models.work_calendar import OfficeDay, WorkCalendar, WorkingHours

CALENDAR = WorkCalendar(preload_years=(2026, 2027))

CUTI_BERSAMA_2026 = [
    date(2026, 2, 16),
    date(2026, 3, 18),
    date(2026, 3, 20),
    date(2026, 3, 23),
    date(2026, 3, 24),
    date(2026, 5, 15),
    date(2026, 5, 28),
    date(2026, 12, 24),
]


def test_three_working_days_across_nyepi_and_lebaran_fall_due_on_friday_27_march() -> None:
    started = datetime(2026, 3, 17, 10, 0)  # Tuesday

    due = CALENDAR.due(started, parse_duration("3 Hari"))

    # 18-24 March: cuti bersama, Nyepi, Idul Fitri on the weekend; 25, 26, 27 are days 1-3.
    assert due == datetime(2026, 3, 27, 16, 0)
    assert CALENDAR.working_days_between(started, due) == 3


def test_every_start_on_the_same_date_gets_the_same_day_deadline() -> None:
    early = CALENDAR.add_working_days(datetime(2026, 3, 17, 7, 0), 3)
    late = CALENDAR.add_working_days(datetime(2026, 3, 17, 18, 0), 3)
    assert early == late == datetime(2026, 3, 27, 16, 0)


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2026, 8, 17), "Hari Kemerdekaan Republik Indonesia"),
        (date(2026, 12, 25), "Hari Raya Natal"),
        (date(2026, 3, 19), "Hari Suci Nyepi"),
        (date(2026, 12, 24), "Cuti Bersama Hari Raya Natal"),
    ],
)
def test_holiday_names_are_indonesian(day: date, name: str) -> None:
    assert CALENDAR.holiday_name(day) == name
    assert not CALENDAR.is_working_day(day)


@pytest.mark.parametrize("day", CUTI_BERSAMA_2026)
def test_cuti_bersama_2026_is_not_a_working_day(day: date) -> None:
    assert not CALENDAR.is_working_day(day)
    name = CALENDAR.holiday_name(day)
    assert name is not None
    assert name.startswith("Cuti Bersama")


def test_ordinary_days_and_weekends() -> None:
    assert CALENDAR.is_working_day(date(2026, 3, 25))
    assert CALENDAR.holiday_name(date(2026, 3, 25)) is None
    assert not CALENDAR.is_working_day(date(2026, 3, 28))  # Saturday
    assert CALENDAR.holiday_name(date(2026, 3, 28)) is None


def test_office_day_off_and_cancelled_holiday() -> None:
    calendar = WorkCalendar(
        days_off=[OfficeDay(date(2026, 3, 25), "HUT Kabupaten")],
        cancelled_holidays=[OfficeDay(date(2026, 3, 24), "Cuti bersama dibatalkan")],
    )

    assert not calendar.is_working_day(date(2026, 3, 25))
    assert calendar.holiday_name(date(2026, 3, 25)) == "HUT Kabupaten"
    assert calendar.is_working_day(date(2026, 3, 24))
    assert calendar.holiday_name(date(2026, 3, 24)) is None
    # Days 1-3 are now 24, 26 and 27 March.
    assert calendar.add_working_days(datetime(2026, 3, 17, 10), 3) == datetime(2026, 3, 27, 16)
    assert calendar.add_working_days(datetime(2026, 3, 17, 10), 2) == datetime(2026, 3, 26, 16)


def test_minutes_run_into_the_next_working_morning() -> None:
    monday = datetime(2026, 3, 16, 15, 30)
    assert CALENDAR.add_working_minutes(monday, 60) == datetime(2026, 3, 17, 8, 0)
    assert CALENDAR.add_working_minutes(monday, 30) == datetime(2026, 3, 16, 16, 0)
    # Tuesday 17 March at 15:30 + 1 jam skips the whole holiday week to Wednesday 25 March.
    assert CALENDAR.due(datetime(2026, 3, 17, 15, 30), parse_duration("1 Jam")) == datetime(
        2026, 3, 25, 8, 0
    )


def test_start_on_saturday_begins_on_monday() -> None:
    saturday = datetime(2026, 4, 11, 9, 0)
    assert CALENDAR.next_open(saturday) == datetime(2026, 4, 13, 7, 30)
    assert CALENDAR.add_working_minutes(saturday, 30) == datetime(2026, 4, 13, 8, 0)
    assert CALENDAR.add_working_days(saturday, 1) == datetime(2026, 4, 13, 16, 0)


def test_start_before_opening_waits_for_opening() -> None:
    assert CALENDAR.add_working_minutes(datetime(2026, 4, 13, 6, 0), 15) == datetime(
        2026, 4, 13, 7, 45
    )


def test_sixty_working_days_skip_the_may_and_june_holidays() -> None:
    started = datetime(2026, 5, 4, 9, 0)  # Monday
    # 5 May - 4 August holds 66 weekdays; six are holidays or cuti bersama (14, 15, 27, 28 May,
    # 1 and 16 June).
    assert CALENDAR.due(started, parse_duration("60 hari kerja")) == datetime(2026, 8, 4, 16, 0)


def test_working_days_cross_the_year_end() -> None:
    # 24 (cuti bersama), 25 (Natal), weekends; 28, 29, 30, 31 Dec, then 1 Jan (Tahun Baru).
    started = datetime(2026, 12, 23, 10)
    assert CALENDAR.add_working_days(started, 5) == datetime(2027, 1, 4, 16, 0)
    assert CALENDAR.working_days_between(started, datetime(2027, 1, 4, 9)) == 5


def test_calendar_days_basis() -> None:
    started = datetime(2026, 3, 17, 10, 0)
    # 14 calendar days land on Tuesday 31 March, a working day.
    assert CALENDAR.due(started, parse_duration("14 hari kalender")) == datetime(2026, 3, 31, 16)
    # "3 Hari" in a template that counts calendar days lands on Friday 20 March, cuti bersama,
    # so the deadline moves to the next working day.
    template_days = CALENDAR.due(started, parse_duration("3 Hari"), calendar_days_default=True)
    assert template_days == datetime(2026, 3, 25, 16)
    # An explicit "kerja" wins over the template default.
    working = CALENDAR.due(started, parse_duration("3 hari kerja"), calendar_days_default=True)
    assert working == datetime(2026, 3, 27, 16)


def test_range_uses_the_upper_bound_by_default() -> None:
    started = datetime(2026, 4, 6, 9, 0)  # Monday
    assert CALENDAR.due(started, parse_duration("3-5 Hari")) == datetime(2026, 4, 13, 16)
    assert CALENDAR.due(started, parse_duration("3-5 Hari"), use_high=False) == datetime(
        2026, 4, 9, 16
    )


def test_friday_closing_time_can_differ() -> None:
    calendar = WorkCalendar(WorkingHours(end_by_weekday={4: time(16, 30)}))
    assert calendar.add_working_days(datetime(2026, 4, 6, 9), 4) == datetime(2026, 4, 10, 16, 30)
    assert calendar.add_working_minutes(datetime(2026, 4, 10, 16, 0), 30) == datetime(
        2026, 4, 10, 16, 30
    )


def test_working_hours_reject_impossible_settings() -> None:
    with pytest.raises(ValueError, match="jam pulang"):
        WorkingHours(start=time(8), end=time(7))
    with pytest.raises(ValueError, match="hari kerja"):
        WorkingHours(weekdays=frozenset())


def test_aware_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="zona waktu"):
        CALENDAR.add_working_days(datetime(2026, 3, 17, 10, tzinfo=UTC), 1)


def test_overdue_in_minutes_and_days() -> None:
    due = datetime(2026, 3, 27, 16, 0)  # Friday
    now = datetime(2026, 3, 31, 9, 0)  # Tuesday
    assert CALENDAR.working_days_between(due, now) == 2
    assert CALENDAR.working_minutes_between(due, now) == 510 + 90
    assert CALENDAR.working_minutes_between(now, due) == -600
    # After closing nothing more could be done, so nothing is overdue yet.
    assert CALENDAR.working_minutes_between(due, datetime(2026, 3, 27, 20, 0)) == 0


def test_pause_extends_the_deadline_by_working_time() -> None:
    due = datetime(2026, 4, 10, 16, 0)  # Friday
    paused, resumed = datetime(2026, 4, 7, 14, 0), datetime(2026, 4, 8, 9, 0)  # 2 h + 1.5 h
    assert CALENDAR.extend_for_pause(due, paused, resumed) == datetime(2026, 4, 13, 11, 0)
    assert CALENDAR.extend_for_pause(due, paused, resumed, whole_days=True) == datetime(
        2026, 4, 13, 16, 0
    )
    weekend = (datetime(2026, 4, 11, 8, 0), datetime(2026, 4, 12, 20, 0))
    assert CALENDAR.extend_for_pause(due, *weekend) == due
    assert CALENDAR.extend_for_pause(due, *weekend, whole_days=True) == due


_WORKING_MOMENTS = st.builds(
    lambda day, minute: datetime.combine(day, time(7, 30)) + timedelta(minutes=minute),
    st.dates(date(2026, 1, 1), date(2027, 12, 31)).filter(CALENDAR.is_working_day),
    st.integers(0, 509),
)


@settings(max_examples=200, deadline=None)
@given(start=_WORKING_MOMENTS, minutes=st.integers(0, 20 * 510))
def test_working_minutes_between_inverts_add_working_minutes(start: datetime, minutes: int) -> None:
    result = CALENDAR.add_working_minutes(start, minutes)
    assert CALENDAR.working_minutes_between(start, result) == minutes
    assert CALENDAR.working_minutes_between(result, start) == -minutes


@settings(max_examples=200, deadline=None)
@given(start=_WORKING_MOMENTS, days=st.integers(0, 300))
def test_working_days_between_inverts_add_working_days(start: datetime, days: int) -> None:
    result = CALENDAR.add_working_days(start, days)
    assert CALENDAR.working_days_between(start, result) == days
    if days:
        assert CALENDAR.is_working_day(result)
        assert result.time() == time(16, 0)
