"""Human review decisions, replayed in id order on top of every fresh clustering, so that they
survive re-runs and re-extraction.

    {"id": 7, "action": "merge", "args": {"claims": [claim ids]}}   their clusters become one
    {"id": 8, "action": "split", "args": {"claims": [claim ids]}}   they leave, forming a new one
    {"id": 9, "action": "grade", "args": {"claim": id, "grade": g, "reason": text}}

Claim ids that no longer exist are skipped without error, as are decisions that make no sense any
more (an unknown action or grade). A reviewed merge may join claims of one article, which the
resolver never does on its own; it never joins an aggregate with an incident: those merge each
kind among its own.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..models import GRADES


@dataclass
class Decided:
    """A cluster after review: its claim ids, a grade set by a person, and whether anyone touched
    it."""
    claims: list[str]
    grade: tuple[str, str] | None = None
    reviewed: bool = False


@dataclass
class _State:
    owner: dict[str, int]
    members: dict[int, set[str]]
    grade: dict[int, tuple[int, str, str]] = field(default_factory=dict)  # (review id, grade, reason)
    touched: set[int] = field(default_factory=set)
    next_id: int = 0

    def new(self, claims: Iterable[str]) -> int:
        n = self.next_id
        self.next_id += 1
        self.members[n] = set(claims)
        for c in self.members[n]:
            self.owner[c] = n
        return n


def claim_ids(value: Any) -> list[str]:
    """A decision's claim id or ids as a list of strings; anything else as none."""
    if isinstance(value, (str, int)):
        value = [value]
    if not isinstance(value, (list, tuple)):
        return []
    return [str(v) for v in value]


def _review_id(r: Mapping[str, Any]) -> int:
    try:
        return int(r.get("id") or 0)
    except (TypeError, ValueError):
        return 0


def _by_kind(ids: list[str], kinds: Mapping[str, str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for c in ids:
        if c in kinds:
            groups.setdefault(kinds[c], []).append(c)
    return [groups[k] for k in sorted(groups)]


def _merge(st: _State, ids: list[str]) -> None:
    targets = sorted({st.owner[c] for c in ids})
    if not targets:
        return
    keep = targets[0]
    for t in targets[1:]:
        for c in st.members.pop(t):
            st.owner[c] = keep
            st.members[keep].add(c)
        if t in st.grade and (keep not in st.grade or st.grade[t][0] > st.grade[keep][0]):
            st.grade[keep] = st.grade[t]  # the later grading decision wins
        st.grade.pop(t, None)
        st.touched.discard(t)
    st.touched.add(keep)


def _split(st: _State, ids: list[str]) -> None:
    for c in ids:
        old = st.owner[c]
        st.members[old].discard(c)
        st.touched.add(old)
        if not st.members[old]:
            del st.members[old]
            st.grade.pop(old, None)
            st.touched.discard(old)
    st.touched.add(st.new(ids))


def apply_reviews(clusters: Sequence[Sequence[str]], kinds: Mapping[str, str],
                  reviews: Iterable[Mapping[str, Any]]) -> list[Decided]:
    """Replay `reviews` (in id order) on `clusters` of claim ids; `kinds` maps every claim id to
    its kind. Returns every cluster, with any grade set by a person."""
    st = _State({}, {})
    for members in clusters:
        st.new(members)
    ordered = sorted(((_review_id(r), r) for r in reviews if isinstance(r, Mapping)),
                     key=lambda t: t[0])
    for rid, r in ordered:
        action, args = r.get("action"), r.get("args") or {}
        if not isinstance(args, Mapping):
            continue
        if action == "merge":
            for ids in _by_kind(claim_ids(args.get("claims")), kinds):
                _merge(st, ids)
        elif action == "split":
            for ids in _by_kind(claim_ids(args.get("claims")), kinds):
                _split(st, sorted(set(ids)))
        elif action == "grade":
            claim, grade = str(args.get("claim")), args.get("grade")
            if claim in st.owner and grade in GRADES:
                n = st.owner[claim]
                reason = str(args.get("reason") or "") or f"Graded {grade} by a reviewer."
                st.grade[n] = (rid, grade, reason)
                st.touched.add(n)
    out = []
    for n, members in st.members.items():
        g = st.grade.get(n)
        out.append(Decided(sorted(members), (g[1], g[2]) if g else None, n in st.touched))
    return sorted(out, key=lambda d: d.claims[0])


def review_args(db: str | Path, action: str, incident_ids: Sequence[str], *,
                claims: Sequence[str] | None = None, grade: str | None = None,
                reason: str | None = None) -> dict[str, Any]:
    """The args to store for a decision a person took on incidents of the database `db`.

    Incident ids change whenever their claims change, so decisions are stored by claim id (with
    the incident ids kept for the record): a merge names every claim of the incidents it joins, a
    split the claims it moves out, a grade the incident's first claim.
    """
    from ..store import Store  # the store is only needed for decisions, not for resolving

    with Store(db, readonly=True) as store:
        incidents = [store.incident(i) for i in incident_ids]  # NotFound names the bad id
    record = {"incidents": list(incident_ids)}
    if action == "merge":
        if len({i.id for i in incidents}) < 2:
            raise ConfigError("merge needs two or more different incident ids, e.g. "
                              "`civcas review merge inc_a inc_b`")
        return {"claims": sorted({c for i in incidents for c in i.claims}), **record}
    if len(incidents) != 1:
        raise ConfigError(f"{action} takes one incident id, got {len(incidents)}")
    inc = incidents[0]
    if action == "split":
        moving = sorted(set(claims or ()))
        strangers = [c for c in moving if c not in inc.claims]
        if not moving or strangers:
            raise ConfigError(f"split moves claims of {inc.id} out of it; {inc.id} has the claims "
                              f"{', '.join(inc.claims)}, not {', '.join(strangers) or 'none given'}")
        if len(moving) == len(inc.claims):
            raise ConfigError(f"splitting every claim out of {inc.id} changes nothing: name only "
                              f"the claims that describe another event")
        return {"claims": moving, **record}
    if action == "grade":
        if grade not in GRADES:
            raise ConfigError(f"unknown grade {grade!r}: use one of {', '.join(GRADES)}")
        if not (reason or "").strip():
            raise ConfigError("a grade needs a reason: pass --reason with one sentence")
        return {"claim": inc.claims[0], "grade": grade, "reason": reason.strip(), **record}
    raise ConfigError(f"unknown review action {action!r}: use merge, split or grade")
