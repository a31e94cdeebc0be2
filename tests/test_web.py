"""The web app through FastAPI's TestClient: pages and JSON twins, errors, escaping, review and its guards."""
from __future__ import annotations

import hashlib
import re
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from civcas.report import tally  # noqa: E402
from civcas.store import Store  # noqa: E402
from civcas.web import create_app  # noqa: E402
from civcas.web.charts import monthly_band  # noqa: E402
from civcas.web.highlight import Mark, segments  # noqa: E402
from test_web_data import EVIL_ID, copy_db, web_db  # noqa: E402,F401  (web_db is a fixture)

TOKEN = "review-token-for-tests"
ORIGIN = "http://testserver"


def rows(db: Path, sql: str, *args: object) -> list[tuple]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def client(web_db: Path) -> TestClient:
    return TestClient(create_app(web_db), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def ids(web_db: Path) -> dict[str, str]:
    """An incident with coordinates and several claims, an aggregate, and an article with claims."""
    inc = rows(web_db, "SELECT id FROM incidents WHERE kind='incident' AND lat IS NOT NULL"
                       " ORDER BY n_claims DESC, id LIMIT 1")[0][0]
    agg = rows(web_db, "SELECT id FROM incidents WHERE kind='aggregate' LIMIT 1")
    art = rows(web_db, "SELECT article_id FROM claims WHERE incident_id=? ORDER BY id LIMIT 1", inc)[0][0]
    return {"incident": inc, "aggregate": agg[0][0] if agg else inc, "article": art}


def error_shape(body: dict, status: int) -> None:
    assert body.keys() == {"ok", "error"} and body["ok"] is False
    assert body["error"].keys() == {"status", "message"}
    assert body["error"]["status"] == status and body["error"]["message"]


# ------------------------------------------------------------------------------- pages and twins

def page_urls(ids: dict[str, str]) -> list[tuple[str, str]]:
    return [
        ("/incidents", "/api/incidents"),
        ("/incidents?country=SY&sort=killed&order=asc", "/api/incidents?country=SY&sort=killed&order=asc"),
        (f"/incidents/{ids['incident']}", f"/api/incidents/{ids['incident']}"),
        (f"/incidents/{ids['aggregate']}", f"/api/incidents/{ids['aggregate']}"),
        (f"/articles/{ids['article']}", f"/api/articles/{ids['article']}"),
        ("/map", "/api/map"),
        ("/timeline", "/api/timeline"),
        ("/reviews", "/api/reviews"),
    ]


def test_every_page_and_its_json_twin_answer(client: TestClient, ids: dict[str, str]) -> None:
    for page, api in page_urls(ids):
        r = client.get(page)
        assert r.status_code == 200, (page, r.text[:300])
        assert r.headers["content-type"].startswith("text/html")
        # each page links to its twin
        assert f'class="json" href="{api.replace("&", "&amp;")}"' in r.text, page
        j = client.get(api)
        assert j.status_code == 200 and j.headers["content-type"].startswith("application/json"), api
        body = j.json()
        assert body.get("ok") is True or body.get("type") == "FeatureCollection"


def test_home_leads_to_the_incidents(client: TestClient) -> None:
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/incidents"


def test_openapi_documents_every_api_route_and_no_page(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    paths = schema["paths"]
    assert set(paths) == {"/api/incidents", "/api/incidents/{incident_id}", "/api/articles/{article_id}",
                          "/api/map", "/api/timeline", "/api/reviews"}
    params = {p["name"] for p in paths["/api/incidents"]["get"]["parameters"]}
    assert {"date_from", "date_to", "country", "place", "attacker", "event_type", "grade", "claimant",
            "outlet", "q", "sort", "order", "page", "per_page"} <= params
    assert "Error" in schema["components"]["schemas"]


def test_pages_load_nothing_from_other_sites(client: TestClient, ids: dict[str, str]) -> None:
    for page, _ in page_urls(ids):
        html = client.get(page).text
        for src in re.findall(r'(?:src|href)="([^"]+)"', html):
            assert not src.startswith(("http:", "https:", "//")), (page, src)
        assert "<script>" not in html   # no inline script: the CSP forbids it anyway
    csp = client.get("/incidents").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "tile.openstreetmap" not in csp


def test_tiles_are_an_option(web_db: Path) -> None:
    c = TestClient(create_app(web_db, tiles=True))
    r = c.get("/map")
    assert 'data-tiles="1"' in r.text and "tile.openstreetmap.org" in r.headers["content-security-policy"]


# ------------------------------------------------------------------------------------ the list

def test_list_counts_and_sums_match_the_tally(client: TestClient, web_db: Path) -> None:
    body = client.get("/api/incidents?per_page=500").json()
    with Store(web_db, readonly=True) as store:
        (row,) = tally(store, [])
        n = store.conn.execute("SELECT count(*) FROM incidents WHERE kind='incident'").fetchone()[0]
    assert body["total"] == n == len(body["incidents"]) == row.incidents
    assert (body["killed"]["min"], body["killed"]["max"]) == (row.killed_min, row.killed_max)
    assert (body["injured"]["min"], body["injured"]["max"]) == (row.injured_min, row.injured_max)


def test_filters_narrow_the_list(client: TestClient, web_db: Path) -> None:
    everything = client.get("/api/incidents").json()["total"]
    for query, check in [
        ("country=iq", lambda r: r["country"] == "IQ"),
        ("place=aleppo", lambda r: "aleppo" in r["place"].lower()),
        ("grade=weak", lambda r: r["grade"] == "weak"),
        ("event_type=shelling", lambda r: r["event_type"] == "shelling"),
        ("date_from=2017-03&date_to=2017-06", lambda r: "2017-03" <= (r["date_start"] or r["date_end"])[:7] <= "2017-06"),
        ("claimant=observatory", lambda r: any("observatory" in c.lower() for c in r["claimants"])),
        ("outlet=example wire", lambda r: "Example Wire" in r["outlets"]),
        ("attacker=coalition", lambda r: "coalition" in r["attacker"].lower()),
    ]:
        body = client.get(f"/api/incidents?{query}").json()
        assert 0 < body["total"] < everything, query
        assert all(check(r) for r in body["incidents"]), query
    assert client.get("/api/incidents?kind=all").json()["total"] > everything


def test_search_goes_through_the_articles_text(client: TestClient, web_db: Path) -> None:
    body = client.get("/api/incidents?q=painted wall").json()
    expected = {r[0] for r in rows(web_db, "SELECT incident_id FROM claims WHERE article_id=?", EVIL_ID)}
    assert {r["id"] for r in body["incidents"]} == expected
    # FTS5 syntax in the box is searched as words, never run as a query
    for q in ['"unbalanced', "NEAR(a b", "a OR", "*", "col:x"]:
        assert client.get("/api/incidents", params={"q": q}).status_code in (200, 400), q


def test_sorting_and_pages(client: TestClient) -> None:
    asc = client.get("/api/incidents?sort=killed&order=asc&per_page=500").json()["incidents"]
    mins = [r["killed_min"] for r in asc if r["killed_min"] is not None]
    assert mins == sorted(mins) and all(r["killed_min"] is None for r in asc[len(mins):])
    first = client.get("/api/incidents?per_page=2&page=1").json()
    second = client.get("/api/incidents?per_page=2&page=2").json()
    assert first["pages"] >= 2 and not {r["id"] for r in first["incidents"]} & {r["id"] for r in second["incidents"]}
    html = client.get("/incidents?per_page=2&page=2").text
    assert 'rel="next"' in html and 'rel="prev"' in html


@pytest.mark.parametrize("sort", ["date", "place", "country", "attacker", "event_type", "killed", "injured",
                                  "status", "grade", "claims", "articles"])
def test_every_sort_works_both_ways(client: TestClient, sort: str) -> None:
    for order in ("asc", "desc"):
        body = client.get(f"/api/incidents?sort={sort}&order={order}&kind=all").json()
        assert body["ok"] and body["total"] == len(body["incidents"]), (sort, order)
        assert client.get(f"/incidents?sort={sort}&order={order}").status_code == 200


CLI = [sys.executable, "-m", "civcas.cli"]


def test_civcas_serve_starts_the_app(web_db: Path) -> None:
    """The real command, as a user starts it: the list answers over HTTP, and stops on a signal."""
    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([*CLI, "serve", "--db", str(web_db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/incidents", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stdout.read() if proc.stdout else ""
                time.sleep(0.2)
        assert r.status_code == 200 and r.json()["ok"] is True
    finally:
        proc.terminate()
        proc.wait(20)


def test_civcas_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    r = subprocess.run([*CLI, "serve", "--db", str(tmp_path / "none.db"), "--port", "1"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and "no such database" in r.stderr


# ----------------------------------------------------------------------------------- errors

@pytest.mark.parametrize("path", ["/incidents/inc_nope", "/articles/nope", "/incidents/%3Cscript%3E", "/no/such/page"])
def test_unknown_ids_are_404_pages_and_json_errors(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "<script>" not in page.text
    api = client.get("/api" + path)
    assert api.status_code == 404
    error_shape(api.json(), 404)
    assert "web.db" not in api.json()["error"]["message"]   # no server paths in messages


BAD = ["page=abc", "page=0", "page=-1", "page=1e3", "per_page=100000", "date_from=2017-13-99",
       "date_to=yesterday", "date_from=2018&date_to=2017", "sort=DROP", "sort=id;DROP TABLE incidents",
       "order=sideways", "grade=excellent", "event_type=picnic", "status=x", "kind=both",
       "country=Syria", "q=!!!", "place=" + "x" * 300]


@pytest.mark.parametrize("query", BAD)
def test_bad_query_values_are_400_with_a_message(client: TestClient, query: str) -> None:
    for base in ("/api/incidents", "/api/map", "/api/timeline"):
        r = client.get(f"{base}?{query}")
        assert r.status_code == 400, (base, query, r.text[:200])
        error_shape(r.json(), 400)
    for base in ("/incidents", "/map", "/timeline"):
        r = client.get(f"{base}?{query}")
        assert r.status_code == 400 and "error-message" in r.text, (base, query)


def test_method_not_allowed_has_the_error_shape(client: TestClient) -> None:
    r = client.delete("/api/incidents")
    assert r.status_code == 405
    error_shape(r.json(), 405)


def test_a_missing_database_fails_at_start(tmp_path: Path) -> None:
    from civcas.errors import StoreError

    with pytest.raises(StoreError, match="civcas run"):
        create_app(tmp_path / "missing.db")
    (tmp_path / "other.db").write_bytes(b"")
    sqlite3.connect(tmp_path / "other.db").execute("CREATE TABLE t(x)").connection.commit()
    with pytest.raises(StoreError, match="not a civcas database"):
        create_app(tmp_path / "other.db")


def test_article_ids_with_slashes_spaces_and_marks_have_pages(web_db: Path, tmp_path: Path) -> None:
    from civcas.models import Article
    from civcas.web.views import article_url

    db = copy_db(web_db, tmp_path)
    odd = "feeds/2017/a b?c#d%e"
    with Store(db) as store:
        store.save_extracted([(Article(odd, "Nothing happened.", content_hash="x"), [])], "test")
    c = TestClient(create_app(db))
    assert c.get(article_url(odd)).status_code == 200
    assert c.get("/api" + article_url(odd)).json()["article"]["id"] == odd


# ---------------------------------------------------------------------------------- escaping

def test_article_markup_is_shown_as_text(client: TestClient) -> None:
    html = client.get(f"/articles/{EVIL_ID}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script>alert" not in html and "<script>window" not in html and "<img src=x" not in html
    assert 'href="javascript:' not in html   # a url that is not http(s) is not a link
    body = client.get(f"/api/articles/{EVIL_ID}").json()
    assert "<script>alert(1)</script>" in body["article"]["text"]   # the JSON keeps the text as it is


def test_markup_from_articles_is_escaped_on_every_page(client: TestClient, web_db: Path) -> None:
    (inc,) = rows(web_db, "SELECT incident_id FROM claims WHERE article_id=? LIMIT 1", EVIL_ID)[0]
    for page in (f"/incidents/{inc}", "/incidents?outlet=evil", "/incidents?q=painted", "/timeline"):
        html = client.get(page).text
        assert "<script>window" not in html and "<img src=x" not in html, page
    assert "&lt;script&gt;window.__xss" in client.get(f"/incidents/{inc}").text


def test_highlight_pieces_put_the_text_back_together() -> None:
    text = "Over 60 civilians were killed in Mosul, the army said."
    marks = [Mark("quote", 0, len(text), "a"), Mark("figure", 0, 17, "a"), Mark("place", 33, 38, "a"),
             Mark("claimant", 40, 48, "b"), Mark("figure", 50, 999, "b"), Mark("date", 9, 3, "b")]
    segs = segments(text, marks, focus="b")
    assert "".join(s.text for s in segs) == text
    assert segs[0].labels == ("quote", "figure") and segs[0].tags == ("figure",) and segs[0].anchors == ("a",)
    claimant = next(s for s in segs if "claimant" in s.labels)
    assert claimant.text == "the army" and claimant.focus and claimant.anchors == ("b",)


def test_the_month_chart_fills_empty_months() -> None:
    r = lambda m, lo, hi: {"month": m, "incidents": 1, "killed": {"min": lo, "max": hi}}  # noqa: E731
    chart = monthly_band([r("2017-01", 5, 10), r("2017-04", 3, None), r("unknown", 1, 1)])
    assert [d["month"] for d in chart.data["dots"]] == ["2017-01", "2017-04"]
    assert len(chart.data["line"].split()) == 4 and chart.data["dots"][1]["open"]


# ------------------------------------------------------------------------------------ review

def db_state(db: Path) -> tuple:
    """What must not change: every table's rows, and the bytes of the database and its WAL."""
    tables = ("articles", "claims", "figures", "incidents", "reviews", "runs", "rejected")
    content = tuple(tuple(rows(db, f"SELECT * FROM {t} ORDER BY 1")) for t in tables)
    files = tuple(hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None
                  for p in (db, Path(f"{db}-wal")))
    return content, files


def test_without_the_review_token_nothing_can_change(web_db: Path, tmp_path: Path, ids: dict[str, str]) -> None:
    db = copy_db(web_db, tmp_path)
    app = create_app(db)
    c = TestClient(app, raise_server_exceptions=False)
    before = db_state(db)
    page = c.get(f"/incidents/{ids['incident']}")
    assert 'class="review' not in page.text and "civcas_csrf" not in page.headers.get("set-cookie", "")
    form = {"token": "", "csrf": "x", "grade": "confirmed", "reason": "r", "others": ids["aggregate"],
            "claims": "x"}
    paths = {getattr(r, "path", "") for r in app.routes} | {f"/incidents/{ids['incident']}/review/{a}"
                                                           for a in ("merge", "split", "grade", "other")}
    for route in app.routes:
        for method in getattr(route, "methods", None) or ():
            if method not in ("GET", "HEAD"):
                path = route.path.replace("{incident_id}", ids["incident"]).replace("{action}", "grade")
                r = c.request(method, path, data=form, headers={"origin": ORIGIN})
                assert r.status_code == 403, (method, path)
    for path in paths:
        path = path.replace("{incident_id}", ids["incident"]).replace("{article_id}", ids["article"])
        path = path.replace("{action}", "merge").replace("{path:path}", "x")
        for method in ("POST", "PUT", "PATCH", "DELETE"):
            r = c.request(method, path, data=form, headers={"origin": ORIGIN, "cookie": "civcas_csrf=x"})
            assert r.status_code in (403, 404, 405), (method, path, r.status_code)
    assert db_state(db) == before


@pytest.fixture
def reviewer(web_db: Path, tmp_path: Path, ids: dict[str, str]) -> tuple[TestClient, Path, str]:
    """A client of a review-enabled app over a copy of the database, and the CSRF token of its session."""
    db = copy_db(web_db, tmp_path)
    c = TestClient(create_app(db, review_token=TOKEN), raise_server_exceptions=False)
    page = c.get(f"/incidents/{ids['incident']}")
    assert "review-grade" in page.text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    assert c.cookies.get("civcas_csrf") == csrf
    assert "samesite=strict" in page.headers["set-cookie"].lower()
    return c, db, csrf


def test_review_needs_the_token_the_csrf_token_and_this_origin(reviewer, ids: dict[str, str]) -> None:
    c, db, csrf = reviewer
    url = f"/incidents/{ids['incident']}/review/grade"
    good = {"token": TOKEN, "csrf": csrf, "grade": "confirmed", "reason": "The army admitted it."}
    before = db_state(db)
    for form, headers in [
        ({**good, "token": "wrong"}, {"origin": ORIGIN}),
        ({**good, "token": ""}, {"origin": ORIGIN}),
        ({**good, "csrf": "forged" * 8}, {"origin": ORIGIN}),
        ({k: v for k, v in good.items() if k != "csrf"}, {"origin": ORIGIN}),
        (good, {"origin": "http://evil.example"}),
        (good, {"origin": "null"}),
        (good, {"referer": "http://evil.example/page"}),
        (good, {}),   # neither Origin nor Referer
    ]:
        r = c.post(url, data=form, headers=headers, follow_redirects=False)
        assert r.status_code == 403, (form, headers)
    # a cross-site form has no cookie to double-submit (SameSite=Strict)
    bare = TestClient(c.app, raise_server_exceptions=False)
    assert bare.post(url, data=good, headers={"origin": ORIGIN}).status_code == 403
    assert db_state(db) == before


def test_a_grade_is_stored_with_its_time_and_changes_the_incident(reviewer, ids: dict[str, str]) -> None:
    c, db, csrf = reviewer
    r = c.post(f"/incidents/{ids['incident']}/review/grade", follow_redirects=False,
               headers={"referer": f"{ORIGIN}/incidents/{ids['incident']}"},
               data={"token": TOKEN, "csrf": csrf, "grade": "contested", "reason": "Two parties are blamed.",
                     "note": "checked"})
    assert r.status_code == 303, r.text[:300]
    (review,) = rows(db, "SELECT action, args, note, by, at FROM reviews")
    assert review[0] == "grade" and '"contested"' in review[1] and review[2] == "checked"
    assert review[3].startswith("web") and re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", review[4])
    page = c.get(r.headers["location"])
    assert "Review 1 recorded" in page.text and "Two parties are blamed." in page.text
    body = c.get("/api" + r.headers["location"].split("?")[0]).json()
    assert body["incident"]["grade"] == "contested" and body["incident"]["reviewed"] is True
    assert c.get("/api/reviews").json()["reviews"][0]["at"] == review[4]


def test_merge_and_split_from_the_incident_page(reviewer, web_db: Path, ids: dict[str, str]) -> None:
    c, db, csrf = reviewer
    inc = ids["incident"]
    claims = [r[0] for r in rows(db, "SELECT id FROM claims WHERE incident_id=? ORDER BY id", inc)]
    assert len(claims) >= 2
    r = c.post(f"/incidents/{inc}/review/split", follow_redirects=False, headers={"origin": ORIGIN},
               data={"token": TOKEN, "csrf": csrf, "claims": [claims[0]]})
    assert r.status_code == 303, r.text[:300]
    moved = rows(db, "SELECT incident_id FROM claims WHERE id=?", claims[0])[0][0]
    rest = rows(db, "SELECT incident_id FROM claims WHERE id=?", claims[1])[0][0]
    assert moved != rest and r.headers["location"].startswith(f"/incidents/{moved}")
    r = c.post(f"/incidents/{moved}/review/merge", follow_redirects=False, headers={"origin": ORIGIN},
               data={"token": TOKEN, "csrf": csrf, "others": rest})
    assert r.status_code == 303, r.text[:300]
    assert len({x[0] for x in rows(db, "SELECT incident_id FROM claims WHERE id IN (?, ?)", *claims[:2])}) == 1
    assert [x[0] for x in rows(db, "SELECT action FROM reviews ORDER BY id")] == ["split", "merge"]


def test_a_bad_review_is_a_400_or_404_and_stores_nothing(reviewer, ids: dict[str, str]) -> None:
    c, db, csrf = reviewer
    base = {"token": TOKEN, "csrf": csrf}
    inc = ids["incident"]
    for url, form, status in [
        (f"/incidents/{inc}/review/grade", {**base, "grade": "excellent", "reason": "x"}, 400),
        (f"/incidents/{inc}/review/grade", {**base, "grade": "weak"}, 400),
        (f"/incidents/{inc}/review/merge", {**base, "others": ""}, 400),
        (f"/incidents/{inc}/review/merge", {**base, "others": "inc_nope"}, 404),
        (f"/incidents/{inc}/review/split", {**base, "claims": "nope"}, 400),
        (f"/incidents/{inc}/review/explode", base, 400),
        ("/incidents/inc_nope/review/grade", {**base, "grade": "weak", "reason": "x"}, 404),
    ]:
        r = c.post(url, data=form, headers={"origin": ORIGIN}, follow_redirects=False)
        assert r.status_code == status, (url, form, r.status_code, r.text[:200])
    assert rows(db, "SELECT count(*) FROM reviews") == [(0,)]
