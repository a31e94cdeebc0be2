"""Parquet files of articles (columns id, text and optionally title, url, outlet, published),
read one record batch at a time with pyarrow (the `dask` extra)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..models import Article, Rejection

PARQUET_COLUMNS = ("id", "text", "title", "url", "outlet", "published")



def read_parquet_rows(path: str | Path, *, batch_rows: int = 256) -> Iterator[dict[str, Any]]:
    """The rows of a Parquet file as dicts of the article columns it has (id, text, title, url,
    outlet, published), read a few hundred rows at a time: memory holds one record batch, never
    the file."""
    try:
        import pyarrow.parquet as pq
    except ImportError as e:
        raise ConfigError(f"{path}: reading Parquet needs pyarrow: pip install 'civcas[dask]'") from e
    pf = pq.ParquetFile(path)
    columns = [c for c in PARQUET_COLUMNS if c in pf.schema_arrow.names]
    for batch in pf.iter_batches(batch_size=batch_rows, columns=columns):
        for row in batch.to_pylist():
            # a date or timestamp column comes back as datetime objects; articles hold ISO text
            yield {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in row.items()}


def read_parquet(path: Path, source: str, max_bytes: int) -> Iterator[Article | Rejection]:
    """Articles from a Parquet file, one per row, for `civcas.ingest`: the same checks as JSONL
    rows, each problem a Rejection naming the file and row."""
    from .files import reject
    from .rows import row_article

    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        yield reject(source, "unsupported", "a Parquet file, and pyarrow is not installed",
                     "pip install 'civcas[dask]', or convert it to JSONL")
        return

    try:
        names = pq.read_schema(path).names
    except (pa.ArrowInvalid, OSError) as e:
        yield reject(source, "unreadable", f"not a readable Parquet file ({e})",
                     "check that it is Parquet and not truncated")
        return
    missing = [c for c in ("id", "text") if c not in names]
    if missing:
        yield reject(source, "bad_row", f"no {' or '.join(map(repr, missing))} column (it has "
                     f"{', '.join(map(repr, names))})", f"name the columns {', '.join(PARQUET_COLUMNS)} "
                     "(id and text required)")
        return
    n = 0
    try:
        for n, row in enumerate(read_parquet_rows(path), 1):
            yield row_article(row, f"{source}:{n}", max_bytes)
    except (pa.ArrowInvalid, OSError) as e:
        where = f"{source}:{n + 1}" if n else source
        yield reject(where, "unreadable", f"not a readable Parquet file ({e})",
                     "check that it is Parquet and not truncated; the rows before it are read")
        return
    if not n:
        yield reject(source, "empty", "Parquet file has no rows", "nothing to read; add rows")
