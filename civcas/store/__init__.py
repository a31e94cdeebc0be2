"""The SQLite store: articles, claims, figures, incidents, rejections, runs and review decisions.

One `Store` wraps one database file (WAL mode, so readers never block the writer). Every write
that belongs together is one transaction, so a run killed at any moment leaves whole batches.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import NotFound, StoreError
from ..models import Article, Claim, Incident, Rejection
from .migrations import migrate


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    def __init__(self, path: str | Path, *, readonly: bool = False):
        self.path = str(path)
        try:
            if readonly:
                if not Path(self.path).exists():
                    raise StoreError(f"{self.path}: no such database; create it with `civcas run INPUT --db {self.path}`")
                uri = f"file:{Path(self.path).resolve()}?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            else:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA busy_timeout = 10000")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                # NORMAL is durable across a killed process in WAL mode; only power loss can drop
                # the last commits, which a re-run redoes.
                self.conn.execute("PRAGMA synchronous = NORMAL")
                migrate(self.conn)
            else:
                self.conn.execute("PRAGMA query_only = ON")
                # a reader must find civcas's tables now, not fail on its first query
                names = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
                if not {"schema_migrations", "articles", "claims", "incidents"} <= names:
                    raise StoreError(f"{self.path}: not a civcas database (no civcas tables); give the "
                                     f"--db file that `civcas run` wrote")
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: not a civcas database ({e}); give another --db file") from e

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------------------ runs

    def start_run(self, inputs: Iterable[str]) -> int:
        with self.conn:
            cur = self.conn.execute("INSERT INTO runs(started_at, inputs, status) VALUES (?, ?, 'running')",
                                    (_now(), json.dumps(list(inputs))))
        return int(cur.lastrowid)

    def finish_run(self, run_id: int, stats: dict[str, int], status: str = "done") -> None:
        with self.conn:
            self.conn.execute(
                "UPDATE runs SET finished_at=?, status=?, articles_new=?, articles_unchanged=?, "
                "rejected=?, claims=?, incidents=? WHERE id=?",
                (_now(), status, stats.get("articles_new", 0), stats.get("articles_unchanged", 0),
                 stats.get("rejected", 0), stats.get("claims", 0), stats.get("incidents", 0), run_id))

    # -------------------------------------------------------------------------- articles

    def article_states(self, ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
        """id -> (content_hash, extracted_with) for the ids already stored."""
        ids = list(ids)
        out: dict[str, tuple[str, str | None]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            q = f"SELECT id, content_hash, extracted_with FROM articles WHERE id IN ({','.join('?' * len(chunk))})"
            for r in self.conn.execute(q, chunk):
                out[r["id"]] = (r["content_hash"], r["extracted_with"])
        return out

    def save_extracted(self, batch: list[tuple[Article, list[Claim]]], extractor: str) -> None:
        """Store articles with their claims, replacing any earlier version, in one transaction."""
        now = _now()
        with self.conn:
            for art, claims in batch:
                self.conn.execute("DELETE FROM claims WHERE article_id=?", (art.id,))
                self.conn.execute(
                    "INSERT INTO articles(id, source, title, url, outlet, published, published_precision,"
                    " published_source, content_hash, text, extracted_with, ingested_at)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
                    " ON CONFLICT(id) DO UPDATE SET source=excluded.source, title=excluded.title,"
                    " url=excluded.url, outlet=excluded.outlet, published=excluded.published,"
                    " published_precision=excluded.published_precision,"
                    " published_source=excluded.published_source, content_hash=excluded.content_hash,"
                    " text=excluded.text, extracted_with=excluded.extracted_with",
                    (art.id, art.source, art.title, art.url, art.outlet, art.published,
                     art.published_precision, art.published_source, art.content_hash, art.text,
                     extractor, now))
                for c in claims:
                    self._insert_claim(c)

    def _insert_claim(self, c: Claim) -> None:
        data = c.to_json()
        data.pop("incident_id", None)
        ev = c.evidence[0] if c.evidence else None
        self.conn.execute(
            "INSERT OR REPLACE INTO claims(id, article_id, incident_id, kind, claimant, claimant_type,"
            " attacker, event_type, place, country, date_start, date_end, stance, ev_start, ev_end, data)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (c.id, c.article_id, c.incident_id, c.kind,
             c.claimant.name if c.claimant else None, c.claimant.type if c.claimant else None,
             c.attacker, c.event_type, c.place.name if c.place else None,
             c.place.country if c.place else None, c.date_start, c.date_end, c.stance,
             ev.start if ev else None, ev.end if ev else None,
             json.dumps(data, ensure_ascii=False, sort_keys=True)))
        self.conn.executemany(
            'INSERT INTO figures(claim_id, harm, grp, min, max, start, "end", text) VALUES (?,?,?,?,?,?,?,?)',
            [(c.id, f.harm, f.group, f.min, f.max, f.start, f.end, f.text) for f in c.figures])

    def article(self, article_id: str) -> Article:
        r = self.conn.execute("SELECT * FROM articles WHERE id=?", (article_id,)).fetchone()
        if r is None:
            raise NotFound(f"no article {article_id!r} in {self.path}")
        return _article(r)

    def iter_articles(self) -> Iterator[Article]:
        for r in self.conn.execute("SELECT * FROM articles ORDER BY id"):
            yield _article(r)

    def count(self, table: str) -> int:
        if table not in {"articles", "claims", "incidents", "rejected", "figures", "reviews", "runs"}:
            raise ValueError(table)
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    # ---------------------------------------------------------------------------- claims

    def iter_claims(self, *, article_id: str | None = None) -> Iterator[Claim]:
        where, args = ("article_id=?", (article_id,)) if article_id is not None else ("1", ())
        return self._iter_claims(where, args, order="article_id, ev_start, id")

    # ------------------------------------------- resolution, a part at a time (no commits)
    # These run inside the caller's one transaction (`with store.conn:`), so that readers see the
    # old resolution or the new one, and a killed resolution leaves the old one.

    def _claims(self, where: str, args: Iterable[Any] = ()) -> list[Claim]:
        return list(self._iter_claims(where, args))

    def _iter_claims(self, where: str, args: Iterable[Any] = (), order: str = "") -> Iterator[Claim]:
        """Claims read as they are consumed. The consumer must not write to the claims table
        before it is done (SQLite would see the rows change under the cursor)."""
        q = f"SELECT data, incident_id FROM claims WHERE {where}" + (f" ORDER BY {order}" if order else "")
        for r in self.conn.execute(q, tuple(args)):
            d = json.loads(r["data"])
            d["incident_id"] = r["incident_id"]
            yield Claim.from_json(d)

    def claims_by_ids(self, ids: Iterable[str]) -> list[Claim]:
        return self._in("id", ids)

    def claims_of_articles(self, ids: Iterable[str]) -> list[Claim]:
        return self._in("article_id", ids)

    def claims_of_incidents(self, ids: Iterable[str]) -> list[Claim]:
        return self._in("incident_id", ids)

    def _in(self, column: str, values: Iterable[str]) -> list[Claim]:
        values = sorted(set(values))
        out: list[Claim] = []
        for i in range(0, len(values), 500):
            chunk = values[i:i + 500]
            out.extend(self._claims(f"{column} IN ({','.join('?' * len(chunk))})", chunk))
        return out

    def claims_near_days(self, lo: int, hi: int, *, max_span: int) -> Iterator[Claim]:
        """Claims whose blocking days overlap [lo, hi] (no block is longer than `max_span`), read
        as they are consumed."""
        return self._iter_claims("block_lo BETWEEN ? AND ? AND block_hi >= ?", (lo - max_span, hi, lo))

    def all_claims(self, *, kind: str | None = None) -> list[Claim]:
        return self._claims("kind = ?", (kind,)) if kind else self._claims("1")

    def claims_any_day(self) -> Iterator[Claim]:
        """Claims with no blocking days at all: they may match a claim of any date."""
        return self._iter_claims("blocked = 1 AND block_lo IS NULL")

    def unblocked_claims(self, limit: int) -> list[tuple[Claim, str | None]]:
        """Up to `limit` claims whose blocking days are not filled in yet, with their article's
        publication date."""
        rows = self.conn.execute(
            "SELECT c.data, a.published FROM claims c JOIN articles a ON a.id = c.article_id"
            " WHERE c.blocked = 0 LIMIT ?", (limit,)).fetchall()
        return [(Claim.from_json(json.loads(r[0])), r[1]) for r in rows]

    def set_block_days(self, rows: Iterable[tuple[str, int | None, int | None]],
                       people: Iterable[tuple[str, str]] = ()) -> None:
        """Each claim's blocking days, and the people it names as (claim id, person)."""
        self.conn.executemany("UPDATE claims SET block_lo=?, block_hi=?, blocked=1 WHERE id=?",
                              [(lo, hi, cid) for cid, lo, hi in rows])
        self.conn.executemany("INSERT OR IGNORE INTO claim_people(person, claim_id) VALUES (?, ?)",
                              [(p, cid) for cid, p in people])

    def claims_naming(self, people: Iterable[str], *, most: int) -> list[Claim]:
        """Claims that name any of `people`, but for a person more than `most` claims name (a
        public figure's name, not a victim's)."""
        people = sorted(set(people))
        keep: list[str] = []
        for i in range(0, len(people), 500):
            chunk = people[i:i + 500]
            keep += [r[0] for r in self.conn.execute(
                f"SELECT person FROM claim_people WHERE person IN ({','.join('?' * len(chunk))})"
                " GROUP BY person HAVING count(*) <= ?", (*chunk, most))]
        out: list[Claim] = []
        for i in range(0, len(keep), 500):
            chunk = keep[i:i + 500]
            out.extend(self._claims(f"id IN (SELECT claim_id FROM claim_people WHERE person IN "
                                    f"({','.join('?' * len(chunk))}))", chunk))
        return out

    def pending_claims(self, limit: int, *, kind: str = "incident") -> list[str]:
        """Ids of claims not in any incident yet, earliest blocking days first."""
        op = "=" if kind == "aggregate" else "!="
        return [r[0] for r in self.conn.execute(
            f"SELECT id FROM claims WHERE incident_id IS NULL AND kind {op} 'aggregate'"
            " ORDER BY block_lo, id LIMIT ?", (limit,))]

    def broken_incidents(self) -> list[str]:
        """Incidents that lost claims (their articles were extracted again) since they were made."""
        return [r[0] for r in self.conn.execute(
            "SELECT i.id FROM incidents i WHERE i.n_claims !="
            " (SELECT count(*) FROM claims c WHERE c.incident_id = i.id)")]

    def release_incidents(self, ids: Iterable[str]) -> None:
        """Delete incidents; their claims become pending."""
        ids = sorted(set(ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            self.conn.execute(f"UPDATE claims SET incident_id=NULL WHERE incident_id IN ({marks})", chunk)
            self.conn.execute(f"DELETE FROM incidents WHERE id IN ({marks})", chunk)

    def release_claims(self, ids: Iterable[str]) -> None:
        """These claims become pending, whatever incident they were in."""
        self.conn.executemany("UPDATE claims SET incident_id=NULL WHERE id=?", [(c,) for c in ids])

    def release_all(self, *, kind: str | None = None) -> None:
        if kind == "aggregate":
            self.conn.execute("UPDATE claims SET incident_id=NULL WHERE kind='aggregate'")
            self.conn.execute("DELETE FROM incidents WHERE kind='aggregate'")
        else:
            self.conn.execute("UPDATE claims SET incident_id=NULL")
            self.conn.execute("DELETE FROM incidents")

    def add_incidents(self, incidents: Iterable[Incident]) -> None:
        for inc in incidents:
            self._insert_incident(inc)
            self.conn.executemany("UPDATE claims SET incident_id=? WHERE id=?",
                                  [(inc.id, cid) for cid in inc.claims])

    def article_meta(self, ids: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
        """article id -> (outlet, published)."""
        ids = sorted(set(ids))
        out: dict[str, tuple[str | None, str | None]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for r in self.conn.execute(f"SELECT id, outlet, published FROM articles WHERE id IN"
                                       f" ({','.join('?' * len(chunk))})", chunk):
                out[r[0]] = (r[1], r[2])
        return out

    def place_rows(self) -> Iterator[tuple[str, str | None, str | None, str | None, str | None, bool]]:
        """(article id, outlet, url, place country, place admin1, place ambiguous) of every
        incident claim: what the outlets' home states are found from."""
        for r in self.conn.execute(
                "SELECT c.article_id, a.outlet, a.url, json_extract(c.data, '$.place.country'),"
                " json_extract(c.data, '$.place.admin1'), json_extract(c.data, '$.place.ambiguous')"
                " FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.kind != 'aggregate'"
                " ORDER BY c.article_id, c.id"):
            yield r[0], r[1], r[2], r[3], r[4], bool(r[5])

    def article_homes(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT article_id, state FROM article_homes"))

    def set_article_homes(self, homes: dict[str, str]) -> None:
        self.conn.execute("DELETE FROM article_homes")
        self.conn.executemany("INSERT INTO article_homes(article_id, state) VALUES (?, ?)", sorted(homes.items()))

    def get_meta(self, key: str) -> str | None:
        r = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return r[0] if r else None

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE"
                          " SET value=excluded.value", (key, value))

    # ------------------------------------------------------------------------- incidents

    def replace_incidents(self, incidents: list[Incident]) -> None:
        """Swap in a new resolution in one transaction: readers see the old one or the new one."""
        with self.conn:
            self.conn.execute("UPDATE claims SET incident_id=NULL")
            self.conn.execute("DELETE FROM incidents")
            for inc in incidents:
                self._insert_incident(inc)
                self.conn.executemany("UPDATE claims SET incident_id=? WHERE id=?",
                                      [(inc.id, cid) for cid in inc.claims])

    def _insert_incident(self, inc: Incident) -> None:
        p = inc.place
        self.conn.execute(
            "INSERT INTO incidents(id, kind, date_start, date_end, place, country, admin1, lat, lon,"
            " attacker, event_type, killed_min, killed_max, injured_min, injured_max, status, grade,"
            " n_claims, n_articles, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (inc.id, inc.kind, inc.date_start, inc.date_end, p.name if p else None,
             p.country if p else None, p.admin1 if p else None, p.lat if p else None,
             p.lon if p else None, inc.attacker, inc.event_type,
             inc.civilians_killed.min, inc.civilians_killed.max, inc.civilians_injured.min,
             inc.civilians_injured.max, inc.status, inc.grade, len(inc.claims), len(inc.articles),
             json.dumps(inc.to_json(), ensure_ascii=False, sort_keys=True)))

    def iter_incidents(self, *, kind: str | None = None) -> Iterator[Incident]:
        q, args = "SELECT data FROM incidents", ()
        if kind:
            q, args = q + " WHERE kind=?", (kind,)
        for r in self.conn.execute(q + " ORDER BY date_start, id", args):
            yield Incident.from_json(json.loads(r["data"]))

    def incident(self, incident_id: str) -> Incident:
        r = self.conn.execute("SELECT data FROM incidents WHERE id=?", (incident_id,)).fetchone()
        if r is None:
            raise NotFound(f"no incident {incident_id!r} in {self.path}")
        return Incident.from_json(json.loads(r["data"]))

    # ------------------------------------------------------------------ rejects, reviews

    def record_rejection(self, run_id: int | None, rej: Rejection) -> None:
        """Record a rejected input once: a re-run that meets it again only updates when."""
        with self.conn:
            self.conn.execute(
                "INSERT INTO rejected(run_id, source, reason, message, at) VALUES (?,?,?,?,?)"
                " ON CONFLICT(source, reason) DO UPDATE SET run_id=excluded.run_id,"
                " message=excluded.message, at=excluded.at",
                (run_id, rej.source, rej.reason, rej.message, _now()))

    def rejections(self, run_id: int | None = None) -> list[Rejection]:
        q, args = "SELECT source, reason, message FROM rejected", ()
        if run_id is not None:
            q, args = q + " WHERE run_id=?", (run_id,)
        return [Rejection(r[0], r[1], r[2]) for r in self.conn.execute(q + " ORDER BY id", args)]

    def add_review(self, action: str, args: dict[str, Any], *, note: str | None = None,
                   by: str | None = None) -> int:
        with self.conn:
            cur = self.conn.execute("INSERT INTO reviews(action, args, note, by, at) VALUES (?,?,?,?,?)",
                                    (action, json.dumps(args, sort_keys=True), note, by, _now()))
        return int(cur.lastrowid)

    def reviews(self) -> list[dict[str, Any]]:
        return [{"id": r["id"], "action": r["action"], "args": json.loads(r["args"]), "note": r["note"],
                 "by": r["by"], "at": r["at"]}
                for r in self.conn.execute("SELECT * FROM reviews ORDER BY id")]


def _article(r: sqlite3.Row) -> Article:
    return Article(id=r["id"], text=r["text"], title=r["title"], url=r["url"], outlet=r["outlet"],
                   published=r["published"], published_precision=r["published_precision"],
                   published_source=r["published_source"], source=r["source"],
                   content_hash=r["content_hash"])
