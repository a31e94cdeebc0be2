"""Specification of civcas.store: recorded migrations, WAL, refusing databases it cannot use, and
whole-article replacement of claims."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from civcas.errors import StoreError
from civcas.ingest import content_hash
from civcas.models import Article, Claim, Claimant, Figure, Incident, Place, Span
from civcas.store import Store
from civcas.store.migrations import MIGRATIONS, migrate

MOSUL = "Over 60 civilians were killed in airstrikes on Mosul on Tuesday, the army said."
MOSUL_CORRECTED = ("Over 60 civilians were killed in airstrikes on Mosul on Tuesday, the army said. "
                   "The toll later rose to 75, a hospital director said.")


def article(text: str, id: str = "mosul-1") -> Article:
    return Article(id=id, text=text, source=f"{id}.txt", content_hash=content_hash(text))


def claim(id: str, article_id: str, text: str, sentence: str, figure: str, killed: int,
          **kw) -> Claim:
    """A claim quoting `sentence` of `text`, with one figure for `figure` (offsets found in text)."""
    start, f_start = text.index(sentence), text.index(figure)
    return Claim(id=id, article_id=article_id, claimant=Claimant("army", type="military"),
                 event_type="airstrike", place=Place("Mosul", 36.34, 43.13, "IQ", "Nineveh"),
                 figures=(Figure("killed", "civilians", killed, None, figure, f_start,
                                 f_start + len(figure)),),
                 evidence=(Span(start, start + len(sentence), sentence),), **kw)


def rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


# ----------------------------------------------------------------------------------- migrations

def test_a_new_database_records_every_migration_by_name_in_order(tmp_path):
    Store(tmp_path / "war.db").close()
    recorded = rows(tmp_path / "war.db", "SELECT name, applied_at FROM schema_migrations ORDER BY rowid")
    assert [name for name, _ in recorded] == [name for name, _ in MIGRATIONS]
    assert [name for name, _ in MIGRATIONS][:2] == ["0001_initial", "0002_article_search"]
    assert all(applied_at for _, applied_at in recorded)


def test_a_database_is_in_wal_mode(tmp_path):
    Store(tmp_path / "war.db").close()
    assert rows(tmp_path / "war.db", "PRAGMA journal_mode") == [("wal",)]


def test_reopening_a_database_applies_no_migration(tmp_path):
    Store(tmp_path / "war.db").close()
    before = rows(tmp_path / "war.db", "SELECT * FROM schema_migrations")
    with Store(tmp_path / "war.db") as store:
        assert migrate(store.conn) == []
    assert rows(tmp_path / "war.db", "SELECT * FROM schema_migrations") == before


def test_a_database_from_a_newer_civcas_is_refused_with_what_to_do(tmp_path):
    Store(tmp_path / "war.db").close()
    conn = sqlite3.connect(tmp_path / "war.db")
    with conn:
        conn.execute("INSERT INTO schema_migrations VALUES ('0099_from_the_future', '2031-01-01')")
    conn.close()
    with pytest.raises(StoreError) as e:
        Store(tmp_path / "war.db")
    assert str(e.value) == ("the database was written by a newer civcas (migrations "
                            "['0099_from_the_future']); upgrade civcas or use another --db file")


def test_run_into_a_database_from_a_newer_civcas_is_a_one_line_error(run_civcas, reports_dir, tmp_path):
    Store(tmp_path / "war.db").close()
    conn = sqlite3.connect(tmp_path / "war.db")
    with conn:
        conn.execute("INSERT INTO schema_migrations VALUES ('0099_from_the_future', '2031-01-01')")
    conn.close()
    done = run_civcas("run", "reports", "--db", "war.db", "-q", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == ("civcas: the database was written by a newer civcas (migrations "
                           "['0099_from_the_future']); upgrade civcas or use another --db file\n")
    assert rows(tmp_path / "war.db", "SELECT count(*) FROM articles") == [(0,)]


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("shopping list: bread, milk\n" * 10)
    with pytest.raises(StoreError) as e:
        Store(notes)
    assert str(e.value) == (f"{notes}: not a civcas database (file is not a database); "
                            "give another --db file")
    assert notes.read_text() == "shopping list: bread, milk\n" * 10


def test_a_missing_database_is_not_created_by_a_reader(tmp_path):
    with pytest.raises(StoreError) as e:
        Store(tmp_path / "nope.db", readonly=True)
    assert "create it with `civcas run INPUT --db" in str(e.value)
    assert not (tmp_path / "nope.db").exists()


def test_a_file_that_is_not_sqlite_is_refused_by_a_reader_too(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("shopping list: bread, milk\n" * 10)
    with pytest.raises(StoreError):
        with Store(notes, readonly=True) as store:
            store.count("claims")


# --------------------------------------------------------------------------------- save, replace

def test_saving_a_changed_article_replaces_its_claims_and_their_figures(tmp_path):
    first = [claim("c-old-1", "mosul-1", MOSUL, MOSUL, "Over 60 civilians", 60),
             claim("c-old-2", "mosul-1", MOSUL, MOSUL, "Over 60 civilians", 60, event=2)]
    later = [claim("c-new", "mosul-1", MOSUL_CORRECTED, "The toll later rose to 75, a hospital director said.",
                   "75", 75)]
    with Store(tmp_path / "war.db") as store:
        store.save_extracted([(article(MOSUL), first)], "x1")
        store.save_extracted([(article(MOSUL_CORRECTED), later)], "x1")
        assert [c.id for c in store.iter_claims()] == ["c-new"]
        assert list(store.iter_claims()) == later
        assert store.article("mosul-1").text == MOSUL_CORRECTED
        assert store.article_states(["mosul-1"]) == {"mosul-1": (content_hash(MOSUL_CORRECTED), "x1")}
        assert store.count("articles") == 1
        assert store.count("figures") == 1
        orphans = store.conn.execute(
            "SELECT count(*) FROM figures WHERE claim_id NOT IN (SELECT id FROM claims)").fetchone()[0]
        assert orphans == 0


def test_saving_an_article_leaves_other_articles_claims_alone(tmp_path):
    other = claim("c-other", "mosul-2", MOSUL, MOSUL, "Over 60 civilians", 60)
    with Store(tmp_path / "war.db") as store:
        store.save_extracted([(article(MOSUL, "mosul-2"), [other])], "x1")
        store.save_extracted([(article(MOSUL), [claim("c-1", "mosul-1", MOSUL, MOSUL, "Over 60 civilians", 60)])], "x1")
        store.save_extracted([(article(MOSUL_CORRECTED), [])], "x1")
        assert list(store.iter_claims()) == [other]


def test_replacing_incidents_sets_and_clears_the_claims_incident_ids(tmp_path):
    claims = [claim(f"c-{i}", f"mosul-{i}", MOSUL, MOSUL, "Over 60 civilians", 60) for i in range(3)]
    with Store(tmp_path / "war.db") as store:
        store.save_extracted([(article(MOSUL, c.article_id), [c]) for c in claims], "x1")
        store.replace_incidents([Incident("inc-a", claims=("c-0", "c-1")),
                                 Incident("inc-b", claims=("c-2",))])
        assert {c.id: c.incident_id for c in store.iter_claims()} == \
            {"c-0": "inc-a", "c-1": "inc-a", "c-2": "inc-b"}
        # a new resolution replaces the old one whole: c-2 is in no incident now
        store.replace_incidents([Incident("inc-c", claims=("c-0", "c-1"))])
        assert {c.id: c.incident_id for c in store.iter_claims()} == \
            {"c-0": "inc-c", "c-1": "inc-c", "c-2": None}
        assert [i.id for i in store.iter_incidents()] == ["inc-c"]


def test_a_stored_incident_reads_back_equal(tmp_path):
    inc = Incident("inc-a", date_start="2017-03-14", date_end="2017-03-14",
                   place=Place("Mosul", 36.34, 43.13, "IQ", "Nineveh"), event_type="airstrike",
                   claims=("c-0",), articles=("mosul-0",), grade="weak")
    with Store(tmp_path / "war.db") as store:
        store.replace_incidents([inc])
        assert store.incident("inc-a") == inc
