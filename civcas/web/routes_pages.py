"""The HTML pages: incidents, incident, article, map, timeline and tallies, review log."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response

from ..models import EVENT_TYPES, GRADES, STATUSES
from ..store import Store, queries
from . import charts, views
from .app import open_store
from .params import KINDS, ListQuery, text_param, list_query
from .routes_review import csrf_token

router = APIRouter(include_in_schema=False)


def _page(request: Request, template: str, api: str, context: dict[str, Any], status: int = 200) -> Response:
    # every page links to its JSON twin
    return request.app.state.templates.TemplateResponse(
        request, template, {"api_url": api, "nav": template.split(".")[0], **context}, status_code=status)


def _version(db: str) -> tuple[int, ...]:
    # any write changes the database file or its WAL (size or time), so this names the content
    out: list[int] = []
    for p in (Path(db), Path(db + "-wal")):
        st = p.stat() if p.exists() else None
        out += [st.st_mtime_ns, st.st_size] if st else [0, 0]
    return tuple(out)


def _facets(request: Request, store: Store) -> dict[str, list[Any]]:
    """The filter choices, computed once per version of the database: they scan every incident."""
    key = _version(request.app.state.config.db)
    cached = getattr(request.app.state, "facets", None)
    if cached is None or cached[0] != key:
        cached = (key, queries.facets(store.conn))
        request.app.state.facets = cached
    return cached[1]


@router.get("/")
def home() -> Response:
    return RedirectResponse("/incidents", status_code=307)


@router.get("/incidents")
def incidents_page(request: Request, lq: ListQuery = Depends(list_query),
                   store: Store = Depends(open_store)) -> Response:
    data = views.incident_list(store, lq)
    return _page(request, "incidents.html", "/api/incidents" + lq.query_string(), {
        "data": data, "lq": lq, "facets": _facets(request, store),
        "choices": {"event_type": EVENT_TYPES, "grade": GRADES, "status": STATUSES, "kind": KINDS},
        "columns": [("date", "Date"), ("place", "Place"), ("country", "Country"), ("attacker", "Attacker"),
                    ("event_type", "Event"), ("killed", "Civilians killed"),
                    ("injured", "Civilians injured"), ("status", "Status"), ("grade", "Grade"),
                    ("claims", "Claims"), ("articles", "Articles")],
    })


@router.get("/incidents/{incident_id}")
def incident_page(request: Request, incident_id: str, store: Store = Depends(open_store),
                  reviewed: str | None = Query(None)) -> Response:
    data = views.incident_detail(store, incident_id)
    context: dict[str, Any] = {"data": data, "inc": data["incident"], "grades": GRADES,
                               "reviewed": reviewed if reviewed and reviewed.isdigit() else None}
    token = None
    if request.app.state.config.review:
        token = csrf_token(request)
        context["csrf"] = token
    response = _page(request, "incident.html", "/api" + views.incident_url(incident_id), context)
    if token:
        # double-submit: the form carries the same value; SameSite=Strict keeps other sites' forms without it
        response.set_cookie("civcas_csrf", token, httponly=True, samesite="strict", path="/")
    return response


@router.get("/articles/{article_id:path}")
def article_page(request: Request, article_id: str, store: Store = Depends(open_store),
                 claim: str | None = Query(None)) -> Response:
    focus = text_param("claim", claim)
    data = views.article_detail(store, article_id, focus)
    return _page(request, "article.html", "/api" + views.article_url(article_id), {"data": data, "art": data["article"], "focus": focus})


@router.get("/map")
def map_page(request: Request, lq: ListQuery = Depends(list_query)) -> Response:
    return _page(request, "map.html", "/api/map" + lq.query_string(), {"lq": lq})


@router.get("/timeline")
def timeline_page(request: Request, lq: ListQuery = Depends(list_query),
                  store: Store = Depends(open_store)) -> Response:
    data = views.timeline(store, lq)
    return _page(request, "timeline.html", "/api/timeline" + lq.query_string(), {
        "data": data, "lq": lq,
        "months": charts.monthly_band(data["by_month"]),
        "attackers": charts.range_bars(data["by_attacker"], "attacker"),
    })


@router.get("/reviews")
def reviews_page(request: Request, store: Store = Depends(open_store)) -> Response:
    return _page(request, "reviews.html", "/api/reviews", {"reviews": store.reviews()[::-1]})
