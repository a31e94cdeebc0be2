"""Score civcas on the development datasets of ../shared/data and keep the scores reached.

    python bench/scores.py [BENCH ...] [--update] [--allow-drop] [--workers N]

Runs `../shared/eval/run.sh` for each benchmark (all by default), prints the metrics that the
issues name, and compares them with `bench/scores.json`. `--update` writes better scores into the
file; a score that went down is refused unless `--allow-drop` is given (say why in the commit).
GVDB is scored twice: by the shared scorer (whose gold count is always 0, see gvdb_gold.py) and by
`bench/gvdb_gold.py`, which reads the victims as intended; the latter is the one guarded.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
SCORES = HERE / "scores.json"

BENCHMARKS = {
    "seeds": ("seeds", "data/seeds"),
    "case": ("case", "data/case2021/dev.tsv"),
    "gvdb": ("gvdb", "data/gvdb/dev.tsv"),
    "airwars": ("airwars", "data/airwars_gaza/dev.jsonl"),
    "gva": ("gva", "data/gva"),
}
# the metrics each benchmark is held to; lower is better for these
LOWER_IS_BETTER = ("_rate", "_mae", "_rmse")
GUARDED = {
    "seeds": ["figure_value_f1", "figure_detect_f1", "attr_kind_acc", "attr_claimant_acc",
              "attr_attacker_acc", "attr_place_acc", "attr_date_start_acc", "attr_date_end_acc",
              "attr_event_type_acc", "incident_recall", "incident_killed_range_exact"],
    "case": ["violent_type_acc", "nonviolent_false_incident_rate"],
    "gvdb": ["killed_min_exact", "injured_min_exact"],
    "airwars": ["killed_range_exact", "killed_min_exact", "injured_range_exact", "injured_min_exact"],
    "gva": ["gvc_bcubed_f1", "s2_accuracy", "doc_killed_min_exact", "doc_injured_min_exact"],
}
TOLERANCE = 0.002  # rounding of the printed metrics


def civcas_command() -> str:
    exe = Path(sys.executable).parent / "civcas"
    return str(exe) if exe.exists() else "civcas"


def run_benchmark(name: str, work: Path, workers: int = 1) -> dict[str, float]:
    """Run one benchmark end to end; returns its metrics (for gvdb, the intended-gold ones)."""
    bench, data = BENCHMARKS[name]
    env = dict(os.environ, CIVCAS=civcas_command())
    if workers > 1:
        env["CIVCAS_RUN_FLAGS"] = f"--workers {workers}"
    out = subprocess.run(["bash", str(SHARED / "eval" / "run.sh"), bench, str(SHARED / data), str(work)],
                         env=env, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"run.sh {bench} failed:\n{out.stdout[-2000:]}\n{out.stderr[-2000:]}")
    metrics = _parse(out.stdout)
    if name == "gvdb":
        sys.path.insert(0, str(HERE))
        from gvdb_gold import score
        shared = {f"shared_{k}": v for k, v in metrics.items()}
        metrics = dict(score(str(SHARED / data), str(work)), **shared)
    return metrics


def _parse(stdout: str) -> dict[str, float]:
    m = {}
    for line in stdout.splitlines():
        parts = line.split()
        if len(parts) == 2:
            try:
                m[parts[0]] = float(parts[1])
            except ValueError:
                pass
    return m


def worse(metric: str, new: float, old: float) -> bool:
    if metric.endswith(LOWER_IS_BETTER):
        return new > old + TOLERANCE
    return new < old - TOLERANCE


def main(argv: list[str]) -> int:
    names = [a for a in argv if not a.startswith("--")] or list(BENCHMARKS)
    workers = int(next((a.split("=")[1] for a in argv if a.startswith("--workers=")), "1"))
    kept = json.loads(SCORES.read_text()) if SCORES.exists() else {}
    drops = []
    for name in names:
        with tempfile.TemporaryDirectory() as tmp:
            m = run_benchmark(name, Path(tmp), workers)
        old = kept.get(name, {})
        print(f"== {name} ({m.get('run_seconds', 0):.0f} s)")
        for k in GUARDED[name]:
            was = old.get(k)
            flag = "" if was is None else ("  DROP from %.3f" % was if worse(k, m[k], was) else "  (was %.3f)" % was)
            print(f"  {k:34s} {m[k]:.3f}{flag}")
            if was is not None and worse(k, m[k], was):
                drops.append((name, k, was, m[k]))
        if "--update" in argv:
            merged = dict(old)
            for k in GUARDED[name]:
                if k not in old or not worse(k, m[k], old[k]) or "--allow-drop" in argv:
                    merged[k] = round(m[k], 3)
            kept[name] = merged
    if "--update" in argv:
        SCORES.write_text(json.dumps(kept, indent=2, sort_keys=True) + "\n")
    if drops:
        print("scores went down:", *(f"{n}.{k}: {a:.3f} -> {b:.3f}" for n, k, a, b in drops), sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
