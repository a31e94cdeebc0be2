"""Querying the place index: a name's candidates, ranked by source, population, hints, distance."""
from __future__ import annotations

import math
import re
import threading
from collections.abc import Collection
from dataclasses import replace
from functools import cached_property

from ..models import Place
from .build import (ALT, GENERIC, LINKED, PRECISIONS, PRIMARY, SRC_ADMIN1, SRC_COUNTRY,
                    SRC_COUNTY, SRC_CURATED, SRC_GEONAMES, Index)
from .cache import load
from .geo import destination, haversine
from .names import (CITY_SHORT_NAMES, DEMONYMS, adjective, close_spelling, key, skeleton, split_designator,
                    split_direction, stopwords)

# How much each kind of evidence weighs. A primary-name match is worth a thousandfold population
# over an alternate-name match, so "Berea" is Berea, Ohio and not Aleppo (whose Greek name it
# was), while an alternate still wins against villages ("Deir Ezzor" is Deir ez-Zor).
BASE = {SRC_COUNTRY: 6.0, SRC_CURATED: 3.0, SRC_ADMIN1: 2.0, SRC_COUNTY: 1.0, SRC_GEONAMES: 0.0}
REGION_BASE = 5.0
SKELETON = 3
# a GeoNames name folded into a curated place (LINKED) counts as the GeoNames alternate it is:
# "Berea", an old name of Aleppo, must not gain the curated bonus
KIND_BONUS = {PRIMARY: 3.0, ALT: 0.0, LINKED: 0.0, SKELETON: -2.0}
# population assumed where none is known, by precision
DEFAULT_POP = {"exact": 1e3, "neighbourhood": 1e4, "town": 2e4, "district": 1e5,
               "governorate": 3e5, "region": 1e6, "country": 1e6}
HINT_MATCH, HINT_MISS = 4.0, -6.0
NO_CONTEXT = 3.0          # a neighbourhood named with no hint that it is meant
NO_CONTEXT_GENERIC = 5.0  # ... and one whose name is generic ("Old City")
CONTEXT_KM = 60.0
# a "near" point costs 2 points per tenfold distance (past 20 km)
NEAR_WEIGHT, NEAR_SCALE_KM = 2.0, 20.0
# how far "northern X" lies from X's centre, by X's size
# a compass part of a town this small names it only in a state the story gives: with none,
# "South Morrison" is likelier a quarter's name somewhere else than a part of Morrison, Illinois
DIRECTIONAL_TOWN_POP = 20_000
SHIFT_KM = {"neighbourhood": 1.0, "exact": 1.0, "district": 2.0, "governorate": 40.0,
            "region": 30.0}
DERIVED_PRECISION = {"country": "region", "region": "district", "governorate": "district"}

POSTAL_CITY_POP = 100_000  # a city this big is mailed to by the quarters around it ...
POSTAL_CITY_KM = 25.0      # ... within this reach of its centre
# a town of the same name in another state is a real alternative with at least this many people,
# and at least this share of the chosen town's
RIVAL_MIN_POP = 1_000
RIVAL_SHARE = 0.1
_TOWNLIKE = ("town", "neighbourhood", "district")

_DEFAULT: "Gazetteer | None" = None
_LOCK = threading.Lock()


class Gazetteer:
    """The place index: GeoNames cities500, countries, admin1 and the curated conflict-zone file."""

    def __init__(self, index: Index | None = None):
        self._ix = index if index is not None else load()
        self._stop = stopwords()
        self._rivals: dict[tuple, list[Place]] = {}
        self._postal: dict[int, int | None] = {}
        self._big_postal: list[int] | None = None

    @classmethod
    def default(cls) -> "Gazetteer":
        """The process-wide gazetteer, built (or read from the cache) on first use."""
        global _DEFAULT
        if _DEFAULT is None:
            with _LOCK:
                if _DEFAULT is None:
                    _DEFAULT = cls()
        return _DEFAULT

    # --- public queries ------------------------------------------------------------------------

    def lookup(self, name: str, *, countries: Collection[str] = (), admin1: str | None = None,
               near: tuple[float, float] | None = None) -> Place | None:
        """The best place for a name, or None. Hints: `countries` (ISO alpha-2) and `admin1`
        (a name, or a US state abbreviation) are strongly preferred; `near` (lat, lon) prefers
        nearer places."""
        return self._best(CITY_SHORT_NAMES.get(name.strip(), name), countries, admin1, near)

    def candidates(self, name: str) -> list[Place]:
        """Every place the name may mean, best first (no hints)."""
        return [p for _, p, _ in self._ranked(name, set(), None, None)]

    def country(self, name_or_code: str) -> Place | None:
        """A country (precision "country") by name, alias or ISO code; or a region such as the
        Gaza Strip, the West Bank or the Kurdistan Region (precision "region")."""
        ix, t = self._ix, name_or_code.strip()
        if t in ix.exact and ix.src[ix.exact[t]] in (SRC_COUNTRY, SRC_CURATED):
            return self._place(ix.exact[t])
        if t.isupper() and len(t) == 2 and t in ix.countries:
            return self._place(ix.countries[t])
        if t.isupper() and len(t) == 3 and t in ix.alpha3:
            return self._place(ix.countries[ix.alpha3[t]])
        k = key(t)
        if not k:
            return None
        for kk in (k, k[4:]) if k.startswith("the ") else (k,):
            hits = [e >> 2 for e in ix.entries(kk)]
            for want in ("country", "region"):
                for r in hits:
                    if PRECISIONS[ix.prec[r]] == want:
                        return self._place(r)
        return None

    def admin1_name(self, country: str, code: str) -> str | None:
        """The name of a GeoNames admin1 code:
        ("IQ", "15") -> "Nineveh"; ("US", "TX") -> "Texas"."""
        return self._ix.admin1_codes.get((country.upper(), code))

    def state_hint(self, text: str) -> str | None:
        """The US state a text names or abbreviates: "Tex." / "TX" / "Texas" -> "Texas";
        also found inside a longer text ("Rocky Mount, N.C. (WNCN) -")."""
        ix = self._ix
        t = text.strip().strip(",;:()[]").strip()
        if t in ix.states:
            return ix.states[t]
        k = key(t)
        if k in ix.state_keys:
            return ix.state_keys[k]
        if "." in t and t.lower() in self._states_lower:
            return self._states_lower[t.lower()]
        if t.isupper() and len(t) > 2 and t.lower() + "." in self._states_lower:
            return self._states_lower[t.lower() + "."]  # "FRAZEE, MINN,": the AP abbreviation in capitals
        m = self._state_pattern.search(text)
        if m:
            w = m.group("name") or m.group("code")
            return ix.states.get(w) or ix.state_keys.get(key(w))
        return None

    def admin1(self, country: str, name: str) -> Place | None:
        """The first-level division of this name in this country: ("US", "New York") -> the
        state, not the city a plain lookup of the name gives."""
        r = self._ix.admin1_recs.get((country, key(name)))
        return self._place(r) if r is not None else None

    def postal_city(self, place: Place) -> Place | None:
        """The big city of its state that a US place with no post office of its own goes by:
        "Albany Park" and "Englewood" are quarters of Chicago, "Germantown" of Philadelphia.
        (The ZIP table names the towns that are postal cities; GeoNames also lists quarters.)"""
        if place.country != "US" or place.precision != "town" or place.lat is None:
            return None
        r = self._rec_of(place)
        if r is None or self._ix.admin2[r] is not None or self._ix.pop[r] >= POSTAL_CITY_POP:
            return None
        if r not in self._postal:
            self._postal[r] = self._nearest_postal_city(r)
        c = self._postal[r]
        return self._place(c) if c is not None else None

    def _nearest_postal_city(self, r: int) -> int | None:
        ix = self._ix
        if self._big_postal is None:
            self._big_postal = [c for c in range(len(ix.names))
                                if ix.country[c] == "US" and PRECISIONS[ix.prec[c]] == "town"
                                and ix.admin2[c] is not None and ix.pop[c] >= POSTAL_CITY_POP]
        best, best_km = None, POSTAL_CITY_KM
        for c in self._big_postal:
            if ix.admin1[c] != ix.admin1[r]:
                continue
            km = haversine(ix.lat[r], ix.lon[r], ix.lat[c], ix.lon[c])
            if km <= best_km:
                best, best_km = c, km
        return best

    def parent(self, place: Place) -> Place | None:
        """The place that contains this one: al-Jadida -> Mosul -> Nineveh -> Iraq -> None."""
        ix = self._ix
        r = self._rec_of(place)
        if r is not None and ix.parent[r] >= 0:
            return self._place(ix.parent[r])
        if place.admin2 and place.precision in ("neighbourhood", "district", "exact"):
            p = self.lookup(place.admin2, countries=[place.country] if place.country else ())
            if p is not None:
                return p
        if place.precision in ("country",) or not place.country:
            return None
        if place.precision not in ("governorate", "region") and place.admin1:
            a = ix.admin1_recs.get((place.country, key(place.admin1)))
            if a is not None and a != r:
                return self._place(a)
        c = ix.countries.get(place.country)
        return self._place(c) if c is not None and c != r else None

    def contains(self, outer: Place, inner: Place) -> bool:
        """Whether `inner` lies in `outer`: a district in its city, a town in its governorate,
        state or country, a governorate in its region."""
        if outer.country and inner.country and outer.country != inner.country:
            return False
        if outer.precision == "country":
            return bool(inner.country) and inner.country == outer.country
        if outer == inner or (key(outer.name) == key(inner.name)
                              and outer.precision == inner.precision
                              and (_distance(outer, inner) or 0.0) < 1.0):
            return True
        if outer.precision == "region":
            r = self._rec_of(outer)
            members = self._ix.members.get(r) if r is not None else None
            members = members or ({outer.admin1} if outer.admin1 else set())
            return any(key(m) in (key(inner.admin1 or ""), key(inner.name)) for m in members)
        if outer.precision == "governorate":
            return key(inner.admin1 or "") == key(outer.name)
        ri, ro = self._rec_of(inner), self._rec_of(outer)
        if ri is not None and ro is not None:
            seen = 0
            while ri >= 0 and seen < 8:
                if ri == ro:
                    return True
                ri, seen = self._ix.parent[ri], seen + 1
        if inner.admin2 and key(inner.admin2) == key(outer.name):
            return True
        d = _distance(outer, inner)
        return (d is not None and inner.precision in ("neighbourhood", "exact")
                and d <= _radius_km(outer, self._pop(ro)))

    def rivals(self, place: Place) -> list[Place]:
        """The towns a name may mean besides this one, where nothing says which: of the same name
        and country, in another admin1, with at least RIVAL_MIN_POP people and RIVAL_SHARE of the
        place's own. "Madison" alone: Madison, Alabama beside Madison, Wisconsin; "Houston" alone
        has no rival."""
        if place.precision not in _TOWNLIKE or not place.admin1 or not place.name:
            return []
        k = (place.name, place.country, place.admin1, place.lat, place.lon)
        got = self._rivals.get(k)
        if got is None:
            floor = max(RIVAL_MIN_POP, self.population(place) * RIVAL_SHARE)
            got = self._rivals[k] = [
                p for p in self.candidates(place.name)
                if p.country == place.country and p.admin1 and p.admin1 != place.admin1
                and p.precision in _TOWNLIKE and p.lat is not None and self.population(p) >= floor]
        return got

    def population(self, place: Place) -> int:
        """The place's population as the gazetteer knows it (0 when unknown)."""
        return self._pop(self._rec_of(place))

    def is_place_word(self, word: str) -> bool:
        """Cheap prefilter: whether the word (or phrase) is a name in the index and not a
        stop word. Says nothing about which place it is."""
        w = word.strip()
        if w in self._ix.exact:
            return True
        k = key(w)
        return bool(k) and not self._blocked(k) and k in self._ix.keys

    # --- ranking -------------------------------------------------------------------------------

    def _blocked(self, k: str) -> bool:
        return k in self._stop or len(k.replace(" ", "")) < 3

    def _entries(self, text: str
                 ) -> tuple[list[tuple[int, int]], tuple[str, ...] | None, str | None]:
        """(rec, kind) pairs for a name, the precisions a designator allows, and the key."""
        ix = self._ix
        hits = [(ix.exact[text], PRIMARY)] if text in ix.exact else []
        if text[-2:] in ("'s", "’s") and not hits:
            text = text[:-2]      # "Syria's", "Mosul's"
        k = key(text)
        if not k:
            return hits, None, None
        if k.startswith("the ") and not ix.entries(k):
            k = k[4:]
        # a name written with diacritics ("Hīt") is a transliteration, not an English word
        if self._blocked(k) and (len(k) < 3
                                 or not any(ord(c) > 127 and c.isalpha() for c in text)):
            return hits, None, k
        hits += [(e >> 2, e & 3) for e in ix.entries(k)]
        if hits:
            return hits, None, k
        des = split_designator(k)
        if des and not self._blocked(des[0]):
            hits = [(e >> 2, e & 3) for e in ix.entries(des[0])]
            if hits:
                return hits, des[1], k
        if len(k) >= 5 and split_direction(k) is None:
            hits = [(e >> 2, SKELETON) for e, kk in ix.skel.get(skeleton(k), ())
                    if close_spelling(k, kk)]
        return hits, None, k

    def _best(self, name, countries, admin1, near) -> Place | None:
        ranked = self._ranked(name, {c.upper() for c in countries or ()}, admin1, near)
        if not ranked and admin1:
            return self._stopword_in_admin1(name, admin1)
        if not ranked:
            return None
        _, place, trusted = ranked[0]
        # a hint that the best match contradicts means the place is missing from the index,
        # more often than that the hint is wrong: "Kan'an" in an Iraqi article is not Kano,
        # Nigeria. Countries, curated places and big cities by their main name stand anyway.
        if not trusted:
            if countries and place.country not in {c.upper() for c in countries}:
                return None
            if admin1 and self._admin1_key(admin1, set()) not in self._place_admin1_keys(place):
                return None
        return place

    def _stopword_in_admin1(self, name: str, admin1: str) -> Place | None:
        # "Spring" and "Union" are words, and also towns: with a state given, a town of that
        # name in that state is what is meant ("Spring, Texas"; "Union, S.C.")
        k = key(name.strip())
        if not k or k not in self._stop:
            return None
        a1 = self._admin1_key(admin1, set())
        ix = self._ix
        hits = [e >> 2 for e in ix.entries(k) if e & 3 == PRIMARY
                and PRECISIONS[ix.prec[e >> 2]] == "town" and a1 in self._admin1_keys(e >> 2)]
        return self._place(max(hits, key=lambda r: ix.pop[r])) if hits else None

    def _ranked(self, name, countries: set[str], admin1, near, depth: int = 0
                ) -> list[tuple[float, Place, bool]]:
        text = name.strip() if name else ""
        if not text or depth > 4:
            return []
        hits, allowed, k = self._entries(text)
        if hits:
            return self._rank_hits(hits, allowed, countries, admin1, near)
        if not k:
            return []
        ctx = _split_context(text)
        if ctx:
            return self._in_context(ctx[0], ctx[1], countries, admin1, near, depth)
        first, _, rest = k.partition(" ")
        if rest and first in DEMONYMS:
            return self._ranked(rest, countries | {DEMONYMS[first]}, admin1, near, depth + 1)
        m = _VICINITY.match(text)
        if m:
            return self._ranked(m.group(1), countries, admin1, near, depth + 1)
        return self._directional(k, countries, admin1, near, depth, text)

    def _rank_hits(self, hits, allowed, countries, admin1, near
                   ) -> list[tuple[float, Place, bool]]:
        ix = self._ix
        if allowed:
            hits = [h for h in hits if PRECISIONS[ix.prec[h[0]]] in allowed] or hits
        a1 = self._admin1_key(admin1, countries) if admin1 else None
        best: dict[int, tuple[float, bool]] = {}
        for r, kind in hits:
            sc = self._score(r, kind, countries, a1, near)
            if r not in best or sc > best[r][0]:
                src = ix.src[r]
                trusted = (src in (SRC_COUNTRY, SRC_ADMIN1)
                           or (src == SRC_CURATED and kind != LINKED)
                           or (kind == PRIMARY and ix.pop[r] >= 100_000))
                best[r] = (sc, trusted)
        self._demote_same_name_admin1(best)
        order = sorted(best.items(), key=lambda rs: (-rs[1][0], -ix.pop[rs[0]], rs[0]))
        return [(sc, self._place(r), trusted) for r, (sc, trusted) in order]

    def _in_context(self, head, ctx, countries, admin1, near, depth):
        """"Al Fardous (Aleppo)", "Rocky Mount, N.C.", "Nasser hospital, Khan Younis, Gaza":
        the tail says where to look for the head."""
        ix = self._ix
        countries = set(countries)
        us_ok = not admin1 and (not countries or "US" in countries)
        state = self.state_hint(ctx) if us_ok else None
        if state and key(ctx) not in ix.keys:
            r = ix.admin1_recs.get(("US", key(state)))
            context = [(0.0, self._place(r), True)] if r is not None else []
        else:
            context = self._ranked(ctx, countries, admin1, near, depth + 1)
        if not context:
            return self._ranked(head, countries, admin1, near, depth + 1)
        cp = context[0][1]
        if cp.country:
            countries.add(cp.country)
        if cp.precision == "governorate":
            admin1 = admin1 or cp.name
        elif cp.precision != "country" and cp.lat is not None and near is None:
            near = (cp.lat, cp.lon)
        ranked = self._ranked(head, countries, admin1, near, depth + 1)
        # a head found only outside its context ("Marjah (Aleppo)" is not Marjah, Afghanistan;
        # "Antioch, Tenn." is not Antioch, California) is a place we lack: the context stands
        if ranked and (ranked[0][1].country != cp.country
                       or (cp.precision == "governorate"
                           and key(cp.name) not in self._place_admin1_keys(ranked[0][1]))):
            return context
        return ranked or context

    def _place_admin1_keys(self, place: Place) -> set[str]:
        ks = {key(place.admin1)} if place.admin1 else set()
        if place.precision == "governorate":
            ks.add(key(place.name))
        r = self._rec_of(place) if place.precision == "region" else None
        if r is not None and r in self._ix.members:
            ks |= {key(m) for m in self._ix.members[r]}
        return ks

    def _score(self, r: int, kind: int, countries: set[str], a1: str | None, near) -> float:
        ix = self._ix
        src, prec = ix.src[r], PRECISIONS[ix.prec[r]]
        if kind == LINKED:
            s = BASE[SRC_GEONAMES]
        else:
            s = REGION_BASE if prec == "region" and src == SRC_CURATED else BASE[src]
        s += KIND_BONUS[kind]
        s += math.log10((ix.pop[r] or (0 if src == SRC_GEONAMES else DEFAULT_POP[prec])) + 1000)
        context = False
        if countries:
            inside = ix.country[r] in countries
            s += HINT_MATCH if inside else HINT_MISS
            context |= inside
        if a1:
            inside = a1 in self._admin1_keys(r)
            s += HINT_MATCH if inside else HINT_MISS
            context |= inside
        lat, lon = ix.lat[r], ix.lon[r]
        if near is not None and lat == lat:
            d = haversine(near[0], near[1], lat, lon)
            s -= NEAR_WEIGHT * math.log10(1 + d / NEAR_SCALE_KM)
            context |= d <= CONTEXT_KM
        generic = ix.flags[r] & GENERIC
        if not context and (generic or prec in ("neighbourhood", "exact")):
            s -= NO_CONTEXT_GENERIC if generic else NO_CONTEXT
        return s

    def _admin1_keys(self, r: int) -> set[str]:
        ix = self._ix
        ks = {key(ix.admin1[r])} if ix.admin1[r] else set()
        if r in ix.members:
            ks |= {key(m) for m in ix.members[r]}
        return ks

    def _admin1_key(self, admin1: str, countries: set[str]) -> str | None:
        """The key of the admin1 a hint names: a US state from any abbreviation, else the
        canonical name of a governorate from any of its spellings."""
        state = self.state_hint(admin1) if (not countries or "US" in countries) else None
        if state:
            return key(state)
        ix = self._ix
        k = key(admin1)
        for e in ix.entries(k) if k else ():
            r = e >> 2
            if ix.src[r] == SRC_ADMIN1 and (not countries or ix.country[r] in countries):
                return key(ix.names[r])
        return k

    def _demote_same_name_admin1(self, best: dict[int, tuple[float, bool]]) -> None:
        # "Raqqa", "Kirkuk", "New York" name a city and the governorate or state around it;
        # alone, such a name means the city
        ix = self._ix
        towns = [(ix.country[r], key(ix.admin1[r] or "")) for r in best
                 if PRECISIONS[ix.prec[r]] == "town"
                 and (ix.src[r] == SRC_CURATED or ix.pop[r] >= 10000)]
        for r in best:
            if ix.src[r] == SRC_ADMIN1 and (ix.country[r], key(ix.names[r])) in towns:
                best[r] = (best[r][0] - 4.0, best[r][1])

    def _directional(self, k, countries, admin1, near, depth, text: str = ""
                     ) -> list[tuple[float, Place, bool]]:
        """"southern Mosul", "northern Iraq", "central Gaza": the base place, shifted."""
        split = split_direction(k)
        if split is None:
            return []
        deg, rest = split
        ranked = self._ranked(rest, countries, admin1, near, depth + 1)
        words = text.split(None, 1)
        if not ranked and len(words) == 2 and split_direction(f"{key(words[0])} x"):
            # "Southeast D.C.": a base known only as written, with its dots
            ranked = self._ranked(words[1], countries, admin1, near, depth + 1)
        if not ranked:
            return []
        score, base, trusted = ranked[0]
        if base.lat is None or base.lon is None:
            return []
        if base.precision == "town" and admin1 is None and self._pop(self._rec_of(base)) < DIRECTIONAL_TOWN_POP:
            return []  # "the South Morrison area of Newport News": a quarter's name, not Morrison, Ill.
        km = self._shift_km(base)
        lat, lon = (base.lat, base.lon) if deg is None else destination(base.lat, base.lon, km, deg)
        if base.precision == "town":
            # "southwest Houston", "southern Raqqa": the town, in one part of it (the quarter
            # tells two events of the town apart; the point is moved into that part)
            return [(score, replace(base, lat=lat, lon=lon, geonameid=None,
                                    quarter=f"{adjective(deg)} {base.name}"), trusted)]
        prec = DERIVED_PRECISION.get(base.precision, "district")
        admin2 = base.name if base.precision == "district" else base.admin2
        return [(score, Place(f"{adjective(deg)} {base.name}", lat, lon, base.country, base.admin1,
                              admin2, prec), trusted)]

    def _shift_km(self, base: Place) -> float:
        if base.precision == "country":
            return math.sqrt(self._ix.areas.get(base.country or "", 0) or 10000) / 3
        if base.precision == "town":
            pop = self._pop(self._rec_of(base))
            return 5.0 if pop >= 1_000_000 else 3.0 if pop >= 100_000 else 1.5
        return SHIFT_KM.get(base.precision, 2.0)

    # --- records and places --------------------------------------------------------------------

    def _place(self, r: int) -> Place:
        ix = self._ix
        lat, lon = ix.lat[r], ix.lon[r]
        return Place(name=ix.names[r], lat=None if lat != lat else round(lat, 5),
                     lon=None if lon != lon else round(lon, 5), country=ix.country[r],
                     admin1=ix.admin1[r], admin2=ix.admin2[r], precision=PRECISIONS[ix.prec[r]],
                     geonameid=ix.gid[r] or None)

    def _rec_of(self, place: Place) -> int | None:
        """The record a Place was made from, if it was made from one."""
        ix = self._ix
        es = [ix.exact[place.name] << 2] if place.name in ix.exact else []
        k = key(place.name)
        for e in [*es, *(ix.entries(k) if k else ())]:
            r = e >> 2
            if (ix.names[r] == place.name and ix.country[r] == place.country
                    and PRECISIONS[ix.prec[r]] == place.precision):
                lat = ix.lat[r]
                if place.lat is None or lat != lat or abs(lat - place.lat) < 0.01:
                    return r
                if place.quarter is not None and ix.admin1[r] == place.admin1:
                    return r  # "southwest Houston": Houston, its point moved into that part
        return None

    def _pop(self, r: int | None) -> int:
        if r is None:
            return 0
        ix = self._ix
        return ix.pop[r] or int(DEFAULT_POP[PRECISIONS[ix.prec[r]]] if ix.src[r] else 0)

    @cached_property
    def _states_lower(self) -> dict[str, str]:
        return {a.lower(): n for a, n in self._ix.states.items() if "." in a}

    @cached_property
    def _state_pattern(self) -> re.Pattern:
        ix = self._ix
        # undotted abbreviations ("Mass", "Penn", "Del") are words and names in running text
        names = set(ix.state_keys.values()) | {a for a in ix.states if "." in a}
        alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        codes = "|".join(sorted(a for a in ix.states if len(a) == 2 and a.isupper()))
        # postal codes only right after a comma ("Houston, TX"): alone, "IN", "OR", "ME" are words
        return re.compile(rf"(?<![\w.])(?P<name>{alt})(?![\w])|,\s*(?P<code>{codes})\b")


# "Al Fardous (Aleppo)" and "Rocky Mount, N.C.": a name, then where it is
_PAREN = re.compile(r"^(.+?)\s*\(([^()]+)\)\s*$")
# "near Raqqa", "the outskirts of Mosul": reports place an event by the place it is near
_VICINITY = re.compile(r"^(?:near|outside|around|close to|(?:the\s+)?(?:outskirts|vicinity|"
                       r"environs|countryside|suburbs|edge|area)\s+of)\s+(.+)$", re.I)


# "Iraq's Nineveh", "Syria’s Raqqa": the owner is the context
_POSSESSIVE = re.compile(r"^(.+?)['’]s\s+(.+)$")


def _split_context(text: str) -> tuple[str, str] | None:
    m = _PAREN.match(text)
    if m:
        return m.group(1), m.group(2)
    m = _POSSESSIVE.match(text)
    if m:
        return m.group(2), m.group(1)
    if "," in text:
        head, ctx = text.split(",", 1)
        if head.strip() and ctx.strip():
            return head.strip(), ctx.strip()
    return None


def _distance(a: Place, b: Place) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    return haversine(a.lat, a.lon, b.lat, b.lon)


def _radius_km(place: Place, pop: int) -> float:
    """How far a city's districts reach from its centre point, roughly."""
    if place.precision == "town":
        return 12.0 if pop >= 1_000_000 else 6.0 if pop >= 100_000 else 3.0
    return 3.0
