"""Write the store's claims, incidents, articles and rejections as JSONL, CSV, GeoJSON, ACLED- or UCDP-shaped CSV."""
from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TextIO

from ..errors import ConfigError
from ..store import Store
from . import flat, shaped

# what -> the formats it can be written in
FORMATS: dict[str, tuple[str, ...]] = {
    "claims": ("jsonl", "csv", "geojson"),
    "incidents": ("jsonl", "csv", "geojson", "acled", "ucdp"),
    "articles": ("jsonl", "csv"),
    "rejected": ("jsonl", "csv"),
}


def check_format(what: str, fmt: str) -> None:
    """Raise ConfigError unless `what` can be exported as `fmt`."""
    if fmt not in FORMATS.get(what, ()):
        valid = "; ".join(f"{w}: {', '.join(fs)}" for w, fs in FORMATS.items())
        raise ConfigError(f"cannot export {what!r} as {fmt!r}; valid combinations are {valid}")


def export(store: Store, what: str, fmt: str, out: TextIO) -> int:
    """Write `what` from `store` to `out` in format `fmt`; return the number of rows (or features) written."""
    check_format(what, fmt)
    if fmt == "jsonl":
        return _write_jsonl(_json_records(store, what), out)
    if fmt == "acled":
        rows = (shaped.acled_row(i) for i in store.iter_incidents(kind="incident"))
        return _write_csv(rows, shaped.ACLED_COLUMNS, out)
    if fmt == "ucdp":
        articles = _article_sources(store)
        rows = (shaped.ucdp_row(i, articles) for i in store.iter_incidents(kind="incident"))
        return _write_csv(rows, shaped.UCDP_COLUMNS, out)
    rows, columns = _flat_records(store, what)
    if fmt == "csv":
        return _write_csv(rows, columns, out)
    return _write_geojson(rows, out)


def _json_records(store: Store, what: str) -> Iterator[dict[str, Any]]:
    if what == "claims":
        return (c.to_json() for c in store.iter_claims())
    if what == "incidents":
        return (i.to_json() for i in store.iter_incidents())
    if what == "articles":
        return (a.to_json() for a in store.iter_articles())
    return (flat.rejected_row(r) for r in store.rejections())


def _flat_records(store: Store, what: str) -> tuple[Iterator[dict[str, Any]], Sequence[str]]:
    table: dict[str, tuple[Callable[[], Iterable[Any]], Callable[[Any], dict[str, Any]], Sequence[str]]] = {
        "claims": (store.iter_claims, flat.claim_row, flat.CLAIM_COLUMNS),
        "incidents": (store.iter_incidents, flat.incident_row, flat.INCIDENT_COLUMNS),
        "articles": (store.iter_articles, flat.article_row, flat.ARTICLE_COLUMNS),
        "rejected": (store.rejections, flat.rejected_row, flat.REJECTED_COLUMNS),
    }
    records, to_row, columns = table[what]
    return (to_row(r) for r in records()), columns


def _article_sources(store: Store) -> dict[str, tuple[str | None, str | None]]:
    # only the columns UCDP's source_article needs, so article texts are not loaded
    return {r[0]: (r[1], r[2]) for r in store.conn.execute("SELECT id, outlet, published FROM articles")}


def _write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def _write_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: TextIO) -> int:
    # "\n" rather than csv's default "\r\n": the output often goes to a terminal or a text-mode
    # file, where "\r\n" would be doubled on Windows; every CSV reader accepts "\n".
    w = csv.writer(out, lineterminator="\n")
    w.writerow(columns)
    n = 0
    for row in rows:
        w.writerow(["" if row[c] is None else row[c] for c in columns])
        n += 1
    return n


def _write_geojson(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    # Streamed feature by feature so a large store never sits in memory; the count of records
    # left out for want of coordinates comes last, once it is known.
    out.write('{"type": "FeatureCollection", "features": [')
    n = skipped = 0
    for row in rows:
        if row["lat"] is None or row["lon"] is None:
            skipped += 1
            continue
        feature = {"type": "Feature", "id": row["id"],
                   "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
                   "properties": row}
        out.write(("," if n else "") + "\n" + json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write(f'\n], "skipped_without_coordinates": {skipped}}}\n')
    return n
