"""Print the claims (and their incidents) of a civcas export, article by article, for reading.

    python bench/show.py WORKDIR [ARTICLE_ID...]
"""
import json
import sys
from pathlib import Path

work = Path(sys.argv[1])
only = set(sys.argv[2:])
incs = {i["id"]: i for i in map(json.loads, open(work / "incidents.jsonl"))}
for c in map(json.loads, open(work / "claims.jsonl")):
    if only and c["article_id"] not in only:
        continue
    cl = c.get("claimant") or {}
    pl = c.get("place") or {}
    inc = incs.get(c.get("incident_id")) or {}
    print(f"{c['article_id']} ev{c.get('event')} {c['kind']:9} {c.get('event_type')} | {cl.get('name')} / {cl.get('person')} ({cl.get('type')})"
          f" | att={c.get('attacker')} | {pl.get('name')} ({pl.get('precision')},{pl.get('country')}) | {c.get('date_start')}..{c.get('date_end')} | {c.get('stance')}"
          f" | inc={str(c.get('incident_id'))[:10]} k={inc.get('civilians_killed')} grade={inc.get('grade')}")
    for f in c["figures"]:
        print(f"      {f['harm']:8} {f['group']:10} {f['min']}..{f['max']}  «{f['text']}»")
    for e in c["evidence"][:3]:
        print(f"      > {e['text'][:160]}")
