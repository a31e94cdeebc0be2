"""Plain text tables for the terminal: tallies, incident lists and claimant comparisons."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from ..models import Incident

# a count or a range ("12", "60–?", "—"): dates and words stay left-aligned
_NUMERIC = re.compile(r"^(?:\d+|\?)(?:–(?:\d+|\?))?$|^—$")
TALLY_HEADERS = ("incidents", "civilians killed", "civilians injured")


def format_range(lo: int | None, hi: int | None) -> str:
    """A min–max range as people read it: "60", "12–24", "60–?", "?–60", or "—" when nothing is stated."""
    if lo is None and hi is None:
        return "—"
    if lo == hi:
        return str(lo)
    return f"{'?' if lo is None else lo}–{'?' if hi is None else hi}"


def format_table(rows: Iterable[Any], headers: Sequence[str]) -> str:
    """Rows (sequences of cells, or TallyRows) as an aligned text table with a header line.

    A TallyRow becomes its key, its incident count and its killed and injured ranges; when
    `headers` names only the key's fields, the headers for those three are added.
    """
    cells: list[list[str]] = []
    headers = list(headers)
    for row in rows:
        if hasattr(row, "key") and hasattr(row, "incidents"):
            if len(headers) == len(row.key):
                headers += TALLY_HEADERS
            row = [*row.key, row.incidents, format_range(row.killed_min, row.killed_max),
                   format_range(row.injured_min, row.injured_max)]
        cells.append(["" if c is None else str(c) for c in row])
    ncols = max([len(headers)] + [len(r) for r in cells])
    headers += [""] * (ncols - len(headers))
    for r in cells:
        r += [""] * (ncols - len(r))
    widths = [max(len(x) for x in [h] + [r[i] for r in cells]) for i, h in enumerate(headers)]
    # numbers and ranges line up on the right, as in any ledger; words on the left
    right = [bool(cells) and all(_NUMERIC.match(r[i]) or not r[i] for r in cells) for i in range(ncols)]

    def line(r: Sequence[str]) -> str:
        return "  ".join(c.rjust(w) if rt else c.ljust(w) for c, w, rt in zip(r, widths, right)).rstrip()

    out = [line(headers), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    return "\n".join(out) + "\n"


def format_incidents(incidents: Iterable[Incident], limit: int | None = None) -> str:
    """Incidents as a table for `civcas incidents`, at most `limit` rows, with a line saying how many were left out."""
    shown: list[list[Any]] = []
    total = 0
    for inc in incidents:
        total += 1
        if limit is not None and len(shown) >= limit:
            continue
        place = inc.place.name + (f", {inc.place.country}" if inc.place.country else "") if inc.place else ""
        when = inc.date_start or "?"
        if inc.date_end and inc.date_end != inc.date_start:
            when += f"..{inc.date_end}"
        shown.append([when, _clip(place, 28), _clip(inc.attacker or "", 24), inc.event_type or "",
                      format_range(inc.civilians_killed.min, inc.civilians_killed.max),
                      format_range(inc.civilians_injured.min, inc.civilians_injured.max),
                      inc.status, inc.grade, len(inc.claims), len(inc.articles), inc.id])
    if not total:
        return "no incidents\n"
    table = format_table(shown, ("date", "place", "attacker", "event type", "killed", "injured",
                                 "status", "grade", "claims", "articles", "id"))
    if total > len(shown):
        table += f"({total - len(shown)} more not shown; {total} in all)\n"
    return table


def format_comparison(rows: Sequence[dict[str, Any]]) -> str:
    """The rows of `compare_claimants` as a table: each aggregate beside the sum of civcas incidents."""
    if not rows:
        return "no aggregates to compare\n"
    return format_table(
        [[r["group"], r["claimant"], r["period"], r["place"] or "", r["attacker"] or "", r["killed"],
          r["incidents"], r["incidents_killed"]] for r in rows],
        ("group", "claimant", "period", "place", "attacker", "killed", "incidents", "incidents killed"))


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"
