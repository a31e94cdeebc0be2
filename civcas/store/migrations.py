"""The database schema as an ordered list of named migrations, each applied once and recorded."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

# Append only: a migration that has shipped is never edited, a change is a new migration.
MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial", """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        source TEXT,
        title TEXT,
        url TEXT,
        outlet TEXT,
        published TEXT,
        published_precision TEXT,
        published_source TEXT,
        content_hash TEXT NOT NULL,
        text TEXT NOT NULL,
        extracted_with TEXT,          -- the extractor version that produced its claims; NULL = to do
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX articles_hash ON articles(content_hash);
    CREATE INDEX articles_outlet ON articles(outlet);

    CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        incident_id TEXT,
        kind TEXT NOT NULL,
        claimant TEXT,
        claimant_type TEXT,
        attacker TEXT,
        event_type TEXT,
        place TEXT,
        country TEXT,
        date_start TEXT,
        date_end TEXT,
        stance TEXT,
        ev_start INTEGER,
        ev_end INTEGER,
        data TEXT NOT NULL            -- the claim as SCHEMA.md JSON, without incident_id
    );
    CREATE INDEX claims_article ON claims(article_id);
    CREATE INDEX claims_incident ON claims(incident_id);

    CREATE TABLE figures (
        claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        harm TEXT NOT NULL,
        grp TEXT NOT NULL,
        min INTEGER,
        max INTEGER,
        start INTEGER,
        "end" INTEGER,
        text TEXT
    );
    CREATE INDEX figures_claim ON figures(claim_id);

    CREATE TABLE incidents (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        date_start TEXT,
        date_end TEXT,
        place TEXT,
        country TEXT,
        admin1 TEXT,
        lat REAL,
        lon REAL,
        attacker TEXT,
        event_type TEXT,
        killed_min INTEGER,
        killed_max INTEGER,
        injured_min INTEGER,
        injured_max INTEGER,
        status TEXT,
        grade TEXT,
        n_claims INTEGER,
        n_articles INTEGER,
        data TEXT NOT NULL
    );
    CREATE INDEX incidents_date ON incidents(date_start);
    CREATE INDEX incidents_place ON incidents(country, place);

    CREATE TABLE rejected (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        run_id INTEGER,
        source TEXT NOT NULL,
        reason TEXT NOT NULL,
        message TEXT NOT NULL,
        at TEXT NOT NULL
    );

    CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        inputs TEXT,
        articles_new INTEGER DEFAULT 0,
        articles_unchanged INTEGER DEFAULT 0,
        rejected INTEGER DEFAULT 0,
        claims INTEGER DEFAULT 0,
        incidents INTEGER DEFAULT 0,
        status TEXT
    );

    CREATE TABLE reviews (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        action TEXT NOT NULL,         -- merge | split | grade
        args TEXT NOT NULL,           -- JSON
        note TEXT,
        by TEXT,
        at TEXT NOT NULL
    );
    """),
    ("0002_article_search", """
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    """),
    ("0003_rejected_once", """
    DELETE FROM rejected WHERE id NOT IN (SELECT max(id) FROM rejected GROUP BY source, reason);
    CREATE UNIQUE INDEX rejected_source_reason ON rejected(source, reason);
    """),
    ("0004_incremental_resolution", """
    -- the days each claim is blocked on, so that resolution can load a claim's neighbours by date;
    -- blocked = 0 until resolution has filled them in (claims of older databases, new claims)
    ALTER TABLE claims ADD COLUMN block_lo INTEGER;
    ALTER TABLE claims ADD COLUMN block_hi INTEGER;
    ALTER TABLE claims ADD COLUMN blocked INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX claims_block ON claims(block_lo);
    CREATE INDEX claims_pending ON claims(block_lo, id) WHERE incident_id IS NULL;
    -- what the stored incidents were resolved with (the resolver's code, the last review applied)
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """),
    ("0005_outlet_homes", """
    -- the home state of an article's outlet, for the articles that place no claim themselves:
    -- resolution places their claims there (resolve/outlets.py); kept to see which changed
    CREATE TABLE article_homes (article_id TEXT PRIMARY KEY, state TEXT NOT NULL);
    """),
    ("0006_claim_people", """
    -- the people each claim names (resolve.match.people_named), so that resolution loads the
    -- reports of one person's shooting whatever their days (a plea two years on), as it loads a
    -- claim's neighbours by date; filled in with the blocking days, so every claim is again unblocked
    CREATE TABLE claim_people (person TEXT NOT NULL, claim_id TEXT NOT NULL, PRIMARY KEY (person, claim_id))
        WITHOUT ROWID;
    CREATE INDEX claim_people_claim ON claim_people(claim_id);
    CREATE TRIGGER claims_people_ad AFTER DELETE ON claims BEGIN
        DELETE FROM claim_people WHERE claim_id = old.id;
    END;
    UPDATE claims SET blocked = 0;
    """),
]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations not yet recorded in this database; returns the names applied."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = {r[0] for r in conn.execute("SELECT name FROM schema_migrations")}
    known = {name for name, _ in MIGRATIONS}
    unknown = done - known
    if unknown:
        from ..errors import StoreError
        raise StoreError(f"the database was written by a newer civcas (migrations {sorted(unknown)}); "
                         "upgrade civcas or use another --db file")
    applied = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        with conn:  # one transaction per migration: all of it or none of it
            conn.executescript("BEGIN;" + sql + ";")
            conn.execute("INSERT INTO schema_migrations VALUES (?, ?)",
                         (name, datetime.now(timezone.utc).isoformat(timespec="seconds")))
        applied.append(name)
    return applied
