"""``uprkit serve``: the web workbench and JSON API over a database (thin over :mod:`uprkit.web`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from uprkit.cli import _error, app, err
from uprkit.cli_options import DbOption
from uprkit.errors import UprkitError


@app.command("serve")
def serve_cmd(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option(help="Address to listen on (127.0.0.1: this computer only; 0.0.0.0 exposes it to the network).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    uploads: Annotated[
        Path | None, typer.Option(help="Folder for uploaded submissions (default: uploads/ beside the database).")
    ] = None,
) -> None:
    """Serve the workbench: search with facets and exports, documents, countries across cycles, and the review
    of drafted summaries (upload submissions or use the bundled example). The JSON API is under /api/ and
    documented at /docs. Needs the package's web extra (FastAPI, Jinja2, uvicorn, python-multipart)."""
    try:
        import uvicorn

        from uprkit.web.app import create_app
    except ImportError as exc:
        _error("serve", f"the web workbench needs its extra packages ({exc.name} is missing): pip install 'uprkit[web]'")
        raise typer.Exit(code=1) from exc
    from uprkit.store import default_db_path, is_postgres_url

    path: str | Path = db if db is not None and is_postgres_url(db) else Path(db) if db is not None else default_db_path()
    if isinstance(path, str) and uploads is None:
        _error("serve", "with a PostgreSQL database give --uploads DIR (the folder for uploaded submissions)")
        raise typer.Exit(code=1)
    try:
        web_app = create_app(path, uploads)
    except UprkitError as exc:
        _error(exc.path or str(path), exc.message)
        raise typer.Exit(code=1) from exc
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"Warning: listening on {host}: anyone who can reach this address can read and upload.", markup=False)
    err.print(f"uprkit workbench on http://{host}:{port}/ (database {path}); Ctrl+C stops it.", markup=False)
    uvicorn.run(web_app, host=host, port=port, log_level="warning")
