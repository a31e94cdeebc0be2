"""What each page shows, as plain JSON-able data: the API returns it as it is, the HTML pages render it."""
from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..models import Claim
from ..report import compare_claimants, format_range, tally
from ..store import Store
from ..store import queries
from .highlight import Segment, claim_marks, segments
from .params import ListQuery


def incident_url(incident_id: str) -> str:
    return "/incidents/" + quote(incident_id, safe="")


def article_url(article_id: str, claim_id: str | None = None) -> str:
    url = "/articles/" + quote(article_id, safe="")
    if claim_id:
        url += f"?claim={quote(claim_id, safe='')}#claim-{quote(claim_id, safe='')}"
    return url


def _range(lo: int | None, hi: int | None) -> dict[str, Any]:
    return {"min": lo, "max": hi, "text": format_range(lo, hi)}


def incident_list(store: Store, lq: ListQuery) -> dict[str, Any]:
    page = queries.list_incidents(store.conn, lq.filter, sort=lq.sort, desc=lq.order == "desc",
                                  limit=lq.per_page, offset=lq.offset)
    rows = []
    for r in page.rows:
        r = dict(r)
        r["url"] = incident_url(r["id"])
        r["killed"] = _range(r["killed_min"], r["killed_max"])
        r["injured"] = _range(r["injured_min"], r["injured_max"])
        rows.append(r)
    return {"ok": True, "total": page.total, "page": lq.page, "per_page": lq.per_page,
            "pages": max(1, -(-page.total // lq.per_page)), "sort": lq.sort, "order": lq.order,
            "filter": lq.filter.params(),
            "killed": _range(*page.killed), "injured": _range(*page.injured),
            "incidents": rows}


def _figures(claim: Claim) -> list[dict[str, Any]]:
    return [{**f.to_json(), "range": format_range(f.min, f.max)} for f in claim.figures]


def _quote(claim: Claim, text: str) -> tuple[str, int, int] | None:
    if not claim.evidence:
        return None
    e = claim.evidence[0]
    # the stored quote is used as it is when the offsets no longer point at it (re-cleaned text)
    if text[e.start:e.end] == e.text or not e.text:
        return text[e.start:e.end], e.start, e.end
    return e.text, -1, -1


def incident_detail(store: Store, incident_id: str) -> dict[str, Any]:
    """An incident with every claim: claimant, outlet, date, figures, quote and article link."""
    inc = store.incident(incident_id)  # NotFound -> 404
    claims = []
    for claim, art in queries.incident_claims(store.conn, incident_id):
        q = _quote(claim, art["text"])
        claims.append({
            **claim.to_json(), "figures": _figures(claim),
            "quote": q[0] if q else None,
            "article": {k: art[k] for k in ("id", "title", "outlet", "published", "url")},
            "article_url": article_url(art["id"], claim.id),
            "_segments": _quote_segments(claim, art["text"], q),
        })
    data = inc.to_json()
    data["killed"] = _range(inc.civilians_killed.min, inc.civilians_killed.max)
    data["injured"] = _range(inc.civilians_injured.min, inc.civilians_injured.max)
    return {"ok": True, "incident": data, "claims": claims}


def _quote_segments(claim: Claim, text: str, q: tuple[str, int, int] | None) -> list[Segment]:
    if q is None:
        return []
    quote_text, start, end = q
    if start < 0:
        return [Segment(quote_text, 0)]
    marks = [m for m in claim_marks(claim) if m.label != "quote"]
    return segments(text, marks, window=(start, end))


def article_detail(store: Store, article_id: str, focus: str | None = None) -> dict[str, Any]:
    """An article's cleaned text with the claims read from it and every span they were read from."""
    art = store.article(article_id)  # NotFound -> 404
    claims = list(store.iter_claims(article_id=article_id))
    marks = [m for c in claims for m in claim_marks(c)]
    return {
        "ok": True, "article": art.to_json(),
        "claims": [{**c.to_json(), "figures": _figures(c),
                    "incident_url": incident_url(c.incident_id) if c.incident_id else None}
                   for c in claims],
        "marks": [{"label": m.label, "start": m.start, "end": m.end, "claim": m.claim} for m in marks],
        "_segments": segments(art.text, marks, focus=focus),
    }


def map_features(store: Store, lq: ListQuery) -> dict[str, Any]:
    """The matching incidents with coordinates, as GeoJSON."""
    feats = []
    for p in queries.map_points(store.conn, lq.filter):
        props = {k: v for k, v in p.items() if k not in ("lat", "lon")}
        props["url"] = incident_url(p["id"])
        props["killed"] = format_range(p["killed_min"], p["killed_max"])
        props["injured"] = format_range(p["injured_min"], p["injured_max"])
        feats.append({"type": "Feature", "id": p["id"], "properties": props,
                      "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]}})
    return {"type": "FeatureCollection", "features": feats}


def _tally_rows(rows: list[Any], field: str) -> list[dict[str, Any]]:
    return [{field: r.key[0], "incidents": r.incidents,
             "killed": _range(r.killed_min, r.killed_max), "injured": _range(r.injured_min, r.injured_max)}
            for r in rows]


def timeline(store: Store, lq: ListQuery) -> dict[str, Any]:
    """Civilians killed and injured per month and by attacker (sums of incident ranges), and the
    claimants' own tallies (aggregates) beside the incidents they cover, never added to them."""
    incs = list(queries.iter_filtered(store.conn, lq.with_filter(kind="incident").filter))
    months = _tally_rows(tally(incs, ["month"]), "month")
    attackers = _tally_rows(tally(incs, ["attacker"]), "attacker")
    attackers.sort(key=lambda r: (-(r["killed"]["min"] or 0), -r["incidents"], r["attacker"]))
    comparison = compare_claimants(store)
    return {"ok": True, "filter": lq.filter.params(), "incidents": len(incs), "by_month": months,
            "by_attacker": attackers, "claimant_comparison": comparison}


def public(data: Any) -> Any:
    """`data` without the keys that only templates use (those starting with "_")."""
    if isinstance(data, dict):
        return {k: public(v) for k, v in data.items() if not k.startswith("_")}
    if isinstance(data, list):
        return [public(v) for v in data]
    return data
