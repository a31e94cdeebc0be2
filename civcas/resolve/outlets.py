"""Where a local outlet is: the US state most of its placed reports are in.

A local station's report often names the street and the neighbourhood but not the state, because
its viewers know where they live ("a 14-year-old was shot on Bendix Drive, CMHU said"); its other
reports name it. So the state most of an outlet's placed reports are in stands in for the state of
its reports that name none:

- a claim of such a report with no place takes the state (marked ambiguous: it is the likeliest
  state, not one the report gives);
- a town whose name fits towns of several states ("Antioch": California, or Tennessee where a
  Nashville station reports it) becomes the town of the outlet's state, if there is one; else,
  unless it is a big city, the outlet's state (the gazetteer lacks Nashville's Antioch).

A report that places anything itself, in a state it names or abroad, is left as it is: the
outlet's home is a prior, never a correction. Resolution applies it to the claims it loads; the
claims stay as extracted (what the text says), the incidents get the places.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from ..models import Claim, Place

MIN_REPORTS = 2      # placed reports an outlet needs before its home state counts
MIN_SHARE = 2 / 3    # ... and the share of them in that one state
_TOWNLIKE = ("town", "neighbourhood", "district")
# a town named without its state that is at least this big stays itself in another outlet's story
# (a Nashville station's "Antioch" is Tennessee's; its "Los Angeles" is California's)
HOME_KEEPS_POP = 300_000
# a station's area crosses state lines: a city this big, and this many times bigger than the home
# state's town of its name, stays itself (a New York station's "Newark" is New Jersey's)
BIG_NEIGHBOUR_POP = 100_000
BIG_NEIGHBOUR_RATIO = 20

# "http://web.archive.org/web/20170326035019/http://abc7chicago.com/news/…": the archived page's host
_ARCHIVED = re.compile(r"^(?:https?://)?web\.archive\.org/web/[^/]+/", re.I)
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?([^/?#:\s]+)", re.I)

# (article id, outlet, url, place country, place admin1, place ambiguous): one row per incident claim
PlaceRow = tuple[str, "str | None", "str | None", "str | None", "str | None", bool]


def outlet_key(outlet: str | None, url: str | None) -> str | None:
    """The outlet an article comes from: the host of its address, without "www.", else its name
    (the host first: a name read off a headline's tail is written several ways by one site)."""
    m = _HOST.match(_ARCHIVED.sub("", url.strip())) if url else None
    if m:
        host = m.group(1).casefold()
        return host[4:] if host.startswith("www.") else host
    if outlet and outlet.strip():
        return outlet.strip().casefold()
    return None


def home_states(rows: Iterable[PlaceRow]) -> dict[str, str]:
    """article id -> the home state of its outlet, for the articles that place none of their
    claims themselves (no place, or only towns whose state is a guess) and whose outlet's placed
    reports are at least MIN_REPORTS, MIN_SHARE of them in one US state."""
    outlet_of: dict[str, str | None] = {}
    stated: dict[str, Counter] = defaultdict(Counter)
    placed_abroad: set[str] = set()
    for art, outlet, url, country, admin1, ambiguous in rows:
        if art not in outlet_of:
            outlet_of[art] = outlet_key(outlet, url)
            stated[art] = Counter()  # an article with claims but no state still needs an entry
        if country is None or (country == "US" and ambiguous):
            continue
        if country == "US" and admin1:
            stated[art][admin1] += 1
        else:
            placed_abroad.add(art)
    per_outlet: dict[str, Counter] = defaultdict(Counter)
    for art, states in stated.items():
        key = outlet_of[art]
        if key and states:
            per_outlet[key][_most(states)] += 1  # the article's own state
    home: dict[str, str] = {}
    for key, states in per_outlet.items():
        n = sum(states.values())
        best = _most(states)
        if n >= MIN_REPORTS and states[best] >= MIN_SHARE * n:
            home[key] = best
    return {art: home[key] for art, key in sorted(outlet_of.items())
            if not stated[art] and art not in placed_abroad and key in home}


def _most(states: Counter) -> str:
    """The state counted most (ties: the first in alphabetical order, so any input order agrees)."""
    return min(states, key=lambda s: (-states[s], s))


def place_by_home(claim: Claim, state: str | None, gaz) -> Claim:
    """The claim placed in its outlet's home `state`, where the report itself does not say (see
    the module's docstring); otherwise the claim as it is."""
    if not state or claim.kind == "aggregate":
        return claim
    p = claim.place
    if p is None:
        where = _state_place(gaz, state)
        return claim if where is None else replace(claim, place=where)
    if p.country != "US" or not p.ambiguous or p.admin1 == state or p.precision not in _TOWNLIKE:
        return claim
    town = gaz.lookup(p.name, countries=["US"], admin1=state)
    if town is None or town.admin1 != state or town.precision not in _TOWNLIKE or town.name != p.name:
        # a town of the home state the gazetteer lacks ("Antioch", a quarter of Nashville): the
        # home state is what is known
        if gaz.population(p) >= HOME_KEEPS_POP:
            return claim
        where = _state_place(gaz, state)
        return claim if where is None else replace(claim, place=where)
    if gaz.population(p) >= BIG_NEIGHBOUR_POP and gaz.population(p) >= BIG_NEIGHBOUR_RATIO * gaz.population(town):
        return claim  # a New York station's "Newark" is the city in New Jersey, not the village
    return replace(claim, place=replace(town, quarter=p.quarter, offset_km=p.offset_km, bearing=p.bearing))


def _state_place(gaz, state: str) -> Place | None:
    p = gaz.admin1("US", state)
    if p is None:
        return None
    return replace(p, ambiguous=True)


def apply_homes(claims: Iterable[Claim], homes: Mapping[str, str], gaz=None) -> list[Claim]:
    """`place_by_home` over claims, with each claim's article's home state."""
    if not homes:
        return list(claims)
    if gaz is None:
        from ..gazetteer import Gazetteer
        gaz = Gazetteer.default()
    return [place_by_home(c, homes.get(c.article_id), gaz) for c in claims]
