"""Working time of an Indonesian government office: which days count and when deadlines fall.

SOP time standards are counted in the office's working time (DESIGN §7): *menit*/*jam* in
working hours, *hari* in working days unless the template says calendar days. National holidays
and *cuti bersama* (SKB 3 Menteri) come from the maintained ``holidays`` library, so a yearly
SKB needs a library update, not a code change; the office adds its own days off and late SKB
changes (a day added, or a listed holiday cancelled) as :class:`OfficeDay` entries.

Contract shared by every method:

* Moments are **naive local datetimes** in the office's own clock (WIB, WITA or WIT). Counting
  never crosses a timezone, so none is stored; an aware datetime raises :class:`ValueError`.
* Each working day has one uninterrupted working period, opening time to closing time. Breaks
  are not modelled: SOP minute standards are read against the hours the desk is open.
* **N working minutes from a moment** consume only time inside working periods. A moment
  outside them (before opening, after closing, on a day off) starts at the next opening; a
  result that ends exactly at closing stays at closing rather than jumping to the next morning.
* **N working days from a moment** (``N hari kerja``): the start day itself never counts,
  however early the case arrived; day 1 is the first working day *after* the start date and the
  deadline is the **closing time of working day N**. This is how Indonesian administrative
  deadlines are read ("paling lambat N hari kerja sejak diterima": the day of receipt is not
  counted and the last day counts whole), it gives every case received on the same date the
  same deadline, and staff can say the deadline as a date. Example: a 3-day step started on
  Tuesday 17 March 2026 crosses cuti bersama (18, 20, 23, 24 March), Nyepi (19) and Idul Fitri
  on the weekend (21-22), counts 25 (1), 26 (2) and 27 (3) March, and is due on Friday
  27 March 2026 at closing time (16:00).
* **N calendar days** land on the start date plus N, at closing time; when that date is not a
  working day the deadline moves to the closing time of the next working day, because nobody
  at the office can act on a day off.

A calendar is immutable once built: when the office edits its days off, build a new one (it is
cheap; years load lazily and are cached per instance). Loaded years keep a flag per day and the
sorted working-day ordinals, so :meth:`WorkCalendar.is_working_day` is O(1) and
:meth:`WorkCalendar.add_working_days` is a bisection.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from types import MappingProxyType

import holidays

from desktop.models.duration import DayBasis, Duration, DurationUnit

MONDAY_TO_FRIDAY: frozenset[int] = frozenset(range(5))
"""Weekday numbers as :meth:`datetime.date.weekday` gives them (Monday is 0)."""

HOLIDAY_CATEGORIES = ("public", "government")
"""``public`` carries the national holidays, ``government`` the SKB *cuti bersama* days."""

_MAX_YEARS_WITHOUT_WORKING_DAY = 5
_WEEKDAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


@dataclass(frozen=True, slots=True)
class WorkingHours:
    """Opening and closing time and the working weekdays of an office.

    The defaults follow Perpres 21/2023 (37.5 hours a week, from 07:30): Monday to Friday,
    07:30-16:00. Offices that close at another time on some weekday (often Friday) set it in
    ``end_by_weekday``, keyed by weekday number (Monday 0 ... Sunday 6).

    Raises:
        ValueError: (Indonesian message) no working weekday, a weekday number outside 0-6, or a
            closing time not after the opening time.
    """

    start: time = time(7, 30)
    end: time = time(16, 0)
    weekdays: frozenset[int] = MONDAY_TO_FRIDAY
    end_by_weekday: Mapping[int, time] = field(
        default_factory=lambda: MappingProxyType({}), hash=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "weekdays", frozenset(self.weekdays))
        object.__setattr__(self, "end_by_weekday", MappingProxyType(dict(self.end_by_weekday)))
        if not self.weekdays:
            raise ValueError("jam kerja: pilih paling sedikit satu hari kerja dalam seminggu")
        if not set(self.weekdays) | set(self.end_by_weekday) <= set(range(7)):
            raise ValueError("jam kerja: nomor hari harus 0 (Senin) sampai 6 (Minggu)")
        for weekday in sorted(self.weekdays):
            if self.end_on(weekday) <= self.start:
                raise ValueError(
                    f"jam kerja {_WEEKDAY_NAMES[weekday]}: jam pulang harus setelah jam masuk "
                    f"({self.start:%H:%M})"
                )

    def end_on(self, weekday: int) -> time:
        """Closing time on ``weekday`` (the general closing time unless overridden)."""
        return self.end_by_weekday.get(weekday, self.end)


@dataclass(frozen=True, slots=True)
class OfficeDay:
    """A dated change to the national calendar, with the name staff will see.

    Used both for the office's own days off ("HUT Kabupaten") and for late SKB changes: a day
    off the library does not know yet, or a listed holiday the government cancelled or moved.
    """

    day: date
    name: str


@dataclass(frozen=True, slots=True)
class _Year:
    first_ordinal: int
    working: bytes
    """One flag per day of the year, indexed by ``ordinal - first_ordinal``."""
    ordinals: tuple[int, ...]
    """Working-day ordinals of the year, ascending."""
    names: Mapping[date, str]


def _minutes(delta: timedelta) -> int:
    """Whole minutes, truncated toward zero so a negative span mirrors a positive one."""
    seconds = int(delta.total_seconds())
    return seconds // 60 if seconds >= 0 else -((-seconds) // 60)


def _require_naive(*moments: datetime) -> None:
    for moment in moments:
        if moment.tzinfo is not None:
            raise ValueError(
                "waktu harus waktu lokal kantor tanpa zona waktu (naive datetime), "
                f"bukan {moment.isoformat()}"
            )


def _require_non_negative(amount: int, what: str) -> None:
    if amount < 0:
        raise ValueError(f"jumlah {what} tidak boleh negatif: {amount}")


class WorkCalendar:
    """The working days and hours of one office.

    Args:
        hours: opening hours and working weekdays.
        days_off: the office's own days off and days off added by a late SKB; each is a day
            off even if the library does not list it (a weekend entry only adds its name).
        cancelled_holidays: dates the library lists as a holiday or cuti bersama that the
            government later cancelled or moved; they are working days again when they fall on
            a working weekday. An entry both here and in ``days_off`` is a day off.
        preload_years: years to load now instead of on first use (e.g. before a bulk run).
    """

    def __init__(
        self,
        hours: WorkingHours | None = None,
        days_off: Iterable[OfficeDay] = (),
        cancelled_holidays: Iterable[OfficeDay] = (),
        preload_years: Iterable[int] = (),
    ) -> None:
        self._hours = hours if hours is not None else WorkingHours()
        self._days_off = {entry.day: entry.name for entry in days_off}
        self._cancelled = {entry.day: entry.name for entry in cancelled_holidays}
        self._opening = self._hours.start
        self._closing = tuple(self._hours.end_on(weekday) for weekday in range(7))
        self._years: dict[int, _Year] = {}
        for year in preload_years:
            self._year(year)

    @property
    def hours(self) -> WorkingHours:
        return self._hours

    @property
    def days_off(self) -> tuple[OfficeDay, ...]:
        return tuple(OfficeDay(day, name) for day, name in sorted(self._days_off.items()))

    @property
    def cancelled_holidays(self) -> tuple[OfficeDay, ...]:
        return tuple(OfficeDay(day, name) for day, name in sorted(self._cancelled.items()))

    # -- days -----------------------------------------------------------------------------

    def _year(self, year: int) -> _Year:
        loaded = self._years.get(year)
        if loaded is None:
            loaded = self._years[year] = self._load(year)
        return loaded

    def _load(self, year: int) -> _Year:
        national = holidays.country_holidays(
            "ID", years=year, categories=HOLIDAY_CATEGORIES, language="id"
        )
        names: dict[date, str] = {
            day: name for day, name in national.items() if day not in self._cancelled
        }
        names.update((day, name) for day, name in self._days_off.items() if day.year == year)
        first = date(year, 1, 1)
        first_ordinal = first.toordinal()
        length = date(year + 1, 1, 1).toordinal() - first_ordinal
        flags = bytearray(length)
        for offset in range(length):
            day = date.fromordinal(first_ordinal + offset)
            if day.weekday() in self._hours.weekdays and day not in names:
                flags[offset] = 1
        ordinals = tuple(first_ordinal + offset for offset, flag in enumerate(flags) if flag)
        return _Year(first_ordinal, bytes(flags), ordinals, MappingProxyType(names))

    def is_working_day(self, day: date) -> bool:
        """Whether the office works on ``day`` (a datetime counts by its date)."""
        ordinal = day.toordinal()
        year = self._year(day.year)
        return bool(year.working[ordinal - year.first_ordinal])

    def holiday_name(self, day: date) -> str | None:
        """The Indonesian name of the holiday, cuti bersama or office day off on ``day``.

        ``None`` on an ordinary day, a plain weekend, and a cancelled holiday. The office's own
        name wins over the library's when both name a day.
        """
        if isinstance(day, datetime):
            day = day.date()
        return self._year(day.year).names.get(day)

    def holidays_in(self, year: int) -> dict[date, str]:
        """Every named day off of ``year`` (national, cuti bersama, office), by date."""
        return dict(sorted(self._year(year).names.items()))

    def _working_ordinal_after(self, ordinal: int, count: int) -> int:
        """The ``count``-th working-day ordinal strictly after ``ordinal`` (``count`` >= 1)."""
        year_number = date.fromordinal(ordinal).year
        year = self._year(year_number)
        index = bisect_right(year.ordinals, ordinal)
        barren = 0
        while index + count > len(year.ordinals):
            available = len(year.ordinals) - index
            barren = 0 if available else barren + 1
            if barren > _MAX_YEARS_WITHOUT_WORKING_DAY:
                raise ValueError("kalender kerja tidak memiliki hari kerja; periksa hari libur")
            count -= available
            year_number += 1
            year = self._year(year_number)
            index = 0
        return year.ordinals[index + count - 1]

    def _working_days_in(self, first_ordinal: int, last_ordinal: int) -> int:
        """Working days with ``first_ordinal`` <= ordinal <= ``last_ordinal``."""
        total = 0
        first_year = date.fromordinal(first_ordinal).year
        last_year = date.fromordinal(last_ordinal).year
        for year_number in range(first_year, last_year + 1):
            ordinals = self._year(year_number).ordinals
            total += bisect_right(ordinals, last_ordinal) - bisect_left(ordinals, first_ordinal)
        return total

    # -- moments --------------------------------------------------------------------------

    def _period(self, day: date) -> tuple[datetime, datetime]:
        return (
            datetime.combine(day, self._opening),
            datetime.combine(day, self._closing[day.weekday()]),
        )

    def next_open(self, moment: datetime) -> datetime:
        """``moment`` if it lies inside working hours, else the next opening time.

        Closing time itself is outside: work started at 16:00 begins the next working morning.
        """
        _require_naive(moment)
        day = moment.date()
        if self.is_working_day(day):
            opening, closing = self._period(day)
            if moment < closing:
                return max(moment, opening)
        ordinal = self._working_ordinal_after(day.toordinal(), 1)
        return datetime.combine(date.fromordinal(ordinal), self._opening)

    def add_working_time(self, start: datetime, amount: timedelta) -> datetime:
        """``start`` plus ``amount`` of working time (see the module contract).

        A zero amount returns ``start`` unchanged, even outside working hours.
        """
        _require_naive(start)
        if amount < timedelta(0):
            raise ValueError(f"lama waktu tidak boleh negatif: {amount}")
        if not amount:
            return start
        cursor = self.next_open(start)
        remaining = amount
        while True:
            closing = datetime.combine(cursor.date(), self._closing[cursor.weekday()])
            available = closing - cursor
            if remaining <= available:
                return cursor + remaining
            remaining -= available
            ordinal = self._working_ordinal_after(cursor.toordinal(), 1)
            cursor = datetime.combine(date.fromordinal(ordinal), self._opening)

    def add_working_minutes(self, start: datetime, minutes: int) -> datetime:
        """``start`` plus ``minutes`` working minutes; e.g. Monday 15:30 + 60 is Tuesday 08:00."""
        _require_non_negative(minutes, "menit")
        return self.add_working_time(start, timedelta(minutes=minutes))

    def add_working_days(self, start: datetime, days: int) -> datetime:
        """Closing time of the ``days``-th working day after the start date.

        Zero days returns ``start`` unchanged.
        """
        _require_naive(start)
        _require_non_negative(days, "hari")
        if days == 0:
            return start
        day = date.fromordinal(self._working_ordinal_after(start.toordinal(), days))
        return datetime.combine(day, self._closing[day.weekday()])

    def add_calendar_days(self, start: datetime, days: int) -> datetime:
        """Closing time of the start date plus ``days``, or of the next working day after it.

        Zero days returns ``start`` unchanged.
        """
        _require_naive(start)
        _require_non_negative(days, "hari")
        if days == 0:
            return start
        target = start.date() + timedelta(days=days)
        if not self.is_working_day(target):
            target = date.fromordinal(self._working_ordinal_after(target.toordinal(), 1))
        return datetime.combine(target, self._closing[target.weekday()])

    def due(
        self,
        start: datetime,
        duration: Duration,
        *,
        calendar_days_default: bool = False,
        use_high: bool = True,
    ) -> datetime:
        """When a step or rule started at ``start`` with time standard ``duration`` falls due.

        Minutes count working minutes. Days count working days unless the duration says
        calendar days, or says nothing and ``calendar_days_default`` (the template's
        ``calendar_days``) is set. A range ("3-5 Hari") uses its upper bound, the latest moment
        the SOP still allows, unless ``use_high`` is false.
        """
        amount = duration.high if use_high else duration.low
        if duration.unit is DurationUnit.MINUTES:
            return self.add_working_minutes(start, amount)
        basis = duration.basis
        if basis is DayBasis.CALENDAR or (basis is None and calendar_days_default):
            return self.add_calendar_days(start, amount)
        return self.add_working_days(start, amount)

    # -- spans ----------------------------------------------------------------------------

    def working_time_between(self, start: datetime, end: datetime) -> timedelta:
        """Working time from ``start`` to ``end``; negative when ``end`` is earlier.

        The inverse of :meth:`add_working_time`: ``working_time_between(s, add_working_time(s,
        t)) == t`` for any ``t`` > 0. After a deadline it says how overdue a case is in time the
        office could have acted.
        """
        _require_naive(start, end)
        if end < start:
            return -self.working_time_between(end, start)
        first, last = start.toordinal(), end.toordinal()
        total = timedelta(0)
        for ordinal in range(first, last + 1):
            day = date.fromordinal(ordinal)
            if not self.is_working_day(day):
                continue
            opening, closing = self._period(day)
            span = min(closing, end) - max(opening, start)
            if span > timedelta(0):
                total += span
        return total

    def working_minutes_between(self, start: datetime, end: datetime) -> int:
        """:meth:`working_time_between` in whole minutes (truncated toward zero)."""
        return _minutes(self.working_time_between(start, end))

    def working_days_between(self, start: datetime, end: datetime) -> int:
        """Working days after the date of ``start`` up to and including the date of ``end``.

        The inverse of :meth:`add_working_days`: ``working_days_between(s, add_working_days(s,
        n)) == n``. Negative when ``end`` is earlier. A case due on Friday and still open on
        the following Tuesday is two working days overdue (Monday and Tuesday).
        """
        _require_naive(start, end)
        first, last = start.toordinal(), end.toordinal()
        if last < first:
            return -self._working_days_in(last + 1, first)
        if last == first:
            return 0
        return self._working_days_in(first + 1, last)

    def extend_for_pause(
        self,
        due: datetime,
        paused_at: datetime,
        resumed_at: datetime,
        *,
        whole_days: bool = False,
    ) -> datetime:
        """The deadline ``due`` pushed back by the working time a case spent paused.

        A case waiting for the complainant must not run down its time standard. By default
        the deadline moves by the exact working time between ``paused_at`` and ``resumed_at``
        (for minute standards). With ``whole_days`` (for day standards) it moves by
        :meth:`working_days_between` the two moments, so the new deadline stays at a closing
        time. A pause with no working time in it leaves ``due`` unchanged.
        """
        _require_naive(due, paused_at, resumed_at)
        if resumed_at < paused_at:
            raise ValueError("waktu lanjut tidak boleh sebelum waktu jeda")
        if whole_days:
            days = self.working_days_between(paused_at, resumed_at)
            return self.add_working_days(due, days) if days else due
        return self.add_working_time(due, self.working_time_between(paused_at, resumed_at))
