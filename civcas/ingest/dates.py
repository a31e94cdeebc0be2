"""Publication dates: normalising a given date to ISO, and inferring one from an article's text.

Only short spans found by the patterns here ever reach `dateparser`: run over a whole text,
its `search_dates` finds "dates" in ordinary words and invents the rest.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import functools
import re
import time
from typing import Any

# (iso, precision): "2016-10-25" day, "2016-10" month, "2016" year
Dated = tuple[str, str]

_MONTHS = {m: i for i, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1) for m in names}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?" \
         r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?,?"
# "October 25, 2016", "Oct. 25 2016", "25 October 2016", "25 Oct, 2016"
_MDY = rf"(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
_DMY = rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>(?:19|20)\d\d)"
_FULL_DATE = rf"(?:{_MDY}|{_DMY})"

# "Published: 25 Oct 2016 12:30 GMT", "Posted on October 25, 2016", "Last updated: …"
# The span must start like a date, so that "Posted guards were killed on …" is not a stamp.
_STAMP_LINE = re.compile(rf"^[ \t]*(?P<kind>published|posted|first published|updated|last updated)"
                         rf"(?:\s+on)?\s*[:\-–—]?\s*(?P<span>(?:\d|{_WEEKDAY}|{_MONTH})[^\n]{{3,60}})$",
                         re.I | re.M)
# A line that opens with a date: "Wednesday 25 October 2016", "Wed 19 Apr 2017 Aleppo bomb …"
_DATE_LINE = re.compile(rf"[ \t]*(?:{_WEEKDAY}\s*)?{_FULL_DATE}\b", re.I)
# Agency dateline: "MOSUL, Iraq, Oct. 25 (Reuters) -", with or without a year
_AGENCY = re.compile(rf"^[ \t]*[A-Z][A-Z .'’\-]{{1,40}},[^()\n]{{0,40}}?\s*(?P<m>{_MONTH})\s+"
                     r"(?P<d>\d{1,2})(?:,?\s+(?P<y>(?:19|20)\d\d))?\s*\([A-Za-z][\w .&/-]{0,30}\)"
                     r"\s*[-–—]", re.M)
# Place-and-date in brackets: "INDIANAPOLIS, Ind. (December 19, 2015) —", "SAVANNAH, GA (August 2, 2015):"
_BRACKETED = re.compile(rf"\((?:{_WEEKDAY}\s*)?{_FULL_DATE}\)\s*[-–—:]", re.I)
# The signature line of an embedded tweet: "— RT (@RT_com) October 23, 2016"
_TWEET = re.compile(rf"^[ \t]*[—–-]\s*[^\n]{{0,80}}\(@\w{{1,30}}\)\s+{_FULL_DATE}\s*$", re.M | re.I)

_ONLY_DATE = re.compile(rf"(?:{_WEEKDAY}\s*)?{_FULL_DATE}", re.I)
_ISO = re.compile(r"((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?(?:[T ][\d:.,]+(?:Z|[+-][\d:]+)?)?")

_HEAD_CHARS = 600  # a dateline is at the top; further down, dates are events, not publication


# a Wayback Machine copy's address carries the moment it was taken:
# "web.archive.org/web/20150909062058/http://abcnews.go.com/..."
_WAYBACK = re.compile(r"\bweb\.archive\.org/web/((?:19|20)\d\d)(\d\d)(\d\d)\d{0,6}")


def archived_on(url: str | None) -> str | None:
    """The day an archived copy of the page was taken (ISO), if `url` is a Wayback Machine copy's."""
    m = _WAYBACK.search(url or "")
    day = _ok(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    return day[0] if day else None


# a page's own address may carry the day it was made: "wavy.com/2017/03/26/2-people-shot-on-..."
_URL_DAY = re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)(?:/|$)")


def url_day(url: str | None) -> str | None:
    """The day in a page's own address (ISO), not in an archive's prefix, if it has one."""
    m = _URL_DAY.search(_WAYBACK_PREFIX.sub("", url or ""))
    day = _ok(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    return day[0] if day else None


_WAYBACK_PREFIX = re.compile(r"^.*?\bweb\.archive\.org/web/\d+\w*/")


def looks_like_date(line: str) -> bool:
    """True for a line that is only a date ("Wednesday 26 October 2016", "2016-10-26")."""
    line = line.strip()
    return bool(_ONLY_DATE.fullmatch(line) or _ISO.fullmatch(line))


def normalise_date(value: Any) -> Dated | None:
    """A given publication date as (ISO date, precision), or None when it cannot be read reliably.

    Accepts ISO strings (full or partial), "October 25, 2016", "25/10/2016" (day first unless that
    is impossible), RFC 822 feed dates, datetime/date objects and time.struct_time."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, time.struct_time):
        return _ok(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, dt.datetime | dt.date):
        return _ok(value.year, value.month, value.day)
    if isinstance(value, int):
        return _ok(value)
    if not isinstance(value, str):
        return None
    s = value.strip()
    if m := _ISO.fullmatch(s):
        # the date as written: converting "…T01:00+03:00" to UTC would move it to the day before
        return _ok(*(int(g) for g in m.groups() if g))
    if m := re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)", s):
        a, b, y = (int(g) for g in m.groups())
        # day first (the world's usual order), month first only when day first is impossible
        return _ok(y, b, a) if b <= 12 else _ok(y, a, b)
    if m := re.fullmatch(r"((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})", s):
        return _ok(*(int(g) for g in m.groups()))
    if m := re.fullmatch(_FULL_DATE, s, re.I):
        return _from_match(m)
    if re.search(r"\d\d:\d\d", s) and (t := email.utils.parsedate_tz(s)):  # RSS: "Tue, 25 Oct 2016 …"
        return _ok(t[0], t[1], t[2])
    return _dateparser(s)


def infer_published(text: str) -> Dated | None:
    """The publication date stated in an article's text, as (ISO date, precision), or None.

    In order of trust: a "Published:"/"Posted:" line; a dateline at the top; an "Updated:" line;
    and last, the latest embedded tweet's date."""
    stamps: dict[str, str] = {}
    for m in _STAMP_LINE.finditer(text):
        stamps.setdefault(m["kind"].lower(), m["span"])  # the first of each kind: the top's
    for kind in ("published", "first published", "posted"):
        if kind in stamps and (d := _day_or_better(stamps[kind])):
            return d
    head = text[:_HEAD_CHARS]
    tweet = _latest_tweet(text)
    top_lines = [line for line in head.split("\n") if line.strip()][:3]
    for m in (_DATE_LINE.match(line) for line in top_lines):
        if m and (d := _from_match(m)):
            return d
    if (d := dateline_date(text)) is not None:
        return d
    if m := _AGENCY.search(head):
        if m["y"]:
            return None  # a dateline's year with no real day: nothing better is stated
        if tweet:  # a dateline without a year takes the year of the tweets it quotes
            return _after(tweet, _MONTHS[m["m"].lower().rstrip(".")], int(m["d"]))
    for kind in ("updated", "last updated"):
        if kind in stamps and (d := _day_or_better(stamps[kind])):
            return d
    if tweet:
        # The article quotes a tweet, so it was published on or after the tweet's date: a lower
        # bound, not the date. It is still the best guess for "on Tuesday"-style references in a
        # news text (they mean the publication week), hence precision "day" - but only as the
        # last resort, when the text states nothing better.
        return tweet.isoformat(), "day"
    return None


def dateline_date(text: str) -> Dated | None:
    """The full date (with its year) of a dateline at the top of the text, if there is one."""
    head = text[:_HEAD_CHARS]
    if (m := _BRACKETED.search(head)) and (d := _from_match(m)):
        return d
    if (m := _AGENCY.search(head)) and m["y"]:
        return _ok(int(m["y"]), _MONTHS[m["m"].lower().rstrip(".")], int(m["d"]))
    return None


def _latest_tweet(text: str) -> dt.date | None:
    dates = [d for m in _TWEET.finditer(text) if (d := _from_match(m))]
    return max(dt.date.fromisoformat(d[0]) for d in dates) if dates else None


def _after(floor: dt.date, month: int, day: int) -> Dated | None:
    """The first `month`/`day` on or after `floor` (a dateline is never before what it quotes)."""
    for year in (floor.year, floor.year + 1):
        d = _ok(year, month, day)
        if d and dt.date.fromisoformat(d[0]) >= floor:
            return d
    return None


def _day_or_better(span: str) -> Dated | None:
    # Only the leading part that looks like a date: "25 Oct 2016 12:30 GMT | By Jane Doe"
    span = re.split(r"\s[|•·]\s|\bby\b", span, maxsplit=1, flags=re.I)[0].strip(" ,.-")
    return normalise_date(span)


def _from_match(m: re.Match) -> Dated | None:
    g = m.groupdict()
    if g.get("y1"):
        return _ok(int(g["y1"]), _MONTHS[g["m1"].lower().rstrip(".")], int(g["d1"]))
    if g.get("y2"):
        return _ok(int(g["y2"]), _MONTHS[g["m2"].lower().rstrip(".")], int(g["d2"]))
    return None


def _ok(year: int, month: int | None = None, day: int | None = None) -> Dated | None:
    """Validated (iso, precision), or None for an impossible date (31 February, year 3016)."""
    if not 1900 <= year <= 2100:
        return None
    try:
        if day is not None:
            return dt.date(year, month or 1, day).isoformat(), "day"
        if month is not None:
            return f"{dt.date(year, month, 1):%Y-%m}", "month"
    except ValueError:
        return None
    return f"{year:04d}", "year"


@functools.lru_cache(maxsize=1)
def _parser():
    # imported lazily: dateparser is only needed for the odd formats the rules above do not cover
    from dateparser.date import DateDataParser
    return DateDataParser(languages=["en"], settings={
        "REQUIRE_PARTS": ["year"],          # never fill a missing year with the current one
        "PARSERS": ["custom-formats", "absolute-time"],  # no "yesterday": it depends on today
        "DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,  # keep the date as written, like the rules above
    })


def _dateparser(span: str) -> Dated | None:
    if not span or len(span) > 80:
        return None
    try:
        data = _parser().get_date_data(span)
    except Exception:  # dateparser raises assorted errors on odd input; a date we cannot read is None
        return None
    d = data.date_obj
    if d is None:
        return None
    if data.period == "year":
        return _ok(d.year)
    if data.period == "month":
        return _ok(d.year, d.month)
    return _ok(d.year, d.month, d.day)
