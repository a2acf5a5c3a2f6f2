"""Options several command modules share (kept apart so that the command modules never import each other)."""

from __future__ import annotations

from typing import Annotated

import typer

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", envvar="UPRKIT_DB", show_envvar=True,
        help="The database: an SQLite file (default: $XDG_DATA_HOME/uprkit/upr.db, i.e. ~/.local/share/uprkit/upr.db; "
        "~/Library/Application Support/uprkit/upr.db on macOS; %LOCALAPPDATA%\\uprkit\\upr.db on Windows), or "
        "postgresql://user@host/dbname for a shared PostgreSQL database (needs uprkit[postgres]).",
    ),
]
