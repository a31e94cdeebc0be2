"""Where extraction runs: in this process, in a local process pool, or on a Dask cluster.
Every runner calls the same `civcas.extract.extract_articles` on batches of articles."""
from __future__ import annotations

from ..errors import ConfigError


def make_extractor(*, workers: int = 1, dask: str | None = None):
    """A callable list[Article] -> list[list[Claim] | Rejection] for `pipeline.run`: in this
    process (workers=1), a local process pool, or a Dask cluster (an address, or "local")."""
    if workers < 1:
        raise ConfigError(f"--workers must be 1 or more, not {workers}")
    if dask:
        from .dask_runner import DaskExtractor
        # a LocalCluster gets --workers processes, two at least (the default --workers is 1)
        return DaskExtractor(dask, n_workers=max(workers, 2))
    if workers == 1:
        from ..extract import extract_articles
        return extract_articles
    from .local import PoolExtractor
    return PoolExtractor(workers)
