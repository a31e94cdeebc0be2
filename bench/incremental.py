"""What adding new articles to a big database costs, against resolving it all again.

    python bench/incremental.py --db BIG.db [--db SMALL.db ...] [--new 1000] [--out bench/results.md]

For each database (made by `civcas run`, e.g. the 100,000-article database that
`bench/speed.py --big 100000 --work DIR` leaves in DIR/bench.db), on a copy:

1. *full*: every incident resolved again with this civcas (`resolve_pending(full=True)`): time and
   peak memory of the process; this also brings the copy up to this civcas's resolver;
2. *add*: NEW articles never seen before (by default the GVDB, Airwars and CASE benchmark rows:
   reports of other events; `--from gva` repeats GVA reports under new ids, which join the events
   the GVA databases hold) are extracted and stored (timed apart), then the incidents brought up
   to date (`resolve_pending()`): time, peak memory, and how many claims the parts it re-resolved
   hold.

Each step runs in its own process under `/usr/bin/time -v`, so that its peak memory is its own.
Incremental resolution should cost about the same on any size of database, and far less than the
full one.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

FULL = """
import json, sys, time
from civcas.store import Store
from civcas.resolve.incremental import resolve_pending
with Store(sys.argv[1]) as s:
    t = time.perf_counter(); d = resolve_pending(s, full=True); d["resolve_s"] = time.perf_counter() - t
    d["claims"] = s.count("claims"); d["articles"] = s.count("articles"); d["incidents"] = s.count("incidents")
print(json.dumps(d))
"""

EXTRACT = """
import json, sys, time
from civcas.pipeline import run
from civcas.store import Store
t = time.perf_counter(); r = run([sys.argv[2]], sys.argv[1], resolve_after=False)
d = {"extract_s": time.perf_counter() - t, "new_articles": r.articles_new}
with Store(sys.argv[1]) as s:
    d["new_claims"] = s.conn.execute("SELECT count(*) FROM claims WHERE incident_id IS NULL").fetchone()[0]
print(json.dumps(d))
"""

RESOLVE = """
import json, sys, time
from civcas.store import Store
from civcas.resolve.incremental import resolve_pending
with Store(sys.argv[1]) as s:
    t = time.perf_counter(); d = resolve_pending(s); d["resolve_s"] = time.perf_counter() - t
    d["claims"] = s.count("claims")
print(json.dumps(d))
"""


def timed(code: str, *args: str) -> dict:
    cmd = ["/usr/bin/time", "-v", sys.executable, "-c", code, *args]
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    if p.returncode != 0:
        raise SystemExit(f"failed: {p.stderr[-2000:]}")
    out = json.loads(p.stdout.strip().splitlines()[-1])
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    out["peak_mb"] = int(m.group(1)) / 1024 if m else None
    return out


TODAY = datetime.date.today().isoformat()
SOURCES = {"gva": "data/gva", "gvdb": "data/gvdb/dev.tsv", "airwars": "data/airwars_gaza/dev.jsonl",
           "case": "data/case2021/dev.tsv"}


def new_articles(n: int, work: Path, sources: list[str]) -> Path:
    """`n` rows of the benchmark datasets `sources` (in turn, each to its end) under ids no
    database has. "gva" repeats reports of events the GVA databases hold; "gvdb,airwars,case"
    are reports of other events, as a new day's news mostly is; rows without a publication date
    are published today, as a feed's would be (a report with neither an event date nor a
    publication date may match any day, and resolving it loads every claim)."""
    out = work / f"new-{n}.jsonl"
    written = 0
    with open(out, "w", encoding="utf-8") as dst:
        for name in sources:
            base = work / f"{name}.jsonl"
            subprocess.run([sys.executable, str(SHARED / "eval" / "bench.py"), "prepare", name,
                            str(SHARED / SOURCES[name]), str(base)], check=True, capture_output=True)
            with open(base, encoding="utf-8") as src:
                for line in src:
                    if written == n:
                        return out
                    row = json.loads(line)
                    row["id"] = f"{name}~{row['id']}~new"
                    # a feed dates what it carries; these datasets do not, so they come in today
                    row.setdefault("published", TODAY)
                    row["published"] = row["published"] or TODAY
                    dst.write(json.dumps(row, ensure_ascii=False) + "\n")
                    written += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", action="append", type=Path, required=True, help="a civcas database (copied)")
    ap.add_argument("--new", type=int, default=1000, help="articles to add")
    ap.add_argument("--from", dest="sources", default="gvdb,airwars,case",
                    help="datasets the new articles come from, in turn: gva, gvdb, airwars, case")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results.md")
    ap.add_argument("--note", default="")
    a = ap.parse_args(argv)
    if not (SHARED / "data" / "gva" / "documents.jsonl").exists():
        print("skipped: no GVA data", file=sys.stderr)
        return 0
    work = Path(tempfile.mkdtemp(prefix="civcas-incr-"))
    rows = []
    try:
        new = new_articles(a.new, work, [x.strip() for x in a.sources.split(",") if x.strip()])
        for db in a.db:
            copy = work / "copy.db"
            for p in work.glob("copy.db*"):
                p.unlink()
            shutil.copy(db, copy)
            full = timed(FULL, str(copy))
            print(f"{db}: full {full}", file=sys.stderr)
            ext = timed(EXTRACT, str(copy), str(new))
            add = timed(RESOLVE, str(copy))
            add.update(extract_s=ext["extract_s"], new_articles=ext["new_articles"],
                       new_claims=ext["new_claims"], extract_peak_mb=ext["peak_mb"])
            print(f"{db}: add {add}", file=sys.stderr)
            rows.append((db, full, add))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    lines = [f"\n## {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC · incremental resolution, "
             f"commit {commit()}\n",
             f"`python bench/incremental.py --new {a.new} --from {a.sources}` (see its docstring). Times in "
             "seconds; peak RSS of each step's process.\n",
             "| database articles | claims | full resolution s | its peak MB | new articles | their claims "
             "| extraction s | its peak MB | incremental resolution s | claims in the parts re-resolved "
             "| its peak MB |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for _, full, add in rows:
        lines.append(f"| {full['articles']:,} | {full['claims']:,} | {full['resolve_s']:.1f} | {full['peak_mb']:.0f} "
                     f"| {add['new_articles']:,} | {add['new_claims']:,} | {add['extract_s']:.1f} "
                     f"| {add['extract_peak_mb']:.0f} | {add['resolve_s']:.1f} | {add['parts_claims']:,} "
                     f"| {add['peak_mb']:.0f} |")
    if a.note:
        lines.append("\n" + a.note)
    text = "\n".join(lines) + "\n"
    with open(a.out, "a", encoding="utf-8") as f:
        f.write(text)
    print(text)
    return 0


def commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True).stdout.strip() or "?"
    except OSError:
        return "?"


if __name__ == "__main__":
    raise SystemExit(main())
