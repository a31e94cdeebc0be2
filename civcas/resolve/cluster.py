"""Claims into clusters, one per event: constrained average-link merging over the candidate pairs.

Linkable pairs are taken strongest first (ties by claim order, so the result does not depend on the
input order). Two clusters merge only when no member of one breaks a hard constraint with any
member of the other (so a chain A-B-C never joins two claims of one article, or two places 40 km
apart) and their average score is still above the threshold.
"""
from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..models import Claim
from .match import (NAMED_GAP_DAYS, THRESHOLD, Features, Match, named_people, place_conflict, place_id,
                    score)
from .normalize import actor_key, day_range, place_key

AVERAGE_SAMPLE = 24  # members per side that the average link looks at; hard constraints see all


@dataclass
class _Cluster:
    members: list[int]
    sample: list[int]                       # the lowest member indices, for the average link
    articles: set[str]
    countries: set[str]
    max_lo: int | None                      # latest known first day among members
    min_hi: int | None                      # earliest known last day
    places: dict[tuple, Features] = field(default_factory=dict)  # one member per distinct place
    victims: set[str] = field(default_factory=set)
    families: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, f: Features) -> _Cluster:
        c = cls([f.idx], [f.idx], {f.article}, {f.country} if f.country else set(), f.lo, f.hi,
                victims=set(f.victims), families=set(f.families), persons=set(f.persons))
        if f.place is not None:
            c.places[place_id(f)] = f
        return c


def _max(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)


def _min(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else min(a, b)


def _conflict(a: _Cluster, b: _Cluster) -> bool:
    """A hard "no" between any member of one cluster and any member of the other."""
    if not a.articles.isdisjoint(b.articles):
        return True
    if len(a.countries | b.countries) > 1:
        return True
    # days apart: two events, unless both name one person (reports of a death days later)
    limit = NAMED_GAP_DAYS + 1 if a.persons & b.persons else 2
    if a.max_lo is not None and b.min_hi is not None and a.max_lo - b.min_hi >= limit:
        return True
    if b.max_lo is not None and a.min_hi is not None and b.max_lo - a.min_hi >= limit:
        return True
    if a.victims and b.victims and a.victims.isdisjoint(b.victims):
        return True  # both name their dead and no name is shared: two families, two events
    if a.families and b.families and a.families.isdisjoint(b.families):
        return True
    if named_people(a.persons & b.persons) >= 2:
        return False  # the same two people named: one event whatever towns the reports give
    return any(place_conflict(p, q) for p in a.places.values() for q in b.places.values())


def _one_voice(feats: Sequence[Features], scores, xs: Sequence[int], ys: Sequence[int]) -> bool:
    """One article's claims about one event are one voice ("somebody's child got shot", a
    neighbour's quote, beside the police's four wounded): each two articles, one on each side, are
    as close as their best-matching claims, and the clusters are joined where those article
    links average enough. Only where each side places and dates the event, and not where strikes
    are many (a place and day with different tolls): there any claim finds some match. A hard
    "no" parts them unless one of its claims states no toll: an aside ("no arrests have been
    made") is dated by its article's publication, maybe days after the event it belongs to."""
    if any(feats[z].busy for z in (*xs, *ys)):
        return False
    if not all(any(feats[z].place for z in side) and any(feats[z].hi is not None for z in side)
               for side in (xs, ys)):
        return False  # each side places and dates the event
    tolled = {z: any(h in ("killed", "injured") for h, _ in feats[z].figures) for z in (*xs, *ys)}
    best: dict[tuple[str, str], float] = {}
    for x in xs:
        for y in ys:
            m = scores(x, y)
            if m.hard and tolled[x] and tolled[y]:
                return False
            k = (feats[x].article, feats[y].article)
            best[k] = max(best.get(k, float("-inf")), m.score)
    link = sorted(best.values())
    return sum(link) / len(link) >= THRESHOLD


class _Scores:
    """Pair scores, computed once each."""

    def __init__(self, feats: Sequence[Features]):
        self.feats = feats
        self.cache: dict[tuple[int, int], Match] = {}

    def __call__(self, i: int, j: int) -> Match:
        if i > j:
            i, j = j, i
        m = self.cache.get((i, j))
        if m is None:
            m = self.cache[(i, j)] = score(self.feats[i], self.feats[j])
        return m


def cluster(feats: Sequence[Features], pairs: Sequence[tuple[int, int]],
            together: Sequence[Sequence[int]] = ()) -> list[list[int]]:
    """Clusters of claim indices (each sorted), ordered by their lowest index; every claim is in
    exactly one. `together` lists groups that start as one cluster: claims of one article that
    its extractor found to tell one event (one statement each by different claimants)."""
    scores = _Scores(feats)
    edges = []
    for i, j in pairs:
        m = scores(i, j)
        if m.linkable:
            edges.append((-m.score, i, j))
    edges.sort()

    parent = list(range(len(feats)))
    groups: dict[int, _Cluster] = {}

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def get(root: int) -> _Cluster:
        c = groups.get(root)
        if c is None:
            c = groups[root] = _Cluster.of(feats[root])
        return c

    def join(ri: int, rj: int, a: _Cluster, b: _Cluster) -> None:
        if len(a.members) < len(b.members):
            ri, rj, a, b = rj, ri, b, a
        parent[rj] = ri
        a.members.extend(b.members)
        a.sample = heapq.nsmallest(AVERAGE_SAMPLE, a.sample + b.sample)
        a.articles |= b.articles
        a.countries |= b.countries
        a.max_lo, a.min_hi = _max(a.max_lo, b.max_lo), _min(a.min_hi, b.min_hi)
        a.victims |= b.victims
        a.families |= b.families
        a.persons |= b.persons
        for k, p in b.places.items():
            a.places.setdefault(k, p)
        del groups[rj]

    informative = [bool(f.figures or f.persons or f.targets or f.families) for f in feats]
    for group in together:
        for j in group[1:]:
            ri, rj = find(group[0]), find(j)
            if ri != rj:
                join(ri, rj, get(ri), get(rj))

    for _, i, j in edges:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        a, b = get(ri), get(rj)
        if _conflict(a, b):
            continue
        if len(a.members) + len(b.members) > 2:
            # claims that state nothing to match on (a neighbour's quote, a claimant's aside)
            # are as far from everything as from the one event they belong to: they do not vote
            xs = [x for x in a.sample if informative[x]] or a.sample
            ys = [y for y in b.sample if informative[y]] or b.sample
            link = [scores(x, y).score for x in xs for y in ys]
            if sum(link) / len(link) < THRESHOLD and not _one_voice(feats, scores, xs, ys):
                continue
        join(ri, rj, a, b)

    out: dict[int, list[int]] = {}
    for i in range(len(feats)):
        out.setdefault(find(i), []).append(i)
    return sorted(out.values(), key=lambda m: m[0])


# ------------------------------------------------------------------------------- aggregates

def _tally_key(c: Claim) -> tuple:
    name = c.claimant.name if c.claimant else None
    figures = frozenset((f.harm, f.group, f.min, f.max) for f in c.figures)
    return (actor_key(name), figures)


# places wide enough to hold another's tally ("in Iraq" and "in Mosul" may be one count)
WIDE_PRECISIONS = ("governorate", "country", "region")


def _same_tally(a: Claim, b: Claim) -> bool:
    """Two statements of one tally by one claimant: other articles, overlapping periods and
    places (either unknown counts as overlapping; two towns of one country do not: "two boys shot"
    in Portsmouth and "2 girls shot" in Chicago are two counts)."""
    if a.article_id == b.article_id:
        return False
    (alo, ahi), (blo, bhi) = day_range(a.date_start, a.date_end), day_range(b.date_start, b.date_end)
    if (alo is not None and bhi is not None and alo > bhi) or (
            blo is not None and ahi is not None and blo > ahi):
        return False
    if a.place is None or b.place is None:
        return True
    if place_key(a.place.name) == place_key(b.place.name):
        return True
    return bool(a.place.country) and a.place.country == b.place.country and \
        (a.place.precision in WIDE_PRECISIONS or b.place.precision in WIDE_PRECISIONS)


def aggregate_clusters(claims: Sequence[Claim]) -> list[list[str]]:
    """Aggregate claims (sorted by id) into tallies: each its own, except that one claimant's
    tally repeated across articles (same figures, overlapping period and place) is one."""
    groups: dict[tuple, list[list[Claim]]] = {}
    out: list[list[Claim]] = []
    for c in claims:
        key = _tally_key(c)
        if not key[1]:  # a tally with no figures is nothing to recognise a repeat by
            out.append([c])
            continue
        for members in groups.setdefault(key, []):
            if all(_same_tally(c, m) for m in members):
                members.append(c)
                break
        else:
            groups[key].append([c])
            out.append(groups[key][-1])
    return [[c.id for c in members] for members in out]
