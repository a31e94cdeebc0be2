"""Tallies of incidents with min–max ranges, and aggregates from different claimants set side by side."""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..errors import ConfigError
from ..models import Incident
from ..store import Store
from .periods import bounds, label, overlaps, span
from .tables import format_range, format_table  # noqa: F401  (format_table is part of this module's API)

UNKNOWN = "unknown"


@dataclass(frozen=True)
class TallyRow:
    """One line of a tally: a key (one value per `by` field) and the sums over its incidents."""
    key: tuple[str, ...]
    incidents: int
    killed_min: int
    killed_max: int | None   # None when any incident's maximum is not stated
    injured_min: int
    injured_max: int | None


def _month(i: Incident) -> list[str]:
    return [i.date_start[:7] if i.date_start else UNKNOWN]


def _year(i: Incident) -> list[str]:
    return [i.date_start[:4] if i.date_start else UNKNOWN]


def _claimants(i: Incident) -> list[str]:
    # an incident counts once under each claimant that reports it, never twice under one
    return list(dict.fromkeys(i.claimants)) or [UNKNOWN]


KEYS: dict[str, Callable[[Incident], list[str]]] = {
    "month": _month,
    "year": _year,
    "attacker": lambda i: [i.attacker or UNKNOWN],
    "place": lambda i: [i.place.name if i.place else UNKNOWN],
    "country": lambda i: [i.place.country if i.place and i.place.country else UNKNOWN],
    "claimant": _claimants,
    "grade": lambda i: [i.grade or UNKNOWN],
    "event_type": lambda i: [i.event_type or UNKNOWN],
}


def tally(store_or_incidents: Store | Iterable[Incident], by: Sequence[str]) -> list[TallyRow]:
    """Count incidents and sum their civilian ranges, grouped by the `by` fields; aggregates are never counted."""
    unknown = [b for b in by if b not in KEYS]
    if unknown:
        raise ConfigError(f"cannot tally by {', '.join(unknown)}; choose from {', '.join(KEYS)}")
    sums: dict[tuple[str, ...], list[Any]] = {}
    for inc in _incidents(store_or_incidents):
        for key in itertools.product(*(KEYS[b](inc) for b in by)):
            s = sums.setdefault(key, [0, 0, 0, 0, 0])
            s[0] += 1
            s[1] += inc.civilians_killed.min or 0
            s[2] = _add_max(s[2], inc.civilians_killed.max)
            s[3] += inc.civilians_injured.min or 0
            s[4] = _add_max(s[4], inc.civilians_injured.max)
    rows = [TallyRow(k, *v) for k, v in sums.items()]
    # sorted by key, "unknown" last in every field, so months read in order
    return sorted(rows, key=lambda r: tuple((k == UNKNOWN, k) for k in r.key))


def _add_max(total: int | None, value: int | None) -> int | None:
    # one unstated maximum makes the sum's maximum unstated ("min–?")
    return None if total is None or value is None else total + value


def _incidents(src: Store | Iterable[Incident]) -> Iterable[Incident]:
    if isinstance(src, Store):
        return src.iter_incidents(kind="incident")
    return (i for i in src if i.kind == "incident")


# ---------------------------------------------------------------------- claimant comparison

# Attackers named differently by different claimants ("US-led coalition", "U.S. military",
# "American warplanes") are one family for comparing tallies; first match wins.
ATTACKER_FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("us-led coalition", ("us", "u s", "usa", "united states", "american", "america", "coalition",
                          "centcom", "pentagon", "cjtf oir", "inherent resolve")),
    ("russia", ("russia", "russian", "russians")),
    ("syrian government", ("syria", "syrian", "assad", "regime", "saa")),
    ("israel", ("israel", "israeli", "idf")),
    ("islamic state", ("isis", "isil", "islamic state", "daesh")),
    ("turkey", ("turkey", "turkish", "türkiye")),
)
_FILLER = {"the", "forces", "force", "military", "army", "air", "jets", "warplanes", "aircraft",
           "troops", "led", "armed"}


def attacker_family(attacker: str | None) -> str | None:
    """The family an attacker belongs to for comparisons ("U.S. military" → "us-led coalition")."""
    if not attacker:
        return None
    words = re.sub(r"[^\w]+", " ", attacker.lower()).split()
    text = f" {' '.join(words)} "
    if words == ["is"]:
        return "islamic state"
    for family, names in ATTACKER_FAMILIES:
        if any(f" {n} " in text for n in names):
            return family
    return " ".join(w for w in words if w not in _FILLER) or text.strip()


def compare_claimants(store_or_incidents: Store | Iterable[Incident]) -> list[dict[str, Any]]:
    """One row per aggregate, grouped with the aggregates it can be compared to, beside the sum of civcas incidents.

    Two aggregates are compared when their periods overlap, their countries are the same (or
    one is not stated) and their attackers are of one family (or both are unstated). Each row
    also sums the civcas incidents (kind "incident") inside the aggregate's period, country and
    attacker family: what the news reports found, against what the claimant says in total.
    """
    records = list(store_or_incidents.iter_incidents() if isinstance(store_or_incidents, Store)
                   else store_or_incidents)
    aggregates = sorted((r for r in records if r.kind == "aggregate"),
                        key=lambda a: (a.date_start or "", a.id))
    incidents = [r for r in records if r.kind == "incident"]

    groups = _group(aggregates)
    rows = []
    for n, members in enumerate(groups, start=1):
        comparison = " vs ".join(_label(a) for a in members)
        for a in members:
            found = [i for i in incidents if _covers(a, i)]
            lo = sum(i.civilians_killed.min or 0 for i in found)
            hi: int | None = 0
            for i in found:
                hi = _add_max(hi, i.civilians_killed.max)
            rows.append({
                "group": n, "id": a.id, "claimants": list(a.claimants), "claimant": _claimant(a),
                "period": label(a.date_start, a.date_end), "date_start": a.date_start,
                "date_end": a.date_end, "place": a.place.name if a.place else None,
                "country": _country(a), "attacker": a.attacker,
                "killed_min": a.civilians_killed.min, "killed_max": a.civilians_killed.max,
                "killed": format_range(a.civilians_killed.min, a.civilians_killed.max),
                "incidents": len(found), "incidents_killed_min": lo, "incidents_killed_max": hi,
                "incidents_killed": format_range(lo, hi) if found else "—",
                "compared_with": [b.id for b in members if b is not a],
                "comparison": comparison,
            })
    return rows


def _period(a: Incident) -> tuple[date | None, date | None]:
    # an aggregate with no end ("603 since 2014") runs up to now: open on that side
    start, end = bounds(a.date_start), bounds(a.date_end)
    return (start[0] if start else None, end[1] if end else None)


def _country(i: Incident) -> str | None:
    return i.place.country if i.place else None


def _comparable(a: Incident, b: Incident) -> bool:
    ca, cb = _country(a), _country(b)
    return (overlaps(_period(a), _period(b)) and (ca is None or cb is None or ca == cb)
            and attacker_family(a.attacker) == attacker_family(b.attacker))


def _group(aggregates: list[Incident]) -> list[list[Incident]]:
    # comparability is not transitive, so groups are its connected components: a chain
    # of overlapping periods stays together, and no aggregate appears in two groups
    parent = list(range(len(aggregates)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for x, y in itertools.combinations(range(len(aggregates)), 2):
        if _comparable(aggregates[x], aggregates[y]):
            parent[root(y)] = root(x)
    groups: dict[int, list[Incident]] = {}
    for x, a in enumerate(aggregates):
        groups.setdefault(root(x), []).append(a)
    return list(groups.values())


def _covers(a: Incident, i: Incident) -> bool:
    days = span(i.date_start, i.date_end)
    if days is None:
        return False   # an undated incident cannot be placed in any period
    if _country(a) and _country(i) != _country(a):
        return False
    if a.attacker and attacker_family(i.attacker) != attacker_family(a.attacker):
        return False
    return overlaps(_period(a), days)


def _claimant(a: Incident) -> str:
    return ", ".join(a.claimants) or UNKNOWN


def _label(a: Incident) -> str:
    killed = format_range(a.civilians_killed.min, a.civilians_killed.max)
    return f"{_claimant(a)} {killed} ({label(a.date_start, a.date_end)})"
