"""Where the database lives when no ``--db`` is given: ``$UPRKIT_DB``, else a per-user data folder.

- Linux and other Unix: ``$XDG_DATA_HOME/uprkit/upr.db``, falling back to ``~/.local/share/uprkit/upr.db``
- macOS: ``~/Library/Application Support/uprkit/upr.db``
- Windows: ``%LOCALAPPDATA%\\uprkit\\upr.db`` (falling back to ``~\\AppData\\Local\\uprkit\\upr.db``)
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

__all__ = ["DB_ENV", "DB_NAME", "default_db_path"]

DB_ENV = "UPRKIT_DB"
DB_NAME = "upr.db"


def default_db_path(environ: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """The database path used when none is given (see the module docstring for the rules)."""
    env = os.environ if environ is None else environ
    plat = sys.platform if platform is None else platform
    if env.get(DB_ENV):
        return Path(env[DB_ENV]).expanduser()
    home = Path.home()
    if plat == "darwin":
        base = home / "Library" / "Application Support"
    elif plat.startswith("win"):
        base = Path(env["LOCALAPPDATA"]) if env.get("LOCALAPPDATA") else home / "AppData" / "Local"
    else:
        xdg = env.get("XDG_DATA_HOME", "")
        base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / "uprkit" / DB_NAME
