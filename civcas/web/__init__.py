"""The web app: incident list, incident, article, map, timeline pages with a JSON API twin each, and review."""
from __future__ import annotations

from pathlib import Path

from .app import create_app

__all__ = ["create_app", "serve"]


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000, review_token: str | None = None,
          tiles: bool = False) -> None:
    """Run the app with uvicorn until interrupted; StoreError when `db` is not a civcas database."""
    import uvicorn

    app = create_app(db, review_token=review_token, tiles=tiles)
    print(f"civcas: serving {db} on http://{host}:{port}/"
          + (" (review on)" if review_token else ""), flush=True)
    uvicorn.run(app, host=host, port=port, log_level="info")
