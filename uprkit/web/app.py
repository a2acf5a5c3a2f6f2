"""The FastAPI application: settings, the store per request, static files, the routers and the error handler.

SQLite connections belong to the thread that opened them, and FastAPI runs a synchronous endpoint in a worker
thread: so each endpoint opens the store itself (:func:`open_request_store`), in the thread that uses it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles

from uprkit import __version__
from uprkit.errors import UprkitError
from uprkit.store import Store, is_postgres_url, open_store
from uprkit.web.errors import install_error_handler
from uprkit.web.uploads import UploadLimits

__all__ = ["Settings", "create_app", "open_request_store", "settings_of"]


@dataclass(frozen=True)
class Settings:
    db_path: str | Path  # an SQLite file, or a postgresql:// URL
    upload_dir: Path
    limits: UploadLimits


def settings_of(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


@contextmanager
def open_request_store(request: Request) -> Iterator[Store]:
    store = open_store(settings_of(request).db_path)
    try:
        yield store
    finally:
        store.close()


def create_app(
    db_path: str | Path, upload_dir: str | Path | None = None, *, limits: UploadLimits | None = None
) -> FastAPI:
    """The workbench over the database at ``db_path`` (created if missing). Uploaded submissions go to
    ``upload_dir`` (default: ``uploads/`` beside the database), one generated folder per draft."""
    db: str | Path = db_path if isinstance(db_path, str) and is_postgres_url(db_path) else Path(db_path)
    if isinstance(db, str) and upload_dir is None:
        raise UprkitError("a PostgreSQL database needs an upload folder (upload_dir)", "serve")
    open_store(db).close()  # create and migrate now: a bad database fails at start, not at the first request
    settings = Settings(
        db_path=db,
        upload_dir=Path(upload_dir) if upload_dir is not None else Path(db).parent / "uploads",
        limits=limits or UploadLimits(),
    )
    app = FastAPI(
        title="uprkit workbench",
        version=__version__,
        description="Search UN Universal Periodic Review documents, compare a country's cycles, and review "
        "drafted summaries of stakeholders' submissions. Errors are `{\"error\": {code, message, status}}`.",
    )
    app.state.settings = settings
    static = Path(str(resources.files("uprkit.web").joinpath("static")))
    app.mount("/static", StaticFiles(directory=static), name="static")
    install_error_handler(app)

    from uprkit.web.routes import api_drafts, api_store, pages_drafts, pages_store

    for module in (pages_store, pages_drafts, api_store, api_drafts):
        app.include_router(module.router)
    return app
