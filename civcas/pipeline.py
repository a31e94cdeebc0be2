"""A run from inputs to incidents: ingest, extract in committed batches, then resolve.

A run is resumable: articles whose content and extractor version are already stored are skipped,
every batch is one transaction, and resolution replaces the incidents in one transaction. Killing
a run loses at most the batch in flight; running it again finishes the job.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .extract import EXTRACTOR_VERSION
from .ingest import read_inputs
from .models import Article, Rejection
from .store import Store

Extractor = Callable[[list[Article]], list["list[Claim] | Rejection"]]


@dataclass
class RunReport:
    run_id: int
    articles_seen: int = 0
    articles_new: int = 0
    articles_unchanged: int = 0
    claims: int = 0
    incidents: int = 0
    aggregates: int = 0
    rejections: list[Rejection] = field(default_factory=list)

    def stats(self) -> dict[str, int]:
        return {"articles_new": self.articles_new, "articles_unchanged": self.articles_unchanged,
                "rejected": len(self.rejections), "claims": self.claims, "incidents": self.incidents}


def estimate_total(paths: Iterable[str | Path]) -> int | None:
    """A cheap count of the articles to come, for the progress bar (lines of JSONL/CSV, files)."""
    total = 0
    for p in map(Path, paths):
        try:
            if p.is_dir():
                total += sum(1 for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
            elif p.suffix.lower() == ".parquet":
                import pyarrow.parquet as pq
                total += pq.ParquetFile(p).metadata.num_rows
            elif p.suffix.lower() in (".jsonl", ".ndjson", ".csv", ".tsv"):
                with open(p, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            elif p.exists():
                total += 1
        except (OSError, ImportError, ValueError):
            continue  # a count for the progress bar only: an unreadable input is reported later
    return total or None


def _batches(items: Iterator[Article | Rejection], size: int) -> Iterator[list[Article | Rejection]]:
    batch: list[Article | Rejection] = []
    for it in items:
        batch.append(it)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _extract_batches(extractor: Extractor, batches: Iterator[list[Article]]) -> Iterator[list]:
    """The extractor's results for each batch, in order. A runner with `imap` (the process pool,
    Dask) extracts the next batch while this one is stored; a plain function runs one at a time."""
    imap = getattr(extractor, "imap", None)
    if imap is not None:
        return imap(batches, ahead=1)
    return (extractor(b) if b else [] for b in batches)


def default_extractor() -> Extractor:
    from .extract import extract_articles
    return extract_articles


def run(inputs: list[str], db: str | Path, *, batch_size: int = 64,
        extractor: Extractor | None = None, on_progress: Callable[[int], None] | None = None,
        on_rejection: Callable[[Rejection], None] | None = None, resolve_after: bool = True) -> RunReport:
    """Ingest `inputs`, extract claims from new or changed articles, then resolve incidents."""
    extractor = extractor or default_extractor()
    with Store(db) as store:
        report = RunReport(run_id=store.start_run(inputs))
        seen: dict[str, str] = {}  # id -> content hash, to catch two different articles with one id
        try:
            planned: deque[tuple[list[Article | Rejection], list[Article], list[Rejection]]] = deque()

            def todo_batches() -> Iterator[list[Article]]:
                # decides what each batch needs extracted; runs up to `ahead` batches before the
                # one being stored, so nothing it records may depend on the batches still in flight
                for batch in _batches(read_inputs(inputs), batch_size):
                    todo: list[Article] = []
                    early: list[Rejection] = []  # recorded when the batch is stored, in order
                    states = store.article_states([a.id for a in batch if isinstance(a, Article)])
                    for item in batch:
                        if isinstance(item, Rejection):
                            early.append(item)
                            continue
                        report.articles_seen += 1
                        if item.id in seen:
                            if seen[item.id] != item.content_hash:
                                early.append(Rejection(
                                    item.source or item.id, "duplicate_id",
                                    f"{item.source}: another input in this run has the id {item.id!r} with "
                                    f"different text; rename one of them (ids come from file names or the "
                                    f"`id` field)"))
                            else:  # the same article twice in one run: extracted once
                                report.articles_unchanged += 1
                            continue
                        seen[item.id] = item.content_hash
                        if states.get(item.id) == (item.content_hash, EXTRACTOR_VERSION):
                            report.articles_unchanged += 1
                        else:
                            todo.append(item)
                    planned.append((batch, todo, early))
                    yield todo

            for results in _extract_batches(extractor, todo_batches()):
                batch, todo, early = planned.popleft()
                for rej in early:
                    _reject(store, report, rej, on_rejection)
                done = []
                for art, claims in zip(todo, results):
                    if isinstance(claims, Rejection):
                        _reject(store, report, claims, on_rejection)
                    else:
                        done.append((art, claims))
                if done:
                    store.save_extracted(done, EXTRACTOR_VERSION)
                report.articles_new += len(done)
                if on_progress:
                    on_progress(len(batch))
            close = getattr(extractor, "close", None)
            if close is not None:
                close()  # the workers' memory goes back before resolution needs its own
            if resolve_after:
                resolve_store(store, report)
            report.claims = store.count("claims")
            store.finish_run(report.run_id, report.stats())
        except BaseException:
            store.finish_run(report.run_id, report.stats(), status="interrupted")
            raise
    return report


def resolve_store(store: Store, report: RunReport | None = None, *, full: bool = False) -> None:
    """Bring the incidents up to date: only the parts of the claim graph that new claims, lost
    claims or new review decisions touch are resolved again (everything when `full`, or when the
    resolver changed), a chunk at a time, in one transaction."""
    from .resolve.incremental import resolve_pending

    resolve_pending(store, full=full)
    if report is not None:
        counts = dict(store.conn.execute("SELECT kind, count(*) FROM incidents GROUP BY kind").fetchall())
        report.incidents = counts.get("incident", 0)
        report.aggregates = sum(n for k, n in counts.items() if k != "incident")


def _reject(store: Store, report: RunReport, rej: Rejection,
            on_rejection: Callable[[Rejection], None] | None) -> None:
    store.record_rejection(report.run_id, rej)
    report.rejections.append(rej)
    if on_rejection:
        on_rejection(rej)


def cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
