"""The GVDB benchmark scored as intended.

`../shared/eval/bench.py` counts a GVDB victim as killed when `str(victim["victim-was"])` starts
with "killed", but that field is a list in every row (["killed", "hospitalized"]), so its gold
count is 0 for all 400 dev articles and its `killed_min_exact` rewards finding no deaths. This
scorer reads the list: a victim is killed when "killed" is in it, injured when "injured" or
"hospitalized" is and "killed" is not. Everything else (main incident, civilian ranges) is the
shared scorer's own code, imported from it.

    python bench/gvdb_gold.py ../shared/data/gvdb/dev.tsv WORKDIR [--notes]
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path


def gold_counts(victims: list[dict]) -> tuple[int, int]:
    killed = injured = 0
    for v in victims:
        was = v.get("victim-was") or []
        was = [was] if isinstance(was, str) else was
        was = [str(w).lower() for w in was]
        if any(w.startswith("killed") for w in was):
            killed += 1
        elif any(w.startswith(("injured", "hospitalized")) for w in was):
            injured += 1
    return killed, injured


def score(data: str, work: str, notes: bool = False) -> dict:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "eval"))
    import bench as shared  # the shared scorer, for main_incident and score_ranges

    claims = shared._jsonl(Path(work) / "claims.jsonl")
    incidents = {i["id"]: i for i in shared._jsonl(Path(work) / "incidents.jsonl")}
    kp, ip = [], []
    for r in csv.DictReader(open(data, encoding="utf-8"), delimiter="\t"):
        k, i = gold_counts(json.loads(r["Json"]).get("victim-section") or [])
        inc = shared.main_incident(r["Article id"], claims, incidents)
        pk, pi = shared._count(inc, "civilians_killed"), shared._count(inc, "civilians_injured")
        kp.append(((k, k), (pk, pk)))
        ip.append(((i, i), (pi, pi)))
        if notes and (k, i) != (pk, pi):
            print(f"  {r['Article id']}: gold killed {k} injured {i}, got {pk} {pi}")
    m = {}
    m.update(shared.score_ranges(kp, "killed"))
    m.update(shared.score_ranges(ip, "injured"))
    return m


if __name__ == "__main__":
    for k, v in score(sys.argv[1], sys.argv[2], "--notes" in sys.argv).items():
        print(f"{k:40s} {v:.3f}" if isinstance(v, float) else f"{k:40s} {v}")
