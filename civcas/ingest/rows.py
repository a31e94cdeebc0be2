"""Readers for files of many articles, one per JSONL line or CSV/TSV row, streamed line by line.

A broken line or row is a Rejection naming the file and line; the lines after it are still read.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from civcas.ingest.article import make_article
from civcas.ingest.files import BOM, bad_encoding, megabytes, reject, too_large
from civcas.models import Article, Rejection

FIELDS = ("id", "text", "title", "url", "outlet", "published")
# A line holds the text and a few short fields besides, so it may run a little over max_bytes
# while its text does not; past this slack the text alone must be over the limit.
_LINE_SLACK = 1_000_000


def _lines(f: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line, or (n, None) for a line over `limit` bytes, which is
    skipped without ever being held in memory whole."""
    n = 0
    while line := f.readline(limit + 1):
        n += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (more := f.readline(1 << 20)) and not more.endswith(b"\n"):
                pass
            yield n, None
        else:
            yield n, line.removeprefix(BOM) if n == 1 else line


def read_jsonl(path: Path, source: str, max_bytes: int) -> Iterator[Article | Rejection]:
    seen = 0
    with open(path, "rb") as f:
        for n, raw in _lines(f, max_bytes + _LINE_SLACK):
            where = f"{source}:{n}"
            if raw is None:
                yield _line_too_long(where, max_bytes)
                seen += 1
                continue
            if not raw.strip():
                continue  # blank lines separate nothing in JSONL; tolerate them
            seen += 1
            try:
                obj = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as e:
                yield bad_encoding(where, raw, e)
                continue
            except (ValueError, RecursionError) as e:  # RecursionError: "[[[[…" nested too deep
                yield reject(where, "bad_json", f"line {n} is not valid JSON ({e})",
                             "fix or remove that line; the other lines are read")
                continue
            if not isinstance(obj, dict):
                yield reject(where, "bad_json", f"line {n} is a JSON {type(obj).__name__}, not an "
                             "object", 'write one object per line: {"id": …, "text": …}')
                continue
            yield row_article(obj, where, max_bytes)
    if not seen:
        yield reject(source, "empty", "file has only blank lines",
                     "nothing to read; remove it or add articles")


def read_csv(path: Path, source: str, max_bytes: int, *, delimiter: str) -> Iterator[Article | Rejection]:
    # csv's per-field limit is process-wide (131,072 characters by default, shorter than some
    # articles). It is only ever raised here, never lowered, so other csv users keep working.
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes + 1))
    bad_lines: set[int] = set()
    with open(path, "rb") as f:
        def decoded() -> Iterator[str]:
            # decoded line by line, so that one bad byte rejects the row it is in, not the file
            for n, raw in _lines(f, max_bytes + _LINE_SLACK):
                if raw is None:  # a row this long cannot be re-synchronised with: stop here
                    raise _TooLong(n)
                try:
                    yield raw.decode("utf-8")
                except UnicodeDecodeError:
                    bad_lines.add(n)
                    yield raw.decode("utf-8", "replace")

        reader = csv.reader(decoded(), delimiter=delimiter)
        try:
            header = [h.strip().lower() for h in next(reader)]
        except StopIteration:
            yield reject(source, "empty", "file has no header row", "nothing to read; remove it or add rows")
            return
        except (csv.Error, _TooLong) as e:
            yield reject(f"{source}:1", "bad_row", f"header row cannot be read ({e})", "fix the header")
            return
        missing = [c for c in ("id", "text") if c not in header]
        if missing:
            yield reject(f"{source}:1", "bad_row", f"header has no {' or '.join(map(repr, missing))} "
                         f"column (it has {', '.join(map(repr, header))})",
                         f"name the columns {', '.join(FIELDS)} (id and text required)")
            return
        rows = 0
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except _TooLong as e:
                yield _line_too_long(f"{source}:{e.args[0]}", max_bytes, rest_skipped=True)
                return
            except csv.Error as e:
                reason = "too_large" if "field larger" in str(e) else "bad_row"
                yield reject(f"{source}:{start}", reason, f"row cannot be read ({e})",
                             "fix or remove that row; the other rows are read")
                continue
            where = f"{source}:{start}"
            if not any(c.strip() for c in row):
                continue
            rows += 1
            if bad_lines.intersection(range(start, reader.line_num + 1)):
                yield reject(where, "encoding", "row is not valid UTF-8", "re-save the file as UTF-8")
            elif len(row) != len(header):
                yield reject(where, "bad_row", f"row has {len(row)} fields, the header has "
                             f"{len(header)}", "quote fields that contain the delimiter or line breaks")
            else:
                yield row_article({k: v for k, v in zip(header, row) if v != ""}, where, max_bytes)
        if not rows:
            yield reject(source, "empty", "file has a header but no rows", "nothing to read; add rows")


def _line_too_long(where: str, max_bytes: int, *, rest_skipped: bool = False) -> Rejection:
    fix = "split the article, or raise max_bytes"
    if rest_skipped:  # inside a CSV file there is no telling where the next row starts
        fix += "; the rows after it were not read"
    return reject(where, "too_large", f"line is over {megabytes(max_bytes + _LINE_SLACK)}, more "
                  f"than one article may hold ({megabytes(max_bytes)})", fix)


class _TooLong(Exception):
    """A line too long to hold; raised out of the line feed so that csv.reader stops cleanly."""


def row_article(obj: dict[str, Any], where: str, max_bytes: int) -> Article | Rejection:
    """An Article from one row's fields, or the Rejection saying which field is wrong."""
    id_, text = obj.get("id"), obj.get("text")
    fix = "fix or remove that row; the other rows are read"
    if isinstance(id_, bool) or not isinstance(id_, str | int) or not str(id_).strip():
        got = "no 'id'" if id_ is None or id_ == "" else f"'id' is {id_!r}"
        return reject(where, "bad_row", f"{got}; each article needs an id (a string or integer)", fix)
    if text is None:
        return reject(where, "bad_row", "no 'text' field", fix)
    if not isinstance(text, str):
        return reject(where, "bad_row", f"'text' is a {type(text).__name__}, not a string", fix)
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        return too_large(where, size, max_bytes, row=True)
    if not text.strip() and not obj.get("title"):
        return reject(where, "empty", "'text' is empty and there is no title",
                      "nothing to read; add the text or remove the row")
    extra: dict[str, str | None] = {}
    for k in ("title", "url", "outlet"):
        v = obj.get(k)
        if v is None or isinstance(v, str):
            extra[k] = v
        elif isinstance(v, int | float) and not isinstance(v, bool):
            extra[k] = str(v)  # a numeric title or outlet is odd but harmless
        else:
            return reject(where, "bad_row", f"'{k}' is a {type(v).__name__}, not a string", fix)
    return make_article(str(id_).strip(), text, source=where, published=obj.get("published"), **extra)
