"""Ingest: reading text files, JSONL/CSV rows, HTML pages and RSS/Atom feeds into `Article`s.

    read_inputs(paths)  ->  Article | Rejection, one per article found, in a repeatable order

Nothing here raises for bad input: every problem is a `Rejection(source, reason, message)` and
reading goes on. Reasons: not_found, empty, binary, encoding, too_large, bad_json, bad_row,
no_article, bad_feed, unsupported, unreadable.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from civcas.ingest.article import content_hash, make_article
from civcas.ingest.clean import clean
from civcas.ingest.dates import infer_published, normalise_date
from civcas.ingest.feeds import read_feed
from civcas.ingest.files import check_file, read_text_file, reject, walk
from civcas.ingest.pages import read_html
from civcas.ingest.rows import read_csv, read_jsonl
from civcas.models import Article, Rejection

__all__ = ["read_inputs", "make_article", "clean", "content_hash",
           "infer_published", "normalise_date"]

DEFAULT_MAX_BYTES = 20_000_000


def read_inputs(paths: Iterable[str | Path], *,
                max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Rejection]:
    """Every article in `paths` (files and folders, folders walked recursively in name order,
    hidden entries skipped), streamed: a large JSONL file is never held in memory whole.

    `max_bytes` limits one article: the whole file for a text file, page or feed; each text for
    JSONL and CSV rows (their files may be as large as they like)."""
    if isinstance(paths, str | Path):  # one path given bare: not its characters, one by one
        paths = [paths]
    for p in paths:
        path = Path(p)
        if not path.is_dir():
            yield from _read_file(path, max_bytes)
            continue
        found = False
        for f in walk(path):
            found = True
            if isinstance(f, Rejection):
                yield f
            else:
                yield from _read_file(f, max_bytes)
        if not found:  # an empty folder is most likely a wrong path: say so rather than nothing
            yield reject(str(path), "empty", "folder has no files (hidden ones are skipped)",
                         "nothing to read; check the path")


def _read_file(path: Path, max_bytes: int) -> Iterator[Article | Rejection]:
    source = str(path)
    if not path.exists():
        yield reject(source, "not_found", "no such file or folder", "check the path")
        return
    try:
        yield from _read(path, source, max_bytes)
    except (OSError, MemoryError) as e:
        # Permission denied, a file removed mid-run, a disk error: this file is lost, not the run.
        # (Problems met half-way through a JSONL file end that file here; the lines already
        # yielded stand.)
        yield reject(source, "unreadable", f"could not be read ({type(e).__name__}: {e})",
                     "check its permissions and that it is still there")
    except Exception as e:  # noqa: BLE001 - one odd file must not end a run of thousands
        yield reject(source, "unreadable", f"reading it failed ({type(e).__name__}: {e})",
                     "if the file looks fine, this is a bug in civcas: please report it")


def _read(path: Path, source: str, max_bytes: int) -> Iterator[Article | Rejection]:
    checked = check_file(path, source, max_bytes)
    if isinstance(checked, Rejection):
        yield checked
        return
    kind = checked
    if kind == "text":
        yield read_text_file(path, source)
    elif kind == "jsonl":
        yield from read_jsonl(path, source, max_bytes)
    elif kind in ("csv", "tsv"):
        yield from read_csv(path, source, max_bytes, delimiter="," if kind == "csv" else "\t")
    elif kind == "html":
        yield read_html(path, source)
    elif kind in ("feed", "xml"):
        yield from read_feed(path, source, xml_only=kind == "xml")
    elif kind == "parquet":
        from civcas.ingest.parquet import read_parquet  # pyarrow only when one is given
        yield from read_parquet(path, source, max_bytes)
