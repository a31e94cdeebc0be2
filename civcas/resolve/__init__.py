"""Resolution: the claims of many articles into incidents, one per real event, and aggregates, one
per tally; with civilian ranges, status and grade, and the human review decisions replayed on top.

    blocking   candidate pairs by date window and place (or identifying evidence)
    match      per-claim features and the pairwise score with its hard constraints
    cluster    constrained average-link clustering; repeated aggregate tallies
    ranges     civilian killed and injured ranges, per-group figures (Airwars method)
    grade      status and grade, counting independent claimants
    review     merge, split and grade decisions by people

Pure and deterministic: the same claims in any order give the same incidents with the same ids.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..models import PRECISIONS, Claim, Incident, Place, stable_id
from .blocking import candidate_pairs
from .cluster import aggregate_clusters, cluster
from .grade import grade as grade_of
from .grade import outlet_of, status
from .match import Features, features
from .normalize import day_bound, day_range, iso_day, place_key
from .outlets import apply_homes
from .ranges import civilian_range, figure_table
from .review import Decided, apply_reviews

__all__ = ["resolve", "cluster_claims", "cluster_events", "together_groups", "build_incidents"]

Articles = Mapping[str, tuple[str | None, str | None]]


def resolve(claims: Iterable[Claim], *, articles: Articles | None = None,
            reviews: Iterable[Mapping[str, Any]] = (), homes: Mapping[str, str] | None = None
            ) -> list[Incident]:
    """Incidents (kind "incident") and aggregates (kind "aggregate") from `claims`; every claim is
    in exactly one of them. `articles` maps an article id to (outlet, published ISO date);
    `reviews` are the stored review decisions ({"id", "action", "args"}), replayed in id order;
    `homes` maps an article id to its outlet's home state (`outlets.home_states`), where its
    claims are placed when they place themselves nowhere. Returned sorted by id."""
    articles = articles or {}
    ordered = _unique(apply_homes(claims, homes or {}))
    by_id = {c.id: c for c in ordered}
    kinds = {c.id: _kind(c) for c in ordered}
    decided = apply_reviews(cluster_claims(ordered, articles=articles), kinds, reviews)
    return sorted(build_incidents(by_id, decided, articles), key=lambda inc: inc.id)


def cluster_claims(claims: Sequence[Claim], *, articles: Articles | None = None) -> list[list[str]]:
    """The resolver's own clusters of claim ids, before any review decision: incident claims by
    event, aggregate claims by tally. `claims` must be sorted by id and unique."""
    articles = articles or {}
    events = [c for c in claims if _kind(c) == "incident"]
    clusters = cluster_events(events, features(events, articles))
    return clusters + aggregate_clusters([c for c in claims if _kind(c) == "aggregate"])


def cluster_events(events: Sequence[Claim], feats: Sequence[Features]) -> list[list[str]]:
    """Incident claims (sorted by id, unique) with their features into clusters of claim ids.

    Exact copies (one syndicated report in several articles: the same words at the same places,
    the same figures, place, dates and blocking days) are clustered once, through their first
    copy, and follow it: fifty papers running one wire story cost what one does."""
    rep_of, reps = _copies(events, feats)
    sub = [feats[i] for i in reps]
    for n, f in enumerate(sub):
        f.idx = n
    pos = {r: n for n, r in enumerate(reps)}
    together = []
    for g in together_groups(events):
        members = sorted({pos[rep_of[i]] for i in g})
        if len(members) > 1:
            together.append(members)
    followers: dict[int, list[int]] = {}
    for i, r in enumerate(rep_of):
        followers.setdefault(r, []).append(i)
    out = []
    for members in cluster(sub, candidate_pairs(sub), together):
        ids = sorted(events[i].id for n in members for i in followers[reps[n]])
        out.append(ids)
    for n, f in enumerate(feats):
        f.idx = n  # as the caller numbered them
    return sorted(out, key=lambda m: m[0])


def _copies(events: Sequence[Claim], feats: Sequence[Features]) -> tuple[list[int], list[int]]:
    """(the representative of each claim, the representatives in order): the first of each set of
    exact copies."""
    by_key: dict[str, list[int]] = {}
    rep_of = list(range(len(events)))
    for i, (c, f) in enumerate(zip(events, feats)):
        key = copy_key(c, f.block_lo, f.block_hi)
        if key is not None:
            by_key.setdefault(key, []).append(i)
    for members in by_key.values():
        for first, group in copy_groups([(i, events[i].article_id) for i in members]):
            for i in group:
                rep_of[i] = first
    return rep_of, sorted(set(rep_of))


def copy_key(c: Claim, block_lo: int | None, block_hi: int | None) -> str | None:
    """What two exact copies of one report's claim (a wire story in two outlets) share: all but
    their ids, articles and incidents; None for a claim with no words to be a copy of."""
    if not any(e.text for e in c.evidence):
        return None
    d = c.to_json()
    for k in ("id", "article_id", "incident_id"):
        d.pop(k, None)
    return json.dumps([d, block_lo, block_hi], sort_keys=True, ensure_ascii=False)


def copy_groups(items: Sequence[tuple[Any, str]]) -> list[tuple[Any, list[Any]]]:
    """Claims with one copy key, as (position or id, article id) in id order, into sets of copies
    with their first: copies come from different articles, so one article's two alike claims
    stay two (each starts or joins the first set without its article)."""
    groups: list[tuple[Any, list[Any], set[str]]] = []
    for item, article in items:
        group = next((g for g in groups if article not in g[2]), None)
        if group is None:
            group = (item, [], set())
            groups.append(group)
        group[1].append(item)
        group[2].add(article)
    return [(first, members) for first, members, _ in groups]


def together_groups(events: Sequence[Claim]) -> list[list[int]]:
    """Positions of claims that one article's extractor put in one event."""
    same_event: dict[tuple[str, int], list[int]] = {}
    for i, c in enumerate(events):
        if c.event:
            same_event.setdefault((c.article_id, c.event), []).append(i)
    return [g for g in same_event.values() if len(g) > 1]


def build_incidents(claims: Mapping[str, Claim], decided: Iterable[Decided],
                    articles: Articles) -> list[Incident]:
    """The incidents of reviewed clusters; `claims` maps every claim id in them to its claim."""
    return [_build([claims[i] for i in d.claims], _kind(claims[d.claims[0]]), articles, d)
            for d in decided]


def _kind(c: Claim) -> str:
    return "aggregate" if c.kind == "aggregate" else "incident"


def _unique(claims: Iterable[Claim]) -> list[Claim]:
    """Sorted by id; of two claims with one id (which should not happen) the one of the lowest
    article id is kept, so that the result does not depend on the input order."""
    out: dict[str, Claim] = {}
    for c in sorted(claims, key=lambda c: (c.id, c.article_id)):
        out.setdefault(c.id, c)
    return list(out.values())


# ------------------------------------------------------------------------------- incident fields

def _build(claims: list[Claim], kind: str, articles: Articles, decided: Decided) -> Incident:
    outlets = {c.article_id: (articles.get(c.article_id) or (None, None))[0] for c in claims}
    attacker = _most_common(c.attacker for c in claims)
    start, end = _dates(claims)
    grade, reason = decided.grade or grade_of(claims, articles, attacker)
    return Incident(
        id=("agg_" if kind == "aggregate" else "inc_") + stable_id(claims[0].id),
        kind=kind,
        date_start=start, date_end=end,
        place=_place(claims),
        attacker=attacker,
        event_type=_most_common(c.event_type for c in claims),
        civilians_killed=civilian_range(claims, "killed", outlets),
        civilians_injured=civilian_range(claims, "injured", outlets),
        figures=figure_table(claims),
        status=status(claims),
        grade=grade, grade_reason=reason,
        claims=tuple(c.id for c in claims),
        articles=tuple(sorted({c.article_id for c in claims})),
        outlets=tuple(sorted({o for c in claims if (o := outlet_of(c, articles))})),
        claimants=tuple(sorted({c.claimant.name for c in claims if c.claimant and c.claimant.name})),
        targets=tuple(sorted({t for c in claims for t in c.targets if t})),
        reviewed=decided.reviewed,
    )


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _dates(claims: Sequence[Claim]) -> tuple[str | None, str | None]:
    """The narrowest day range the claims agree on; if they disagree, the earliest start to the
    latest end. A bound keeps the precision it was stated with ("2017-03" stays a month)."""
    ranges = [day_range(c.date_start, c.date_end) for c in claims]
    los = [lo for lo, _ in ranges if lo is not None]
    his = [hi for _, hi in ranges if hi is not None]
    lo = max(los) if los else None
    hi = min(his) if his else None
    if lo is not None and hi is not None and lo > hi:
        lo, hi = min(los), max(his)
    start_texts = [c.date_start for c in claims if c.date_start]
    end_texts = [c.date_end or c.date_start for c in claims if c.date_end or c.date_start]
    if lo is None and his and not start_texts:
        # no report says when; the first report's date is the best day to file it under
        lo = min(his)
        start_texts = end_texts
    return (_date_text(lo, start_texts, last=False), _date_text(hi, end_texts, last=True))


def _date_text(day: int | None, texts: list[str], *, last: bool) -> str | None:
    if day is None:
        return None
    stated = sorted({t.strip()[:10] for t in texts if day_bound(t, last) == day},
                    key=lambda t: (-len(t), t))
    return stated[0] if stated else iso_day(day)


def _place(claims: Sequence[Claim]) -> Place | None:
    """The most precise place not a guess among towns of one name; among equally precise ones the
    one most claims name."""
    places = [c.place for c in claims if c.place is not None]
    if not places:
        return None

    def ident(p: Place) -> tuple[str, str]:
        return place_key(p.name), p.country or ""

    counts = Counter(ident(p) for p in places)
    rank = {p: i for i, p in enumerate(PRECISIONS)}
    return min(places, key=lambda p: (p.ambiguous, rank.get(p.precision, len(PRECISIONS)), -counts[ident(p)],
                                      ident(p)))
