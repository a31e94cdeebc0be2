"""Specification of resumable runs: `civcas run` killed with SIGKILL loses nothing it committed,
and running it again finishes the job without duplicates, ending exactly where an uninterrupted
run ends."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from conftest import CIVCAS, ENV, read_only

N = 400             # reports in the feed
KILL_AFTER = 40     # articles committed before the kill (batches of 8, so at least 5 batches)

PLACES = ["Mosul", "Aleppo", "Raqqa", "Idlib", "Homs", "Kabul", "Sanaa", "Taiz", "Fallujah",
          "Hama", "Daraa", "Tikrit"]
WEAPONS = ["airstrikes", "shelling", "a car bomb", "a drone strike", "mortar fire"]
CLAIMANTS = ["the army said", "local officials said", "the health ministry said",
             "witnesses said", "the Syrian Observatory for Human Rights said"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def invented_feed(path: Path, n: int = N) -> Path:
    """`n` one-sentence reports, two per invented event (told by different claimants)."""
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            e = i // 2
            place, weapon = PLACES[e % len(PLACES)], WEAPONS[e % len(WEAPONS)]
            day, month, year = 1 + e % 28, 1 + (e // 28) % 12, 2014 + e % 5
            killed = 3 + (e * 7) % 90
            text = (f"At least {killed} civilians were killed and {killed // 2 + 1} injured by "
                    f"{weapon} in {place} on {day} {MONTHS[month - 1]} {year}, "
                    f"{CLAIMANTS[(e + i % 2) % len(CLAIMANTS)]}.")
            f.write(json.dumps({"id": f"r{i:04d}", "text": text,
                                "published": f"{year}-{month:02d}-{day:02d}"}) + "\n")
    return path


def run_args(db: str) -> list[str]:
    return [*CIVCAS, "run", "big.jsonl", "--db", db, "--batch-size", "8", "-q"]


def committed(db: Path) -> int | None:
    """Articles committed so far, as another process sees them (None before the tables exist)."""
    if not db.exists():
        return None
    try:
        conn = read_only(db)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # not created yet, or mid-migration
        return None


def exports(run_civcas, work: Path, db: str) -> dict[str, str]:
    out = {}
    for what in ("articles", "claims", "incidents"):
        done = run_civcas("export", "--db", db, "--what", what, cwd=work)
        assert (done.returncode, done.stderr) == (0, "")
        out[what] = done.stdout
    return out


@pytest.mark.slow
def test_a_run_killed_with_sigkill_loses_nothing_committed_and_a_rerun_finishes_it(run_civcas, tmp_path):
    invented_feed(tmp_path / "big.jsonl")
    # the uninterrupted run to compare with, alongside
    fresh = subprocess.Popen(run_args("fresh.db"), cwd=tmp_path, env=ENV, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    victim = subprocess.Popen(run_args("war.db"), cwd=tmp_path, env=ENV,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    db = tmp_path / "war.db"
    deadline = time.monotonic() + 120
    try:
        while (n := committed(db)) is None or n < KILL_AFTER:
            assert victim.poll() is None, f"the run ended before {KILL_AFTER} articles were seen committed"
            assert time.monotonic() < deadline, "no progress"
            time.sleep(0.005)
        os.kill(victim.pid, signal.SIGKILL)
    finally:
        victim.kill()  # a no-op once it is dead; stops it if an assertion above failed
        victim.wait()
    assert victim.returncode == -signal.SIGKILL
    # make the feed bigger if this fails: the run finished before it could be killed
    kept = committed(db)
    assert KILL_AFTER <= kept < N

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        # whole batches: every committed article has been extracted, none is half-stored
        assert conn.execute("SELECT count(*) FROM articles WHERE extracted_with IS NULL").fetchone() == (0,)
    finally:
        conn.close()

    again = run_civcas("run", "big.jsonl", "--db", "war.db", "--batch-size", "8", "-q", cwd=tmp_path)
    out, err = fresh.communicate(timeout=120)
    assert (fresh.returncode, err) == (0, "")
    assert (again.returncode, again.stderr) == (0, "")
    # the re-run redoes exactly what was not committed, and ends with the same counts
    assert again.stdout == out.replace(f"({N} new or changed, 0 unchanged)",
                                       f"({N - kept} new or changed, {kept} unchanged)") \
                              .replace("fresh.db", "war.db")

    conn = read_only(db)
    try:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (N,)
        assert conn.execute("SELECT count(*) - count(DISTINCT id) FROM claims").fetchone() == (0,)
        assert conn.execute("SELECT article_id, ev_start FROM claims GROUP BY article_id, ev_start "
                            "HAVING count(*) > 1").fetchall() == []
        assert conn.execute("SELECT count(*) FROM figures WHERE claim_id NOT IN "
                            "(SELECT id FROM claims)").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                            "(SELECT 1 FROM claims c WHERE c.article_id = a.id)").fetchone() == (0,)
    finally:
        conn.close()
    assert exports(run_civcas, tmp_path, "war.db") == exports(run_civcas, tmp_path, "fresh.db")
