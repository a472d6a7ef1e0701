"""Date arithmetic for :mod:`directive_extract.timex`: month ends, quarters, working days, Tết.

Pure functions on :class:`datetime.date`; no Vietnamese words here. Example:
``quarter_bounds(2020, 3) == (date(2020, 7, 1), date(2020, 9, 30))`` ("quý III-2020").
"""

from __future__ import annotations

import calendar
import datetime as dt

import lunar_vn


def month_end(year: int, month: int) -> dt.date:
    """Last day of a month: ``month_end(2020, 2) == date(2020, 2, 29)``."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    """First and last day of quarter 1-4 ("quý IV/2020" → 2020-10-01 .. 2020-12-31)."""
    first = 3 * (quarter - 1) + 1
    return dt.date(year, first, 1), month_end(year, first + 2)


def add_months(d: dt.date, months: int) -> dt.date:
    """``d`` plus whole months, clipped to the month's end ("sau 03 tháng" from 30/11 → 28 or 29/2)."""
    idx = d.year * 12 + d.month - 1 + months
    year, month = divmod(idx, 12)
    month += 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def add_working_days(d: dt.date, days: int) -> dt.date:
    """``d`` plus ``days`` working days, Saturdays and Sundays skipped (public holidays are not)."""
    cur = d
    left = days
    while left > 0:
        cur += dt.timedelta(days=1)
        if cur.weekday() < 5:
            left -= 1
    return cur


def add_units(d: dt.date, n: int, unit: str) -> dt.date:
    """``d`` plus ``n`` units: day, working_day, week, month, quarter or year."""
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "working_day":
        return add_working_days(d, n)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    if unit == "month":
        return add_months(d, n)
    if unit == "quarter":
        return add_months(d, 3 * n)
    if unit == "year":
        return add_months(d, 12 * n)
    raise ValueError(f"unknown time unit {unit!r}; expected day, working_day, week, month, quarter or year")


def lunar_to_solar(year: int, month: int, day: int) -> dt.date:
    """Solar date of a lunar date in the Vietnamese calendar (UTC+7), via lunar-vn."""
    try:
        return lunar_vn.convert_lunar_to_solar(day, month, year, 0, 7.0)
    except ValueError as e:
        raise ValueError(f"lunar date {day}/{month}/{year} cannot be converted: {e}") from e


def lunar_new_year(year: int) -> dt.date:
    """First day of Tết Nguyên đán of ``year``: ``lunar_new_year(2021) == date(2021, 2, 12)``."""
    return lunar_to_solar(year, 1, 1)


def can_chi_year(name: str, near: int, stems: list[str], branches: list[str]) -> int | None:
    """The year nearest ``near`` whose can-chi name is ``name`` ("Tân Sửu" near 2020 → 2021)."""
    parts = name.split()
    if len(parts) != 2:
        return None
    low = [s.lower() for s in stems]
    lowb = [b.lower() for b in branches]
    stem, branch = parts[0].lower(), parts[1].lower()
    if stem not in low or branch not in lowb:
        return None
    si, bi = low.index(stem), lowb.index(branch)
    for delta in range(0, 31):
        for y in (near + delta, near - delta):
            if (y + 6) % 10 == si and (y + 8) % 12 == bi:
                return y
    return None
