"""Incidents as rows shaped like ACLED and UCDP GED events, so analysts can load them beside those datasets."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

import pycountry

from ..models import ACLED_SUB_EVENT, Incident, Range
from .periods import n_days, span

ACLED_COLUMNS = (
    "event_date", "event_type", "sub_event_type", "actor1", "location", "latitude", "longitude",
    "geo_precision", "time_precision", "source", "notes", "fatalities",
)
UCDP_COLUMNS = (
    "date_start", "date_end", "side_a", "where_coordinates", "latitude", "longitude", "where_prec",
    "date_prec", "best", "low", "high", "source_article", "source_original",
)

ACLED_EVENT_TYPE = {
    **dict.fromkeys(("airstrike", "drone_strike", "shelling", "missile_strike", "explosive",
                     "suicide_bombing", "chemical", "grenade"), "Explosions/Remote violence"),
    "armed_clash": "Battles",
    **dict.fromkeys(("shooting", "attack", "massacre"), "Violence against civilians"),
}
# ACLED has no event type for "other" or unknown; "Other" keeps such rows visible and easy to
# filter, where guessing "Violence against civilians" would put them into analysts' counts.
ACLED_UNKNOWN_TYPE = "Other"

ACLED_GEO_PRECISION = {"exact": 1, "neighbourhood": 1, "town": 1, "district": 2,
                       "governorate": 3, "country": 3, "region": 3}
# UCDP 5 ("parts of a country") has no civcas precision; "region" is wider than a country.
UCDP_WHERE_PREC = {"exact": 1, "neighbourhood": 1, "town": 1, "district": 3, "governorate": 4,
                   "country": 6, "region": 7}

_EVENT_NOUN = {"drone_strike": "drone strike", "missile_strike": "missile strike",
               "explosive": "explosion", "suicide_bombing": "suicide bombing",
               "chemical": "chemical attack", "grenade": "grenade attack",
               "armed_clash": "armed clash", "other": "attack"}


def acled_row(inc: Incident) -> dict[str, Any]:
    """An incident as an ACLED-shaped event row."""
    p = inc.place
    days = span(inc.date_start, inc.date_end)
    n = n_days(inc.date_start, inc.date_end)
    if days is None:
        event_date, time_precision = None, 3
    else:
        # ACLED codes an event known only within a period at that period's middle, and says how
        # wide the period was in time_precision.
        event_date = (days[0] + timedelta(days=(days[1] - days[0]).days // 2)).isoformat()
        time_precision = 1 if n == 1 else 2 if n is not None and n <= 7 else 3
    return {
        "event_date": event_date,
        "event_type": ACLED_EVENT_TYPE.get(inc.event_type or "", ACLED_UNKNOWN_TYPE),
        "sub_event_type": ACLED_SUB_EVENT.get(inc.event_type or "", "Other"),
        "actor1": inc.attacker, "location": p.name if p else None,
        "latitude": p.lat if p else None, "longitude": p.lon if p else None,
        # no place at all is as vague as ACLED's widest precision
        "geo_precision": ACLED_GEO_PRECISION.get(p.precision, 3) if p else 3,
        "time_precision": time_precision,
        "source": "; ".join(inc.outlets), "notes": summary(inc),
        # ACLED's fatalities is a conservative single number: the stated minimum
        "fatalities": inc.civilians_killed.min or 0,
    }


def ucdp_row(inc: Incident, articles: Mapping[str, tuple[str | None, str | None]]) -> dict[str, Any]:
    """An incident as a UCDP GED-shaped event row; `articles` maps article id to (outlet, published)."""
    p = inc.place
    days = span(inc.date_start, inc.date_end)
    low, best, high = ucdp_deaths(inc.civilians_killed)
    sources = []
    for aid in inc.articles:
        outlet, published = articles.get(aid, (None, None))
        # UCDP writes each source as "outlet,date,headline" and separates sources with ";"
        sources.append(f"{outlet or ''},{published or ''},{aid}")
    return {
        "date_start": days[0].isoformat() if days else None,
        "date_end": days[1].isoformat() if days else None,
        "side_a": inc.attacker, "where_coordinates": _where(inc),
        "latitude": p.lat if p else None, "longitude": p.lon if p else None,
        "where_prec": _where_prec(inc), "date_prec": _date_prec(n_days(inc.date_start, inc.date_end)),
        "best": best, "low": low, "high": high,
        "source_article": ";".join(sources), "source_original": "; ".join(dict.fromkeys(inc.claimants)),
    }


def ucdp_deaths(killed: Range) -> tuple[int, int, int]:
    """UCDP's (low, best, high) from a civilians-killed range.

    low is the stated minimum (0 when only a maximum or nothing is stated) and high the stated
    maximum, or the minimum when no maximum is stated ("over 60" gives 60, 60, 60: UCDP counts
    only deaths a source supports). best is the midpoint, rounded down, when both ends are
    stated; when only one end is stated, best is that end.
    """
    if killed.min is None and killed.max is None:
        return 0, 0, 0
    if killed.min is None:
        return 0, killed.max, killed.max  # type: ignore[return-value]
    if killed.max is None:
        return killed.min, killed.min, killed.min
    return killed.min, (killed.min + killed.max) // 2, killed.max


def summary(inc: Incident) -> str:
    """One sentence on an incident, for ACLED's notes: "On 2016-10-22, X airstrike in Mosul killed 60+ civilians (...)."."""
    days = span(inc.date_start, inc.date_end)
    if days is None:
        when = "On an unknown date"
    elif days[0] == days[1]:
        when = f"On {days[0].isoformat()}"
    elif inc.date_start and len(inc.date_start) < 10 and inc.date_end in (None, inc.date_start):
        when = f"In {inc.date_start}"
    else:
        when = f"Between {days[0].isoformat()} and {days[1].isoformat()}"
    noun = _EVENT_NOUN.get(inc.event_type or "other", inc.event_type or "attack")
    if inc.attacker:
        what = f"{inc.attacker} {noun}"
    else:
        what = ("an " if noun[0] in "aeiou" else "a ") + noun
    if inc.place:
        what += f" in {inc.place.name}"
    harms = []
    killed, injured = _count(inc.civilians_killed), _count(inc.civilians_injured)
    if killed:
        harms.append(f"killed {killed} {'civilian' if killed == '1' else 'civilians'}")
    if injured:
        harms.append(f"injured {injured}")
    told = " and ".join(harms) or "harmed an unknown number of civilians"
    by = f" (claimed by {', '.join(dict.fromkeys(inc.claimants))})" if inc.claimants else ""
    return f"{when}, {what} {told}{by}."


def _count(r: Range) -> str | None:
    if r.min is None and r.max is None:
        return None
    if r.min == 0 and r.max == 0:
        return "no"
    if r.max is None:
        return f"{r.min}+"
    if r.min is None:
        return f"up to {r.max}"
    return str(r.min) if r.min == r.max else f"{r.min}-{r.max}"


def _where(inc: Incident) -> str | None:
    p = inc.place
    if p is None:
        return None
    country = pycountry.countries.get(alpha_2=p.country) if p.country else None
    # UCDP writes common names ("Syria", not "Syrian Arab Republic")
    cname = getattr(country, "common_name", None) or getattr(country, "name", None) or p.country
    parts = [p.name] + [x for x in (p.admin1, cname) if x and x != p.name]
    return ", ".join(parts)


def _where_prec(inc: Incident) -> int:
    p = inc.place
    if p is None:
        return 7  # nothing known: as vague as UCDP's widest code
    prec = UCDP_WHERE_PREC.get(p.precision, 7)
    # "15 km east of Mosul": a known point and a distance, UCDP's "within 25 km of a known point"
    if prec == 1 and p.offset_km is not None:
        return 2
    return prec


def _date_prec(n: int | None) -> int:
    if n is None:
        return 5
    if n == 1:
        return 1
    if n <= 6:
        return 2
    if n <= 7:
        return 3
    if n <= 31:
        return 4
    return 5
