"""Days that ISO dates, possibly partial ("2017", "2017-06"), stand for, as the exports and tallies read them."""
from __future__ import annotations

from calendar import monthrange
from datetime import date


def bounds(value: str | None) -> tuple[date, date] | None:
    """The first and last day of an ISO date, or None when there is none or it does not parse."""
    if not value:
        return None
    try:
        parts = value[:10].split("-")
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 1, 1), date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2:
            return date(year, month, 1), date(year, month, monthrange(year, month)[1])
        day = date(year, month, int(parts[2]))
        return day, day
    except (ValueError, IndexError):
        return None


def span(start: str | None, end: str | None) -> tuple[date, date] | None:
    """First and last day of an event's start..end; a missing or earlier end means the start's own period."""
    first = bounds(start)
    if first is None:
        return None
    last = bounds(end)
    if last is None or last[1] < first[0]:
        return first
    return first[0], last[1]


def n_days(start: str | None, end: str | None) -> int | None:
    """How many days start..end covers (1 for a single day), or None when the start is unknown."""
    s = span(start, end)
    return None if s is None else (s[1] - s[0]).days + 1


def overlaps(a: tuple[date | None, date | None], b: tuple[date | None, date | None]) -> bool:
    """Whether two periods share a day; None at either end means open on that side."""
    a0, a1 = a
    b0, b1 = b
    return (a1 is None or b0 is None or b0 <= a1) and (b1 is None or a0 is None or a0 <= b1)


def label(start: str | None, end: str | None) -> str:
    """A short period label: "2017-06", "2014..2017-07-12", "2014..", "unknown"."""
    if not start and not end:
        return "unknown"
    if start == end:
        return start or ""
    return f"{start or ''}..{end or ''}"
