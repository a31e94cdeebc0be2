"""The web tests' database (`civcas run` over examples/ and one malicious article), shared by the web test modules."""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
EVIL_ID = "evil-01"
# Markup in every field a page shows: title, outlet, url, text. It must reach the page as text.
EVIL = {
    "id": EVIL_ID,
    "title": "Shelling kills 4 civilians in Aleppo <script>window.__xss = 1; alert(1)</script>",
    "outlet": "Evil <img src=x onerror=alert(1)> Wire",
    "url": "javascript:alert(1)",
    "published": "2016-05-04",
    "text": "Shelling killed 4 civilians in Aleppo on 3 May 2016, the Syrian Observatory for Human "
            "Rights said. <script>alert(1)</script>\n"
            "A witness said the words <img src=x onerror=alert(1)> were painted on a wall.",
}


def build_db(folder: Path) -> Path:
    """Run the real pipeline over a copy of examples/ plus the malicious article; returns the database."""
    from civcas.pipeline import run

    inputs = folder / "inputs"
    shutil.copytree(EXAMPLES, inputs)
    (inputs / "evil.jsonl").write_text(json.dumps(EVIL) + "\n", encoding="utf-8")
    db = folder / "web.db"
    run([str(inputs)], db)
    return db


_BUILT: list[Path] = []


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database built once per test session; tests that write must use `copy_db`."""
    # each module that imports this fixture gets its own copy of it: the database is still built once
    if not _BUILT:
        _BUILT.append(build_db(tmp_path_factory.mktemp("webdb")))
    return _BUILT[0]


def copy_db(db: Path, dest: Path) -> Path:
    """A consistent copy of `db` (SQLite's backup, so a WAL file is never left behind)."""
    target = dest / "copy.db"
    src, dst = sqlite3.connect(db), sqlite3.connect(target)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    return target


def test_the_malicious_article_is_stored_as_written(web_db: Path) -> None:
    con = sqlite3.connect(f"file:{web_db}?mode=ro", uri=True)
    text, outlet = con.execute("SELECT text, outlet FROM articles WHERE id=?", (EVIL_ID,)).fetchone()
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text
    assert "onerror" in outlet
    assert con.execute("SELECT count(*) FROM claims WHERE article_id=?", (EVIL_ID,)).fetchone()[0] >= 1
