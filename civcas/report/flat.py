"""Flat, one-level rows for claims, incidents, articles and rejections: the CSV columns and GeoJSON properties."""
from __future__ import annotations

from typing import Any

from ..models import CIVILIAN_GROUPS, Article, Claim, Figure, Incident, Range, Rejection

CLAIM_COLUMNS = (
    "id", "article_id", "incident_id", "kind", "claimant_name", "claimant_person", "claimant_type",
    "attacker", "event_type", "place_name", "lat", "lon", "country", "admin1", "precision",
    "date_start", "date_end", "date_precision", "stance", "killed_min", "killed_max", "injured_min",
    "injured_max", "figures", "evidence_text", "evidence_start", "evidence_end",
)
INCIDENT_COLUMNS = (
    "id", "kind", "date_start", "date_end", "place_name", "lat", "lon", "country", "admin1",
    "precision", "attacker", "event_type", "killed_min", "killed_max", "injured_min", "injured_max",
    "status", "grade", "grade_reason", "n_claims", "n_articles", "outlets", "claimants", "claims",
)
ARTICLE_COLUMNS = (
    "id", "title", "outlet", "url", "published", "published_precision", "published_source", "source",
    "content_hash", "n_chars",
)
REJECTED_COLUMNS = ("source", "reason", "message")

LIST_SEP = "; "     # between the items of a list in one cell (outlets, claimants, claim ids)
FIGURE_SEP = ";"    # between compact figures, which contain spaces themselves


def civilian_range(claim: Claim, harm: str) -> Range:
    """A claim's civilians killed or injured: its largest figure for civilians or people.

    Only the groups `civilians` and `people` count here, as the export contract says; a claim
    with both ("60 people, 40 of them civilians") gives the larger, whole-event figure, and
    partial counts (one hospital's bodies) are used only when nothing else is stated.
    """
    figs = [f for f in claim.figures if f.harm == harm and f.group in CIVILIAN_GROUPS]
    whole = [f for f in figs if not f.partial] or figs
    if not whole:
        return Range()
    best = max(whole, key=lambda f: (f.min if f.min is not None else -1,
                                     f.max if f.max is not None else -1))
    return Range(best.min, best.max)


def compact_figure(f: Figure) -> str:
    """One figure as "killed civilians 60-" (min-max, an empty side when not stated)."""
    lo = "" if f.min is None else str(f.min)
    hi = "" if f.max is None else str(f.max)
    return f"{f.harm} {f.group} {lo}-{hi}" + (" (partial)" if f.partial else "")


def claim_row(c: Claim) -> dict[str, Any]:
    """A claim as one flat row, keyed by CLAIM_COLUMNS."""
    p, who = c.place, c.claimant
    killed, injured = civilian_range(c, "killed"), civilian_range(c, "injured")
    ev = c.evidence[0] if c.evidence else None
    return {
        "id": c.id, "article_id": c.article_id, "incident_id": c.incident_id, "kind": c.kind,
        "claimant_name": who.name if who else None, "claimant_person": who.person if who else None,
        "claimant_type": who.type if who else None, "attacker": c.attacker, "event_type": c.event_type,
        **_place(p), "date_start": c.date_start, "date_end": c.date_end,
        "date_precision": c.date_precision, "stance": c.stance,
        "killed_min": killed.min, "killed_max": killed.max,
        "injured_min": injured.min, "injured_max": injured.max,
        "figures": FIGURE_SEP.join(compact_figure(f) for f in c.figures),
        "evidence_text": ev.text if ev else None, "evidence_start": ev.start if ev else None,
        "evidence_end": ev.end if ev else None,
    }


def incident_row(i: Incident) -> dict[str, Any]:
    """An incident (or aggregate) as one flat row, keyed by INCIDENT_COLUMNS."""
    return {
        "id": i.id, "kind": i.kind, "date_start": i.date_start, "date_end": i.date_end,
        **_place(i.place), "attacker": i.attacker, "event_type": i.event_type,
        "killed_min": i.civilians_killed.min, "killed_max": i.civilians_killed.max,
        "injured_min": i.civilians_injured.min, "injured_max": i.civilians_injured.max,
        "status": i.status, "grade": i.grade, "grade_reason": i.grade_reason,
        "n_claims": len(i.claims), "n_articles": len(i.articles),
        "outlets": LIST_SEP.join(i.outlets), "claimants": LIST_SEP.join(i.claimants),
        "claims": LIST_SEP.join(i.claims),
    }


def article_row(a: Article) -> dict[str, Any]:
    """An article's metadata as one flat row (its text is left to the JSONL export)."""
    return {
        "id": a.id, "title": a.title, "outlet": a.outlet, "url": a.url, "published": a.published,
        "published_precision": a.published_precision, "published_source": a.published_source,
        "source": a.source, "content_hash": a.content_hash, "n_chars": len(a.text),
    }


def rejected_row(r: Rejection) -> dict[str, Any]:
    """A rejected input as one flat row."""
    return {"source": r.source, "reason": r.reason, "message": r.message}


def _place(p: Any) -> dict[str, Any]:
    return {"place_name": p.name if p else None, "lat": p.lat if p else None,
            "lon": p.lon if p else None, "country": p.country if p else None,
            "admin1": p.admin1 if p else None, "precision": p.precision if p else None}
