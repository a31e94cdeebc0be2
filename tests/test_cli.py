"""Specification of the `civcas` command, run as a subprocess against real SQLite files.

One run over a folder and extra paths mixes two good reports and a JSONL feed with every kind of
bad input. Bad input must not stop the run: each gets one line on stderr naming it and saying what
to do, and is recorded as rejected; the good articles are all stored with their claims.
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from conftest import jsonl_lines

MOSUL = "Over 60 civilians were killed in airstrikes on Mosul on 14 March 2017, the army said.\n"
ALEPPO = ("Shelling killed 12 civilians in Aleppo on 3 May 2016, the Syrian Observatory for Human "
          "Rights said.\n")
WIRE_1 = {"id": "wire-001", "published": "2018-05-04",
          "text": "A drone strike killed 3 civilians in Idlib on 4 May 2018, local sources said."}
WIRE_BROKEN = '{"id": "wire-002", text: "Mortar fire hit Homs"}'  # an unquoted key: not JSON
WIRE_3 = {"id": "wire-003", "published": "2018-05-05",
          "text": "Seven civilians were injured when mortar shells hit a market in Homs on 5 May 2018, "
                  "the health ministry said."}
MENU_ONLY_PAGE = """<!doctype html>
<html><head><title>Front page</title></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<footer><p>Contact us</p><p>Terms</p></footer>
</body></html>
"""

# what the run reads: a folder (walked in name order), then the extra paths in the order given
INPUTS = ("inbox", "wire.jsonl", "menu.html", "gone.txt")

READS = ".txt .text .md (one article each), .jsonl .ndjson .csv .tsv .parquet (one per row), .html .htm " \
        "(one page each), .rss .atom .xml (feeds)"
REJECTED = [  # (source, reason, message): one per bad input, in the order they are read
    ("inbox/c_empty.txt", "empty",
     "inbox/c_empty.txt: file is empty — nothing to read; remove it or add the article text"),
    ("inbox/d_scan.txt", "binary",
     f"inbox/d_scan.txt: binary data (NUL bytes), not text — give a text file; civcas reads {READS}"),
    ("inbox/e_latin1.txt", "encoding",
     "inbox/e_latin1.txt: not valid UTF-8 (byte 0xe9 on line 1) — re-save it as UTF-8"),
    ("inbox/f_huge.txt", "too_large",
     "inbox/f_huge.txt: file is 52.4 MB, over the 20.0 MB limit — split it into smaller files "
     "(one article each, or a .jsonl with one article per line), or raise max_bytes"),
    ("wire.jsonl:2", "bad_json",
     "wire.jsonl:2: line 2 is not valid JSON (Expecting property name enclosed in double quotes: "
     "line 1 column 20 (char 19)) — fix or remove that line; the other lines are read"),
    ("menu.html", "no_article",
     "menu.html: no article text found on the page (only menus, links or short fragments) — save "
     "the article's own page, or give its text as a .txt file"),
    ("gone.txt", "not_found", "gone.txt: no such file or folder — check the path"),
]
GOOD = ["a_mosul", "b_aleppo", "wire-001", "wire-003"]

RUN_STDOUT = ("4 articles read (4 new or changed, 0 unchanged), 7 rejected; 4 claims; "
              "4 incidents and 0 aggregates in {db}\n")
RUN_STDERR = "".join(f"rejected: {message}\n" for _, _, message in REJECTED) + \
    "see the rejected inputs with: civcas export --db {db} --what rejected --format csv\n"

# the fields of a claim in SCHEMA.md ("Exports" > "Claim"), nested ones by their parent
CLAIM_FIELDS = {"schema", "id", "article_id", "incident_id", "kind", "claimant", "attacker",
                "event_type", "place", "date_start", "date_end", "date_precision", "stance",
                "figures", "evidence"}
CLAIMANT_FIELDS = {"name", "person", "type"}
PLACE_FIELDS = {"name", "lat", "lon", "country", "admin1", "precision"}
FIGURE_FIELDS = {"harm", "group", "min", "max", "text", "start", "end"}
EVIDENCE_FIELDS = {"start", "end", "text"}
INCIDENT_FIELDS = {"schema", "id", "kind", "date_start", "date_end", "place", "attacker",
                   "event_type", "civilians_killed", "civilians_injured", "figures", "status",
                   "grade", "claims", "articles", "outlets", "claimants"}


def write_inputs(work: Path) -> None:
    inbox = work / "inbox"
    inbox.mkdir(parents=True)
    (inbox / "a_mosul.txt").write_text(MOSUL, encoding="utf-8")
    (inbox / "b_aleppo.txt").write_text(ALEPPO, encoding="utf-8")
    (inbox / "c_empty.txt").write_bytes(b"")
    (inbox / "d_scan.txt").write_bytes(b"%PDF-1.4\n\x00\x00\x01\x02 scanned page \x00\xff")
    (inbox / "e_latin1.txt").write_bytes(
        "Five civilians were killed when a café in Raqqa was bombed on 2 June 2017, witnesses "
        "said.\n".encode("latin-1"))
    # 50 MiB of NUL bytes, made sparse so it costs nothing. Had civcas read it rather than
    # stat it, it would call it binary, not too large.
    with open(inbox / "f_huge.txt", "wb") as f:
        f.truncate(50 * 1024 * 1024)
    (work / "wire.jsonl").write_text(
        "\n".join([json.dumps(WIRE_1), WIRE_BROKEN, json.dumps(WIRE_3)]) + "\n", encoding="utf-8")
    (work / "menu.html").write_text(MENU_ONLY_PAGE, encoding="utf-8")


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("cli")
    write_inputs(work)
    return work


@pytest.fixture(scope="module")
def first_run(work: Path, run_civcas):
    """The one run over all the inputs into war.db; the tests below read war.db, never write it."""
    return run_civcas("run", *INPUTS, "--db", "war.db", cwd=work)


def export(run_civcas, work: Path, *args: str, db: str = "war.db") -> str:
    done = run_civcas("export", "--db", db, *args, cwd=work)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    return done.stdout


def copy_db(src: Path, dst: Path) -> None:
    """A consistent copy of a WAL database (committed pages may still be in the -wal file)."""
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()


# -------------------------------------------------------------------------- bad input survives

def test_a_run_over_bad_inputs_exits_0_and_names_each_bad_input_on_one_stderr_line(first_run):
    assert first_run.returncode == 0
    assert first_run.stdout == RUN_STDOUT.format(db="war.db")
    assert first_run.stderr == RUN_STDERR.format(db="war.db")


@pytest.mark.parametrize("source", [s for s, _, _ in REJECTED])
def test_each_bad_input_has_exactly_one_stderr_line_and_it_says_what_to_do(first_run, source):
    lines = [ln for ln in first_run.stderr.splitlines() if f"{source}:" in ln]
    assert len(lines) == 1, first_run.stderr
    assert " — " in lines[0]  # "<what is wrong> — <what to do>"


def test_with_strict_the_same_run_exits_2_and_says_the_same(work, run_civcas):
    done = run_civcas("run", *INPUTS, "--db", "strict.db", "--strict", cwd=work)
    assert done.returncode == 2
    assert done.stdout == RUN_STDOUT.format(db="strict.db")
    assert done.stderr == RUN_STDERR.format(db="strict.db")


def test_with_strict_a_run_with_nothing_rejected_exits_0(work, run_civcas, tmp_path):
    done = run_civcas("run", str(work / "inbox" / "a_mosul.txt"), "--db", tmp_path / "ok.db",
                      "--strict", "-q")
    assert (done.returncode, done.stderr) == (0, "")


def test_every_bad_input_is_recorded_as_rejected_with_its_reason(first_run, work, run_civcas):
    rows = jsonl_lines(export(run_civcas, work, "--what", "rejected", "--format", "jsonl"))
    assert rows == [{"source": s, "reason": r, "message": m} for s, r, m in REJECTED]


def test_the_rejected_inputs_export_as_csv_with_a_header(first_run, work, run_civcas):
    rows = list(csv.reader(io.StringIO(export(run_civcas, work, "--what", "rejected", "--format", "csv"))))
    assert rows == [["source", "reason", "message"], *map(list, REJECTED)]


def test_the_good_articles_are_all_stored_each_with_its_claim(first_run, work, run_civcas):
    articles = jsonl_lines(export(run_civcas, work, "--what", "articles"))
    assert [a["id"] for a in articles] == GOOD
    assert [a["source"] for a in articles] == ["inbox/a_mosul.txt", "inbox/b_aleppo.txt",
                                               "wire.jsonl:1", "wire.jsonl:3"]
    claims = jsonl_lines(export(run_civcas, work, "--what", "claims"))
    figures = {c["article_id"]: [(f["harm"], f["group"], f["min"], f["max"]) for f in c["figures"]]
               for c in claims}
    assert figures == {
        "a_mosul": [("killed", "civilians", 60, None)],   # "Over 60"
        "b_aleppo": [("killed", "civilians", 12, 12)],
        "wire-001": [("killed", "civilians", 3, 3)],
        "wire-003": [("injured", "civilians", 7, 7)],     # "Seven"
    }


# --------------------------------------------------------------------------------------- export

def test_claims_jsonl_follows_schema_md(first_run, work, run_civcas):
    claims = jsonl_lines(export(run_civcas, work, "--what", "claims", "--format", "jsonl"))
    assert len(claims) == 4
    for c in claims:
        assert c["schema"] == "civcas.claim/1"
        assert CLAIM_FIELDS <= c.keys(), CLAIM_FIELDS - c.keys()
        assert CLAIMANT_FIELDS <= c["claimant"].keys()
        assert PLACE_FIELDS <= c["place"].keys()
        assert c["figures"] and c["evidence"]
        for f in c["figures"]:
            assert FIGURE_FIELDS <= f.keys()
        for e in c["evidence"]:
            assert EVIDENCE_FIELDS <= e.keys()


def test_every_figure_and_quote_points_into_the_stored_article_text(first_run, work, run_civcas):
    texts = {a["id"]: a["text"] for a in jsonl_lines(export(run_civcas, work, "--what", "articles"))}
    for c in jsonl_lines(export(run_civcas, work, "--what", "claims")):
        text = texts[c["article_id"]]
        for span in [*c["figures"], *c["evidence"]]:
            assert text[span["start"]:span["end"]] == span["text"]


def test_incidents_jsonl_follows_schema_md_and_links_back_to_the_claims(first_run, work, run_civcas):
    incidents = jsonl_lines(export(run_civcas, work, "--what", "incidents"))
    claims = jsonl_lines(export(run_civcas, work, "--what", "claims"))
    assert len(incidents) == 4
    for inc in incidents:
        assert inc["schema"] == "civcas.incident/1"
        assert INCIDENT_FIELDS <= inc.keys(), INCIDENT_FIELDS - inc.keys()
    assert {c["id"]: c["incident_id"] for c in claims} == \
        {cid: inc["id"] for inc in incidents for cid in inc["claims"]}


def test_claims_csv_has_a_header_and_one_row_per_claim(first_run, work, run_civcas):
    rows = list(csv.reader(io.StringIO(export(run_civcas, work, "--what", "claims", "--format", "csv"))))
    assert rows[0] == [
        "id", "article_id", "incident_id", "kind", "claimant_name", "claimant_person",
        "claimant_type", "attacker", "event_type", "place_name", "lat", "lon", "country", "admin1",
        "precision", "date_start", "date_end", "date_precision", "stance", "killed_min",
        "killed_max", "injured_min", "injured_max", "figures", "evidence_text", "evidence_start",
        "evidence_end"]
    assert sorted(r[1] for r in rows[1:]) == GOOD


def test_export_out_writes_the_file_and_says_so_on_stderr(first_run, work, run_civcas, tmp_path):
    out = tmp_path / "claims.jsonl"
    done = run_civcas("export", "--db", work / "war.db", "--what", "claims", "--out", out)
    assert (done.returncode, done.stdout) == (0, "")
    assert done.stderr == f"wrote 4 claims to {out}\n"
    assert out.read_text(encoding="utf-8") == export(run_civcas, work, "--what", "claims")


@pytest.mark.parametrize("what,fmt", [("articles", "geojson"), ("claims", "acled"), ("rejected", "ucdp")])
def test_an_export_that_cannot_be_made_is_a_one_line_error(first_run, work, run_civcas, what, fmt):
    done = run_civcas("export", "--db", "war.db", "--what", what, "--format", fmt, cwd=work)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        f"civcas: cannot export {what!r} as {fmt!r}; valid combinations are claims: jsonl, csv, "
        "geojson; incidents: jsonl, csv, geojson, acled, ucdp; articles: jsonl, csv; rejected: "
        "jsonl, csv\n")


def test_an_export_that_cannot_be_made_writes_no_file(first_run, work, run_civcas, tmp_path):
    out = tmp_path / "articles.geojson"
    done = run_civcas("export", "--db", work / "war.db", "--what", "articles", "--format",
                      "geojson", "--out", out)
    assert done.returncode == 1
    assert not out.exists()


def test_export_out_into_a_missing_folder_is_a_one_line_error(first_run, work, run_civcas, tmp_path):
    out = tmp_path / "no" / "such" / "claims.jsonl"
    done = run_civcas("export", "--db", work / "war.db", "--what", "claims", "--out", out)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.startswith("civcas: ") and done.stderr.count("\n") == 1, done.stderr


def test_export_from_a_missing_database_is_a_one_line_error(run_civcas, tmp_path):
    done = run_civcas("export", "--db", "nope.db", "--what", "claims", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == "civcas: nope.db: no such database; create it with `civcas run INPUT --db nope.db`\n"
    assert not (tmp_path / "nope.db").exists()  # reading never creates a database


@pytest.mark.parametrize("command", [["incidents"], ["tally"]])
def test_reading_a_missing_database_is_a_one_line_error(run_civcas, tmp_path, command):
    done = run_civcas(*command, "--db", "nope.db", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == "civcas: nope.db: no such database; create it with `civcas run INPUT --db nope.db`\n"


# ------------------------------------------------------------------------------ tables

def test_incidents_prints_a_table_newest_first(first_run, work, run_civcas):
    done = run_civcas("incidents", "--db", "war.db", cwd=work)
    assert (done.returncode, done.stderr) == (0, "")
    header, rule, *rows = done.stdout.rstrip("\n").split("\n")
    assert header.split() == ["date", "place", "attacker", "event", "type", "killed", "injured",
                              "status", "grade", "claims", "articles", "id"]
    assert set(rule) == {"-", " "}
    assert [r.split()[:3] for r in rows] == [["2018-05-05", "Homs,", "SY"],
                                             ["2018-05-04", "Idlib,", "SY"],
                                             ["2017-03-14", "Mosul,", "IQ"],
                                             ["2016-05-03", "Aleppo,", "SY"]]


def test_tally_by_month_and_attacker_prints_a_table(first_run, work, run_civcas):
    done = run_civcas("tally", "--by", "month,attacker", "--db", "war.db", cwd=work)
    assert (done.returncode, done.stderr) == (0, "")
    header, rule, *rows = done.stdout.rstrip("\n").split("\n")
    assert header.split() == ["month", "attacker", "incidents", "civilians", "killed",
                              "civilians", "injured"]
    assert set(rule) == {"-", " "}
    assert [r.split()[:3] for r in rows] == [["2016-05", "unknown", "1"],
                                             ["2017-03", "unknown", "1"],
                                             ["2018-05", "unknown", "2"]]


# ----------------------------------------------------------------------------- running again

@pytest.fixture(scope="module")
def second_run(first_run, work: Path, run_civcas):
    """A copy of war.db run again over the same inputs: (the run, its exports before it)."""
    copy_db(work / "war.db", work / "again.db")
    before = {w: export(run_civcas, work, "--what", w, db="again.db") for w in EXPORTED}
    return run_civcas("run", *INPUTS, "--db", "again.db", cwd=work), before


EXPORTED = ("articles", "claims", "incidents")


def test_running_the_same_inputs_again_says_every_article_is_unchanged(second_run):
    done, _ = second_run
    assert done.returncode == 0
    assert done.stdout == ("4 articles read (0 new or changed, 4 unchanged), 7 rejected; 4 claims; "
                           "4 incidents and 0 aggregates in again.db\n")
    assert done.stderr == RUN_STDERR.format(db="again.db")


def test_running_the_same_inputs_again_changes_no_article_claim_or_incident(second_run, work, run_civcas):
    _, before = second_run
    after = {w: export(run_civcas, work, "--what", w, db="again.db") for w in EXPORTED}
    assert after == before


def test_running_the_same_inputs_again_lists_each_rejected_input_once(second_run, work, run_civcas):
    rows = jsonl_lines(export(run_civcas, work, "--what", "rejected", db="again.db"))
    assert [(r["source"], r["reason"]) for r in rows] == [(s, r) for s, r, _ in REJECTED]


# ------------------------------------------------------------------------ a --db that is not one

NOT_A_DB = "civcas: {db}: not a civcas database (file is not a database); give another --db file\n"


def test_run_into_a_file_that_is_not_sqlite_is_a_one_line_error(run_civcas, reports_dir, tmp_path):
    (tmp_path / "notes.db").write_text("shopping list: bread, milk\n" * 10)
    done = run_civcas("run", "reports", "--db", "notes.db", "-q", cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (1, "", NOT_A_DB.format(db="notes.db"))
    assert (tmp_path / "notes.db").read_text() == "shopping list: bread, milk\n" * 10


@pytest.mark.parametrize("command", [["export", "--what", "claims"], ["incidents"], ["tally"]])
def test_reading_a_file_that_is_not_sqlite_is_a_one_line_error(run_civcas, tmp_path, command):
    (tmp_path / "notes.db").write_text("shopping list: bread, milk\n" * 10)
    done = run_civcas(*command, "--db", "notes.db", cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (1, "", NOT_A_DB.format(db="notes.db"))


@pytest.mark.parametrize("command", [["export", "--what", "claims"], ["incidents"], ["tally"]])
def test_reading_another_programs_sqlite_file_is_a_one_line_error(run_civcas, tmp_path, command):
    with sqlite3.connect(tmp_path / "other.db") as conn:
        conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.close()
    done = run_civcas(*command, "--db", "other.db", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.startswith("civcas: other.db: ") and done.stderr.count("\n") == 1, done.stderr
