"""Candidate pairs for the matcher, without building all pairs.

Two claims are compared only when their days lie within WINDOW_DAYS of each other (undated claims
use the days up to their article's publication; claims with neither are compared at any date) and:

- both name a town or finer place, and the two places share a name (a district's city counts) or
  lie within the distance limit; or
- one of them names only a governorate or country, or no place at all, or a town not geocoded,
  and the two share something that identifies an event: a figure of three or more, a person's
  name or age, a specific target, or a MinHash band of their wording. Such a pair can only be linked on
  that kind of evidence (see `match.py`), so nothing linkable is lost; wording is the one
  probabilistic key;
- or one of them is undated (a report of an arrest, a charge, a trial) and published within
  FOLLOW_UP_DAYS after the other's days, and the two name two people, or one of the dead, in one
  town.

Places repeat far more than claims do, so neighbouring places are found once per distinct place
(grid cells and names), and each claim then looks only at the claims of those places in its days.
Pairs that break a hard constraint (same article, other countries, too far apart, dates two or more
days apart) are dropped here already.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Hashable, Iterator, Sequence
from math import ceil, cos, floor, radians

from .match import (IDENTITY_FIGURE_MIN, MAX_KM, MAX_KM_DISTRICT, NAMED_GAP_DAYS, Features, day_gap,
                    named_people, named_same, place_conflict, place_id, same_place, two_named)

WINDOW_DAYS = 3
FOLLOW_UP_DAYS = 366      # an undated report of an arrest or a trial may come a year after the event
FOLLOW_UP_NAMED_DAYS = 3 * 366  # and a plea or a verdict naming the same two people, years after
FOLLOW_UP_KEY_MAX = 20    # a name in more claims than this is a public figure's, not a victim's
BUCKET_DAYS = 2           # a one-day claim looks up 4 buckets: 8 days for its 7-day window
CELL_DEG = 0.25           # 28 km of latitude, a little more than the distance limit of towns
KM_PER_DEG = 111.32
LSH_BANDS, LSH_ROWS = 21, 3   # on 64 permutations: J 0.6 collides 99 %, J 0.35 about 60 %


class _Index:
    """Claims by key and by bucket of days, so that a lookup touches only the days of a claim's
    window."""

    def __init__(self) -> None:
        self.by_bucket: dict[tuple[Hashable, int | None], list[int]] = defaultdict(list)
        self.by_key: dict[Hashable, list[int]] = defaultdict(list)

    def add(self, key: Hashable, f: Features) -> None:
        self.by_key[key].append(f.idx)
        if f.block_lo is None:
            self.by_bucket[(key, None)].append(f.idx)
            return
        for b in range(f.block_lo // BUCKET_DAYS, f.block_hi // BUCKET_DAYS + 1):  # type: ignore[operator]
            self.by_bucket[(key, b)].append(f.idx)

    def lists(self, keys: Sequence[Hashable], f: Features, window: int = WINDOW_DAYS) -> Iterator[list[int]]:
        """The lists of claims filed under `keys` in the days near `f`'s (`window` days either side)."""
        by_key, by_bucket = self.by_key, self.by_bucket
        if f.block_lo is None:  # no date at all: any date
            for key in keys:
                if key in by_key:
                    yield by_key[key]
            return
        buckets = range((f.block_lo - window) // BUCKET_DAYS,
                        (f.block_hi + window) // BUCKET_DAYS + 1)  # type: ignore[operator]
        for key in keys:
            if key not in by_key:
                continue
            for b in buckets:
                got = by_bucket.get((key, b))
                if got:
                    yield got
            got = by_bucket.get((key, None))
            if got:
                yield got


# ------------------------------------------------------------------------------------ places

def _cell(f: Features) -> tuple[int, int]:
    return floor(f.lat / CELL_DEG), floor(f.lon / CELL_DEG)  # type: ignore[operator]


def _place_keys(f: Features) -> tuple[list[Hashable], list[Hashable]]:
    """(keys a fine place is filed under, keys it looks up): its names, and grid cells enough to
    cover its distance limit."""
    names: list[Hashable] = [("n", f.place)]
    if f.city and f.city != f.place:
        names.append(("n", f.city))
    if f.lat is None or f.lon is None:
        return names, names
    ci, cj = _cell(f)
    limit = MAX_KM_DISTRICT if f.precision == "district" else MAX_KM
    n = ceil(limit / (KM_PER_DEG * CELL_DEG))
    k = min(ceil(limit / (KM_PER_DEG * CELL_DEG * max(cos(radians(f.lat)), 0.01))),
            int(360 / CELL_DEG))
    look = names + [("c", ci + di, cj + dj) for di in range(-n, n + 1) for dj in range(-k, k + 1)]
    return names + [("c", ci, cj)], look


def _neighbour_places(reps: Sequence[Features]) -> list[list[int]]:
    """For each distinct fine place, the places (itself included) whose claims it may match."""
    filed: dict[Hashable, list[int]] = defaultdict(list)
    looks = []
    for p, f in enumerate(reps):
        reg, look = _place_keys(f)
        for k in reg:
            filed[k].append(p)
        looks.append(look)
    near: list[set[int]] = [{p} for p in range(len(reps))]
    for p, look in enumerate(looks):
        for k in look:
            for q in filed.get(k, ()):
                if q not in near[p] and not place_conflict(reps[p], reps[q]):
                    near[p].add(q)
                    near[q].add(p)  # a district looks farther than a town: make it mutual
    return [sorted(s) for s in near]


# -------------------------------------------------------------------------------- identities

def _identity_keys(f: Features) -> list[Hashable]:
    if f.identity_keys is not None:
        return f.identity_keys
    keys: list[Hashable] = []
    for (harm, group), vals in f.figures.items():
        keys.extend(("f", harm, group, lo) for lo in sorted({v[0] for v in vals})
                    if lo >= IDENTITY_FIGURE_MIN)
    keys.extend(("v", v) for v in sorted(f.victims | f.persons))
    keys.extend(("a", a) for a in sorted({a for a, _ in f.ages}))
    keys.extend(("t", t) for t in sorted(f.targets))
    if f.wording is not None:
        h = f.wording.tolist()
        keys.extend(("w", b, tuple(h[b * LSH_ROWS:(b + 1) * LSH_ROWS])) for b in range(LSH_BANDS))
    f.identity_keys = keys
    return keys


# ------------------------------------------------------------------------------------- pairs

def _compatible(a: Features, b: Features) -> bool:
    if a.article == b.article:
        return False
    alo, ahi, blo, bhi = a.block_lo, a.block_hi, b.block_lo, b.block_hi
    if alo is not None and blo is not None and (
            alo - WINDOW_DAYS > bhi or blo - WINDOW_DAYS > ahi):  # type: ignore[operator]
        return False
    gap = day_gap(a, b)
    return gap is None or gap < 2


def candidate_pairs(feats: Sequence[Features], focus: Collection[int] | None = None) -> list[tuple[int, int]]:
    """Sorted (i, j), i < j, pairs of claims worth scoring; with `focus` (indices), only the pairs
    that hold one of those claims."""
    if focus is not None:
        return _focus_pairs(feats, sorted(set(focus)))
    pairs: set[tuple[int, int]] = set()

    # fine with fine: by neighbouring places and days; the lower index takes each pair
    pid_of: dict[tuple, int] = {}
    reps: list[Features] = []
    by_place = _Index()
    for f in feats:
        if not f.fine:
            continue
        pid = pid_of.setdefault(place_id(f), len(reps))
        if pid == len(reps):
            reps.append(f)
        by_place.add(pid, f)
    near = _neighbour_places(reps)
    for f in feats:
        if not f.fine:
            continue
        i = f.idx
        for bucket in by_place.lists(near[pid_of[place_id(f)]], f):
            for j in bucket:
                if j > i and (i, j) not in pairs and _compatible(f, feats[j]):
                    pairs.add((i, j))

    # one person named in one town, up to NAMED_GAP_DAYS apart: by the person's name
    named = _Index()
    for f in feats:
        if f.persons and f.fine:
            for k in f.persons:
                named.add(("p", k), f)
    for f in feats:
        if not (f.persons and f.fine):
            continue
        i = f.idx
        for bucket in named.lists([("p", k) for k in sorted(f.persons)], f, NAMED_GAP_DAYS):
            for j in bucket:
                if j > i and (i, j) not in pairs and feats[j].article != f.article and \
                        _named_pair(f, feats[j]):
                    pairs.add((i, j))

    _follow_up_pairs(feats, feats, feats, lambda f, j: pairs.add((f.idx, j)) if f.idx < j else None)

    # places of unknown distance (coarse, unknown, not geocoded) with anything: by identifying keys
    vague = [f for f in feats if not f.located]
    if not vague:
        return sorted(pairs)
    identities = _Index()
    for f in vague:
        for k in _identity_keys(f):
            identities.add(k, f)
    for f in feats:
        i, seen = f.idx, set()
        for bucket in identities.lists(_identity_keys(f), f):
            for j in bucket:
                # a located claim finds the others (which never look it up); of two, the lower index
                if j in seen or not (f.located or j > i):
                    continue
                seen.add(j)
                if _compatible(f, feats[j]) and not place_conflict(f, feats[j]):
                    pairs.add((i, j) if i < j else (j, i))
    return sorted(pairs)


def _named_pair(a: Features, b: Features) -> bool:
    """One person named in one town, or the same two people named anywhere in one country."""
    return (named_same(a, b) and not place_conflict(a, b)) or two_named(a, b)


def _focus_pairs(feats: Sequence[Features], focus: list[int]) -> list[tuple[int, int]]:
    """The pairs holding a focus claim: the focus claims are filed (few), every claim probes them.
    Every window and key test is symmetric, so this finds what `candidate_pairs` finds."""
    pairs: set[tuple[int, int]] = set()
    chosen = [feats[i] for i in focus]

    def add(f: Features, j: int) -> None:
        if j != f.idx:
            pairs.add((f.idx, j) if f.idx < j else (j, f.idx))

    # fine with fine, by neighbouring places
    pid_of: dict[tuple, int] = {}
    reps: list[Features] = []
    for f in feats:
        if f.fine and pid_of.setdefault(place_id(f), len(reps)) == len(reps):
            reps.append(f)
    near = _neighbour_places(reps)
    by_place = _Index()
    for f in chosen:
        if f.fine:
            by_place.add(pid_of[place_id(f)], f)
    if by_place.by_key:
        for f in feats:
            if f.fine:
                for bucket in by_place.lists(near[pid_of[place_id(f)]], f):
                    for j in bucket:
                        if _compatible(f, feats[j]):
                            add(f, j)

    # one person named in one town
    named = _Index()
    for f in chosen:
        if f.persons and f.fine:
            for k in f.persons:
                named.add(("p", k), f)
    if named.by_key:
        for f in feats:
            if f.persons and f.fine:
                for bucket in named.lists([("p", k) for k in sorted(f.persons)], f, NAMED_GAP_DAYS):
                    for j in bucket:
                        if feats[j].article != f.article and _named_pair(f, feats[j]):
                            add(f, j)

    _follow_up_pairs(feats, chosen, feats, add)

    # by identifying keys, where one of the two is vague
    identities = _Index()
    for f in chosen:
        for k in _identity_keys(f):
            identities.add(k, f)
    if identities.by_key:
        for f in feats:
            for bucket in identities.lists(_identity_keys(f), f):
                for j in bucket:
                    g = feats[j]
                    if (f.located and g.located) or (f.idx, j) in pairs or (j, f.idx) in pairs:
                        continue
                    if _compatible(f, g) and not place_conflict(f, g):
                        add(f, j)
    return sorted(pairs)


# ---------------------------------------------------------------------------------- follow-ups

def _follow_up_pairs(feats: Sequence[Features], filed: Sequence[Features], probes: Sequence[Features],
                     add) -> None:
    """Undated reports of an arrest, a charge or a trial, weeks or months after the event, with the
    event's reports: by the people both name in one town (days cannot block them together)."""
    index: dict[str, list[int]] = defaultdict(list)
    for f in filed:
        if f.persons and f.fine:
            for k in f.persons:
                index[k].append(f.idx)
    for f in probes:
        if not (f.persons and f.fine):
            continue
        seen: set[int] = set()
        for k in sorted(f.persons):
            held = index.get(k, ())
            if len(held) > FOLLOW_UP_KEY_MAX:
                continue
            for j in held:
                if j not in seen and j != f.idx and follow_up(f, feats[j]):
                    seen.add(j)
                    add(f, j)


def follow_up(a: Features, b: Features) -> bool:
    """One of the two is undated and published after the other's days, and both name, in one
    town, one of the dead (up to FOLLOW_UP_DAYS after) or two people (FOLLOW_UP_NAMED_DAYS)."""
    if a.article == b.article or not (a.fine and b.fine) or not same_place(a, b) or place_conflict(a, b):
        return False
    if not (len(a.persons & b.persons) >= 2 or a.victims & b.victims):
        return False
    days = FOLLOW_UP_NAMED_DAYS if named_people(a.persons & b.persons) >= 2 else FOLLOW_UP_DAYS
    for late, early in ((a, b), (b, a)):
        if late.lo is None and late.block_hi is not None and early.block_lo is not None and \
                0 <= late.block_hi - early.block_lo <= days:
            return True
    return False
