"""The JSON API: one route for each HTML page, with the same parameters and the same data."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel

from ..store import Store
from . import views
from .app import open_store
from .params import ListQuery, text_param, list_query


class ErrorBody(BaseModel):
    status: int
    message: str


class Error(BaseModel):
    """Every error of the API has this shape."""
    ok: bool = False
    error: ErrorBody


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Error, "description": "a bad parameter value; the message names it"},
    404: {"model": Error, "description": "no such id"},
}

router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)


@router.get("/incidents", summary="Incidents, filtered, sorted and paginated")
def api_incidents(lq: ListQuery = Depends(list_query), store: Store = Depends(open_store)) -> dict[str, Any]:
    """One page of incidents with how many match and the sums of their civilian killed and
    injured ranges (a maximum of null: some incident's maximum is not stated)."""
    return views.incident_list(store, lq)


@router.get("/incidents/{incident_id}", summary="One incident with every claim")
def api_incident(incident_id: str, store: Store = Depends(open_store)) -> dict[str, Any]:
    """The incident (SCHEMA.md shape) and its claims, each with its article, quote and figures."""
    return views.public(views.incident_detail(store, incident_id))


@router.get("/articles/{article_id:path}", summary="One article with the spans its claims were read from")
def api_article(article_id: str, store: Store = Depends(open_store),
                claim: str | None = Query(None, description="a claim to focus on (the page highlights it)")) -> dict[str, Any]:
    """The cleaned text, its claims, and `marks`: (label, start, end, claim) offsets into the text."""
    return views.public(views.article_detail(store, article_id, text_param("claim", claim)))


@router.get("/map", summary="Incidents with coordinates as GeoJSON")
def api_map(lq: ListQuery = Depends(list_query), store: Store = Depends(open_store)) -> dict[str, Any]:
    """A FeatureCollection of the incidents matching the filters (sort and page are ignored)."""
    return views.map_features(store, lq)


@router.get("/timeline", summary="Civilians killed per month and by attacker; claimants' own tallies")
def api_timeline(lq: ListQuery = Depends(list_query), store: Store = Depends(open_store)) -> dict[str, Any]:
    """Sums of incident ranges per month and by attacker (filters apply), and every aggregate
    beside the incidents it covers (the whole database)."""
    return views.timeline(store, lq)


@router.get("/reviews", summary="The log of review decisions")
def api_reviews(request: Request, store: Store = Depends(open_store)) -> dict[str, Any]:
    """Every merge, split and re-grade, with its time, in order."""
    return {"ok": True, "review_enabled": request.app.state.config.review, "reviews": store.reviews()}
