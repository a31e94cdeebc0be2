"""Time of the web app's incident list (page and API) over 10,000 synthetic incidents: a benchmark, not a test.

    python bench/web_list.py [--incidents 10000] [--repeat 15] [--db FILE]

Builds a database of invented articles, one claim each, resolved by hand into incidents (no NLP),
then requests each list URL through FastAPI's TestClient and prints the median and slowest times.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from civcas.models import Article, Claim, Claimant, Figure, Incident, Place, Range, Span, stable_id
from civcas.store import Store

PLACES = [("Mosul", 36.34, 43.13, "IQ", "Nineveh"), ("Aleppo", 36.2, 37.16, "SY", "Aleppo"),
          ("Raqqa", 35.95, 39.01, "SY", "Raqqa"), ("Idlib", 35.93, 36.63, "SY", "Idlib"),
          ("Tikrit", 34.61, 43.68, "IQ", "Salahuddin"), ("Jabalia", 31.53, 34.48, "PS", "Gaza Strip"),
          ("Daraa", 32.63, 36.11, "SY", "Daraa"), ("Fallujah", 33.35, 43.78, "IQ", "Anbar")]
ATTACKERS = ["US-led coalition", "Russian forces", "Syrian government", "Islamic State", None]
EVENTS = ["airstrike", "shelling", "drone_strike", "explosive", "missile_strike"]
GRADES = ["weak", "weak", "fair", "confirmed", "contested"]
CLAIMANTS = [("Airwars", "monitor"), ("Syrian Observatory for Human Rights", "monitor"),
             ("Ministry of Health", "medical"), ("Civil Defence", "civil_defence"), ("CENTCOM", "military")]
OUTLETS = ["Example Wire", "Second Example News", "Example Monitor Feed", "Daily Example"]
TARGETS = ["market", "school", "hospital", "bakery", "residential block", "mosque"]


def build(db: Path, n: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    with Store(db) as store:
        batch, incidents = [], []
        for i in range(n):
            name, lat, lon, country, admin1 = rnd.choice(PLACES)
            day = f"{rnd.randint(2014, 2023)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
            lo = rnd.choice([None, rnd.randint(1, 80)])
            hi = None if lo is None or rnd.random() < 0.3 else lo + rnd.randint(0, 20)
            who, kind = rnd.choice(CLAIMANTS)
            target = rnd.choice(TARGETS)
            sentence = f"{lo or 'Several'} civilians were killed when a strike hit a {target} in {name}, {who} said."
            text = f"Strike on {target} in {name}\n{sentence}"
            aid = f"a{i:06d}"
            start = text.index(sentence)
            place = Place(name, lat + rnd.uniform(-.2, .2), lon + rnd.uniform(-.2, .2), country, admin1)
            claim = Claim(id=stable_id(aid, 0), article_id=aid, claimant=Claimant(who, None, kind),
                          attacker=rnd.choice(ATTACKERS), event_type=rnd.choice(EVENTS), place=place,
                          date_start=day, date_end=day, date_precision="day",
                          figures=(Figure("killed", "civilians", lo, hi, sentence[:12], start, start + 12),),
                          evidence=(Span(start, start + len(sentence), sentence),))
            outlet = rnd.choice(OUTLETS)
            batch.append((Article(aid, text, title=text.split("\n")[0], outlet=outlet, published=day,
                                  content_hash=stable_id(text)), [claim]))
            incidents.append(Incident(
                id=f"inc_{i:06d}", date_start=day, date_end=day, place=place, attacker=claim.attacker,
                event_type=claim.event_type, civilians_killed=Range(lo, hi),
                civilians_injured=Range(*(2 * [rnd.choice([None, rnd.randint(0, 40)])])),
                figures=({"harm": "killed", "group": "civilians", "min": lo, "max": hi},),
                grade=rnd.choice(GRADES), grade_reason="synthetic", claims=(claim.id,), articles=(aid,),
                outlets=(outlet,), claimants=(who,), targets=(target,)))
            if len(batch) == 1000:
                store.save_extracted(batch, "bench")
                batch = []
        if batch:
            store.save_extracted(batch, "bench")
        store.replace_incidents(incidents)


URLS = ["/incidents", "/api/incidents", "/incidents?sort=killed&order=desc", "/incidents?page=150",
        "/incidents?country=SY&grade=weak&event_type=shelling", "/incidents?q=bakery",
        "/incidents?claimant=observatory&outlet=wire", "/incidents?date_from=2016-01&date_to=2016-12",
        "/api/incidents?per_page=500", "/api/map"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--incidents", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--db", type=Path, default=None, help="keep the database here (built when missing)")
    a = ap.parse_args()

    from fastapi.testclient import TestClient

    from civcas.web import create_app

    tmp = tempfile.TemporaryDirectory()
    db = a.db or Path(tmp.name) / "bench.db"
    if not db.exists():
        t = time.perf_counter()
        build(db, a.incidents)
        print(f"built {a.incidents} incidents in {time.perf_counter() - t:.1f} s: {db}", file=sys.stderr)
    client = TestClient(create_app(db))
    print(f"{'url':58} {'median ms':>9} {'max ms':>8} {'rows':>6}")
    for url in URLS:
        client.get(url)  # warm: first request pays for imports and templates
        times = []
        for _ in range(a.repeat):
            t = time.perf_counter()
            r = client.get(url)
            times.append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200, (url, r.status_code, r.text[:200])
        n = r.text.count('class="inc-link"') if url.startswith("/incidents") else len(
            r.json().get("incidents", r.json().get("features", [])))
        print(f"{url:58} {statistics.median(times):9.1f} {max(times):8.1f} {n:6d}")
    tmp.cleanup()


if __name__ == "__main__":
    main()
