"""Review (merge, split, re-grade) from the incident page: off without a token; token, CSRF and origin checked."""
from __future__ import annotations

import hmac
import re
import secrets
import threading
from urllib.parse import urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from ..pipeline import resolve_store
from ..resolve.review import review_args
from ..store import Store, queries
from .app import Forbidden
from .params import BadQuery, text_param
from .views import incident_url

router = APIRouter(include_in_schema=False)
CSRF_COOKIE = "civcas_csrf"
ACTIONS = ("merge", "split", "grade")
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{32,64}$")
_ID = re.compile(r"[^\s,;]+")


def csrf_token(request: Request) -> str:
    """The session's CSRF token: the one its cookie holds, or a new one."""
    existing = request.cookies.get(CSRF_COOKIE) or ""
    return existing if _TOKEN.match(existing) else secrets.token_urlsafe(32)


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def _check_origin(request: Request) -> None:
    # a cross-site form post carries the other site's Origin (or Referer); a request with neither
    # is refused, since browsers send one of them with every form post from this site
    source = request.headers.get("origin") or request.headers.get("referer")
    host = (request.headers.get("host") or "").lower()
    if not source or source == "null":
        raise Forbidden("a review must come from this site's own page (no Origin or Referer header was sent)")
    if urlsplit(source).netloc.lower() != host:
        raise Forbidden(f"a review must come from this site's own page, not from {urlsplit(source).netloc or source!r}")


def _check_form(request: Request, form: FormData, review_token: str) -> None:
    cookie, sent = request.cookies.get(CSRF_COOKIE), form.get("csrf")
    if not cookie or not isinstance(sent, str) or not _same(cookie, sent):
        raise Forbidden("the form's CSRF token does not match this session's; reload the incident page and try again")
    token = form.get("token")
    if not isinstance(token, str) or not _same(token, review_token):
        raise Forbidden("wrong review token: give the one `civcas serve --review-token` was started with")


def _field(form: FormData, name: str, limit: int = 1000) -> str | None:
    value = form.get(name)
    return text_param(name, value if isinstance(value, str) else None, limit)


def _apply(db: str, action: str, incident_id: str, form: FormData, by: str,
           lock: threading.Lock) -> tuple[int, str]:
    """Store the decision and re-resolve; returns the review id and the incident to show next."""
    note = _field(form, "note")
    if action == "merge":
        others = _ID.findall(_field(form, "others") or "")
        if not others:
            raise BadQuery("merge needs the id of at least one other incident (field `others`)")
        args = review_args(db, "merge", [incident_id, *others])
    elif action == "split":
        claims = [c for c in form.getlist("claims") if isinstance(c, str) and c]
        args = review_args(db, "split", [incident_id], claims=claims)
    else:
        args = review_args(db, "grade", [incident_id], grade=_field(form, "grade", 20),
                           reason=_field(form, "reason"))
    # one decision at a time: each re-resolves the whole store
    with lock, Store(db) as store:
        rid = store.add_review(action, args, note=note, by=by)
        resolve_store(store)
        first = args["claims"][0] if "claims" in args else args["claim"]
        target = queries.claim_incidents(store.conn, [first]).get(first)
    return rid, target or incident_id


@router.post("/incidents/{incident_id}/review/{action}")
async def review(request: Request, incident_id: str, action: str) -> Response:
    config = request.app.state.config
    # checked before the body is even read: with review off nothing here can write
    if not config.review:
        raise Forbidden("review is off; start the server with `civcas serve --review-token TOKEN` to merge, split or re-grade")
    _check_origin(request)
    form = await request.form()
    _check_form(request, form, config.review_token)
    if action not in ACTIONS:
        raise BadQuery(f"unknown review action {action!r}; use one of {', '.join(ACTIONS)}")
    by = "web" + (f" {request.client.host}" if request.client else "")
    rid, target = await run_in_threadpool(_apply, config.db, action, incident_id, form, by,
                                          request.app.state.write_lock)
    return RedirectResponse(f"{incident_url(target)}?reviewed={rid}", status_code=303)
