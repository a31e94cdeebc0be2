"""Read-only queries for the web app: filtered, sorted, paginated incidents, facets, map points and the claims of an incident."""
from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any

from ..models import Claim, Incident

# sort name -> the columns it orders by (the id last, so pages never overlap or skip a row)
SORTS: dict[str, tuple[str, ...]] = {
    "date": ("COALESCE(date_start, date_end)", "date_end"),
    "place": ("place COLLATE NOCASE",),
    "country": ("country",),
    "attacker": ("attacker COLLATE NOCASE",),
    "event_type": ("event_type",),
    "killed": ("killed_min", "killed_max"),
    "injured": ("injured_min", "injured_max"),
    "status": ("status",),
    "grade": ("grade",),
    "claims": ("n_claims",),
    "articles": ("n_articles",),
}
LIST_COLUMNS = ("id", "kind", "date_start", "date_end", "place", "country", "admin1", "lat", "lon",
                "attacker", "event_type", "killed_min", "killed_max", "injured_min", "injured_max",
                "status", "grade", "n_claims", "n_articles")
_WORD = re.compile(r"\w+\*?")


@dataclass(frozen=True)
class IncidentFilter:
    """What a list of incidents is narrowed to; None means no condition. Text fields match
    case-insensitively anywhere in the value; dates are ISO, possibly partial, and an incident
    matches when its dates overlap date_from..date_to."""
    kind: str | None = "incident"
    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    place: str | None = None
    attacker: str | None = None
    event_type: str | None = None
    grade: str | None = None
    status: str | None = None
    claimant: str | None = None
    outlet: str | None = None
    q: str | None = None

    def params(self) -> dict[str, str]:
        """The filter as query parameters (only the conditions set)."""
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["kind"] = self.kind or "all"
        return {k: v for k, v in out.items() if v is not None and not (k == "kind" and v == "incident")}


@dataclass(frozen=True)
class Page:
    rows: list[dict[str, Any]]
    total: int
    killed: tuple[int, int | None]   # sums of the matching incidents' ranges (max None when any is unstated)
    injured: tuple[int, int | None]


def fts_match(text: str) -> str | None:
    """A user's search words as a safe FTS5 query: every word a quoted phrase (all must match),
    a trailing * kept as a prefix search. None when there is no word to search for."""
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join(f'"{w[:-1]}"*' if w.endswith("*") else f'"{w}"' for w in words)


def _like(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _where(f: IncidentFilter) -> tuple[str, list[Any]]:
    conds: list[str] = []
    args: list[Any] = []
    if f.kind:
        conds.append("kind = ?")
        args.append(f.kind)
    # Partial dates compare as strings once padded: an incident's last day pads upward
    # ("2017-06" -> "2017-06-99"), its first day downward ("2017-06" -> "2017-06-00").
    if f.date_from:
        conds.append("substr(COALESCE(date_end, date_start) || '-99-99', 1, 10) >= ?")
        args.append((f.date_from + "-00-00")[:10])
    if f.date_to:
        conds.append("substr(COALESCE(date_start, date_end) || '-00-00', 1, 10) <= ?")
        args.append((f.date_to + "-99-99")[:10])
    if f.country:
        conds.append("country = ?")
        args.append(f.country)
    for col in ("place", "attacker"):
        value = getattr(f, col)
        if value:
            conds.append(f"{col} LIKE ? ESCAPE '\\'")
            args.append(_like(value))
    for col in ("event_type", "grade", "status"):
        value = getattr(f, col)
        if value:
            conds.append(f"{col} = ?")
            args.append(value)
    # claimants and outlets as the incident lists them (what the table shows), not as re-derived
    for col in ("claimant", "outlet"):
        value = getattr(f, col)
        if value:
            conds.append(f"EXISTS (SELECT 1 FROM json_each(incidents.data, '$.{col}s') "
                         "WHERE value LIKE ? ESCAPE '\\')")
            args.append(_like(value))
    if f.q:
        match = fts_match(f.q)
        if match:
            conds.append("id IN (SELECT c.incident_id FROM claims c JOIN articles a ON a.id = c.article_id"
                         " WHERE a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))")
            args.append(match)
    return (" WHERE " + " AND ".join(conds)) if conds else "", args


def _order(sort: str, desc: bool) -> str:
    direction = "DESC" if desc else "ASC"
    # unknown values sort last whichever the direction: a missing date is not the oldest
    parts = [f"({c}) IS NULL, {c} {direction}" for c in SORTS[sort]]
    return " ORDER BY " + ", ".join(parts) + f", id {direction}"


def list_incidents(conn: sqlite3.Connection, f: IncidentFilter, *, sort: str = "date", desc: bool = True,
                   limit: int = 50, offset: int = 0) -> Page:
    """One page of the incidents matching `f`, with how many match and the sums of their ranges."""
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}")
    where, args = _where(f)
    total, kmin, kmax_n, kmax, imin, imax_n, imax = conn.execute(
        "SELECT count(*), COALESCE(sum(killed_min), 0), count(killed_max), sum(killed_max),"
        " COALESCE(sum(injured_min), 0), count(injured_max), sum(injured_max) FROM incidents" + where,
        args).fetchone()
    cols = ", ".join(LIST_COLUMNS)
    cur = conn.execute(
        f"SELECT {cols}, json_extract(data, '$.claimants') AS claimants,"
        f" json_extract(data, '$.outlets') AS outlets FROM incidents{where}{_order(sort, desc)}"
        " LIMIT ? OFFSET ?", [*args, limit, offset])
    rows = []
    for r in cur:
        d = {c: r[c] for c in LIST_COLUMNS}
        d["claimants"] = json.loads(r["claimants"] or "[]")
        d["outlets"] = json.loads(r["outlets"] or "[]")
        rows.append(d)
    # as the tallies do: one unstated maximum makes the sum's maximum unstated
    return Page(rows, total, (kmin, kmax if kmax_n == total else None),
                (imin, imax if imax_n == total else None))


def iter_filtered(conn: sqlite3.Connection, f: IncidentFilter) -> Iterator[Incident]:
    """Every incident matching `f`, whole, by date."""
    where, args = _where(f)
    for r in conn.execute("SELECT data FROM incidents" + where + _order("date", False), args):
        yield Incident.from_json(json.loads(r[0]))


def map_points(conn: sqlite3.Connection, f: IncidentFilter) -> list[dict[str, Any]]:
    """The incidents matching `f` that have coordinates, as flat rows for markers."""
    where, args = _where(f)
    where += (" AND " if where else " WHERE ") + "lat IS NOT NULL AND lon IS NOT NULL"
    cols = ("id", "kind", "date_start", "date_end", "place", "country", "lat", "lon", "attacker",
            "event_type", "killed_min", "killed_max", "injured_min", "injured_max", "grade", "status")
    return [dict(zip(cols, r)) for r in conn.execute(
        f"SELECT {', '.join(cols)} FROM incidents{where}{_order('date', False)}", args)]


def facets(conn: sqlite3.Connection, limit: int = 300) -> dict[str, list[Any]]:
    """Values to offer in the filters: countries, attackers, places, event types, grades,
    statuses (each with its count of incidents), claimants and outlets, most frequent first."""
    out: dict[str, list[Any]] = {}
    for col in ("country", "attacker", "place", "event_type", "grade", "status"):
        out[col] = [(r[0], r[1]) for r in conn.execute(
            f"SELECT {col}, count(*) AS n FROM incidents WHERE kind = 'incident' AND {col} IS NOT NULL"
            f" GROUP BY {col} ORDER BY n DESC, {col} LIMIT ?", (limit,))]
    out["claimant"] = [r[0] for r in conn.execute(
        "SELECT claimant FROM claims WHERE claimant IS NOT NULL GROUP BY claimant"
        " ORDER BY count(*) DESC, claimant LIMIT ?", (limit,))]
    out["outlet"] = [r[0] for r in conn.execute(
        "SELECT outlet FROM articles WHERE outlet IS NOT NULL GROUP BY outlet"
        " ORDER BY count(*) DESC, outlet LIMIT ?", (limit,))]
    return out


def incident_claims(conn: sqlite3.Connection, incident_id: str) -> list[tuple[Claim, dict[str, Any]]]:
    """The claims of one incident, each with its article's title, outlet, date, url and text."""
    out = []
    for r in conn.execute(
            "SELECT c.data, c.incident_id, a.id AS article_id, a.title, a.outlet, a.published, a.url, a.text"
            " FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.incident_id = ?"
            " ORDER BY a.published, c.article_id, c.ev_start, c.id", (incident_id,)):
        d = json.loads(r["data"])
        d["incident_id"] = r["incident_id"]
        article = {"id": r["article_id"], "title": r["title"], "outlet": r["outlet"],
                   "published": r["published"], "url": r["url"], "text": r["text"]}
        out.append((Claim.from_json(d), article))
    return out


def claim_incidents(conn: sqlite3.Connection, claim_ids: list[str]) -> dict[str, str | None]:
    """claim id -> the id of the incident (or aggregate) it now belongs to."""
    marks = ",".join("?" * len(claim_ids))
    return {r[0]: r[1] for r in conn.execute(
        f"SELECT id, incident_id FROM claims WHERE id IN ({marks})", claim_ids)}
