"""Where extraction runs: in this process, in a local process pool, or on a Dask cluster.
Every runner calls the same `civcas.extract.extract_articles` on batches of articles."""
from __future__ import annotations

from ..errors import ConfigError


def make_extractor(*, workers: int = 1, dask: str | None = None):
    """A callable list[Article] -> list[list[Claim]] for `pipeline.run`."""
    if dask:
        from .dask_runner import DaskExtractor
        return DaskExtractor(dask)
    if workers < 1:
        raise ConfigError(f"--workers must be 1 or more, not {workers}")
    if workers == 1:
        from ..extract import extract_articles
        return extract_articles
    from .local import PoolExtractor
    return PoolExtractor(workers)
