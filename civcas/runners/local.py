"""A local process pool: each worker loads spaCy and the gazetteer once, then extracts batches."""
from __future__ import annotations

import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

from ..models import Article, Claim


def _warm() -> None:
    from ..gazetteer import Gazetteer
    from ..nlp import get_nlp
    get_nlp()
    Gazetteer.default()


def _extract(articles: list[Article]) -> list[list[Claim]]:
    from ..extract import extract_articles
    return extract_articles(articles)


class PoolExtractor:
    def __init__(self, workers: int):
        # fork shares the loaded model pages copy-on-write where it can; spawn elsewhere
        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context("spawn")
        self.workers = workers
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_warm)

    def __call__(self, articles: list[Article]) -> list[list[Claim]]:
        # split the batch into one chunk per worker, keeping the order of the results
        n = max(1, -(-len(articles) // self.workers))
        chunks = [articles[i:i + n] for i in range(0, len(articles), n)]
        out: list[list[Claim]] = []
        for part in self.pool.map(_extract, chunks):
            out.extend(part)
        return out

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
