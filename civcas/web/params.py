"""Query parameters of the list, map and timeline routes, validated by hand so a bad value is a 400 that says why."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import urlencode

from fastapi import Depends, Query

from ..models import EVENT_TYPES, GRADES, STATUSES
from ..report.periods import bounds
from ..store.queries import SORTS, IncidentFilter, fts_match

MAX_PER_PAGE = 500
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")
KINDS = ("incident", "aggregate", "all")


class BadQuery(ValueError):
    """A query value that cannot be used; the message names the parameter and what it takes."""


@dataclass(frozen=True)
class ListQuery:
    filter: IncidentFilter
    sort: str = "date"
    order: str = "desc"
    page: int = 1
    per_page: int = 50

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def params(self, **changes: object) -> dict[str, str]:
        """The query as parameters (defaults left out), with `changes` applied."""
        out: dict[str, object] = dict(self.filter.params())
        out.update(sort=self.sort, order=self.order, page=self.page, per_page=self.per_page)
        out.update(changes)
        defaults = {"sort": "date", "order": "desc", "page": 1, "per_page": 50}
        return {k: str(v) for k, v in out.items() if v is not None and defaults.get(k) != v}

    def query_string(self, **changes: object) -> str:
        qs = urlencode(self.params(**changes))
        return "?" + qs if qs else ""

    def with_filter(self, **changes: object) -> ListQuery:
        return replace(self, filter=replace(self.filter, **changes))


def text_param(name: str, value: str | None, limit: int = 200) -> str | None:
    value = (value or "").strip()
    if not value:
        return None   # an empty form field means no condition
    if len(value) > limit:
        raise BadQuery(f"{name} is {len(value)} characters long; give at most {limit}")
    return value


def _choice(name: str, value: str | None, choices: tuple[str, ...]) -> str | None:
    value = text_param(name, value)
    if value is not None and value not in choices:
        raise BadQuery(f"{name}={value!r} is not known; use one of {', '.join(choices)}")
    return value


def _date(name: str, value: str | None) -> str | None:
    value = text_param(name, value, 10)
    if value is not None and (not _DATE.match(value) or bounds(value) is None):
        raise BadQuery(f"{name}={value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017-03-09")
    return value


def _int(name: str, value: str | None, default: int, lo: int, hi: int) -> int:
    value = text_param(name, value, 12)
    if value is None:
        return default
    if not value.isdigit() or not lo <= int(value) <= hi:
        raise BadQuery(f"{name}={value!r} is not a whole number from {lo} to {hi}")
    return int(value)


def parse_filter(*, kind: str | None = None, date_from: str | None = None, date_to: str | None = None,
                 country: str | None = None, place: str | None = None, attacker: str | None = None,
                 event_type: str | None = None, grade: str | None = None, status: str | None = None,
                 claimant: str | None = None, outlet: str | None = None,
                 q: str | None = None) -> IncidentFilter:
    """An IncidentFilter from raw query values, or BadQuery naming the first bad one."""
    kind = _choice("kind", kind, KINDS) or "incident"
    start, end = _date("date_from", date_from), _date("date_to", date_to)
    if start and end and bounds(start)[0] > bounds(end)[1]:
        raise BadQuery(f"date_from={start} is after date_to={end}")
    country = text_param("country", country)
    if country is not None and not _COUNTRY.match(country):
        raise BadQuery(f"country={country!r} is not a two-letter ISO 3166 code such as SY or IQ")
    search = text_param("q", q, 500)
    if search is not None and fts_match(search) is None:
        raise BadQuery(f"q={search!r} has no words to search for")
    return IncidentFilter(
        kind=None if kind == "all" else kind, date_from=start, date_to=end,
        country=country.upper() if country else None, place=text_param("place", place),
        attacker=text_param("attacker", attacker), event_type=_choice("event_type", event_type, EVENT_TYPES),
        grade=_choice("grade", grade, GRADES), status=_choice("status", status, STATUSES),
        claimant=text_param("claimant", claimant), outlet=text_param("outlet", outlet), q=search)


# FastAPI parameters: declared as plain strings so that FastAPI never answers 422 on its own, and
# documented here once for the OpenAPI schema of every route that takes them.
def filter_query(
    kind: str | None = Query(None, description="incident (default), aggregate or all"),
    date_from: str | None = Query(None, description="first day, ISO (YYYY, YYYY-MM or YYYY-MM-DD)"),
    date_to: str | None = Query(None, description="last day, ISO (YYYY, YYYY-MM or YYYY-MM-DD)"),
    country: str | None = Query(None, description="two-letter ISO 3166 country code"),
    place: str | None = Query(None, description="part of the place name"),
    attacker: str | None = Query(None, description="part of the attacker's name"),
    event_type: str | None = Query(None, description="one of: " + ", ".join(EVENT_TYPES)),
    grade: str | None = Query(None, description="one of: " + ", ".join(GRADES)),
    status: str | None = Query(None, description="one of: " + ", ".join(STATUSES)),
    claimant: str | None = Query(None, description="part of a claimant's name"),
    outlet: str | None = Query(None, description="part of an outlet's name"),
    q: str | None = Query(None, description="words in the incident's articles (full-text search, all words must match; word* for a prefix)"),
) -> IncidentFilter:
    return parse_filter(kind=kind, date_from=date_from, date_to=date_to, country=country, place=place,
                        attacker=attacker, event_type=event_type, grade=grade, status=status,
                        claimant=claimant, outlet=outlet, q=q)


def list_query(
    flt: IncidentFilter = Depends(filter_query),
    sort: str | None = Query(None, description="one of: " + ", ".join(SORTS)),
    order: str | None = Query(None, description="asc or desc (default desc)"),
    page: str | None = Query(None, description="page number, from 1"),
    per_page: str | None = Query(None, description=f"rows per page, 1 to {MAX_PER_PAGE} (default 50)"),
) -> ListQuery:
    return ListQuery(filter=flt, sort=_choice("sort", sort, tuple(SORTS)) or "date",
                     order=_choice("order", order, ("asc", "desc")) or "desc",
                     page=_int("page", page, 1, 1, 1_000_000),
                     per_page=_int("per_page", per_page, 50, 1, MAX_PER_PAGE))
