"""Shared fixtures: the real `civcas` command run as a subprocess, and a folder of invented reports.

The reports below were written for these tests; the events are invented, the places are real so
that the gazetteer finds them.
"""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

_SCRIPT = Path(sys.executable).with_name("civcas")
# the installed script when there is one (its usage line says "civcas"), else the module
CIVCAS = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "civcas.cli"]

# Plain, narrow-terminal-proof output: no colours, no progress bar, tables not wrapped.
ENV = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200", "PYTHONIOENCODING": "utf-8"}

REPORTS = {
    "mosul.txt": "Over 60 civilians were killed in airstrikes on Mosul on 14 March 2017, the army said.\n",
    "aleppo.txt": "Shelling killed 12 civilians in Aleppo on 3 May 2016, the Syrian Observatory for "
                  "Human Rights said.\n",
    "idlib.txt": "A drone strike killed 3 civilians in Idlib on 4 May 2018, local sources said.\n",
}

def civcas(*args: str | os.PathLike, cwd: str | os.PathLike | None = None,
           timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run `civcas ARGS...` to completion; stdout and stderr captured as text."""
    return subprocess.run([*CIVCAS, *map(str, args)], cwd=cwd, env=ENV, capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout)


@pytest.fixture(scope="session")
def run_civcas() -> Callable[..., subprocess.CompletedProcess[str]]:
    """`run_civcas("export", "--db", db, ...)` -> CompletedProcess (give cwd= for relative paths)."""
    return civcas


@pytest.fixture
def reports_dir(tmp_path: Path) -> Path:
    """A folder `reports/` of three one-sentence invented reports, one incident each."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def jsonl_lines(text: str) -> list[dict]:
    """The objects of a JSONL export (every line must parse)."""
    return [json.loads(line) for line in text.splitlines()]


def read_only(db: str | os.PathLike) -> sqlite3.Connection:
    """A read-only connection to a civcas database, as an outside reader would open it."""
    return sqlite3.connect(f"file:{Path(db).resolve()}?mode=ro", uri=True, timeout=10)
