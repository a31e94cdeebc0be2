"""Whether two claims describe one event: the features of each claim, computed once, and a pairwise
score with hard constraints.

The score adds evidence for and against (place, dates, attacker, event type, targets, figures,
victim names, wording). A pair may be linked only when it breaks no hard constraint, scores at least
THRESHOLD, and carries some evidence of identity (a shared figure of three or more, a shared victim
name, a shared specific target, near-identical wording; near one town also a close figure) or
names the same precise place: a town and a day alone do not make two reports one event where many
things happen every day.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from datasketch import MinHash

from ..gazetteer.geo import haversine as haversine_km  # on bare coordinates: the hot loop
from ..gazetteer.names import split_direction  # "south western houston": a part by the compass
from ..models import CIVILIAN_GROUPS, CIVILIAN_SUBGROUPS, Claim, Figure
from .ranges import is_vague
from .normalize import (actor_family, actor_key, address_keys, ages_of, circumstance_keys, day_bound, day_range,
                        family_keys, fold, person_key, place_key, shared_ages, specific_targets, spelled_alike)

THRESHOLD = 3.0

# evidence weights, in rough log-odds: positive for one event, negative for two
W_PLACE_SAME_PRECISE = 2.5   # the same neighbourhood or exact spot
W_PLACE_SAME_TOWN = 1.5      # the same town, or a district of it
W_PLACE_SAME_COARSE = 0.5    # the same governorate or country
W_PLACE_WITHIN_1KM = 1.5
W_PLACE_WITHIN_3KM = 0.0
# another named town: where strikes are many (Gaza, Aleppo), two towns a few km apart on one day
# are two strikes far more often than one strike named twice
W_PLACE_WITHIN_10KM = -1.5
W_PLACE_OTHER_TOWN = -2.0    # another named town, under the hard limit or of unknown distance
W_PLACE_OTHER_PROVINCE = -2.0
W_DATE_SAME_DAY = 1.5
W_DATE_OVERLAP = 0.75
W_DATE_OVERLAP_WIDE = 0.25
W_DATE_NEXT_DAY = -2.0       # adjacent days: a misdated report, or the strike of the day before
# ... between two reports of one town whose days give no other tolls: a night over midnight
W_DATE_NEXT_DAY_QUIET = -1.0
W_ATTACKER_SAME = 0.5
W_ATTACKER_OTHER = -2.0      # not hard: one side blaming another party is a contested incident
W_EVENT_SAME = 0.5
W_EVENT_INCOMPATIBLE = -1.5
W_TARGET_SAME = 1.5
W_TARGET_OTHER = -4.0        # a school and a hospital
W_FIGURE_SAME = 2.5          # the same number, 3 or more, for the same harm and group
W_FIGURE_SAME_SMALL = 1.0    # 1 or 2 killed: common, so weak
W_FIGURE_CLOSE = 1.0         # within CLOSE_FIGURE_RATIO of each other, 3 or more
W_FIGURE_CAP = 4.0
W_FIGURE_FAR = -1.5          # outlets differ, so only numbers far apart count against
W_VICTIMS_SAME = 5.0
W_VICTIMS_OTHER = -4.0       # both name their dead, and no name is shared: two families, two strikes
W_FAMILY_SAME = 2.5          # one family named by both: where one strike kills a family
W_SPOT_OTHER = -2.0          # two addresses with no street in common, or one victim of two ages
W_CIRCUMSTANCE_SAME = 1.0     # both tell how it came about alike: "a hunting accident"
W_AGE_SAME = 2.0             # both describe someone of one age and sex ("a 4-year-old girl")
W_FIGURE_OTHER = -1.0        # different stated numbers, not close: weakly two events
W_WORDING_COPY = 3.0
W_WORDING_NEAR = 1.5

# where fewer than this many live, one town, one day and the same toll are one event; in a big
# city several shootings a day with one dead each are common
SMALL_TOWN = 50_000
MANY_DEAD = 3  # a shooting with this many dead is news of its own, even in a big city
STREET_CITY = 300_000  # a city whose main streets see shootings every week
MAX_KM = 25.0                # farther apart than this, two towns are two events...
MAX_KM_DISTRICT = 50.0       # ...a district's centre is a rougher point
IDENTITY_FIGURE_MIN = 3
# a person killed or shot once: reports naming them in one town may be this many days apart (the
# victim died later, was named later, the suspect was charged later)
NAMED_GAP_DAYS = 14
# a young child shot is rare enough in one town that the age alone names them, like a name: "a
# 2-year-old boy shot" and "2-year-old dies" two days later in one city are one event
CHILD_AGE_MAX = 12
# ... and so is a teenager shot in a town of fewer than TEEN_TOWN people: a city this big sees
# several 16-year-olds shot in a fortnight
TEEN_AGE_MAX = 17
TEEN_TOWN = 300_000
MAX_AGES = 3  # a report describing more people by age than this lists the dead of a strike
CLOSE_FIGURE_RATIO = 1.5
WORDING_COPY, WORDING_NEAR = 0.6, 0.35

FINE = frozenset({"exact", "neighbourhood", "town", "district"})
PRECISE = frozenset({"exact", "neighbourhood"})

# event types that reports of one event confuse with each other; None, attack, massacre and other
# go with anything
_EVENT_FAMILY = {
    "airstrike": "fire", "drone_strike": "fire", "shelling": "fire", "missile_strike": "fire",
    "chemical": "fire", "explosive": "bomb", "suicide_bombing": "bomb", "grenade": "bomb",
    "shooting": "ground", "armed_clash": "ground",
}

NUM_PERM = 64
_ADDRESS = re.compile(r"\d|^corner |\b(?:street|st|road|rd|avenue|ave|drive|dr|lane|ln|boulevard|blvd|court|ct|way|"
                      r"place|circle|parkway|highway|hwy|block|terrace|trail|pike)$")
_NUMBERED = re.compile(r"\d|^corner ")   # a house, a block or a corner: one spot
_TOKEN = re.compile(r"[0-9a-z]+")


@dataclass(slots=True, eq=False)
class Features:
    """What the matcher needs of one claim, normalised once."""
    idx: int
    id: str
    article: str
    country: str | None
    place: str | None            # place_key of the name
    city: str | None             # place_key of admin2: the city of a district or neighbourhood
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: str | None
    fine: bool                   # town or finer: has a usable point
    geonameid: int | None
    lo: int | None               # known days, ordinals
    hi: int | None
    block_lo: int | None         # days used for blocking (publication date if none known)
    block_hi: int | None
    attacker_family: str | None
    attacker: str | None
    event: str | None
    targets: frozenset[str]
    figures: dict[tuple[str, str], tuple[tuple[int, int | None], ...]]
    victims: frozenset[str]
    names: frozenset[str] = frozenset()
    persons: frozenset[str] = frozenset()   # the names that are people's (no street addresses),
    #                                         and the ages of young children ("age 4") and of teenagers in towns,
    #                                         and the numbered addresses ("addr 600 main street")
    ages: frozenset[tuple[int, str]] = frozenset()  # (age, "m" / "f" / "") of the people described
    families: frozenset[str] = frozenset()  # families named, the dead's surnames among them
    circumstances: frozenset[str] = frozenset()  # how it came about: "hunting", "murder-suicide"
    population: int = 0          # of the place, when the gazetteer knows it
    ambiguous: bool = False      # the place is the likeliest of several towns of its name
    quarter: str | None = None   # place_key of the city quarter named, where the gazetteer has none
    points: tuple[tuple[float, float], ...] = ()  # where a fine place may be: its point, and
    #                                               for an ambiguous one its rivals' too
    busy: bool = False           # reports give different tolls for this place and day
    story: tuple[str, int] = ("", 0)  # the article and its event number: claims of one story tell one event
    wording: np.ndarray | None = None
    identity_keys: list | None = None  # blocking's keys of this claim, computed once

    @property
    def located(self) -> bool:
        """A town or finer place with coordinates that are not a guess: distances to it are known."""
        return self.fine and not self.ambiguous and self.lat is not None and self.lon is not None


class Match(NamedTuple):
    score: float
    hard: bool        # a hard "no": these two are never in one incident
    linkable: bool    # enough to put them together


NO = Match(float("-inf"), True, False)

MAX_BLOCK_SPAN = 31  # days; a claim dated "March" is blocked on its last month at most
UNDATED_SPAN = 7     # a claim dated only "by the 23rd" is blocked on the week before
PUBLICATION_LAG = 4  # an undated claim is blocked on the 4 days up to its article's publication


def block_days(c: Claim, published: str | None) -> tuple[int | None, int | None]:
    """The days a claim is blocked on, as ordinals (None, None: any day). At most
    MAX_BLOCK_SPAN + 1 days long."""
    lo, hi = day_range(c.date_start, c.date_end)
    if lo is None and hi is None:
        # news follows events: an undated claim is about the days before its publication
        bhi = day_bound(published, False) if published else None
        return (bhi - PUBLICATION_LAG if bhi is not None else None), bhi
    blo = lo if lo is not None else hi - UNDATED_SPAN  # type: ignore[operator]
    bhi = hi if hi is not None else lo
    if bhi - blo > MAX_BLOCK_SPAN:  # type: ignore[operator]
        blo = bhi - MAX_BLOCK_SPAN  # type: ignore[operator]
    return blo, bhi


def _one_who_died_there(f: Figure, c: Claim) -> bool:
    """"One person died at the scene": a part of the dead only if others died too; where the claim
    counts no others of that harm, the one is its count."""
    return f.min == f.max == 1 and bool(re.match(r"one\b", f.text, re.I)) and not any(
        g is not f and g.harm == f.harm and g.min for g in c.figures)


def features(claims: Sequence[Claim], articles: Mapping[str, tuple[str | None, str | None]]
             ) -> list[Features]:
    """Features of claims already sorted by id; `idx` is the position in that order."""
    out = []
    for i, c in enumerate(claims):
        p = c.place
        lo, hi = day_range(c.date_start, c.date_end)
        blo, bhi = block_days(c, (articles.get(c.article_id) or (None, None))[1])
        figs: dict[tuple[str, str], list[tuple[int, int | None]]] = {}
        for f in c.figures:
            if f.min is None or (f.partial and not _one_who_died_there(f, c)) or _plural_default(f):
                continue
            group = "civ" if f.group in CIVILIAN_GROUPS else f.group
            figs.setdefault((f.harm, group), []).append((f.min, f.max))
        for harm in ("killed", "injured"):
            # "two women and a child" in one report, "three people" in another: compare totals
            if (harm, "civ") not in figs:
                parts = [f for f in c.figures if f.harm == harm and f.group in CIVILIAN_SUBGROUPS
                         and f.min is not None and f.max is not None and not f.partial]
                if parts:
                    n = sum(f.min for f in parts)
                    figs[(harm, "civ")] = [(n, n)]
        precision = p.precision if p else None
        ages = ages_of(e.text for e in c.evidence)
        if len(ages) > MAX_AGES:
            ages = frozenset()  # a list of the dead with their ages: names tell those apart
        names = name_keys((*c.victims, *c.names))
        persons = set(_people(names))
        population = _population(p) if p is not None and precision in FINE else 0
        persons.update(f"age {a}" for a, _ in ages
                       if a <= CHILD_AGE_MAX or (a <= TEEN_AGE_MAX and 0 < population < TEEN_TOWN))
        # a house or block of one street names the spot as a name does a person: the follow-up
        # on "the shooting in the 600 block of Bakers Bridge Avenue" days later is of that event
        persons.update(f"addr {k}" for k in names if _NUMBERED.match(k))
        out.append(Features(
            idx=i, id=c.id, article=c.article_id,
            country=(p.country or None) if p else None,
            place=(place_key(p.name) or None) if p else None,
            city=(place_key(p.admin2) or None) if p and p.admin2 else None,
            admin1=(place_key(p.admin1) or None) if p and p.admin1 else None,
            lat=p.lat if p else None, lon=p.lon if p else None,
            precision=precision, fine=precision in FINE, geonameid=p.geonameid if p else None,
            lo=lo, hi=hi, block_lo=blo, block_hi=bhi,
            attacker_family=actor_family(c.attacker), attacker=actor_key(c.attacker),
            event=c.event_type, targets=specific_targets(c.targets),
            figures={k: tuple(sorted(v, key=lambda t: (t[0], -1 if t[1] is None else t[1])))
                     for k, v in figs.items()},
            victims=name_keys(c.victims),
            names=names,
            families=family_keys((e.text for e in c.evidence), c.victims),
            circumstances=circumstance_keys(e.text for e in c.evidence),
            persons=frozenset(persons), ages=ages,
            population=population,
            ambiguous=p.ambiguous if p else False,
            quarter=(place_key(p.quarter) or None) if p and p.quarter else None,
            points=_points(p) if p is not None and precision in FINE else (),
            story=(c.article_id, c.event),
        ))
    _add_wording(out, claims)
    mark_busy(out)
    return out


def name_keys(names: Iterable[str]) -> frozenset[str]:
    """Names (people's, and addresses) as they are compared."""
    keys: set[str] = set()
    for n in names:
        street = address_keys(n)
        if street:
            keys.update(street)
        elif k := person_key(n):
            keys.add(spelled_alike(k))
    return frozenset(keys)


def _people(keys: Iterable[str]) -> frozenset[str]:
    return frozenset(k for k in keys if not _ADDRESS.search(k))


def people_named(c: Claim) -> frozenset[str]:
    """The people a claim names, as they are compared: the keys resolution loads reports of one
    person's shooting by, whatever their days."""
    return _people(name_keys((*c.victims, *c.names)))


def _plural_default(f) -> bool:
    """"Members of the family were killed": two by convention, not a toll to match reports on."""
    return f.min == 2 and f.max == 2 and is_vague(f) and not re.search(r"\b(?:couple|pair|both|twins?)\b",
                                                                        (f.text or "").lower())


def mark_busy(feats: list[Features]) -> None:
    """A place and day for which the reports themselves give different tolls has had more than
    one event, whatever the size of the place: there, one town, one day and one toll prove
    nothing (Rafah under bombardment, not a village with one shooting a year). A shooting's story
    tells one event, so its toll is its largest ("four killed", "two females dead", "one of the
    men was hit in the leg" are one); a story of strikes may bundle several in one place."""
    shootings = {f.story for f in feats if f.event == "shooting"}
    tolls: dict[tuple, int] = {}
    for f in feats:
        if f.place is None or f.lo is None or f.lo != f.hi:
            continue
        toll = f.figures.get(("killed", "civ")) or f.figures.get(("injured", "civ"))
        if toll:
            k = (f.place, f.lo, f.story if f.story in shootings else f.idx)
            tolls[k] = max(tolls.get(k, 0), max(x for x, _ in toll))
    seen: dict[tuple, set] = {}
    for (place, lo, _), n in tolls.items():
        seen.setdefault((place, lo), set()).add(n)
    busy = {k for k, v in seen.items() if len(v) > 1}
    for f in feats:
        f.busy = f.place is not None and (f.place, f.lo) in busy


def _points(place) -> tuple[tuple[float, float], ...]:
    if place.lat is None or place.lon is None:
        return ()
    points = [(place.lat, place.lon)]
    if place.ambiguous:
        from ..gazetteer import Gazetteer
        try:
            points += [(r.lat, r.lon) for r in Gazetteer.default().rivals(place)]
        except Exception:  # noqa: BLE001 - no index: the point chosen is all there is
            pass
    return tuple(points)


def _km(a: Features, b: Features) -> float:
    """The distance between two fine places; between ambiguous ones, the least over what each
    may be ("Woodlawn" with no state is as near Chicago as Woodlawn, Illinois is)."""
    if len(a.points) == 1 and len(b.points) == 1:
        return haversine_km(*a.points[0], *b.points[0])
    return min(haversine_km(*p, *q) for p in a.points for q in b.points)


def _population(place) -> int:
    from ..gazetteer import Gazetteer
    try:
        return Gazetteer.default().population(place)
    except Exception:  # noqa: BLE001 - a place the index cannot find has no known population
        return 0


def _shingles(text: str) -> list[bytes]:
    words = _TOKEN.findall(fold(text))
    if len(words) < 3:
        return [" ".join(words).encode()] if words else []
    return sorted({" ".join(words[i:i + 3]).encode() for i in range(len(words) - 2)})


def _add_wording(feats: list[Features], claims: Sequence[Claim]) -> None:
    """MinHash signatures of each claim's evidence text (word 3-grams), for syndicated copies."""
    todo = [(f, sh) for f, c in zip(feats, claims)
            if (sh := _shingles(" ".join(e.text for e in c.evidence if e.text)))]
    if not todo:
        return
    # one bulk call shares the permutations, and the fixed seed makes signatures reproducible
    for (f, _), mh in zip(todo, MinHash.bulk([sh for _, sh in todo], num_perm=NUM_PERM, seed=1)):
        f.wording = np.asarray(mh.hashvalues)


def wording_similarity(a: Features, b: Features) -> float:
    if a.wording is None or b.wording is None:
        return 0.0
    return float(np.count_nonzero(a.wording == b.wording)) / NUM_PERM


# ---------------------------------------------------------------------------------- parts

def same_place(a: Features, b: Features) -> bool:
    """One name, or a district named with its city: al-Jadida (admin2 Mosul) is in Mosul. Two
    villages of one name far apart (the gazetteer chose each from its article's context) are two."""
    if a.geonameid and a.geonameid == b.geonameid:
        return True
    if not (a.place == b.place or (a.city is not None and a.city == b.place) or (
            b.city is not None and b.city == a.place)):
        return False
    return not (a.points and b.points) or _km(a, b) <= distance_limit(a, b)


def place_id(f: Features) -> tuple:
    """Everything the place match looks at: claims with one place_id match other places alike."""
    return (f.place, f.city, f.country, f.lat, f.lon, f.precision, f.geonameid, f.ambiguous, f.quarter)


def distance_limit(a: Features, b: Features) -> float:
    return MAX_KM_DISTRICT if "district" in (a.precision, b.precision) else MAX_KM


def place_conflict(a: Features, b: Features) -> bool:
    """The hard part of the place match: other countries, or two points too far apart."""
    if a.place is None or b.place is None:
        return False
    if a.country and b.country and a.country != b.country:
        return True
    if not (a.points and b.points) or (a.geonameid and a.geonameid == b.geonameid):
        return False
    return _km(a, b) > distance_limit(a, b)


def _place(a: Features, b: Features) -> tuple[float, bool]:
    """(score, strong): strong when both name the same neighbourhood or exact spot."""
    if a.place is None or b.place is None:
        return 0.0, False
    if same_place(a, b):
        if a.fine and b.fine:
            if a.quarter and b.quarter:
                # two quarters of one city: Austin and Englewood, Chicago are two shootings; one
                # named quarter is a spot, one part by the compass ("West Philadelphia") a town's worth
                if a.quarter != b.quarter:
                    return W_PLACE_WITHIN_10KM, False
                compass = split_direction(a.quarter) is not None
                return (W_PLACE_SAME_TOWN, False) if compass else (W_PLACE_SAME_PRECISE, True)
            if a.precision in PRECISE and b.precision in PRECISE and a.place == b.place:
                return W_PLACE_SAME_PRECISE, True
            return W_PLACE_SAME_TOWN, False
        return W_PLACE_SAME_COARSE, False
    if a.fine and b.fine:
        if not (a.points and b.points):
            if a.city is not None and a.city == b.city:
                return 0.0, False  # two districts of one city, of unknown distance
            return W_PLACE_OTHER_TOWN, False
        d = _km(a, b)
        if d <= 1:
            return W_PLACE_WITHIN_1KM, False
        if d <= 3:
            return W_PLACE_WITHIN_3KM, False
        if d <= 10:
            return W_PLACE_WITHIN_10KM, False
        return W_PLACE_OTHER_TOWN, False
    coarse, other = (b, a) if a.fine else (a, b)
    if coarse.precision == "governorate" and other.admin1:
        if other.admin1 in (coarse.place, coarse.admin1):
            return W_PLACE_SAME_COARSE, False
        return W_PLACE_OTHER_PROVINCE, False
    return 0.0, False


def named_same(a: Features, b: Features) -> bool:
    """Both name one person (or a young child of one age), in one town."""
    return bool(a.persons & b.persons) and a.fine and b.fine and same_place(a, b)


def named_people(persons: frozenset[str] | set[str]) -> int:
    """How many of `persons` are named people, not "age 4" stand-ins for a young child nor
    "addr 600 main street" for a spot."""
    return sum(1 for p in persons if not p.startswith(("age ", "addr ")))


def two_named(a: Features, b: Features) -> bool:
    """Both name the same two people, in one country: one event whatever towns the two reports
    give (a wounded student's hometown, a newsroom's city read as the place)."""
    return named_people(a.persons & b.persons) >= 2 and a.fine and b.fine and a.country == b.country


def day_gap(a: Features, b: Features) -> int | None:
    """Days between two claims' known dates (0 or less when they overlap); None if either is
    undated."""
    if (a.lo is None and a.hi is None) or (b.lo is None and b.hi is None):
        return None
    g1 = (b.lo - a.hi) if b.lo is not None and a.hi is not None else -1
    g2 = (a.lo - b.hi) if a.lo is not None and b.hi is not None else -1
    return max(g1, g2)


def _dates(a: Features, b: Features, gap: int | None) -> float:
    if gap is None:
        return 0.0
    if gap == 1:
        quiet = not (a.busy or b.busy) and a.precision == b.precision == "town"
        return W_DATE_NEXT_DAY_QUIET if quiet else W_DATE_NEXT_DAY
    if a.lo is not None and a.lo == a.hi == b.lo == b.hi:
        return W_DATE_SAME_DAY
    wide = any(x.lo is None or x.hi is None or x.hi - x.lo > 7 for x in (a, b))
    return W_DATE_OVERLAP_WIDE if wide else W_DATE_OVERLAP


def _event(a: str | None, b: str | None) -> float:
    if not a or not b:
        return 0.0
    if a == b:
        return W_EVENT_SAME
    fa, fb = _EVENT_FAMILY.get(a), _EVENT_FAMILY.get(b)
    return W_EVENT_INCOMPATIBLE if fa and fb and fa != fb else 0.0


def _figures(a: Features, b: Features) -> tuple[float, bool, bool]:
    """(score, identity, close) from the figures the two claims both state: identity when they
    share a number of three or more, close when their numbers are near each other (which
    blocking cannot see, so it counts only between two fine places)."""
    score, identity, close = 0.0, False, False
    for key, fa in a.figures.items():
        fb = b.figures.get(key)
        if not fb:
            continue
        # the same stated number; a convention for a word ("dozens" = 12-24) identifies nothing
        same = [x for x, xmax in fa for y, ymax in fb
                if x == y and x > 0 and (xmax == ymax or xmax is None or ymax is None)
                and (xmax is None or xmax == x) and (ymax is None or ymax == y)]
        if same:
            big = max(same) >= IDENTITY_FIGURE_MIN
            score += W_FIGURE_SAME if big else W_FIGURE_SAME_SMALL
            identity = identity or big
            continue
        xs = [x for x, xmax in fa if xmax == x]
        ys = [y for y, ymax in fb if ymax == y]
        if not xs or not ys:
            continue
        lo, hi = sorted((max(xs), max(ys)))
        if lo >= IDENTITY_FIGURE_MIN and hi <= lo * CLOSE_FIGURE_RATIO:
            score += W_FIGURE_CLOSE  # 12 and 14 killed: outlets count differently
            close = True
        elif key == ("killed", "civ") and hi - lo >= 5 and hi >= 3 * max(lo, 1):
            score += W_FIGURE_FAR
        elif hi > lo:
            score += W_FIGURE_OTHER
    return min(score, W_FIGURE_CAP), identity, close


def _same_toll(a: Features, b: Features) -> bool:
    """Both state the same civilian dead (or, with no dead, the same injured)."""
    for harm in ("killed", "injured"):
        fa, fb = a.figures.get((harm, "civ")), b.figures.get((harm, "civ"))
        if fa and fb:
            return max(x for x, _ in fa) == max(y for y, _ in fb)
    return False


def _same_rare_toll(a: Features, b: Features) -> bool:
    """Both count the same children (or women) killed, or, of a shooting, the same dead and the
    same wounded, or the same three or more dead: rarer than one more death in a city, so on one
    day in one city, quiet by the reports' own tolls, the same event."""
    def top(f: Features, key: tuple[str, str]) -> int:
        return max((x for x, _ in f.figures.get(key, ())), default=0)

    for key in (("killed", "children"), ("killed", "women")):
        if top(a, key) and top(a, key) == top(b, key):
            return True
    if not a.event == b.event == "shooting":
        return False  # strikes killing three or four recur by the day in a city at war
    dead, hurt = top(a, ("killed", "civ")), top(a, ("injured", "civ"))
    if dead != top(b, ("killed", "civ")):
        return False
    # "two killed, two wounded" in Memphis on one day; or three dead or more
    return (hurt > 0 and dead > 0 and hurt == top(b, ("injured", "civ"))) or dead >= MANY_DEAD


def score(a: Features, b: Features) -> Match:
    """Evidence that two claims of different articles describe one event. Symmetric; callers pass
    the pair in index order so that every float is summed in one order."""
    if a.article == b.article:
        return NO  # the extractor already merged one article's statements about one event
    gap = day_gap(a, b)
    named = False
    two = two_named(a, b)
    if gap is not None and gap >= 1:
        named = named_same(a, b) or two
        if gap >= 2 and not (named and gap <= NAMED_GAP_DAYS):
            return NO
    if place_conflict(a, b) and not two:
        return NO

    total, strong = _place(a, b)
    # a town guessed among several of its name, far from the other report's ("Lawndale" in a Los
    # Angeles paper, Chicago beside it): one place only by a rival reading, perhaps a big city's
    # quarter, so what marks a spot in a small town (a teenager's age, a toll, how it came about)
    # identifies nothing; a name or a young child's age still does
    guessed = (a.ambiguous or b.ambiguous) and a.lat is not None and b.lat is not None and \
        a.lon is not None and b.lon is not None and \
        haversine_km(a.lat, a.lon, b.lat, b.lon) > distance_limit(a, b)
    total += 0.0 if named else _dates(a, b, gap)  # one person, named days apart: one event
    identity = False
    if a.attacker_family and b.attacker_family:
        total += W_ATTACKER_SAME if a.attacker_family == b.attacker_family else W_ATTACKER_OTHER
    elif a.attacker and a.attacker == b.attacker:
        total += W_ATTACKER_SAME
    total += _event(a.event, b.event)
    shared_target = False
    if a.targets and b.targets:
        if a.targets & b.targets:
            total += W_TARGET_SAME
            shared_target = True
        else:
            total += W_TARGET_OTHER
    if a.figures and b.figures:
        s, ident, close = _figures(a, b)
        total += s
        # a toll recurs over months of war: it identifies an event only within known days
        if gap is not None:
            identity = ident or (close and same_place(a, b) and (shared_target or not (a.busy or b.busy)))
        if (not identity and gap is not None and gap <= 0 and a.fine and b.fine and same_place(a, b)
                and not (a.busy or b.busy) and _same_toll(a, b) and not guessed
                and (0 < min(a.population or SMALL_TOWN, b.population or SMALL_TOWN) < SMALL_TOWN
                     or _same_rare_toll(a, b))):
            identity = True
    if a.families and b.families:
        if a.families & b.families:
            total += W_FAMILY_SAME
            identity = True
        else:
            total += W_VICTIMS_OTHER  # the Younis family's home and the al-Naqla family's
    if a.victims and b.victims and not a.victims & b.victims:
        total += W_VICTIMS_OTHER
    elif (shared := a.names & b.names) and (
            any(not _ADDRESS.search(k) or _NUMBERED.search(k) for k in shared) or _one_street(a, b, gap)):
        # a victim or a suspect named in both, or one address; a street without a number runs
        # through a town (Salah al-Din Street through all Gaza), so it names a spot only within it
        total += W_VICTIMS_SAME
        identity = True
    # an age is common over the years: it identifies only within known days, and common across
    # a country: only where both reports place the event
    if gap is not None and a.ages and b.ages and (both := shared_ages(a.ages, b.ages)):
        total += W_AGE_SAME
        identity = identity or (a.place is not None and b.place is not None and (
            not guessed or both[0] <= CHILD_AGE_MAX))  # (a young child's age names them anywhere)
    j = wording_similarity(a, b)
    if j >= WORDING_COPY:
        total += W_WORDING_COPY
        identity = True
    elif j >= WORDING_NEAR:
        total += W_WORDING_NEAR
        identity = True
    # a hunting accident, a murder-suicide told in one town a day apart: one, if the tolls agree
    # and the day is not one of several shootings there
    if (not identity and gap is not None and gap <= 1 and a.circumstances & b.circumstances and a.fine
            and b.fine and same_place(a, b) and not guessed and not _tolls_differ(a, b) and not (a.busy or b.busy)):
        total += W_CIRCUMSTANCE_SAME
        identity = True
    # two addresses in one town that share no street, or one victim of two ages: two spots, two
    # people ("the 700 block of East Madison Street" and "the 100 block of East Clearfield
    # Street", both in Kensington)
    apart = not identity and same_place(a, b) and (_two_spots(a, b) or _two_people(a, b))
    if apart:
        total += W_SPOT_OTHER
    # a hospital, a school, the same neighbourhood: one event only if the tolls do not say two;
    # where strikes are many, one quarter is hit several times a day
    if (shared_target or strong) and not identity and not apart and not _tolls_differ(a, b):
        identity = shared_target or _same_toll(a, b)
    return Match(total, False, total >= THRESHOLD and identity)


_STREET_NOISE = frozenset({"corner", "street", "avenue", "road", "drive", "lane", "boulevard", "court", "way", "place",
                           "circle", "parkway", "highway", "terrace", "trail", "pike", "block", "north", "south",
                           "east", "west", "st", "ave", "rd", "dr", "blvd"})


def _street_words(names: frozenset[str]) -> set[str]:
    return {w for k in names if _ADDRESS.search(k) for w in _TOKEN.findall(k)
            if not w.isdigit() and w not in _STREET_NOISE}


def _two_spots(a: Features, b: Features) -> bool:
    """Both give a house, a block or a corner, and no street of one is a street of the other."""
    if not any(_ADDRESS.search(k) and _NUMBERED.search(k) for k in a.names) or \
            not any(_ADDRESS.search(k) and _NUMBERED.search(k) for k in b.names):
        return False
    wa, wb = _street_words(a.names), _street_words(b.names)
    return bool(wa) and bool(wb) and not wa & wb


def _two_people(a: Features, b: Features) -> bool:
    """Each tells of one victim, of ages more than a year apart."""
    if len(a.ages) != 1 or len(b.ages) != 1 or not (_one_victim(a) and _one_victim(b)):
        return False
    (x, sx), (y, sy) = next(iter(a.ages)), next(iter(b.ages))
    return abs(x - y) > 1 and (not sx or not sy or sx == sy)


def _one_victim(f: Features) -> bool:
    tolls = [max(n for n, _ in v) for (harm, group), v in f.figures.items() if group == "civ"]
    return sum(tolls) == 1


def _one_street(a: Features, b: Features, gap: int | None) -> bool:
    """A street without a number named by both, in one town: one spot. In a city whose main
    streets see shootings every week (North Avenue in Milwaukee), only within known days, on a
    day of one toll, and where the tolls agree."""
    if not same_place(a, b):
        return False
    if max(a.population, b.population) < STREET_CITY:
        return True
    return gap is not None and not (_tolls_differ(a, b) or a.busy or b.busy)


def _tolls_differ(a: Features, b: Features) -> bool:
    for harm in ("killed", "injured"):
        fa, fb = a.figures.get((harm, "civ")), b.figures.get((harm, "civ"))
        if fa and fb:
            return max(x for x, _ in fa) != max(y for y, _ in fb)
    return False
