"""Resolution against the store, one connected part at a time: incremental and in flat memory.

Clustering only ever joins two claims along a linkable pair, a group one article's extractor put
together, or a reviewer's decision. So the incidents of one connected part of that graph depend on
no claim outside it, and resolving part by part gives exactly the incidents of resolving all at
once (`tests/test_incremental.py` checks this). Two things follow:

- **incremental**: new and re-extracted claims are *pending* (in no incident); only the parts they
  touch are re-clustered and their incidents replaced. Adding 1,000 articles to 100,000 costs about
  what the 1,000 cost;
- **streaming**: a full resolution marks every claim pending and works through them in chunks in
  date order, holding a chunk, its parts and the days around them, never the whole database.

A part is found from its pending seeds by breadth-first search. Candidate pairs never reach beyond
WINDOW_DAYS of a claim's blocking days (NAMED_GAP_DAYS for a claim that names people), but for the
follow-ups of one person's shooting (a trial, years on), which share a person's name; so loading
every claim whose days are near a member's, and every claim that names a member's people, with its
days, finds all of its pairs (and every claim that decides whether a place-day is busy). Linkable pairs,
the article's event groups, the reviewers' groups and the incidents the members are in now pull
further claims in, until nothing new comes.

Everything runs in the caller's one transaction: a killed resolution leaves the old incidents.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from copy import copy
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..models import Claim
from . import build_incidents, cluster_events, copy_groups, copy_key, together_groups
from .blocking import FOLLOW_UP_KEY_MAX, WINDOW_DAYS, candidate_pairs
from .cluster import aggregate_clusters
from .match import (MAX_BLOCK_SPAN, NAMED_GAP_DAYS, Features, block_days, features, mark_busy, people_named,
                    score)
from .outlets import home_states, place_by_home
from .review import apply_reviews, claim_ids

CHUNK = 2000  # pending claims taken at a time: they and their neighbours are what memory holds

_META_RESOLVER = "resolver"
_META_REVIEWS = "reviews_applied"


def resolver_fingerprint() -> str:
    """A hash of the code that decides incidents: when it changes, every claim is resolved again."""
    h = hashlib.sha256()
    here = Path(__file__).parent
    for p in sorted([*here.glob("*.py"), here.parent / "models.py"]):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def resolve_pending(store: Any, *, full: bool = False, chunk: int = CHUNK) -> dict[str, int]:
    """Bring the stored incidents up to date with the stored claims and reviews. Re-resolves
    everything when `full`, when the resolver's code changed, or on a database never resolved;
    otherwise only the parts touched by new claims, lost claims and new reviews.
    Returns counts of what was done."""
    reviews = store.reviews()
    last_review = max((r["id"] for r in reviews), default=0)
    fingerprint = resolver_fingerprint()
    with store.conn:
        _fill_block_days(store)
        full = full or store.get_meta(_META_RESOLVER) != fingerprint
        homes = _update_homes(store, full)
        if full:
            store.release_all()
            redo_aggregates = True
        else:
            applied = int(store.get_meta(_META_REVIEWS) or 0)
            touched = [cid for r in reviews if r["id"] > applied for cid in _review_claims(r)]
            # claims a new review names join the pending ones, with the incidents they were in
            store.release_incidents(store.broken_incidents() +
                                    [c.incident_id for c in store.claims_by_ids(touched) if c.incident_id])
            store.release_claims(touched)
            redo_aggregates = bool(touched) or bool(store.pending_claims(1, kind="aggregate"))
        groups = _review_groups(reviews)
        done = {"parts_claims": 0, "chunks": 0}
        while seeds := store.pending_claims(chunk):
            members, loaded = _part(store, seeds, groups, homes)
            _replace(store, members, loaded, reviews)
            done["parts_claims"] += len(members)
            done["chunks"] += 1
        if redo_aggregates:
            _resolve_aggregates(store, reviews)
        store.set_meta(_META_RESOLVER, fingerprint)
        store.set_meta(_META_REVIEWS, str(last_review))
    return done


def _fill_block_days(store: Any) -> None:
    while rows := store.unblocked_claims(5000):
        store.set_block_days([(c.id, *block_days(c, published)) for c, published in rows],
                             [(c.id, p) for c, _ in rows for p in sorted(people_named(c))])


def _update_homes(store: Any, full: bool) -> dict[str, str]:
    """The home states of the outlets of the articles that place nothing themselves
    (`outlets.home_states`), stored; an article whose home changed has its claims resolved again."""
    homes = home_states(store.place_rows())
    if not full:
        old = store.article_homes()
        changed = sorted(a for a in homes.keys() | old.keys() if homes.get(a) != old.get(a))
        claims = store.claims_of_articles(changed)
        store.release_incidents({c.incident_id for c in claims if c.incident_id})
        store.release_claims([c.id for c in claims])
    store.set_article_homes(homes)
    return homes


def _review_claims(r: Mapping[str, Any]) -> list[str]:
    args = r.get("args") or {}
    if not isinstance(args, Mapping):
        return []
    return claim_ids(args.get("claims") if r.get("action") in ("merge", "split") else args.get("claim"))


def _review_groups(reviews: Sequence[Mapping[str, Any]]) -> dict[str, list[list[str]]]:
    """claim id -> the groups of claims reviewers merged or split out together with it."""
    out: dict[str, list[list[str]]] = {}
    for r in reviews:
        if r.get("action") in ("merge", "split"):
            ids = _review_claims(r)
            for c in ids:
                out.setdefault(c, []).append(ids)
    return out


class _Loaded:
    """The claims loaded for one part, with their features and the days already loaded.

    Exact copies of a claim (one wire story in many outlets) are held once: the first of each set
    of copies (`copy_groups`, as clustering sees them) has features, and the others are the same
    claim under their own id, article and incident, sharing its contents. A part of a corpus that
    repeats every report 17 times then costs about what one report of each costs."""

    def __init__(self, store: Any, homes: Mapping[str, str] | None = None):
        self.store = store
        self.homes = homes or {}  # article id -> the home state its claims are placed in
        self.gaz = None
        self.claims: dict[str, Claim] = {}
        self.feats: dict[str, Features] = {}   # the firsts of sets of copies, and claims with no copy
        self.articles: dict[str, tuple[str | None, str | None]] = {}
        self.days: list[tuple[int, int]] = []  # loaded day intervals, merged
        self.every_day = False
        self.any_day_loaded = False
        self.linked: set[tuple[str, str]] = set()  # the linkable pairs found so far
        self.copies: dict[str, list[str]] = {}     # copy key -> ids with it, in id order
        self.first_of: dict[str, str] = {}         # copy -> the first of its set
        self.promoted: set[str] = set()            # firsts whose pairs were never scored
        self.people: set[str] = set()              # the people whose claims are loaded

    def add(self, claims: Iterable[Claim], batch: int = 2000) -> None:
        todo: list[Claim] = []
        for c in claims:  # in batches: a day range of a big database is never all parsed at once
            if c.kind != "aggregate" and c.id not in self.claims:
                if c.article_id in self.homes:
                    c = place_by_home(c, self.homes[c.article_id], self._gaz())
                self.claims[c.id] = c
                todo.append(c)
            if len(todo) >= batch:
                self._file(todo)
                todo = []
        if todo:
            self._file(todo)

    def _gaz(self):
        if self.gaz is None:
            from ..gazetteer import Gazetteer
            self.gaz = Gazetteer.default()
        return self.gaz

    def _file(self, new: list[Claim]) -> None:
        missing = {c.article_id for c in new} - self.articles.keys()
        self.articles.update(self.store.article_meta(missing))
        changed: set[str] = set()
        firsts: list[Claim] = []
        for c in new:
            key = copy_key(c, *block_days(c, (self.articles.get(c.article_id) or (None, None))[1]))
            if key is None:  # no words to be a copy of: always its own first
                self.first_of[c.id] = c.id
                firsts.append(c)
                continue
            ids = self.copies.setdefault(key, [])
            ids.append(c.id)
            ids.sort()
            changed.add(key)
        for key in changed:
            for first, group in copy_groups([(i, self.claims[i].article_id) for i in self.copies[key]]):
                for i in group:
                    was = self.first_of.get(i)
                    self.first_of[i] = first
                    if i == first and i not in self.feats:
                        firsts.append(self.claims[i])
                        if was is not None:
                            self.promoted.add(i)
                    elif i != first:
                        self.feats.pop(i, None)
                        c = self.claims[i]
                        # the same contents as the first, under this claim's own id and incident
                        self.claims[i] = replace(self.claims[first], id=c.id, article_id=c.article_id,
                                                 incident_id=c.incident_id)
        firsts.sort(key=lambda c: c.id)
        for c, f in zip(firsts, features(firsts, self.articles)):
            self.feats[c.id] = f

    def load_people(self, people: Iterable[str]) -> None:
        """Every claim that names one of `people` (not a name in more than FOLLOW_UP_KEY_MAX
        claims), with the days each is on: a place-day is busy by all of its claims."""
        new = sorted(set(people) - self.people)
        if not new:
            return
        self.people.update(new)
        found = [c for c in self.store.claims_naming(new, most=FOLLOW_UP_KEY_MAX) if c.id not in self.claims]
        self.add(found)
        days = [block_days(c, (self.articles.get(c.article_id) or (None, None))[1]) for c in found]
        for lo, hi in _merge([(lo, hi) for lo, hi in days if lo is not None and hi is not None]):
            self.load_days(lo, hi)

    def load_days(self, lo: int | None, hi: int | None) -> None:
        """Every claim whose blocking days overlap [lo, hi]; (None, None) is every day."""
        if not self.any_day_loaded:
            self.any_day_loaded = True
            self.add(self.store.claims_any_day())
        if self.every_day:
            return
        if lo is None or hi is None:
            self.every_day = True
            self.add(self.store.iter_claims())
            return
        for a, b in _missing(self.days, lo, hi):
            self.add(self.store.claims_near_days(a, b, max_span=MAX_BLOCK_SPAN + 1))
        self.days = _merge(self.days + [(lo, hi)])


def _missing(days: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    out, at = [], lo
    for a, b in days:
        if b < at or a > hi:
            continue
        if a > at:
            out.append((at, a - 1))
        at = max(at, b + 1)
    if at <= hi:
        out.append((at, hi))
    return out


def _merge(days: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(days):
        if out and a <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _part(store: Any, seeds: Sequence[str], groups: Mapping[str, list[list[str]]],
          homes: Mapping[str, str] | None = None) -> tuple[set[str], _Loaded]:
    """The seeds' connected parts: every claim that resolving them may move, with what was
    loaded to find them."""
    loaded = _Loaded(store, homes)
    loaded.add(store.claims_by_ids(seeds))
    members: set[str] = set()
    frontier = set(seeds) & loaded.claims.keys()
    while frontier:
        members |= frontier
        wanted: set[str] = set()
        for cid in frontier:
            for g in groups.get(cid, ()):
                wanted.update(g)
        loaded.add(store.claims_by_ids(wanted - loaded.claims.keys()))
        loaded.add(store.claims_of_articles({loaded.claims[c].article_id for c in frontier}))
        loaded.add(store.claims_of_incidents({i for c in frontier if (i := loaded.claims[c].incident_id)}))
        people: set[str] = set()
        for cid in sorted(frontier):
            f = loaded.feats[loaded.first_of[cid]]
            if f.block_lo is None:
                loaded.load_days(None, None)
            else:
                window = NAMED_GAP_DAYS if f.persons else WINDOW_DAYS
                loaded.load_days(f.block_lo - window, f.block_hi + window)  # type: ignore[operator]
            if f.persons and f.fine:
                # an undated report of the trial, years on: by the people it names (follow_up)
                people.update(k for k in f.persons if not k.startswith(("age ", "addr ")))
        loaded.load_people(people)
        grown = _connected(loaded, members, frontier, groups) - members
        frontier = grown
    return members, loaded


def _connected(loaded: _Loaded, members: set[str], frontier: set[str],
               groups: Mapping[str, list[list[str]]]) -> set[str]:
    """The members and every loaded claim joined to them by a link, an event group, a review, a
    current incident or a copy. Only the pairs of the `frontier` (the members just added, whose
    days were just loaded) are scored: the other members' links were found before. Pairs are
    scored between the firsts of sets of copies; a copy goes where its first goes, and all copies
    of one claim stay in one part, so that clustering sees the same sets of copies."""
    ids = sorted(loaded.claims)
    pos = {cid: n for n, cid in enumerate(ids)}
    scored = sorted(loaded.feats)
    feats = [loaded.feats[i] for i in scored]
    for n, f in enumerate(feats):
        f.idx = n
    mark_busy(feats)  # exact for every loaded claim: a busy place-day's claims load together
    parent = list(range(len(ids)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    focus_ids = {loaded.first_of[c] for c in frontier} | (loaded.promoted & (members | frontier))
    loaded.promoted -= focus_ids
    at = {cid: n for n, cid in enumerate(scored)}
    for i, j in candidate_pairs(feats, focus=sorted(at[c] for c in focus_ids)):
        if score(feats[i], feats[j]).linkable:
            loaded.linked.add((scored[i], scored[j]))
    for a, b in loaded.linked:
        union(pos[a], pos[b])
    for same in loaded.copies.values():
        for cid in same[1:]:
            union(pos[same[0]], pos[cid])
    events = [loaded.claims[i] for i in ids]
    for g in together_groups(events):
        for j in g[1:]:
            union(g[0], j)
    by_incident: dict[str, int] = {}
    for n, c in enumerate(events):
        if c.incident_id:
            union(by_incident.setdefault(c.incident_id, n), n)
        for g in groups.get(c.id, ()):
            for other in g:
                if other in pos:
                    union(n, pos[other])
    roots = {find(pos[m]) for m in members}
    return {ids[n] for n in range(len(ids)) if find(n) in roots}


def _replace(store: Any, members: set[str], loaded: _Loaded,
             reviews: Sequence[Mapping[str, Any]]) -> None:
    """Cluster the part afresh and put its incidents in place of the ones its claims were in."""
    events = [loaded.claims[i] for i in sorted(members)]
    # positions follow the part's own id order; busy flags stay what the loaded days said. A copy
    # borrows its first's features: clustering reads only the first's (and every copy's days)
    feats = [loaded.feats.get(c.id) or copy(loaded.feats[loaded.first_of[c.id]]) for c in events]
    for n, f in enumerate(feats):
        f.idx = n
    decided = apply_reviews(cluster_events(events, feats), {c.id: "incident" for c in events}, reviews)
    store.release_incidents({c.incident_id for c in events if c.incident_id})
    store.add_incidents(build_incidents({c.id: c for c in events}, decided, loaded.articles))


def _resolve_aggregates(store: Any, reviews: Sequence[Mapping[str, Any]]) -> None:
    """Aggregates are few and their tallies match across any date: all of them, every time."""
    store.release_all(kind="aggregate")
    aggs = sorted(store.all_claims(kind="aggregate"), key=lambda c: c.id)
    if not aggs:
        return
    by_id = {c.id: c for c in aggs}
    decided = apply_reviews(aggregate_clusters(aggs), {c.id: "aggregate" for c in aggs}, reviews)
    store.add_incidents(build_incidents(by_id, decided, store.article_meta(by_id[c].article_id for c in by_id)))
