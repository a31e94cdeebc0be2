"""Runners: a local process pool and a Dask cluster extract exactly what one process extracts, in
the same order, and a whole run through either stores the same claims and incidents.

The reports are invented for these tests; the places are real so that the gazetteer finds them.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from civcas.errors import CivcasError, ConfigError
from civcas.extract import extract_articles
from civcas.ingest import make_article
from civcas.models import Article
from civcas.runners import local, make_extractor
from civcas.runners.local import PoolExtractor, balanced_chunks
from conftest import jsonl_lines

HAS_DISTRIBUTED = importlib.util.find_spec("distributed") is not None
HAS_PYARROW = importlib.util.find_spec("pyarrow") is not None

ROWS = [
    {"id": "r1", "published": "2017-03-15", "title": "Airstrikes kill dozens in Mosul",
     "text": "Over 60 civilians were killed in airstrikes on Mosul on 14 March 2017, the army said.\n"
             "Residents said the strikes hit a market in the old city."},
    {"id": "r2", "published": "2017-03-16",
     "text": "At least 58 civilians died when coalition jets struck Mosul on Tuesday, according to "
            "local officials. The coalition said it was reviewing the reports."},
    {"id": "r3", "published": "2016-05-04",
     "text": "Shelling killed 12 civilians in Aleppo on 3 May 2016, the Syrian Observatory for "
             "Human Rights said.\nAnother 30 people were wounded."},
    {"id": "r4", "published": "2018-05-05",
     "text": "A drone strike killed 3 civilians in Idlib on 4 May 2018, local sources said."},
    {"id": "r5", "published": "2018-05-06",
     "text": "Seven civilians were injured when mortar shells hit a market in Homs on 5 May 2018, "
             "the health ministry said."},
    {"id": "r6", "published": "2019-01-10", "text": "The ministry announced a new budget for "
             "schools in Baghdad on Wednesday. No casualties were involved."},
    {"id": "r7", "published": "2017-06-30",
     "text": "Airwars says between 529 and 744 civilians were killed in Mosul in June 2017, "
             "against the 603 the US military admits since 2014. " * 3},
]


def articles():
    return [make_article(r["id"], r["text"], title=r.get("title"), published=r["published"],
                         source=f"test:{r['id']}") for r in ROWS]


def test_balanced_chunks_cover_every_article_once_in_order():
    arts = articles()
    for n in (1, 2, 3, 4, 50):
        chunks = balanced_chunks(arts, n)
        assert sorted(i for c in chunks for i in c) == list(range(len(arts)))
        assert all(c == sorted(c) for c in chunks)
        assert len(chunks) == min(n, len(arts))
    assert balanced_chunks([], 2) == []


def test_balanced_chunks_even_out_text_length():
    long = Article("long", "x " * 6000)
    short = [Article(f"s{i}", "y " * 500) for i in range(10)]
    chunks = balanced_chunks([long, *short], 2)
    # the long article alone on one side, the ten short ones together on the other
    assert sorted(map(len, chunks)) == [1, 10]


def test_a_pool_of_two_workers_extracts_what_one_process_extracts():
    arts = articles()
    expected = extract_articles(arts)
    assert any(expected), "the invented reports must give claims, or this test proves nothing"
    with PoolExtractor(2) as pool:
        assert pool(arts) == expected
        assert pool([]) == []
        # pipelined: a batch in flight while the caller stores the one before, order kept
        batches = [arts[:3], arts[3:4], [], arts[4:]]
        assert [r for rs in pool.imap(batches, ahead=2) for r in rs] == expected
        pool.close()  # as a pipeline may before resolving; the `with` closes it again


def _die(articles):
    import os
    os._exit(3)  # as a worker killed by the kernel for memory would end


def test_a_dead_worker_stops_the_run_with_a_message(monkeypatch):
    monkeypatch.setattr(local, "_extract", _die)  # the forked workers inherit the patched module
    with PoolExtractor(2) as pool, pytest.raises(CivcasError, match="worker process died.*resume"):
        pool(articles())


def test_workers_below_one_is_refused():
    with pytest.raises(ConfigError, match="--workers must be 1 or more, not 0"):
        make_extractor(workers=0)


def test_dask_without_the_extra_names_the_install_command(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    with pytest.raises(ConfigError) as e:
        make_extractor(dask="local")
    assert str(e.value) == "--dask needs the dask extra: pip install 'civcas[dask]'"


@pytest.mark.slow
@pytest.mark.skipif(not HAS_DISTRIBUTED, reason="dask[distributed] is not installed (civcas[dask])")
def test_a_run_on_a_local_dask_cluster_exports_what_a_local_run_exports(tmp_path: Path, run_civcas):
    inp = tmp_path / "reports.jsonl"
    inp.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    exports = {}
    for name, extra in (("local", []), ("dask", ["--dask", "local"])):
        db = tmp_path / f"{name}.db"
        done = run_civcas("run", inp, "--db", db, "--quiet", *extra, timeout=300)
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("7 articles read (7 new or changed, 0 unchanged), 0 rejected")
        for what in ("claims", "incidents"):
            out = run_civcas("export", "--db", db, "--what", what, "--format", "jsonl")
            assert out.returncode == 0, out.stderr
            exports[name, what] = out.stdout
    assert jsonl_lines(exports["local", "claims"]), "no claims: the comparison would prove nothing"
    assert jsonl_lines(exports["local", "incidents"])
    assert exports["dask", "claims"] == exports["local", "claims"]
    assert exports["dask", "incidents"] == exports["local", "incidents"]


@pytest.mark.skipif(not HAS_PYARROW, reason="pyarrow is not installed (civcas[dask])")
def test_parquet_rows_stream_by_row_group_into_articles(tmp_path: Path):
    import datetime

    import pyarrow as pa
    import pyarrow.parquet as pq

    from civcas.ingest.parquet import read_parquet, read_parquet_rows

    rows = [{"id": f"p{i}", "text": f"Report number {i}.", "published": datetime.date(2017, 3, 1 + i),
             "extra": i} for i in range(10)]
    rows[4]["text"] = ""  # an empty row is rejected, the rows after it are read
    path = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=3)
    assert [r["id"] for r in read_parquet_rows(path, batch_rows=2)] == [f"p{i}" for i in range(10)]
    assert next(read_parquet_rows(path))["published"] == "2017-03-01"
    got = list(read_parquet(path, "in.parquet", 1_000_000))
    assert [getattr(a, "id", None) for a in got] == [f"p{i}" if i != 4 else None for i in range(10)]
    assert got[4].source == "in.parquet:5" and got[4].reason == "empty"
    assert got[0].published == "2017-03-01" and got[0].source == "in.parquet:1"


@pytest.mark.skipif(not HAS_PYARROW, reason="pyarrow is not installed (civcas[dask])")
def test_a_parquet_file_without_a_text_column_is_one_rejection(tmp_path: Path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from civcas.ingest.parquet import read_parquet

    path = tmp_path / "bad.parquet"
    pq.write_table(pa.Table.from_pylist([{"id": "a", "body": "x"}]), path)
    [rej] = read_parquet(path, "bad.parquet", 1_000_000)
    assert rej.reason == "bad_row"
    assert rej.message == ("bad.parquet: no 'text' column (it has 'id', 'body') — name the columns "
                           "id, text, title, url, outlet, published (id and text required)")
