"""Event dates in news text ("on Tuesday", "last month", "since 2014") against the publication date."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Callable


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date_start: str | None   # ISO, possibly partial ("2017-03", "2014")
    date_end: str | None
    precision: str | None    # day | week | month | year | range
    kind: str                # point | period ("past three days", "in June") | since ("since 2014")


# Written dates keep the precision they were written with ("since March 2011" -> "2011-03",
# "in 2014" -> "2014"); periods worked out from the publication date ("last month", "in June",
# "last week") are given as full days, since their edges are then known exactly.

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
            "fourteen": 14, "thirty": 30, "few": 3, "several": 3, "couple of": 2, "a couple of": 2}

# Rules match an ASCII-lowered copy of the text (same offsets): case-sensitive alternations run
# several times faster in `re`. Month and weekday names must then be capitalised in the original,
# since "may" and "march" are also verbs.
_LOWER_ASCII = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november"
          r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:\.(?!\d))?")
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_N = (r"(?:\d{1,3}|a\s+couple\s+of|couple\s+of|an?|few|several|one|two|three|four|five|six|seven"
      r"|eight|nine|ten|eleven|twelve|fourteen|thirty)")
_PART = r"(?:morning|afternoon|evening|night|overnight)"

Resolved = tuple[str | None, str | None, str | None, str]   # date_start, date_end, precision, kind
# (match, publication day, anchor (date, precision)) -> resolved; `_weekday` also gets its prefix
Rule = Callable[..., Resolved | None]


# --- date arithmetic ----------------------------------------------------------------------------

def _pub(published: str | None) -> date | None:
    """The publication day, or None when it is unknown or only partly known."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _month_period(y: int, m: int) -> Resolved:
    return date(y, m, 1).isoformat(), _month_end(y, m).isoformat(), "month", "period"


def _on_or_before(pub: date, month: int, day: int) -> date | None:
    """The most recent `month` `day` on or before `pub` ("on March 17" in an April article)."""
    for y in (pub.year, pub.year - 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if d <= pub:
            return d
    return None


def _num(s: str) -> int | None:
    s = " ".join(s.lower().split())
    return int(s) if s.isdigit() else _NUMBERS.get(s)


def _day(d: date | None) -> Resolved | None:
    return None if d is None else (d.isoformat(), d.isoformat(), "day", "point")


def _since(r: Resolved, pub: date | None) -> Resolved:
    """"since" a resolved date: from its start (as written) to publication."""
    return r[0], pub.isoformat() if pub else None, r[2], "since"


# --- rules: each regex with the function that resolves its match --------------------------------

def _iso(m, pub, anchor):
    try:
        return _day(date(int(m["y"]), int(m["mo"]), int(m["d"])))
    except ValueError:
        return None


def _numeric(m, pub, anchor):
    """"10/21/2016" (US) or "21/10/2016": only where the order shows (a number over 12)."""
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    y += 2000 if y < 100 else 0
    if (a > 12) == (b > 12):
        return None
    try:
        return _day(date(y, b, a) if a > 12 else date(y, a, b))
    except ValueError:
        return None


def _month_day(m, pub, anchor):
    month, day = _MONTHS[m["mon"].rstrip(".").lower()], int(re.match(r"\d+", m["d"])[0])
    if m["y"]:
        try:
            d = date(int(m["y"]), month, day)
        except ValueError:
            return None
    else:
        d = _on_or_before(pub, month, day) if pub else None
    return _day(d)


def _day_range(m, pub, anchor):
    month = _MONTHS[m["mon"].rstrip(".").lower()]
    d1, d2 = (int(re.match(r"\d+", m[g])[0]) for g in ("d1", "d2"))
    if d1 >= d2:
        return None
    if m["y"]:
        y = int(m["y"])
    elif pub:
        end = _on_or_before(pub, month, d2) or _on_or_before(pub, month, d1)
        if end is None:
            return None
        y = end.year
    else:
        return None
    try:
        return date(y, month, d1).isoformat(), date(y, month, d2).isoformat(), "range", "period"
    except ValueError:
        return None


def _month_year(m, pub, anchor):
    partial = f"{m['y']}-{_MONTHS[m['mon'].rstrip('.').lower()]:02d}"
    return partial, partial, "month", "period"


def _month_only(m, pub, anchor):
    if pub is None:
        return None
    month, prep = _MONTHS[m["mon"].rstrip(".").lower()], m["prep"].lower()
    y = pub.year if month <= pub.month else pub.year - 1
    if prep == "last" and month == pub.month:
        y -= 1
    if prep == "since":
        return f"{y}-{month:02d}", pub.isoformat(), "month", "since"
    return _month_period(y, month)


def _year(m, pub, anchor):
    y = m["y"]
    if (m.groupdict().get("prep") or "").lower() == "since":
        return y, pub.isoformat() if pub else None, "year", "since"
    return y, y, "year", "period"


def _year_range(m, pub, anchor):
    return (m["y1"], m["y2"], "range", "period") if m["y1"] < m["y2"] else None


def _since_began(m, pub, anchor):
    partial = f"{m['y']}-{_MONTHS[m['mon'].rstrip('.').lower()]:02d}" if m["mon"] else m["y"]
    return partial, pub.isoformat() if pub else None, "month" if m["mon"] else "year", "since"


def _since_start(m, pub, anchor):
    if pub is None:
        return None
    unit = m["unit"].lower()
    start = date(pub.year, 1, 1) if unit == "year" else pub.replace(day=1)
    return start.isoformat(), pub.isoformat(), unit, "since"


def _weekday(m, pub, anchor, pre=""):
    if pub is None:
        return None
    back = (pub.weekday() - _WEEKDAYS[m["wd"].lower()]) % 7
    if pre.split()[:1] in (["last"], ["past"]) and back == 0:
        back = 7   # "last Friday" is before the publication day, never on it
    return _day(pub - timedelta(days=back))


def _never(m, pub, anchor):
    return None  # "next Tuesday": the future is no event date, and it hides the bare "Tuesday"


def _relative_day(m, pub, anchor):
    if pub is None:
        return None
    w = " ".join(m[0].lower().split())
    if w == "overnight":
        return (pub - timedelta(days=1)).isoformat(), pub.isoformat(), "day", "point"
    if "before yesterday" in w:
        return _day(pub - timedelta(days=2))
    if w.startswith(("yesterday", "last night")):
        return _day(pub - timedelta(days=1))
    if "ago" in w:
        n = _num(m["n"])
        if n is None:
            return None
        if m["unit"].lower().startswith("week"):
            d = pub - timedelta(days=7 * n)
            return d.isoformat(), d.isoformat(), "week", "point"
        return _day(pub - timedelta(days=n))
    return _day(pub)  # today, tonight, this morning


def _anchored_day(m, pub, anchor):
    if not anchor or anchor[1] != "day":
        return None
    w = " ".join(m[0].lower().split())
    n = _num(m["n"]) if m["n"] else 1
    if n is None:
        return None
    if "same" in w:
        n = 0
    elif any(k in w for k in ("before", "previous", "preceding", "earlier", "eve")):
        n = -n
    return _day(date.fromisoformat(anchor[0]) + timedelta(days=n))


def _anchored_unit(m, pub, anchor):
    """"the previous month", "the following week": next to the last date mentioned, or else
    (for "previous") to the publication date."""
    step = 1 if m["dir"].lower() in ("following", "next") else -1
    ref = None
    if anchor and len(anchor[0]) >= 7:
        ref = date.fromisoformat(anchor[0] if len(anchor[0]) == 10 else anchor[0] + "-01")
    elif step < 0:
        ref = pub
    if ref is None:
        return None
    unit = m["unit"].lower()
    if unit == "month":
        return _month_period(*_add_months(ref.year, ref.month, step))
    if unit == "year":
        return f"{ref.year + step}", f"{ref.year + step}", "year", "period"
    monday = ref - timedelta(days=ref.weekday()) + timedelta(days=7 * step)
    return monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "week", "period"


def _past(m, pub, anchor):
    if pub is None:
        return None
    n = _num(m["n"]) if m["n"] else 1
    unit = m["unit"].lower().rstrip("s")
    if n is None or n <= 0:
        return None
    if unit == "hour":
        start, precision = pub - timedelta(days=-(-n // 24)), "day"
    elif unit in ("day", "week"):
        start, precision = pub - timedelta(days=n * (7 if unit == "week" else 1)), unit
    elif unit == "month":
        y, mo = _add_months(pub.year, pub.month, -n)
        start, precision = date(y, mo, min(pub.day, calendar.monthrange(y, mo)[1])), "month"
    else:
        start, precision = pub.replace(year=pub.year - n, day=min(pub.day, 28)), "year"
    return start.isoformat(), pub.isoformat(), precision, "period"


def _calendar_unit(m, pub, anchor):
    if pub is None:
        return None
    which, unit = m["which"].lower(), m["unit"].lower()
    earlier = (m["mod"] or "").lower() == "earlier"
    if which == "last":
        if unit == "week":
            monday = pub - timedelta(days=pub.weekday() + 7)
            return monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "week", "period"
        if unit == "month":
            return _month_period(*_add_months(pub.year, pub.month, -1))
        return f"{pub.year - 1}-01-01", f"{pub.year - 1}-12-31", "year", "period"
    start = {"week": pub - timedelta(days=pub.weekday()), "month": pub.replace(day=1),
             "year": date(pub.year, 1, 1)}[unit]
    end = pub - timedelta(days=1) if earlier and pub > start else pub
    return start.isoformat(), end.isoformat(), unit, "period"


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}


def _season(m, pub, anchor):
    """"Last summer", "this spring": the season's months, the last one begun before publication
    ("last" passes over one still under way)."""
    if pub is None:
        return None
    first, last = _SEASONS[m["season"].lower()]
    y = pub.year if (pub.month, pub.day) >= (first, 1) else pub.year - 1
    if m["which"].lower() == "last" and pub <= _month_end(y + 1 if last < first else y, last):
        y -= 1  # said in the summer, "last summer" is the summer before
    end = _month_end(y + 1 if last < first else y, last)
    return date(y, first, 1).isoformat(), end.isoformat(), "range", "period"


def _weekend(m, pub, anchor):
    if pub is None:
        return None
    saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
    if m["which"] and m["which"].lower() == "last" and saturday + timedelta(days=1) >= pub:
        saturday -= timedelta(days=7)   # "last weekend" is over by publication
    end = min(saturday + timedelta(days=1), pub)
    return saturday.isoformat(), end.isoformat(), "day", "period"


# holidays a local story dates a shooting by ("on New Year's Eve", "the Christmas Day shooting"):
# month and day, or (for those that move) the weekday and which one of the month (-1: the last)
_FIXED_HOLIDAYS = {"new year's eve": (12, 31), "nye": (12, 31), "new year's day": (1, 1),
                   "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
                   "christmas night": (12, 25), "christmas morning": (12, 25), "halloween": (10, 31),
                   "valentine's day": (2, 14), "fourth of july": (7, 4), "independence day": (7, 4)}
_MOVING_HOLIDAYS = {"thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "memorial day": (5, 0, -1),
                    "labor day": (9, 0, 1), "mlk day": (1, 0, 3), "presidents day": (2, 0, 3),
                    "mother's day": (5, 6, 2), "father's day": (6, 6, 3)}
_MOVING = (r"|memorial\s+day|labor\s+day|(?:martin\s+luther\s+king(?:,?\s+jr\.?)?|mlk)\s+day"
           r"|presidents?['’]?\s+day|mother['’]?s\s+day|father['’]?s\s+day")
_HOLIDAY = (r"new\s+year['’]?s\s+(?:eve|day)|nye|christmas(?:\s+(?:eve|day|night|morning))?|halloween"
            r"|valentine['’]?s\s+day|fourth\s+of\s+july|independence\s+day|thanksgiving(?:\s+day)?" + _MOVING)
# ... and those that name a day without an "on" before them ("Christmas" alone may be a season)
_HOLIDAY_NAMED = (r"new\s+year['’]?s\s+(?:eve|day)|nye|christmas\s+(?:eve|day|night|morning)"
                  r"|valentine['’]?s\s+day|fourth\s+of\s+july|independence\s+day|thanksgiving\s+day" + _MOVING)


def _holiday_in(name: str, year: int) -> date | None:
    if name in _FIXED_HOLIDAYS:
        return date(year, *_FIXED_HOLIDAYS[name])
    month, weekday, which = _MOVING_HOLIDAYS[name]
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if date(year, month, d).weekday() == weekday]
    return date(year, month, days[which - 1 if which > 0 else which])


# a holiday this close after publication is the coming one (or its parties), never last year's
_HOLIDAY_AHEAD_DAYS = 14


def _holiday(m, pub, anchor):
    """The last such holiday on or before publication (a story of New Year's Day may tell of
    New Year's Eve), or a day counted from it."""
    if pub is None:
        return None
    name = " ".join((m["hol"] or m["hol2"] or m["hol3"]).replace("’", "'").split())
    name = name.replace("years", "year's").replace("valentines", "valentine's")
    name = re.sub(r"^(?:martin luther king.*|mlk) day$", "mlk day", name)
    name = re.sub(r"^president'?s'? day$", "presidents day", name)
    name = re.sub(r"^(mother|father)s day$", r"\1's day", name)
    coming = _holiday_in(name, pub.year)
    if pub < coming <= pub + timedelta(days=_HOLIDAY_AHEAD_DAYS):
        return None     # a story days before Halloween tells of this year's, not last year's
    # "two days after Thanksgiving": counted from the holiday
    shift = (_num(m["n"]) or 0) * (1 if m["dir"] and m["dir"].lower() == "after" else -1) if m["hol3"] else 0
    for y in (pub.year, pub.year - 1):
        d = _holiday_in(name, y)
        if d is not None and d + timedelta(days=shift) <= pub:
            return _day(d + timedelta(days=shift))
    return None


# Each rule: a regex that starts on a word it needs (so `re` can skip ahead to it), the function
# that resolves it, and the optional words before it that belong to the mention ("on", "last").
_ON = rf"(?:\b(?:on|early\s+on|late\s+on)\s+)?(?:{_WEEKDAY},?\s+)?(?:the\s+)?$"
_RANGE_ON = r"(?:\b(?:between|from)\s+)?$"
_RULES: list[tuple[re.Pattern, Rule, re.Pattern | None]] = [
    (re.compile(p, re.X), f, re.compile(left) if left else None) for p, f, left in (
        (r"(?P<y>\d(?<![\d-]\d)\d{3})-(?P<mo>\d\d)-(?P<d>\d\d)(?![\d-])", _iso, _ON),
        (r"(?P<a>\d(?<![\d/.]\d)\d?)([/.])(?P<b>\d{1,2})\2(?P<y>\d{4}|\d\d)(?![\d/.])", _numeric, _ON),
        (rf"(?P<d>\d(?<![\d.,]\d)\d?(?:st|nd|rd|th)?)\s+(?:of\s+)?(?P<mon>{_MONTH})"
         rf"(?:,?\s+(?P<y>{_YEAR}))?\b(?![-/]\d)", _month_day, _ON),
        (rf"\b(?P<mon>{_MONTH})\s+(?P<d>{_DAY})\b(?!\s*(?:-|–|to|and)\s*\d|:)(?:,?\s+(?P<y>{_YEAR})\b)?",
         _month_day, _ON),
        (rf"\b(?P<mon>{_MONTH})\s+(?P<d1>{_DAY})\s*(?:-|–|to|and)\s*(?P<d2>{_DAY})\b"
         rf"(?:,?\s+(?P<y>{_YEAR})\b)?", _day_range, _RANGE_ON),
        (rf"(?P<d1>\d(?<![\d.,]\d)\d?(?:st|nd|rd|th)?)\s*(?:-|–|to|and)\s*(?P<d2>{_DAY})\s+(?:of\s+)?"
         rf"(?P<mon>{_MONTH})"
         rf"(?:,?\s+(?P<y>{_YEAR})\b)?", _day_range, _RANGE_ON),
        (rf"\b(?P<mon>{_MONTH}),?\s+(?:of\s+)?(?P<y>{_YEAR})\b", _month_year,   # "August of 2015"
         r"(?:\b(?:in|during|throughout|of)\s+)?(?:(?:early|late|mid)[\s-]+)?$"),
        (rf"\b(?P<prep>in|since|during|throughout|last|(?:earlier|later)\s+in|early|late|mid)[\s-]+"
         rf"(?:(?:early|late|mid)[\s-]+)?(?P<mon>{_MONTH})\b(?![\s.,]*\d)", _month_only, None),
        # a year is a date only in date context: "in 2014", "since 2014", "2014's"
        (rf"\b(?P<prep>in|since|during|throughout|early|late|mid|(?:spring|summer|autumn|fall"
         rf"|winter|end|start|beginning)\s+of)[\s-]+(?:(?:early|late|mid)[\s-]+)?(?P<y>{_YEAR})"
         rf"(?!\d|,\d|-\d|\s+(?:people|civilians|persons)\b)", _year, None),   # "In 2014, nearly half"
        (rf"\b(?P<y>{_YEAR})['’]s\b", _year, None),
        (rf"\b(?:from|between)\s+(?P<y1>{_YEAR})\s*(?:to|and|until|-|–)\s*(?P<y2>{_YEAR})\b",
         _year_range, None),
        (rf"\bsince\s+(?:[\w'’-]+\s+){{0,4}}?(?:began|begun|started|launched|erupted|broke\s+out)\b"
         rf"[^.;:!?]{{0,100}}?\b(?:in|of)\s+(?:(?P<mon>{_MONTH})\s+)?(?P<y>{_YEAR})\b", _since_began,
         None),
        (r"\bsince\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+(?P<unit>year|month)\b",
         _since_start, None),
        (rf"\b(?P<wd>{_WEEKDAY})(?:['’]s|\s+{_PART}\b)?", _weekday,
         r"(?:\b(?:on|last|past|this|early\s+on|late\s+on|early|late)\s+)?(?:(?:early|late)\s+(?:on\s+)?)?$"),
        (rf"\bnext\s+{_WEEKDAY}|\b(?:next|coming)\s+(?:week|month|year)\b", _never, None),
        (rf"\b(?:the\s+day\s+before\s+yesterday|yesterday(?:\s+{_PART})?|today|tonight"
         rf"|(?:earlier|later)\s+today|this\s+(?:morning|afternoon|evening)|last\s+night|overnight"
         rf"|(?P<n>{_N})\s+(?P<unit>days?|weeks?)\s+ago)\b", _relative_day, None),
        (rf"\b(?:(?:on\s+)?the\s+(?:following|next|same|previous|preceding)\s+(?:day|morning|night"
         rf"|evening)|the\s+day\s+(?:after|before)(?!\s+yesterday)|on\s+the\s+eve"
         rf"|a\s+day\s+(?:later|earlier)|(?P<n>{_N})\s+days?\s+(?:later|earlier))\b", _anchored_day, None),
        (r"\bthe\s+(?P<dir>previous|preceding|following|next)\s+(?P<unit>week|month|year)\b",
         _anchored_unit, None),
        (rf"\b(?:(?:during|over|in|within|for)\s+)?the\s+(?:past|last|previous)\s+(?:(?P<n>{_N})\s+)?"
         rf"(?P<unit>hours|days|weeks|months|years|day|week|month|year)\b", _past, None),
        (r"\b(?:(?P<mod>earlier|early|late|later)\s+)?(?P<which>last|this)\s+(?P<unit>week|month|year)\b",
         _calendar_unit, None),
        (r"\b(?:(?:at|over|during|on)\s+the|(?P<which>this|last|past))\s+weekend\b", _weekend, None),
        (r"\b(?P<which>last|this|past)\s+(?P<season>spring|summer|fall|autumn|winter)\b", _season, None),
        # a bare "Christmas" only after "on" ("shopping before Christmas" dates nothing)
        (rf"\b(?:(?:on|early\s+on|late\s+on|during|over)\s+(?:the\s+)?(?P<hol>{_HOLIDAY})|(?P<hol2>{_HOLIDAY_NAMED})"
         rf"|(?P<n>{_N})\s+days?\s+(?P<dir>after|before)\s+(?P<hol3>{_HOLIDAY}))"
         rf"\b(?!\s+(?:season|holidays?|shopping|break|weekend|part(?:y|ies)|celebrations?|festivities"
         rf"|festivals?|costumes?|parades?|dances?|bash))", _holiday, None),   # a party is not the day
    )]


# words without which a rule cannot match: a substring test is far cheaper than a regex scan
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_GATES: list[tuple[str, ...]] = [
    ("-",), ("/", "."), *[_MONTH_WORDS] * 5, ("in", "since", "during", "early", "late", "mid"),
    (), ("'s", "’s"), ("from", "between"), ("since",), ("since",), ("day",), ("next", "coming"),
    ("yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "ago"),
    ("day", "eve", "morning", "night"), ("previous", "preceding", "following", "next"),
    ("past", "last", "previous"), ("last", "this"), ("weekend",), ("spring", "summer", "fall", "autumn", "winter"),
    ("new year", "nye", "christmas", "halloween", "valentine", "july", "independence", "thanksgiving",
     "memorial", "labor", "king", "mlk", "president", "mother", "father")]
assert len(_GATES) == len(_RULES)

_SINCE_BEFORE = re.compile(r"\bsince\s+$")


def _capitalised(m: re.Match, text: str) -> bool:
    return all(m.start(g) < 0 or text[m.start(g)].isupper() for g in ("mon", "wd")
               if g in m.re.groupindex)


def _candidates(text: str, low: str) -> list[tuple[int, int, int, re.Match, str]]:
    """Every rule's matches, chosen leftmost-longest without overlap (ties: the earlier rule)."""
    found = []
    for i, (rx, _, left) in enumerate(_RULES):
        if _GATES[i] and not any(w in low for w in _GATES[i]):
            continue
        for m in rx.finditer(low):
            if not _capitalised(m, text):
                continue
            s = m.start()
            pre = left.search(low, max(0, s - 30), s) if left else None
            if pre and pre.start() < s:
                s = pre.start()
            found.append((s, s - m.end(), i, m, low[s:m.start()]))
    found.sort(key=lambda f: f[:3])
    chosen, end = [], -1
    for s, neg_len, i, m, pre in found:
        if s >= end:
            chosen.append((s, s - neg_len, i, m, pre))
            end = s - neg_len
    return chosen


def find_dates(text: str, published: str | None) -> list[DateMention]:
    """The dates `text` states that can be resolved, left to right. "The following day" counts
    from the last date mentioned before it."""
    pub = _pub(published)
    out: list[DateMention] = []
    anchor: tuple[str, str] | None = None
    low = text.translate(_LOWER_ASCII)
    for s, e, i, m, pre in _candidates(text, low):
        d = _mention(text, low, s, e, i, m, pre, pub, anchor)
        if d is not None:
            out.append(d)
            if d.kind != "since":
                anchor = (d.date_start, d.precision)
    return out


def _mention(text, low, s, e, i, m, pre, pub, anchor) -> DateMention | None:
    rule = _RULES[i][1]
    r = rule(m, pub, anchor, " ".join(pre.split())) if rule is _weekday else rule(m, pub, anchor)
    if r is None or r[0] is None:
        return None
    since = _SINCE_BEFORE.search(low, max(0, s - 8), s) if r[3] != "since" else None
    if since:  # "since last Tuesday"
        s, r = since.start(), _since(r, pub)
    return DateMention(s, e, text[s:e], *r)


def resolve(expr: str, published: str | None, anchor: str | None = None) -> DateMention | None:
    """One date expression ("last Friday", "On the following day") against the publication date
    and, for expressions relative to another date, `anchor` (an ISO date)."""
    pub = _pub(published)
    anc = (anchor, "day" if len(anchor) == 10 else "month" if len(anchor) == 7 else "year") \
        if anchor else None
    low = expr.translate(_LOWER_ASCII)
    for s, e, i, m, pre in _candidates(expr, low):
        d = _mention(expr, low, s, e, i, m, pre, pub, anc)
        if d is not None:
            return d
    return _dateparser_fallback(expr, pub)


def _dateparser_fallback(expr: str, pub: date | None) -> DateMention | None:
    """Formats our rules do not know ("March the 17th", "17 Mar '17"), with dateparser, only
    where a month is named and the result is a whole day."""
    core = expr.strip(" .,;:()")
    mon = re.search(rf"\b{_MONTH}", core.translate(_LOWER_ASCII))
    if not core or len(core) > 40 or not mon or not core[mon.start()].isupper():
        return None
    import dateparser  # slow to import; needed only here

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"],
                "RETURN_AS_TIMEZONE_AWARE": False}
    if pub:
        settings["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day)
    elif not re.search(r"\d{4}|['’]\d\d\b", core):
        return None  # no year written and none to assume
    got = dateparser.parse(core, languages=["en"], settings=settings)
    if got is None:
        return None
    s = expr.index(core)
    iso = got.date().isoformat()
    return DateMention(s, s + len(core), core, iso, iso, "day", "point")
