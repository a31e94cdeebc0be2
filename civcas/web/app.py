"""The FastAPI application: configuration, templates, security headers and the one error shape."""
from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import pycountry
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ConfigError, NotFound, StoreError
from ..report import format_range
from ..store import Store
from .params import BadQuery

HERE = Path(__file__).parent
log = logging.getLogger("civcas.web")
TILE_HOSTS = "https://*.tile.openstreetmap.org"


@dataclass(frozen=True)
class Config:
    db: str
    review_token: str | None = None
    tiles: bool = False

    @property
    def review(self) -> bool:
        return bool(self.review_token)


class Forbidden(Exception):
    """A request that may not change anything: review off, or a bad token, CSRF token or origin."""


def open_store(request: Request) -> Iterator[Store]:
    """Each request's own read-only connection: nothing a GET does can write."""
    store = Store(request.app.state.config.db, readonly=True)
    try:
        yield store
    finally:
        store.close()


def _country(code: str | None) -> str:
    if not code:
        return ""
    c = pycountry.countries.get(alpha_2=code)
    return c.name if c else code


def _when(start: str | None, end: str | None) -> str:
    if not start and not end:
        return "unknown"
    if not end or start == end:
        return start or ""
    return f"{start or '?'} – {end}"


def make_templates(config: Config) -> Jinja2Templates:
    # autoescape for every template whatever its name: article text is data, never markup
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(country=_country, range=lambda r: format_range(r.get("min"), r.get("max")))
    env.globals.update(when=_when, config=config, format_range=format_range)
    return Jinja2Templates(env=env)


def is_api(request: Request) -> bool:
    return request.url.path == "/api" or request.url.path.startswith("/api/")


def error_response(request: Request, status: int, message: str) -> Response:
    """The one error shape: {"ok": false, "error": {...}} under /api, an HTML page elsewhere."""
    if is_api(request):
        return JSONResponse({"ok": False, "error": {"status": status, "message": message}}, status_code=status)
    templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                      status_code=status)


def _install_error_handlers(app: FastAPI) -> None:
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        resp = error_response(request, exc.status_code, message)
        if exc.headers:
            resp.headers.update(exc.headers)
        return resp

    async def bad_request(request: Request, exc: Exception) -> Response:
        return error_response(request, 400, str(exc))

    async def validation(request: Request, exc: RequestValidationError) -> Response:
        # a safety net: parameters are validated by hand, but a value FastAPI rejects is still a 400
        parts = ["{} {}: {}".format(e.get("loc", ["?"])[0], e.get("loc", ["", "?"])[-1], e.get("msg"))
                 for e in exc.errors()]
        return error_response(request, 400, "; ".join(parts) or "bad request")

    async def not_found(request: Request, exc: NotFound) -> Response:
        # the server's file path is nobody's business: "no incident 'x' in /srv/war.db" loses its tail
        message, tail = str(exc), f" in {request.app.state.config.db}"
        return error_response(request, 404, message[: -len(tail)] if message.endswith(tail) else message)

    async def forbidden(request: Request, exc: Forbidden) -> Response:
        return error_response(request, 403, str(exc))

    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("error in %s %s", request.method, request.url.path)
        return error_response(request, 500, "internal error; the server log has the details")

    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation)
    app.add_exception_handler(BadQuery, bad_request)
    app.add_exception_handler(ConfigError, bad_request)
    app.add_exception_handler(NotFound, not_found)
    app.add_exception_handler(Forbidden, forbidden)
    app.add_exception_handler(Exception, server_error)


def _csp(config: Config) -> str:
    img = "'self' data:" + (f" {TILE_HOSTS}" if config.tiles else "")
    # no inline script anywhere, and nothing from other sites unless online tiles were asked for
    return ("default-src 'self'; script-src 'self'; style-src 'self'; img-src " + img +
            "; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            " frame-ancestors 'none'")


def check_database(db: str) -> None:
    """Fail at start, with a message, when `db` is not a civcas database."""
    with Store(db, readonly=True) as store:
        try:
            store.conn.execute("SELECT count(*) FROM incidents").fetchone()
            store.conn.execute("SELECT count(*) FROM articles_fts").fetchone()
        except Exception as e:  # sqlite3.Error: missing tables
            raise StoreError(f"{db}: not a civcas database ({e}); create it with `civcas run INPUT --db {db}`") from e


def create_app(db_path: str | Path, *, review_token: str | None = None, tiles: bool = False) -> FastAPI:
    """The web app over the database `db_path`; review (merge, split, grade) only with a `review_token`."""
    from . import routes_api, routes_pages, routes_review

    config = Config(str(db_path), review_token or None, tiles)
    check_database(config.db)
    app = FastAPI(title="civcas", version="1",
                  description="Civilian-harm claims and incidents from news reports. Every HTML page "
                              "has a JSON twin under /api; errors are {\"ok\": false, \"error\": "
                              "{\"status\": ..., \"message\": ...}}.",
                  # FastAPI's docs pages load scripts from a CDN: the app stays offline, the schema is served
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.config = config
    app.state.templates = make_templates(config)
    app.state.write_lock = threading.Lock()
    csp = _csp(config)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", csp)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        # same-origin requests keep their Referer: the review routes check it when Origin is absent
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    _install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(routes_api.router)
    app.include_router(routes_pages.router)
    app.include_router(routes_review.router)
    return app
