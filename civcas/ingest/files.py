"""Finding input files, telling their kinds apart, and the checks every file passes before parsing
(exists, size, text or binary, UTF-8), each failure a typed `Rejection` with a message that says what to do.
"""
from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from civcas.ingest.article import make_article
from civcas.models import Article, Rejection

SNIFF_BYTES = 8192
BOM = codecs.BOM_UTF8
READ_KINDS = ".txt .text .md (one article each), .jsonl .ndjson .csv .tsv .parquet (one per row), " \
             ".html .htm (one page each), .rss .atom .xml (feeds)"
_KIND_BY_EXT = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv",
    ".html": "html", ".htm": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "xml",
    # a JSON document must be parsed whole to find its first article; JSON Lines streams
    ".json": "json",
    ".parquet": "parquet",  # read by record batch with pyarrow (the dask extra)
}
# Rows hold many articles, so their files may be large; the limit is per article (per row).
ROW_KINDS = ("jsonl", "csv", "tsv", "parquet")


def reject(source: str, reason: str, what: str, fix: str) -> Rejection:
    """A Rejection whose message names the input, what is wrong with it, and what to do."""
    return Rejection(source, reason, f"{source}: {what} — {fix}")


def megabytes(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def too_large(source: str, size: int, max_bytes: int, *, row: bool) -> Rejection:
    fix = ("split the article, or raise max_bytes" if row else
           "split it into smaller files (one article each, or a .jsonl with one article per line), "
           "or raise max_bytes")
    what = "the article text" if row else "file"
    return reject(source, "too_large", f"{what} is {megabytes(size)}, over the "
                                       f"{megabytes(max_bytes)} limit", fix)


def decode(data: bytes, source: str) -> str | Rejection:
    """UTF-8 (with or without a BOM) or a Rejection: other encodings are never guessed, because a
    wrong guess turns names and numbers into different, plausible-looking text."""
    try:
        return data.removeprefix(BOM).decode("utf-8")
    except UnicodeDecodeError as e:
        return bad_encoding(source, data, e)


def bad_encoding(source: str, data: bytes, e: UnicodeDecodeError) -> Rejection:
    line = data[:e.start].count(b"\n") + 1
    return reject(source, "encoding", f"not valid UTF-8 (byte 0x{data[e.start]:02x} on line "
                                      f"{line})", "re-save it as UTF-8")


def walk(folder: Path) -> Iterator[Path | Rejection]:
    """Files under `folder`, depth first in name order (so runs are repeatable), hidden files and
    folders skipped, each real folder visited once (a symlink loop does not hang the run); a
    folder that cannot be listed is a Rejection."""
    seen: set[str] = set()

    def visit(d: Path) -> Iterator[Path | Rejection]:
        real = os.path.realpath(d)
        if real in seen:
            return
        seen.add(real)
        try:
            with os.scandir(d) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            yield reject(str(d), "unreadable", f"folder cannot be listed ({e.strerror})",
                         "check its permissions")
            return
        for e in entries:
            if e.name.startswith("."):
                continue
            p = d / e.name
            if e.is_dir():
                yield from visit(p)
            else:
                yield p

    yield from visit(folder)


def check_file(path: Path, source: str, max_bytes: int) -> str | Rejection:
    """The kind of file ("text", "jsonl", "html", …), or why it cannot be read.

    Sizes come from stat, so a 50 GB file is refused without reading it."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return reject(source, "not_found", "no such file (a broken link?)", "check the path")
    if not stat.S_ISREG(st.st_mode):
        return reject(source, "unsupported", "not a regular file", "give a file or a folder")
    kind = _KIND_BY_EXT.get(path.suffix.lower())
    if st.st_size == 0:
        return reject(source, "empty", "file is empty",
                      "nothing to read; remove it or add the article text")
    if kind not in ROW_KINDS and st.st_size > max_bytes:
        return too_large(source, st.st_size, max_bytes, row=False)
    with open(path, "rb") as f:
        head = f.read(SNIFF_BYTES)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return reject(source, "encoding", "UTF-16 text, not UTF-8", "re-save it as UTF-8")
    if kind is None:
        return _sniff(head, source)
    if kind == "parquet":
        # binary by design: the NUL and UTF-8 sniffs below are for text; pyarrow checks the rest
        return kind if head.startswith(b"PAR1") else reject(
            source, "unsupported", "named .parquet but not a Parquet file (no PAR1 magic)",
            "check the file, or give it the extension of what it is")
    if kind == "json":
        return reject(source, "unsupported", "a .json file is not read as articles",
                      "write one JSON object per line to a .jsonl file")
    if b"\x00" in head:
        return reject(source, "binary", "binary data (NUL bytes), not text",
                      f"give a text file; civcas reads {READ_KINDS}")
    return kind


def _sniff(head: bytes, source: str) -> str | Rejection:
    """An unknown extension: read it as text if it is UTF-8 text, as a page or feed if it says so."""
    not_text = reject(source, "unsupported", "unknown kind of file, and not UTF-8 text",
                      f"civcas reads {READ_KINDS}; convert it to one of these")
    if b"\x00" in head:
        return not_text
    try:
        # incremental: the 8 KB cut may fall inside a multi-byte character
        start = codecs.getincrementaldecoder("utf-8")().decode(head.removeprefix(BOM), final=False)
    except UnicodeDecodeError:
        return not_text
    start = start.lstrip()[:200].lower()
    if start.startswith(("<!doctype html", "<html")):
        return "html"
    if start.startswith(("<?xml", "<rss", "<feed", "<rdf")):
        return "xml"
    return "text"


def read_text_file(path: Path, source: str) -> Article | Rejection:
    """One article: the whole file, its id the file name without extension."""
    text = decode(path.read_bytes(), source)
    if isinstance(text, Rejection):
        return text
    if not text.strip():
        return reject(source, "empty", "file holds only whitespace",
                      "nothing to read; remove it or add the article text")
    return make_article(path.stem, text, source=source)
