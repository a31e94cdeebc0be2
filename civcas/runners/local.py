"""A local process pool: each worker loads spaCy and the gazetteer once; results keep the articles' order."""
from __future__ import annotations

import multiprocessing as mp
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..errors import CivcasError
from ..models import Article, Claim, Rejection

Result = list[Claim] | Rejection


def _warm() -> None:
    # One BLAS thread per worker: the workers already fill the cores, and more threads per
    # process only fight over them. Set before spaCy imports numpy in this process.
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    from ..gazetteer import Gazetteer
    from ..nlp import get_nlp
    try:
        get_nlp()
        Gazetteer.default()
    except Exception:  # noqa: BLE001 - a failing initializer breaks the pool without a word;
        pass           # left alone, the first extraction raises the error with its message


def _extract(articles: list[Article]) -> list[Result]:
    from ..extract import extract_articles
    return extract_articles(articles)


def balanced_chunks(articles: list[Article], n: int) -> list[list[int]]:
    """The indices of `articles` in at most `n` chunks of about equal text length, each chunk in
    article order. Parsing time follows text length, and article lengths run from a headline to
    100,000 characters, so equal counts would leave one worker waiting on the other."""
    n = max(1, min(n, len(articles)))
    bins: list[list[int]] = [[] for _ in range(n)]
    load = [0] * n
    # longest first, each to the lightest chunk (LPT): within 4/3 of the best split
    for i in sorted(range(len(articles)), key=lambda i: -len(articles[i].text)):
        j = load.index(min(load))
        bins[j].append(i)
        load[j] += len(articles[i].text) + 200  # + a fixed cost per article (its own lookups)
    return [sorted(b) for b in bins if b]


def start_method() -> str:
    # fork on Linux: workers start in milliseconds and share the parent's imported modules.
    # Elsewhere spawn (no fork on Windows; on macOS fork is unsafe with system frameworks).
    return "fork" if sys.platform.startswith("linux") else "spawn"


class BatchRunner:
    """What the pipeline calls: a batch in, its results out, in order; `imap` keeps `ahead`
    batches working while the caller stores the previous one. Subclasses give submit/collect."""

    def submit(self, articles: list[Article]):  # pragma: no cover - abstract
        raise NotImplementedError

    def collect(self, handle) -> list[Result]:  # pragma: no cover - abstract
        raise NotImplementedError

    def __call__(self, articles: list[Article]) -> list[Result]:
        if not articles:
            return []
        return self.collect(self.submit(articles))

    def imap(self, batches: Iterable[list[Article]], *, ahead: int = 1) -> Iterator[list[Result]]:
        return pipelined(self.submit, self.collect, batches, ahead)


class PoolExtractor(BatchRunner):
    """`extractor(articles) -> results` over `workers` processes.

    Each call splits its batch into chunks of about equal text length, two per worker, and waits
    for all of them, so at most one batch is in flight and memory stays flat however long the
    input. `imap` keeps `ahead` more batches in flight for a caller that can pipeline."""

    def __init__(self, workers: int, *, chunks_per_worker: int = 2):
        self.workers = workers
        self.chunks = workers * chunks_per_worker
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context(start_method()),
                                        initializer=_warm)
        # Start (fork) the workers now, before the caller opens its database or starts a
        # progress thread: a fork copies neither safely. They load spaCy while the caller reads.
        self.pool.submit(int)

    def submit(self, articles: list[Article]) -> tuple[int, list[tuple[list[int], Future]]]:
        # larger chunks first, so that the last chunk to start is a short one
        parts = sorted(balanced_chunks(articles, self.chunks),
                       key=lambda idx: -sum(len(articles[i].text) for i in idx))
        return len(articles), [(idx, self.pool.submit(_extract, [articles[i] for i in idx]))
                               for idx in parts]

    def collect(self, handle: tuple[int, list[tuple[list[int], Future]]]) -> list[Result]:
        n, parts = handle
        out: list[Result | None] = [None] * n
        try:
            for idx, fut in parts:
                for i, r in zip(idx, fut.result()):
                    out[i] = r
        except BrokenProcessPool as e:
            raise CivcasError(
                "a worker process died while extracting (killed for lack of memory?); the batches "
                "already stored are kept: run the same command again to resume, with fewer "
                "--workers or a smaller --batch-size") from e
        return out  # type: ignore[return-value] - every index is in exactly one chunk

    def close(self) -> None:
        """Stop the workers (their memory goes back before resolution when the caller closes
        early); closing twice is fine."""
        self.pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> PoolExtractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def pipelined(submit, collect, batches: Iterable[list[Article]], ahead: int) -> Iterator[list[Result]]:
    """collect(submit(batch)) for each batch, in order, with up to `ahead` + 1 batches submitted:
    memory holds that many batches, never the input."""
    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) > ahead:
            yield collect(pending.popleft())
    while pending:
        yield collect(pending.popleft())
